"""Record contract: ids, offsets, ordering, links and the shipped JSON Schema."""

from __future__ import annotations

import jsonschema
import pytest
import spacy
from spacy.tokens import Doc

from extract.claims import add_claim, get_claims
from extract.records import doc_to_records, record_id, record_schema, validate_record

TEXT = "Jane Roe, a nurse, said 40 people came. Prices rose 5 percent."


@pytest.fixture
def doc() -> Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    d = nlp(TEXT)
    s40 = TEXT.index("40")
    s5 = TEXT.index("5 percent")
    q0, q1 = TEXT.index("40 people"), TEXT.index(" came.") + len(" came")
    add_claim(d, {"type": "statistic", "start": s5, "end": s5 + 9, "value": 5, "unit": "percent",
                  "direction": "up", "rule": "test"})
    add_claim(d, {"type": "statistic", "start": s40, "end": s40 + 2, "value": 40, "unit": "count",
                  "source": {"name": "Jane Roe", "quote_span": [q0, q1]}, "rule": "test"})
    add_claim(d, {"type": "quote", "start": q0, "end": q1, "kind": "indirect", "cue": "said",
                  "speaker": {"name": "Jane Roe", "mention": "Jane Roe", "start": 0, "end": 8}, "rule": "test"})
    add_claim(d, {"type": "affiliation", "start": 10, "end": 17, "person": "Jane Roe", "role": "nurse",
                  "org": None, "rule": "test"})
    return d


def test_records_id_is_stable_and_distinct():
    a = record_id("doc", "quote", 0, 5, "hello")
    assert a == record_id("doc", "quote", 0, 5, "hello")
    assert a.startswith("q_") and len(a) == 22
    assert a != record_id("doc2", "quote", 0, 5, "hello")
    assert a != record_id("doc", "quote", 1, 5, "ello")
    assert a != record_id("doc", "statistic", 0, 5, "hello")


def test_records_id_known_value(monkeypatch):
    # Pinned: ids are public (stored downstream); they may change only with the version.
    monkeypatch.setattr("extract.records.__version__", "0.1.0")
    assert record_id("d", "statistic", 3, 7, "1400") == "s_4e44d3d6d06164630a7d"


def test_records_offsets_text_and_schema(doc):
    recs = doc_to_records(doc, "sample", pipeline={"name": "claim-extract", "version": "0", "model": "x"})
    assert len(recs) == 4
    for r in recs:
        assert r["text"] == TEXT[r["start"]:r["end"]]
        assert r["schema"] == "claim-record/1"
        assert r["doc_id"] == "sample"
        validate_record(r)
    assert [r["start"] for r in recs] == sorted(r["start"] for r in recs)


def test_records_sentence_is_the_containing_one(doc):
    recs = doc_to_records(doc, "s")
    stat5 = next(r for r in recs if r["type"] == "statistic" and r["value"] == 5)
    assert stat5["sentence"] == "Prices rose 5 percent."


def test_records_links_quote_and_affiliations(doc):
    recs = doc_to_records(doc, "s")
    quote = next(r for r in recs if r["type"] == "quote")
    stat40 = next(r for r in recs if r["type"] == "statistic" and r["value"] == 40)
    aff = next(r for r in recs if r["type"] == "affiliation")
    assert stat40["source"] == {"name": "Jane Roe", "record_id": quote["id"]}
    assert quote["speaker"]["affiliations"] == [{"role": "nurse", "org": None, "record_id": aff["id"]}]


def test_records_defaults_and_dedup():
    nlp = spacy.blank("en")
    d = nlp("About 12 cats.")
    for _ in range(2):
        add_claim(d, {"type": "statistic", "start": 6, "end": 8, "value": 12, "unit": "count", "rule": "r"})
    assert len(get_claims(d)) == 2
    (rec,) = doc_to_records(d, "x", meta={"title": "T"})
    assert rec["range"] is None and rec["approximate"] is False and rec["bound"] is None
    assert rec["meta"] == {"title": "T"}
    validate_record(rec)


@pytest.mark.parametrize("claim", [
    {"type": "opinion", "start": 0, "end": 2},
    {"type": "statistic", "start": 5, "end": 2},
    {"type": "statistic", "start": 0, "end": 999},
])
def test_claims_add_claim_rejects_bad_claims(claim):
    d = spacy.blank("en")("About 12 cats.")
    with pytest.raises(ValueError):
        add_claim(d, claim)


@pytest.mark.parametrize("patch", [
    {"schema": "claim-record/2"},
    {"unit": "dollars"},
    {"value": "12"},
    {"start": -1},
    {"bound": "somewhere"},
    {"range": [1]},
])
def test_records_schema_rejects_broken_records(doc, patch):
    rec = next(r for r in doc_to_records(doc, "s") if r["type"] == "statistic")
    validate_record(rec)
    with pytest.raises(jsonschema.ValidationError):
        validate_record({**rec, **patch})


def test_records_schema_requires_type_fields(doc):
    quote = next(r for r in doc_to_records(doc, "s") if r["type"] == "quote")
    broken = {k: v for k, v in quote.items() if k != "speaker"}
    with pytest.raises(jsonschema.ValidationError):
        validate_record(broken)
    assert record_schema()["$schema"].endswith("2020-12/schema")


SAMPLE = (
    "Jane Roe, a professor at the Acme Institute, said that about 40 percent of the 1,200 "
    "workers were unhappy. “We expect $2.5 million in losses,” she said. "
    "According to the ministry, prices rose by a third in 2019."
)


def test_records_pipeline_output_validates(nlp):
    from extract.pipeline import pipeline_info

    recs = doc_to_records(nlp(SAMPLE), "sample", pipeline=pipeline_info(nlp))
    for r in recs:
        validate_record(r)
        assert r["text"] == SAMPLE[r["start"]:r["end"]]
    assert len({r["id"] for r in recs}) == len(recs)


def test_records_relative_year_resolved_from_meta_date():
    d = spacy.blank("en")("Sales fell 12 percent this year.")
    s = d.text.index("12 percent")
    add_claim(d, {"type": "statistic", "start": s, "end": s + 10, "value": 12, "unit": "percent",
                  "time": {"text": "this year", "start": 23, "end": 32, "relative_year": 0}})
    (rec,) = doc_to_records(d, "x", meta={"date": "2011-03-04"})
    assert rec["time"]["year"] == 2011
    (rec,) = doc_to_records(d, "x")
    assert "year" not in rec["time"]


def test_claims_doc_length_matches_text():
    from extract.claims import doc_length

    nlp = spacy.blank("en")
    for text in ["", "a", "Two words  ", "Émile paid €5.\n\nThen left. "]:
        assert doc_length(nlp(text)) == len(text)


@pytest.mark.parametrize("speaker,people,expected", [
    ("Jane Roe", ["Jane Roe"], "Jane Roe"),
    ("Roe", ["Jane Roe", "John Doe"], "Jane Roe"),
    ("Roe", ["Jane Roe", "Mark Roe"], None),          # ambiguous surname: no guess
    ("Mark Roe", ["Jane Roe"], None),                  # different first name
    ("Acme Institute", ["Jane Roe"], None),
    (None, ["Jane Roe"], None),
])
def test_records_speaker_linked_to_affiliations_by_name(speaker, people, expected):
    from extract.records import _same_person

    assert _same_person(speaker, {p: [] for p in people}) == expected


def test_records_doc_text_is_built_once_and_never_stale(nlp):
    from extract.claims import doc_text

    first, second = nlp.make_doc("Rates rose 5 percent."), nlp.make_doc("Rates fell 7 percent.")
    assert doc_text(first) == first.text
    assert doc_text(first) is doc_text(first)  # the same string, not rebuilt
    assert doc_text(second) == second.text
    assert doc_text(first) == first.text  # a different Doc is never served the last one's text
