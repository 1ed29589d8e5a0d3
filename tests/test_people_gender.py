"""Gender in the people registry comes from reliable evidence only (titles, gendered
role and kin nouns, a possessive/reflexive in the person's own clause), never from the
subject pronoun of a later sentence or quote cue that the registry itself resolves."""

from __future__ import annotations

import pytest

from extract.claims import get_claims
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


# --- a one-word name with an organisation apposition is an organisation ---------------


def _affs(doc):
    return [(c["person"], c["role"], c["org"]) for c in get_claims(doc, "affiliation")]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Korvex, the plant's operator, said radiation levels were stable.", "Korvex"),
        ("Volvex, a Swedish carmaker, said sales fell. Volvex also cut jobs.", "Volvex"),
        ("PetroVane, the state oil company, said output rose in May.", "PetroVane"),
        ("Officials met Kelvora, the regional utility, on Monday. Kelvora said prices would rise.",
         "Kelvora"),
    ],
)
def test_people_org_apposition_is_no_person(nlp, text, name):
    doc = nlp(text)
    assert name not in [p["name"] for p in get_registry(doc).people]
    assert not [a for a in _affs(doc) if a[0] == name]


@pytest.mark.parametrize(
    "text,name",
    [
        # a person's apposition describes the person, not a firm
        ("Harwick, the company's founder, said sales fell.", "Harwick"),
        # the one word is part of a longer person's name elsewhere
        ("Nina Kolbe runs a bakery. Kolbe, the group's chairwoman, said sales fell.", "Nina Kolbe"),
        ("Marta Kell, the firm's owner, said sales fell.", "Marta Kell"),
    ],
)
def test_people_person_apposition_stays_person(nlp, text, name):
    doc = nlp(text)
    assert name in [p["name"] for p in get_registry(doc).people]


@pytest.mark.parametrize(
    "text,name,gender",
    [
        # a gendered role noun outweighs a possessive that may point elsewhere
        ("Spokeswoman Lena Dravic said his car was found.", "Lena Dravic", "female"),
        ("Oren Vasquel, the chairman, said her report was late.", "Oren Vasquel", "male"),
    ],
)
def test_people_gender_explicit_noun_wins_over_pronoun(nlp, text, name, gender):
    assert _registry_only(nlp, text).resolve(name)["gender"] == gender


@pytest.mark.parametrize(
    "text,name,is_person",
    [
        ("Police said Tanaka, a crane operator, had been injured.", "Tanaka", True),
        ("Witnesses said Hiroshi, the crane operator, had left.", "Hiroshi", True),
        ("On Monday, Kowalski, a tour operator, said trade had stopped.", "Kowalski", True),
        ("Korvex, the operator of the plant, said the work had stopped.", "Korvex", False),
        ("KEPCO, a grid operator, said the work had stopped.", "KEPCO", False),
    ],
)
def test_people_job_noun_apposition_needs_org_reading(nlp, text, name, is_person):
    doc = nlp(text)
    assert (name in [p["name"] for p in get_registry(doc).people]) == is_person
