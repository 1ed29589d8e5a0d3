"""The scorer's matching rules (gold/GUIDELINES.md) on hand-made gold folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.evaluate import content_words, evaluate, last_name, locate

ARTICLE = (
    "Jane Roe, a nurse at Mercy Hospital, said 40 people came. "
    "Prices rose 5 percent, about a third of 40 estimates. "
    "“We are ready,” said Roe. One local official claims that the plan failed."
)


def make_gold(tmp_path: Path, **items) -> Path:
    (tmp_path / "articles").mkdir(parents=True)
    (tmp_path / "articles" / "doc1.txt").write_text(ARTICLE, encoding="utf-8")
    row = {"doc_id": "doc1", "date": None, "quotes": [], "statistics": [], "affiliations": [], **items}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return tmp_path


def span(text: str, occurrence: int = 0) -> tuple[int, int]:
    s = locate(ARTICLE, text, occurrence)
    assert s is not None
    return s


def stat(text: str, value: float, unit: str = "count", occurrence: int = 0) -> dict:
    s, e = span(text, occurrence)
    return {"doc_id": "doc1", "type": "statistic", "text": text, "start": s, "end": e, "value": value, "unit": unit}


def quote(text: str, speaker: str | None, kind: str = "direct") -> dict:
    s, e = span(text)
    sp = None if speaker is None else {"name": speaker, "mention": speaker, "start": 0, "end": 1}
    return {"doc_id": "doc1", "type": "quote", "text": text, "start": s, "end": e, "speaker": sp, "kind": kind}


def test_evaluate_helpers():
    assert last_name("Dr. Sung-Yoon Lee") == "lee"
    assert last_name("Martin Luther King Jr.") == "king"
    assert content_words("the Ministry of Unification") == {"ministry", "unification"}
    assert locate("a b a b", "b", 1) == (6, 7)
    assert locate("a b", "c") is None


def test_evaluate_statistics_overlap_value_and_occurrence(tmp_path):
    gold = make_gold(tmp_path, statistics=[
        {"text": "40", "value": 40, "unit": "count"},
        {"text": "5 percent", "value": 5, "unit": "percent"},
        {"text": "a third", "value": 0.3333, "unit": "fraction"},
        {"text": "40", "value": 40, "unit": "count", "occurrence": 1, "optional": True},
    ])
    preds = [
        stat("40", 40),                              # tp, correct
        stat("rose 5 percent", 5, "count"),          # overlaps: tp, wrong unit
        stat("a third", 0.3334, "fraction"),         # within 0.5%: correct
        stat("40", 40, occurrence=1),                # matches the optional item: set aside
        stat("Roe", 1),                              # false positive
    ]
    r = evaluate(gold, preds).scores["statistics"]
    assert (r.tp, r.fp, r.fn, r.set_aside, r.correct) == (3, 1, 0, 1, 2)
    assert r.precision == pytest.approx(0.75) and r.recall == 1.0
    assert r.accuracy == pytest.approx(2 / 3)


def test_evaluate_statistics_value_tolerance(tmp_path):
    gold = make_gold(tmp_path, statistics=[{"text": "a third", "value": 0.3333, "unit": "fraction"}])
    assert evaluate(gold, [stat("a third", 0.3350, "fraction")]).scores["statistics"].correct == 0
    assert evaluate(gold, [stat("a third", 0.3340, "fraction")]).scores["statistics"].correct == 1


def test_evaluate_quotes_half_of_shorter_and_speaker(tmp_path):
    gold = make_gold(tmp_path, quotes=[
        {"text": "We are ready,", "speaker": "Jane Roe", "kind": "direct"},
        {"text": "the plan failed", "speaker": "One local official", "kind": "indirect"},
        {"text": "40 people came", "speaker": "Jane Roe", "kind": "indirect"},
    ])
    preds = [
        quote("We are ready", "Roe"),                          # last name agrees
        quote("plan failed", "a local official", "indirect"),  # content word agrees
        quote("said 40", "Jane Roe", "indirect"),              # overlap 2 of 7 chars: < half → fp + miss
    ]
    r = evaluate(gold, preds)
    q = r.scores["quotes"]
    assert (q.tp, q.fp, q.fn, q.correct) == (2, 1, 1, 2)
    d = q.to_dict()
    assert d["recall_direct"] == 1.0 and d["recall_indirect"] == 0.5
    assert {e.category for e in r.errors} == {"miss", "false_positive"}


def test_evaluate_quotes_wrong_speaker_is_counted(tmp_path):
    gold = make_gold(tmp_path, quotes=[{"text": "We are ready,", "speaker": "Jane Roe", "kind": "direct"}])
    q = evaluate(gold, [quote("We are ready,", "Mercy Hospital")]).scores["quotes"]
    assert (q.tp, q.correct, q.accuracy) == (1, 0, 0.0)
    q = evaluate(gold, [quote("We are ready,", None)]).scores["quotes"]
    assert (q.tp, q.correct) == (1, 0)


def test_evaluate_affiliations_org_or_role(tmp_path):
    gold = make_gold(tmp_path, affiliations=[
        {"person": "Jane Roe", "role": "nurse", "org": "Mercy Hospital"},
        {"person": "John Doe", "role": "nurse", "org": None},
    ])
    preds = [
        {"doc_id": "doc1", "type": "affiliation", "person": "Roe", "role": None, "org": "the Mercy hospital"},
        {"doc_id": "doc1", "type": "affiliation", "person": "John Doe", "role": "head nurse", "org": None},
        {"doc_id": "doc1", "type": "affiliation", "person": "Jane Roe", "role": "nurse", "org": "Acme"},
    ]
    a = evaluate(gold, preds).scores["affiliations"]
    assert (a.tp, a.fp, a.fn) == (2, 1, 0)


def test_evaluate_each_prediction_used_once(tmp_path):
    gold = make_gold(tmp_path, statistics=[
        {"text": "40", "value": 40, "unit": "count"},
        {"text": "40 people", "value": 40, "unit": "count"},
    ])
    s = evaluate(gold, [stat("40", 40)]).scores["statistics"]
    assert (s.tp, s.fn, s.fp) == (1, 1, 0)


def test_evaluate_gold_text_must_exist(tmp_path):
    gold = make_gold(tmp_path, statistics=[{"text": "999", "value": 999, "unit": "count"}])
    with pytest.raises(ValueError, match="not in article"):
        evaluate(gold, [])


def test_evaluate_cli_table_errors_and_json(tmp_path):
    gold = make_gold(tmp_path / "gold", statistics=[{"text": "40", "value": 40, "unit": "count"}])
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(stat("Roe", 1)) + "\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    res = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--show-errors", "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "statistics" in res.output and "value acc" in res.output
    assert "miss: '40'" in res.output and "false_positive: 'Roe'" in res.output
    scores = json.loads(out.read_text())
    assert scores["scores"]["statistics"]["fn"] == 1 and scores["scores"]["statistics"]["fp"] == 1
    assert scores["errors"][0]["doc_id"] == "doc1"


SHARED_DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev"


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="shared gold not available")
def test_evaluate_gold_against_itself_is_perfect():
    """Gold items turned into predictions score 1.0 on every kind (sanity of the matcher)."""
    from extract.evaluate import load_gold

    rows, _ = load_gold(SHARED_DEV)
    preds = []
    for row in rows:
        for g in row["statistics"]:
            preds.append({"doc_id": row["doc_id"], "type": "statistic", "start": g["span"][0],
                          "end": g["span"][1], "value": g["value"], "unit": g["unit"]})
        for g in row["quotes"]:
            preds.append({"doc_id": row["doc_id"], "type": "quote", "start": g["span"][0],
                          "end": g["span"][1], "speaker": {"name": g["speaker"]}, "kind": g["kind"]})
        for g in row["affiliations"]:
            preds.append({"doc_id": row["doc_id"], "type": "affiliation", **g})
    res = evaluate(SHARED_DEV, preds)
    for kind, s in res.scores.items():
        assert s.fp == 0 and s.fn == 0, kind
        if kind != "affiliations":
            assert s.accuracy == 1.0, kind
