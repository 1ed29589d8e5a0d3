"""Whatever the input holds, a run finishes, reports what it could not process, and never
loses or duplicates a record: bad input of every kind, very long articles, ``kill -9``
in the middle of a run, and a property test over generated text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.readers import InputDoc, InputError, decode_text
from extract.runner import extract_docs, run, state_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
BASE = (CORPUS / "nk-defectors-decline.txt").read_text(encoding="utf-8")

# Input files of every awkward kind: name → (bytes, expected error kind or None).
BAD_INPUTS: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", "empty"),
    "whitespace.txt": (b" \n\t \r\n  \n", "empty"),
    "binary.txt": (bytes(range(256)) * 4, "binary"),
    "latin1.txt": ("Le pr\u00e9sident a dit que 40 pour cent.".encode("latin-1"), "encoding"),
    "bom.txt": (b"\xef\xbb\xbf" + b'The mayor said "we hired 25 more teachers."', None),
    "crlf.txt": (b'Prices rose 4 percent.\r\n\r\n"It hurts," said Ann Lee, a baker.\r\n', None),
    "unbalanced.txt": (
        b'He said "this never ends. Prices rose 3 percent. She replied "no" and "yes.',
        None,
    ),
    "chinese.txt": (
        "\u4ed6\u8bf4\uff1a\u201c\u6211\u4eec\u589e\u957f\u4e8630%\u3002\u201d".encode(),
        None,
    ),
    "arabic.txt": (
        "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 50 \u0634\u062e\u0635\u0627.".encode(),
        None,
    ),
    "german.txt": (
        "\u201eWir haben 20 Prozent mehr verkauft\u201c, sagte M\u00fcller.".encode(),
        None,
    ),
    "feed.jsonl": (
        b'{"id": "ok-1", "text": "Unemployment fell to 5 percent, officials said."}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "no-text", "body": "x"}\n'
        b'{"id": "ok-1", "text": "A duplicate id."}\n',
        None,
    ),
}


def texts_as_read(folder: Path) -> dict[str, str]:
    out = {}
    for p in folder.glob("*.txt"):
        try:
            out[p.stem] = decode_text(p.read_bytes(), str(p))
        except ValueError:
            pass
    feed = folder / "feed.jsonl"
    for line in feed.read_text(encoding="utf-8").splitlines() if feed.exists() else []:
        try:
            obj = json.loads(line)
            out.setdefault(obj["id"], obj["text"])
        except (ValueError, KeyError):
            pass
    return out


def check_records(path: Path, articles: dict[str, str]) -> list[dict]:
    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for r in records:
        assert r["text"] == articles[r["doc_id"]][r["start"] : r["end"]]
    assert len({r["id"] for r in records}) == len(records)
    return records


def test_reliability_bad_inputs_reported_and_run_goes_on(nlp, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, (data, _kind) in BAD_INPUTS.items():
        (src / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    summary = run([src], out, nlp=nlp, batch_size=4)
    errors = [
        json.loads(x) for x in Path(f"{out}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    kinds = {e["source"].split("/")[-1]: e["error"] for e in errors}
    expected = {name: kind for name, (_d, kind) in BAD_INPUTS.items() if kind}
    expected.update(
        {
            "feed.jsonl:2": "malformed",
            "feed.jsonl:3": "missing_field",
            "feed.jsonl:4": "duplicate_id",
        }
    )
    assert kinds == expected
    assert summary.failed == len(expected)
    assert summary.documents == 7  # bom, crlf, unbalanced, chinese, arabic, german, ok-1
    check_records(out, texts_as_read(src))


def test_reliability_bom_stripped_and_crlf_offsets_exact(nlp, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "crlf.txt").write_bytes(BAD_INPUTS["crlf.txt"][0])
    (src / "bom.txt").write_bytes(BAD_INPUTS["bom.txt"][0])
    out = tmp_path / "out.jsonl"
    run([src], out, nlp=nlp)
    records = check_records(out, texts_as_read(src))
    assert not any("\ufeff" in r["text"] for r in records)


@pytest.fixture(scope="module")
def toy():
    import spacy
    from spacy.language import Language

    import extract.claims  # noqa: F401  (registers doc._.claims)

    if "test_reliability_numbers" not in Language.factories:

        @Language.component("test_reliability_numbers")
        def numbers(doc):
            # Appends directly: add_claim's bounds check reads doc.text (a pass over all
            # tokens) on every call, which is quadratic on a 100k-character chunk.
            doc._.claims = [
                {"type": "statistic", "start": t.idx, "end": t.idx + len(t), "value": 0, "unit": "count", "rule": "t"}
                for t in doc
                if t.like_num
            ]
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_reliability_numbers")
    return nlp


def five_mb_article() -> str:
    text = BASE
    while len(text.encode("utf-8")) < 5 * 2**20:
        text += "\n\n" + BASE
    return text


def test_reliability_five_mb_article_chunked_exactly(toy, tmp_path):
    text = five_mb_article()
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run([tmp_path / "huge.txt"], out, nlp=toy)
    assert summary.documents == 1 and summary.failed == 0
    records = check_records(out, {"huge": text})
    assert len(records) > 1000
    assert records[-1]["start"] > len(text) - len(BASE)


@pytest.mark.slow
def test_reliability_megabyte_article_full_pipeline(nlp):
    """The full pipeline on a 1 MB article (the 5 MB one runs above with a fast pipeline:
    the full one would take many minutes on CI, mostly in add_claim's per-claim doc.text)."""
    text = BASE
    while len(text) < 2**20:
        text += "\n\n" + BASE
    (records,) = extract_docs(nlp, [InputDoc("huge", text, "huge.txt")], chunk_chars=20_000)
    assert not isinstance(records, InputError), records
    for r in records:
        assert r["text"] == text[r["start"]:r["end"]]
    per_copy = len(extract_docs(nlp, [InputDoc("one", BASE, "one.txt")])[0])
    assert len(records) >= per_copy * (len(text) // len(BASE)) * 0.9


# -- kill -9 in the middle of a real run ------------------------------------------------------


def make_feed(path: Path, n: int) -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            p = articles[i % len(articles)]
            f.write(
                json.dumps({"id": f"{p.stem}-{i}", "text": p.read_text(encoding="utf-8")}) + "\n"
            )
        f.write('{"id": "broken"\n')  # one bad line: the errors file must be exact too


def kill_and_resume(tmp_path: Path, n_docs: int, n_process: int) -> None:
    feed = tmp_path / "feed.jsonl"
    make_feed(feed, n_docs)
    out = tmp_path / "out.jsonl"

    def command(output: Path) -> list[str]:
        return [sys.executable, "-m", "extract.cli", "run", str(feed), "-o", str(output),
                "--batch-size", "2", "--n-process", str(n_process), "--no-progress"]  # fmt: skip

    cmd = command(out)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # fmt: skip
    state = state_path(out)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if state.exists():
                try:
                    if json.loads(state.read_text())["items"] >= 4:
                        break
                except ValueError:
                    pass
            assert proc.poll() is None, "the run ended before it could be killed"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, nothing else
        proc.wait()
    done = json.loads(state.read_text())
    assert not done["complete"] and done["items"] < n_docs
    resumed = subprocess.run([*cmd, "--resume"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert resumed.returncode == 3, resumed.stderr  # the broken line is a failed document
    assert f"resumed after {done['items']}" in resumed.stderr
    ref = tmp_path / "ref.jsonl"  # the same command, never interrupted
    assert subprocess.run(command(ref), cwd=ROOT, capture_output=True, check=False).returncode == 3
    assert out.read_bytes() == ref.read_bytes()
    assert Path(f"{out}.errors.jsonl").read_bytes() == Path(f"{ref}.errors.jsonl").read_bytes()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and len({json.loads(x)["id"] for x in lines}) == len(lines)


def test_reliability_kill_9_then_resume_every_record_once(tmp_path):
    kill_and_resume(tmp_path, n_docs=16, n_process=1)


@pytest.mark.slow
def test_reliability_kill_9_then_resume_with_workers(tmp_path):
    kill_and_resume(tmp_path, n_docs=40, n_process=2)


# -- property: the pipeline never raises and offsets are exact ----------------------------------

FRAGMENTS = [
    'He said "',
    '" ',
    "“",
    "”",
    "‘",
    "’",
    "'",
    '"',
    " said ",
    " says ",
    "according to ",
    "Dr. Jane Smith",
    "John Brown, a spokesman for Acme Corp,",
    "she",
    "they",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "\r\n",
    "5",
    "3.2",
    "1,400",
    "40 percent",
    "$2.3 billion",
    "€5m",
    "a third",
    "between 20 and 30",
    "four to one",
    "up 5%",
    "fell 0.3 percent",
    "nearly 100",
    "more than 2,000 people",
    "(",
    ")",
    " - ",
    "—",
    "…",
    ":",
    "Smith told reporters",
    "the minister",
    "In 2019,",
    "Mr.",
    "U.S.",
    "é",
    "中文",
    "\t",
    "  ",
]

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=40
).map("".join)


def check_property(nlp, text: str) -> None:
    (out,) = extract_docs(nlp, [InputDoc("gen", text, "generated")])
    assert not isinstance(out, InputError), out.message
    for r in out:
        assert r["text"] == text[r["start"] : r["end"]]
        json.dumps(r, allow_nan=False)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=texts)
def test_reliability_property_never_raises_offsets_exact(nlp, text):
    check_property(nlp, text)


@pytest.mark.slow
@settings(
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=texts)
def test_reliability_property_many_examples(nlp, text):
    check_property(nlp, text)
