"""Round 5 speaker fixes. All texts are written for these tests (no article sentences)."""

from __future__ import annotations

import pytest

from extract.claims import get_claims


def _speakers(nlp, text):
    doc = nlp(text)
    return {text[q["start"] : q["end"]]: (q.get("speaker") or {}).get("name") for q in get_claims(doc, "quote")}


def _speaker_of(nlp, text, content):
    found = _speakers(nlp, text)
    hits = [sp for q, sp in found.items() if content in q]
    assert hits, found
    return hits[0]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a bracket-defined acronym whose name has a lower-case function word
        ("Lawyers without Borders (LWB) have asked for a retrial. According to LWB, the judges "
         "ignored key evidence.", "the judges ignored", "Lawyers without Borders"),
        ("Doctors against Hunger (DAH) opened two clinics. DAH said the clinics were full within a day.",
         "the clinics were full", "Doctors against Hunger"),
        # the acronym referred back to with an organisation noun
        ("Teachers Without Frontiers (TWF) wrote to the minister.\n\nThe letter was not answered.\n\n"
         "“We will not give up,” the group said.", "We will not give up", "Teachers Without Frontiers"),
        ("The Council for Rural Schools (CRS) met on Monday. According to CRS, most villages lack a "
         "teacher.", "most villages lack", "Council for Rural Schools"),
    ],
)
def test_quotes_defined_acronym_expanded_everywhere(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # no brackets: an all-capital word nobody spelled out stays as written
        ("According to KLX, the factory will close in June.", "the factory will close", "KLX"),
        # the group noun with no acronym in sight keeps the organisation's own name
        ("The Harbour Preservation Group wrote to the minister.\n\n“We will not give up,” the group said.",
         "We will not give up", "Harbour Preservation Group"),
    ],
)
def test_quotes_acronym_not_invented(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker
