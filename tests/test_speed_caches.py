"""The per-document caches of extract.claims (doc_tokens, doc_ents) and the pure
helpers memoised for speed: never stale, same answers as spaCy."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from extract import claims
from extract.claims import doc_ents, doc_lowers, doc_tokens, reset_doc_caches, span_ents
from extract.people import word_key


def _doc(text: str = "Jane Roe met New York officials on Monday."):
    return spacy.blank("en")(text)


def test_doc_tokens_are_the_docs_tokens_and_cached():
    doc = _doc()
    reset_doc_caches()
    toks = doc_tokens(doc)
    assert [t.text for t in toks] == [t.text for t in doc]
    assert [t.i for t in toks] == list(range(len(doc)))
    assert doc_tokens(doc) is toks  # built once


def test_doc_tokens_not_stale_after_retokenize_between_calls():
    doc = _doc()
    reset_doc_caches()
    assert [t.text for t in doc_tokens(doc)][3:5] == ["New", "York"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])
    # (a component's __call__ resets the caches; the length check alone catches this too)
    assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]
    assert doc_tokens(doc)[3].text == "New York"
    reset_doc_caches()
    assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]


def test_doc_tokens_reset_catches_a_same_length_retokenize():
    doc = _doc("Jane Roe met New York officials.")
    reset_doc_caches()
    doc_tokens(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])  # "New York" (one token fewer)
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[0], ["Ja", "ne"], heads=[(doc[0], 1), doc[1]])  # one more
    assert len(doc) == 7
    reset_doc_caches()
    assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]
    assert doc_tokens(doc)[0].text == "Ja"


def test_doc_tokens_follow_the_document():
    a, b = _doc("One two three."), _doc("Four five six.")
    reset_doc_caches()
    assert doc_tokens(a)[0].text == "One"
    assert doc_tokens(b)[0].text == "Four"
    assert doc_tokens(a)[0].doc is a


def test_doc_ents_not_stale_after_ents_are_set():
    doc = _doc()
    reset_doc_caches()
    assert doc_ents(doc) == doc.ents == ()
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    reset_doc_caches()
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(0, 2, "PERSON")]
    assert doc_ents(doc) is doc_ents(doc)


def test_components_reset_the_caches(nlp):
    text = "Jane Roe, a spokeswoman for Acme Corp., said the plant would close."
    names = ["claim_people", "claim_affiliations", "claim_quotes", "claim_statistics"]
    fresh = nlp(text)
    (doc,) = nlp.pipe([text], disable=names)
    other = _doc("Unrelated words here.")
    for name in names:
        # a stale cache (another document's tokens, no entities) must not leak into a
        # component's run
        claims._TOKENS = (doc, len(doc), tuple(other))
        claims._ENTS = (doc, len(doc), ())
        nlp.get_pipe(name)(doc)
    assert doc._.people == fresh._.people
    assert doc._.claims == fresh._.claims


def test_word_key_memoised_is_the_same_function():
    for w in ("García", "Lee.", "O’Neil", "al-Maliki", "LEE"):
        assert word_key(w) == word_key.__wrapped__(w)


def test_doc_lowers_are_the_tokens_lower_and_follow_retokenize():
    doc = _doc()
    reset_doc_caches()
    assert doc_lowers(doc) == [t.lower_ for t in doc]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])
    reset_doc_caches()
    assert doc_lowers(doc) == [t.lower_ for t in doc]
    assert doc_lowers(doc)[3] == "new york"
    assert doc_lowers(_doc("")) == []


def test_span_ents_is_spacys_span_ents():
    doc = _doc()
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 3, 5, label="GPE"),
        Span(doc, 7, 8, label="DATE"),
    ]
    reset_doc_caches()
    for a in range(len(doc)):
        for b in range(a, len(doc) + 1):
            span = doc[a:b]
            assert span_ents(span) == list(span.ents)
