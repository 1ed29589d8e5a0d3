"""Gender in the people registry comes from reliable evidence only (titles, gendered
role and kin nouns, a possessive/reflexive in the person's own clause), never from the
subject pronoun of a later sentence or quote cue that the registry itself resolves."""

from __future__ import annotations

import pytest

from extract.people import get_registry


def _registry_only(nlp, text):
    """Run the pipeline up to and including claim_people (later components may still
    refine genders while resolving pronouns; this checks the registry's own evidence)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "claim_people":
            break
    return get_registry(doc)


@pytest.mark.parametrize(
    "text,name",
    [
        ("A nurse who works nearby said the ward was full. Tom Ashby, the manager, said "
         "nothing had changed. 'We waited,' she said.", "Tom Ashby"),
        ("Kim Loder, the treasurer, spoke first. She said the books were in order.", "Kim Loder"),
        ("Pat Ferrow arrived late on Monday. He left soon afterwards.", "Pat Ferrow"),
    ],
)
def test_people_gender_not_from_later_subject_pronoun(nlp, text, name):
    assert _registry_only(nlp, text).resolve(name)["gender"] is None


@pytest.mark.parametrize(
    "text,name,gender",
    [
        ("Oren Vasquel said his staff worked through the night.", "Oren Vasquel", "male"),
        ("Lena Dravic blamed herself for the delay.", "Lena Dravic", "female"),
        ("Mrs. Quill Harbin opened the meeting.", "Quill Harbin", "female"),
        ("Sir Edwin Marlow opened the meeting.", "Edwin Marlow", "male"),
        ("Chairwoman Tova Lindqvist opened the meeting.", "Tova Lindqvist", "female"),
        ("The mayor's wife, Alex Stone, said the town flooded.", "Alex Stone", "female"),
        ("Her son, Robin Vale, said the town flooded.", "Robin Vale", "male"),
    ],
)
def test_people_gender_from_reliable_evidence(nlp, text, name, gender):
    assert _registry_only(nlp, text).resolve(name)["gender"] == gender


@pytest.mark.parametrize(
    "text,name",
    [
        # the possessive belongs to another subject's clause
        ("Oren Vasquel said the woman had lost her keys.", "Oren Vasquel"),
        # a possessive in a later sentence is not the person's own clause
        ("Oren Vasquel left early. Her car was parked outside.", "Oren Vasquel"),
    ],
)
def test_people_gender_not_from_possessive_outside_own_clause(nlp, text, name):
    assert _registry_only(nlp, text).resolve(name)["gender"] is None


def test_people_gender_explicit_title_wins_over_pronoun(nlp):
    text = "Mr. Dale Orrin said her proposal was late."
    assert _registry_only(nlp, text).resolve("Dale Orrin")["gender"] == "male"
