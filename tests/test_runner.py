"""The runner core: streaming batches, errors file, strict mode, resume, long documents,
determinism. Most tests use a toy pipeline (blank English + a rule that marks every
number) so they are fast and independent of the claim components' progress."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extract.claims import add_claim
from extract.readers import InputDoc, InputError
from extract.runner import (
    StrictModeError,
    extract_docs,
    run,
    split_points,
    state_path,
    unique_ids,
)

NUMBER = re.compile(r"\d+")


@Language.component("test_runner_numbers")
def _numbers(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("component failed on purpose")
    for m in NUMBER.finditer(doc.text):
        add_claim(doc, {"type": "statistic", "start": m.start(), "end": m.end(), "value": int(m.group()),
                        "unit": "count", "rule": "test"})
    return doc


@pytest.fixture(scope="module")
def toy():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_runner_numbers")
    return nlp


def write_docs(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


CORPUS = {f"doc{i:02d}": f"Article {i}. It counted {i * 7} people and {i + 100} cars.\n\nEnd {i}." for i in range(20)}


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_runner_records_in_input_order_whatever_batch_size(toy, tmp_path, batch_size):
    src = write_docs(tmp_path / "in", CORPUS)
    out = tmp_path / "out.jsonl"
    summary = run([src], out, nlp=toy, batch_size=batch_size)
    recs = lines(out)
    assert summary.documents == 20 and summary.failed == 0
    assert [r["doc_id"] for r in recs] == sorted(r["doc_id"] for r in recs)
    assert sum(summary.records.values()) == len(recs) == 20 * 4
    ref = tmp_path / "ref.jsonl"
    run([src], ref, nlp=toy, batch_size=7)
    assert ref.read_bytes() == out.read_bytes()


def test_runner_component_exception_becomes_error_and_run_continues(toy, tmp_path):
    src = write_docs(tmp_path / "in", {"a": "One 1.", "b": "BOOM 2.", "c": "Three 3."})
    out = tmp_path / "out.jsonl"
    summary = run([src], out, nlp=toy)
    assert summary.documents == 2 and summary.failed == 1
    assert [r["doc_id"] for r in lines(out)] == ["a", "c"]
    (err,) = lines(Path(f"{out}.errors.jsonl"))
    assert err["doc_id"] == "b" and err["error"] == "component"
    assert set(err) == {"doc_id", "source", "error", "message"}
    assert "component failed on purpose" in err["message"]


def test_runner_no_errors_file_when_nothing_failed(toy, tmp_path):
    src = write_docs(tmp_path / "in", {"a": "One 1."})
    out = tmp_path / "out.jsonl"
    Path(f"{out}.errors.jsonl").write_text("stale\n")
    run([src], out, nlp=toy)
    assert not Path(f"{out}.errors.jsonl").exists()


def test_runner_strict_stops_at_first_failure(toy, tmp_path):
    src = write_docs(tmp_path / "in", {"a": "One 1.", "b": "BOOM 2.", "c": "Three 3.", "d": "Four 4."})
    out = tmp_path / "out.jsonl"
    with pytest.raises(StrictModeError) as exc:
        run([src], out, nlp=toy, batch_size=1, strict=True)
    assert exc.value.error["doc_id"] == "b"
    assert exc.value.summary.failed == 1
    assert [r["doc_id"] for r in lines(out)] == ["a"]


def test_runner_duplicate_ids_reported():
    docs = [InputDoc("x", "a", "f:1"), InputDoc("y", "b", "f:2"), InputDoc("x", "c", "f:3")]
    out = list(unique_ids(docs))
    assert [type(o).__name__ for o in out] == ["InputDoc", "InputDoc", "InputError"]
    assert out[2].error == "duplicate_id" and out[2].source == "f:3"


class Crash(Exception):
    pass


@pytest.mark.parametrize("crash_after", [1, 5, 13])
def test_runner_resume_after_crash_gives_every_record_once(toy, tmp_path, crash_after):
    src = write_docs(tmp_path / "in", {**CORPUS, "zz-bad": "BOOM 1."})
    ref = tmp_path / "ref.jsonl"
    run([src], ref, nlp=toy, batch_size=2)
    out = tmp_path / "out.jsonl"
    seen = []

    def crash(result):
        seen.append(result)
        if len(seen) == crash_after:
            raise Crash

    with pytest.raises(Crash):
        run([src], out, nlp=toy, batch_size=2, on_result=crash)
    with out.open("ab") as f:  # an interrupted write: half a line after the last commit
        f.write(b'{"schema":"claim-rec')
    summary = run([src], out, nlp=toy, batch_size=2, resume=True)
    assert out.read_bytes() == ref.read_bytes()
    assert Path(f"{out}.errors.jsonl").read_bytes() == Path(f"{ref}.errors.jsonl").read_bytes()
    assert summary.documents == 20 and summary.failed == 1
    assert summary.skipped == 2 * ((crash_after - 1) // 2)
    assert json.loads(state_path(out).read_text())["complete"] is True


def test_runner_resume_of_complete_run_is_a_no_op(toy, tmp_path):
    src = write_docs(tmp_path / "in", CORPUS)
    out = tmp_path / "out.jsonl"
    run([src], out, nlp=toy)
    before = out.read_bytes()
    summary = run([src], out, nlp=toy, resume=True)
    assert out.read_bytes() == before
    assert summary.documents == 20


def test_runner_resume_refuses_other_inputs(toy, tmp_path):
    from extract.runner import ResumeError

    a = write_docs(tmp_path / "a", {"x": "One 1."})
    b = write_docs(tmp_path / "b", {"y": "Two 2."})
    out = tmp_path / "out.jsonl"
    run([a], out, nlp=toy)
    with pytest.raises(ResumeError):
        run([b], out, nlp=toy, resume=True)


def test_runner_fresh_run_forgets_old_state(toy, tmp_path):
    src = write_docs(tmp_path / "in", CORPUS)
    out = tmp_path / "out.jsonl"
    run([src], out, nlp=toy)
    state_path(out).write_text('{"version": 1, "items": 99}')
    run([src], out, nlp=toy)
    assert json.loads(state_path(out).read_text())["items"] == 20


@pytest.mark.parametrize(
    "text,limit",
    [
        ("para one.\n\npara two is here.\n\nthree", 15),
        ("line one\nline two\nline three\nline four", 12),
        ("Sentence one. Sentence two. Sentence three.", 16),
        ("x" * 50, 7),
        ("", 5),
    ],
)
def test_runner_split_points_cover_text_within_limit(text, limit):
    starts = split_points(text, limit)
    bounds = [*starts, len(text)]
    assert starts[0] == 0
    assert all(0 < b - a <= limit for a, b in zip(bounds, bounds[1:], strict=False)) or not text
    assert "".join(text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)) == text


def test_runner_split_points_prefer_paragraph_breaks():
    text = "aaaa aaaa.\n\nbbbb bbbb.\n\ncccc"
    starts = split_points(text, 20)
    assert all(text[s - 2:s] == "\n\n" for s in starts[1:])


def test_runner_long_document_chunked_with_exact_offsets(toy):
    paragraph = "The council counted 1234 voters and 56 seats. Nobody else spoke.\n\n"
    text = paragraph * 400  # ~26k characters
    doc = InputDoc("long", text, "long.txt")
    (whole,) = extract_docs(toy, [doc], chunk_chars=10**9)
    (chunked,) = extract_docs(toy, [doc], chunk_chars=1000)
    assert not isinstance(chunked, InputError)
    assert len(chunked) == len(whole) == 800
    for r in chunked:
        assert r["text"] == text[r["start"]:r["end"]]
        assert r["sentence"] == "The council counted 1234 voters and 56 seats."
    assert [(r["id"], r["start"]) for r in chunked] == [(r["id"], r["start"]) for r in whole]


def test_runner_chunked_shift_moves_nested_offsets(toy):
    from extract.runner import _shift

    claim = {"start": 1, "end": 3, "speaker": {"name": "A", "start": 5, "end": 6},
             "source": {"quote_span": [2, 4]}, "range": [1, 2], "value": 3}
    moved = _shift(claim, 100)
    assert moved["start"] == 101 and moved["speaker"]["start"] == 105
    assert moved["source"]["quote_span"] == [102, 104]
    assert moved["range"] == [1, 2] and moved["value"] == 3
    assert claim["start"] == 1  # the original is not touched


def test_runner_real_pipeline_long_article_offsets_exact(nlp):
    base = (Path(__file__).resolve().parents[1] / "corpus" / "nk-defectors-decline.txt").read_text(encoding="utf-8")
    text = "\n\n".join([base] * 3)
    doc = InputDoc("long", text, "long.txt")
    (records,) = extract_docs(nlp, [doc], chunk_chars=len(base) + 10)
    assert not isinstance(records, InputError)
    for r in records:
        assert r["text"] == text[r["start"]:r["end"]]
        assert r["sentence"] in text
        if r["type"] == "quote" and r.get("speaker") and r["speaker"].get("start") is not None:
            sp = r["speaker"]
            assert text[sp["start"]:sp["end"]] == sp["mention"]
