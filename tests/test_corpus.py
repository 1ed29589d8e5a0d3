"""End to end on the bundled corpus: every record valid, offsets exact, output deterministic."""

from __future__ import annotations

import json
from pathlib import Path

from extract.records import validate_record
from extract.runner import run

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_corpus_records_valid_exact_and_deterministic(nlp, tmp_path):
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"claims{n}.jsonl"
        summary = run([CORPUS], out, nlp=nlp)
        assert summary.failed == 0
        assert summary.documents == len(list(CORPUS.glob("*.txt")))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    articles = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    lines = outputs[0].decode("utf-8").splitlines()
    ids = set()
    for line in lines:
        rec = json.loads(line)
        validate_record(rec)
        assert rec["text"] == articles[rec["doc_id"]][rec["start"]:rec["end"]]
        ids.add(rec["id"])
    assert len(ids) == len(lines)
