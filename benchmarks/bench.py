"""Throughput and memory benchmark of ``extract run`` (not a test: run it by hand).

In one run, on the same generated corpus, it times

  (a) the bare base model: ``nlp.pipe`` over the texts, docs thrown away;
  (b) ``extract run --n-process 1`` (base model + our claim components, records written);
  (c) ``extract run --n-process 2`` (two workers; also ``--n-process N`` with ``--procs``);

each in its own process, end to end (wall clock, model loading included), and samples
the peak resident memory (``VmHWM``) of every process of the run (parent and workers).

The corpus repeats the bundled articles (``corpus/*.txt``) with new ids as one JSONL
file, ``--docs`` articles long (default 10,000, about 6.4 million words).

    .venv/bin/python benchmarks/bench.py                 # full size (~25 min on 2 cores)
    .venv/bin/python benchmarks/bench.py --docs 1000     # quick look
    .venv/bin/python benchmarks/bench.py --markdown benchmarks/RESULTS.md

Targets: (b) >= 0.90 x (a) words/s; (c) >= 1.7 x (b) on 2 cores; peak RSS <= 1 GiB
per process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys, json
from extract.pipeline import load_base_model
nlp = load_base_model()
part, parts = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (0, 1)
def texts():
    with open(sys.argv[1], encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % parts == part:
                yield json.loads(line)["text"]
n = 0
for doc in nlp.pipe(texts(), batch_size=int(sys.argv[2])):
    n += 1
print(n, file=sys.stderr)
"""


def make_corpus(path: Path, n_docs: int) -> int:
    """Write ``n_docs`` articles (the bundled ones, repeated, new ids); return the words."""
    articles = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in articles]
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n_docs):
            stem, text = texts[i % len(texts)]
            f.write(json.dumps({"id": f"{stem}-{i:07d}", "text": text}, ensure_ascii=False) + "\n")
            words += len(text.split())
    return words


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    out.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def _hwm_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmds: list[list[str]], env: dict[str, str]) -> dict:
    """Run ``cmds`` side by side; wall time until all end, and the peak RSS of each
    process in their trees (the first command's own process is "main")."""
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    procs = [subprocess.Popen(c, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for c in cmds]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            todo = [p.pid for p in procs]
            while todo:
                pid = todo.pop()
                peaks[pid] = max(peaks.get(pid, 0), _hwm_kib(pid))
                todo.extend(_children(pid))
            stop.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    errs = [p.communicate()[1] for p in procs]
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    for c, p, err in zip(cmds, procs, errs, strict=True):
        if p.returncode != 0:
            raise SystemExit(f"{' '.join(c)} failed ({p.returncode}):\n{err[-2000:]}")
    main = peaks.get(procs[0].pid, 0)
    # Workers (and side-by-side processes); tiny helpers (forkserver, resource tracker) left out.
    others = sorted((v for k, v in peaks.items() if k != procs[0].pid and v >= 64 * 1024), reverse=True)
    return {"seconds": seconds, "rss_main_mib": main / 1024, "rss_workers_mib": [v / 1024 for v in others]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="articles in the generated corpus")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--procs", type=int, nargs="*", default=[2], help="worker counts for (c)")
    ap.add_argument("--no-snapshot", action="store_true", help="import src/ live instead of a copy taken at start")
    ap.add_argument("--no-ceiling", action="store_true", help="skip (d), the bare model as N separate processes")
    ap.add_argument("--markdown", type=Path, help="write the results table to this file")
    ap.add_argument("--json", type=Path, help="write raw results as JSON")
    args = ap.parse_args()

    py = sys.executable
    extract = str(Path(py).with_name("extract"))
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        if not args.no_snapshot:
            # Every run imports the same copy of the package, even if src/ is edited meanwhile.
            shutil.copytree(ROOT / "src" / "extract", Path(tmp) / "snapshot" / "extract")
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(tmp) / "snapshot"), env.get("PYTHONPATH")]))
        corpus = Path(tmp) / "corpus.jsonl"
        words = make_corpus(corpus, args.docs)
        print(f"corpus: {args.docs:,} articles, {words:,} words, {corpus.stat().st_size / 2**20:.1f} MiB", file=sys.stderr)
        bare = [py, "-c", BARE, str(corpus), str(args.batch_size)]
        runs: list[tuple[str, list[list[str]]]] = [
            ("(a) bare base model, nlp.pipe", [bare]),
            ("(b) extract run --n-process 1", [[extract, "run", str(corpus), "-o", f"{tmp}/b.jsonl",
                                                "--n-process", "1", "--batch-size", str(args.batch_size),
                                                "--no-progress"]]),
        ]
        for n in args.procs:
            runs.append((f"(c) extract run --n-process {n}",
                         [[extract, "run", str(corpus), "-o", f"{tmp}/c{n}.jsonl", "--n-process", str(n),
                           "--batch-size", str(args.batch_size), "--no-progress"]]))
        if not args.no_ceiling:
            # What this machine allows at best: the bare model as N independent processes,
            # each on 1/N of the corpus, nothing shared (no pool, no output).
            for n in args.procs:
                runs.append((f"(d) bare base model, {n} independent processes on 1/{n} each",
                             [[*bare, str(k), str(n)] for k in range(n)]))
        results = []
        for name, cmd in runs:
            print(f"running {name} …", file=sys.stderr, flush=True)
            r = measure(cmd, env)
            r.update(name=name, words_per_second=words / r["seconds"], load=os.getloadavg()[1])
            results.append(r)
            print(f"  {r['seconds']:.1f} s, {r['words_per_second']:,.0f} words/s, peak RSS main "
                  f"{r['rss_main_mib']:.0f} MiB, workers {[round(x) for x in r['rss_workers_mib']]}",
                  file=sys.stderr, flush=True)
        outputs = [Path(f"{tmp}/c{n}.jsonl") for n in args.procs]
        identical = all(p.read_bytes() == Path(f"{tmp}/b.jsonl").read_bytes() for p in outputs)
        records = sum(1 for _ in open(f"{tmp}/b.jsonl", encoding="utf-8"))

    a, b = results[0], results[1]
    lines = [
        f"Corpus: {args.docs:,} articles ({words:,} words; the bundled `corpus/*.txt` repeated with new ids), "
        f"batch size {args.batch_size}; {records:,} records written. Machine: {os.cpu_count()} cores "
        f"({platform.processor() or platform.machine()}), Python {platform.python_version()}. "
        "Wall clock, model loading included; peak RSS is each process's VmHWM. The load average "
        "at the end of each run shows how busy the machine was (other jobs included).",
        "",
        "| run | seconds | words/s | vs (a) | vs (b) | peak RSS parent | peak RSS per worker | load avg (5 min) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        workers = ", ".join(f"{x:.0f}" for x in r["rss_workers_mib"]) or "–"
        lines.append(
            f"| {r['name']} | {r['seconds']:.1f} | {r['words_per_second']:,.0f} | "
            f"{r['words_per_second'] / a['words_per_second']:.2f}× | "
            f"{r['words_per_second'] / b['words_per_second']:.2f}× | {r['rss_main_mib']:.0f} MiB | {workers} MiB | "
            f"{r['load']:.1f} |"
        )
    lines += ["", f"Outputs of (b) and (c) byte-identical: {'yes' if identical else 'NO'}."]
    ceiling = [r for r in results if r["name"].startswith("(d)")]
    if ceiling:
        d = ceiling[0]
        lines.append(
            f"Scaling ceiling of this machine: the bare model in {len(args.procs) and args.procs[0]} fully "
            f"independent processes reaches {d['words_per_second'] / a['words_per_second']:.2f}× (a); "
            f"(c) reaches {results[2]['words_per_second'] / a['words_per_second']:.2f}× (a)."
        )
    table = "\n".join(lines)
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "words": words, "runs": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
