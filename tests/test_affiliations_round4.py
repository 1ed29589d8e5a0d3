"""Round 4 affiliation rules, on text written for these tests."""

import pytest

from extract.records import doc_to_records


def _affs(nlp, text):
    return [r for r in doc_to_records(nlp(text), doc_id="t") if r["type"] == "affiliation"]


def _one(nlp, text, person):
    recs = [r for r in _affs(nlp, text) if r["person"] == person]
    assert recs, _affs(nlp, text)
    return recs[0]


@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Carlos Ruiz, who is the leader of the more moderate Unity party, runs the council.",
            "Carlos Ruiz",
            "leader",
            "Unity party",
        ),
        (
            "Maria Lopes, the head of the most radical Workers Front, spoke on Monday.",
            "Maria Lopes",
            "head",
            "Workers Front",
        ),
        (
            "Carlos Ruiz, who is the leader of the Unity party, runs the council.",
            "Carlos Ruiz",
            "leader",
            "Unity party",
        ),
    ],
)
def test_affiliations_degree_adverb_before_org(nlp, text, person, role, org):
    r = _one(nlp, text, person)
    assert (r["role"], r["org"]) == (role, org)


@pytest.mark.parametrize(
    "text,person,role,titles",
    [
        (
            "The senators cited testimony from the U.S. commander in Iraq, General David Peters.",
            "David Peters",
            "U.S. commander in Iraq",
            ["General"],
        ),
        (
            "The panel heard evidence from the commander in Kabul, Colonel Ann Marsh.",
            "Ann Marsh",
            "commander in Kabul",
            ["Colonel"],
        ),
    ],
)
def test_affiliations_fronted_role_before_titled_name(nlp, text, person, role, titles):
    r = _one(nlp, text, person)
    assert r["role"] == role
    assert r["org"] is None
    assert r["titles"] == titles


@pytest.mark.parametrize(
    "text,person",
    [
        ("After a meeting with the minister, Tom Hale said the talks failed.", "Tom Hale"),
        ("He left with the commander, Tom Hale said on Friday.", "Tom Hale"),
    ],
)
def test_affiliations_prep_object_not_apposition_before_verb(nlp, text, person):
    assert not [r for r in _affs(nlp, text) if r["person"] == person and r["role"]]


@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "The Ruritanian Foreign Ministry and it's Minister, Abu Bakr al-Rami says the "
            "talks will resume.",
            "Abu Bakr al-Rami",
            "Minister",
            "Ruritanian Foreign Ministry",
        ),
        (
            "The Harbour Trust and it's chairman, Peter Volk, rejected the plan.",
            "Peter Volk",
            "chairman",
            "Harbour Trust",
        ),
    ],
)
def test_affiliations_its_typo_role_before_name(nlp, text, person, role, org):
    r = _one(nlp, text, person)
    assert (r["role"], r["org"]) == (role, org)


@pytest.mark.parametrize(
    "text,person",
    [("The Harbour Trust said it's time, Peter Volk argued.", "Peter Volk")],
)
def test_affiliations_its_contraction_no_role(nlp, text, person):
    assert not [r for r in _affs(nlp, text) if r["person"] == person]


@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            '"We are worried," said spokesperson for the United Nations High Commissioner '
            "for Refugees, Rupert Cole.",
            "Rupert Cole",
            "spokesperson",
            "United Nations High Commissioner for Refugees",
        ),
        (
            '"We are worried," said spokesman for the Harbour Trust, Rupert Cole.',
            "Rupert Cole",
            "spokesman",
            "Harbour Trust",
        ),
    ],
)
def test_affiliations_said_bare_role_for_org_name(nlp, text, person, role, org):
    r = _one(nlp, text, person)
    assert (r["role"], r["org"]) == (role, org)


@pytest.mark.parametrize(
    "text,person",
    [("She said spokesperson, Rupert Cole, would call back.", "Rupert Cole")],
)
def test_affiliations_said_with_subject_no_inverted_role(nlp, text, person):
    assert not [r for r in _affs(nlp, text) if r["person"] == person and r["role"]]


@pytest.mark.parametrize(
    "text,person,role",
    [
        (
            "The group condemned the killing of one journalist, Munir Shah, in the capital.",
            "Munir Shah",
            "journalist",
        ),
        ("Police arrested another activist, Lena Berg, on Friday.", "Lena Berg", "activist"),
        (
            "The attack injured one senior officer, Tom Hale, and two others.",
            "Tom Hale",
            "senior officer",
        ),
    ],
)
def test_affiliations_counting_one_not_in_role(nlp, text, person, role):
    assert _one(nlp, text, person)["role"] == role


@pytest.mark.parametrize(
    "text,person",
    [("One of the founders, Tom Hale, left the firm.", "Tom Hale")],
)
def test_affiliations_one_of_not_a_role(nlp, text, person):
    roles = [r["role"] for r in _affs(nlp, text) if r["person"] == person]
    assert not any(role and role.lower().startswith("one") for role in roles)
