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
def texts():
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
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


def measure(cmd: list[str], env: dict[str, str]) -> dict:
    """Run ``cmd``; wall time and the peak RSS of each process in its tree."""
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            todo = [proc.pid]
            while todo:
                pid = todo.pop()
                peaks[pid] = max(peaks.get(pid, 0), _hwm_kib(pid))
                todo.extend(_children(pid))
            stop.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    main = peaks.get(proc.pid, 0)
    others = sorted((v for k, v in peaks.items() if k != proc.pid and v), reverse=True)
    return {"seconds": seconds, "rss_main_mib": main / 1024, "rss_workers_mib": [v / 1024 for v in others]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="articles in the generated corpus")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--procs", type=int, nargs="*", default=[2], help="worker counts for (c)")
    ap.add_argument("--markdown", type=Path, help="write the results table to this file")
    ap.add_argument("--json", type=Path, help="write raw results as JSON")
    args = ap.parse_args()

    py = sys.executable
    extract = str(Path(py).with_name("extract"))
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = make_corpus(corpus, args.docs)
        print(f"corpus: {args.docs:,} articles, {words:,} words, {corpus.stat().st_size / 2**20:.1f} MiB", file=sys.stderr)
        runs: list[tuple[str, list[str]]] = [
            ("(a) bare base model, nlp.pipe", [py, "-c", BARE, str(corpus), str(args.batch_size)]),
            ("(b) extract run --n-process 1", [extract, "run", str(corpus), "-o", f"{tmp}/b.jsonl",
                                               "--n-process", "1", "--batch-size", str(args.batch_size),
                                               "--no-progress"]),
        ]
        for n in args.procs:
            runs.append((f"(c) extract run --n-process {n}",
                         [extract, "run", str(corpus), "-o", f"{tmp}/c{n}.jsonl", "--n-process", str(n),
                          "--batch-size", str(args.batch_size), "--no-progress"]))
        results = []
        for name, cmd in runs:
            print(f"running {name} …", file=sys.stderr, flush=True)
            r = measure(cmd, env)
            r.update(name=name, words_per_second=words / r["seconds"])
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
        "Wall clock, model loading included; peak RSS is each process's VmHWM.",
        "",
        "| run | seconds | words/s | vs (a) | vs (b) | peak RSS parent | peak RSS per worker |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        workers = ", ".join(f"{x:.0f}" for x in r["rss_workers_mib"]) or "–"
        lines.append(
            f"| {r['name']} | {r['seconds']:.1f} | {r['words_per_second']:,.0f} | "
            f"{r['words_per_second'] / a['words_per_second']:.2f}× | "
            f"{r['words_per_second'] / b['words_per_second']:.2f}× | {r['rss_main_mib']:.0f} MiB | {workers} MiB |"
        )
    lines += ["", f"Outputs of (b) and (c) byte-identical: {'yes' if identical else 'NO'}."]
    table = "\n".join(lines)
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "words": words, "runs": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
