"""Round 8 affiliation rules: ward aldermen and council members as roles, numbered
wards/districts of a place before a role noun, and titles in a list of names."""

import pytest

from extract.claims import get_claims


def _affs(nlp, text):
    return {(c["person"], c.get("role"), c.get("org")) for c in get_claims(nlp(text), "affiliation")}


@pytest.mark.parametrize(
    "text,person,role",
    [
        ("Critics included Denver alderman Bela Kornfeld and others.", "Bela Kornfeld", "Denver alderman"),
        ("Alderman Joe Pruitt said that the budget was late.", "Joe Pruitt", "Alderman"),
        (
            "Critics included Denver 12th ward alderman Bela Kornfeld and others.",
            "Bela Kornfeld",
            "Denver 12th ward alderman",
        ),
        (
            "Boston 3rd district councillor Ana Ruiz spoke to reporters.",
            "Ana Ruiz",
            "Boston 3rd district councillor",
        ),
    ],
)
def test_affiliations_round8_ward_roles(nlp, text, person, role):
    affs = _affs(nlp, text)
    assert any(p == person and r == role and o is None for p, r, o in affs), affs


@pytest.mark.parametrize(
    "text,person,bad_role",
    [
        (
            "Signers included County Commissioner Ivo Tesh, Denver aldermen Tim Reyes and others.",
            "Ivo Tesh",
            "Denver aldermen",
        ),
        (
            "Signers included Mayor Ivo Tesh, Denver alderman Tim Reyes and others.",
            "Ivo Tesh",
            "Denver alderman",
        ),
    ],
)
def test_affiliations_round8_list_title_not_apposition(nlp, text, person, bad_role):
    affs = _affs(nlp, text)
    assert not any(p == person and r == bad_role for p, r, o in affs), affs


@pytest.mark.parametrize(
    "text,person,role",
    [
        # negative: a real apposition with no name after it still counts
        ("Signers included Ivo Tesh, a Denver alderman, and others.", "Ivo Tesh", "Denver alderman"),
    ],
)
def test_affiliations_round8_apposition_kept(nlp, text, person, role):
    affs = _affs(nlp, text)
    assert any(p == person and r is not None and role in r for p, r, o in affs), affs


def test_affiliations_round8_det_led_apposition_before_name_kept(nlp):
    # negative: "an aide to the minister X" is still the first name's apposition
    affs = _affs(nlp, "Lena Okoro, an aide to the governor Pal Verhoef, said it.")
    assert any(p == "Lena Okoro" and r and r.startswith("aide") for p, r, o in affs), affs


@pytest.mark.parametrize(
    "text,bad_person,person,role",
    [
        (
            "Speaking at the Palace of Nations, the Ruritanian ambassador Ivo Tesh said it was false.",
            "Palace of Nations",
            "Ivo Tesh",
            "Ruritanian ambassador",
        ),
    ],
)
def test_affiliations_round8_det_role_before_name_is_its_title(nlp, text, bad_person, person, role):
    affs = _affs(nlp, text)
    assert not any(p == bad_person for p, r, o in affs), affs
    assert any(p == person and r == role for p, r, o in affs), affs


@pytest.mark.parametrize(
    "text,person,org",
    [
        ("Ola Brandt from the Liberal Democrats said the vote was good.", "Ola Brandt", "Liberal Democrats"),
        ("Ola Brandt from the Conservatives said the plan was late.", "Ola Brandt", "Conservatives"),
        # negative: a country after "from" stays a place
        ("Ola Brandt, who arrived from the Netherlands, said it.", "Ola Brandt", None),
    ],
)
def test_affiliations_round8_from_party_plural(nlp, text, person, org):
    affs = _affs(nlp, text)
    if org is None:
        assert not any(p == person and o for p, r, o in affs), affs
    else:
        assert (person, None, org) in affs, affs


@pytest.mark.parametrize(
    "text,person,member",
    [
        ("Minister calls for suspension of Pavel Drax from Northern Union", "Pavel Drax", False),
        ("The council calls for the expulsion of Pavel Drax from the Northern Union.", "Pavel Drax", False),
        # negative: plain "X from ORG" is still membership
        ("Pavel Drax from the Northern Union said the vote was fair.", "Pavel Drax", True),
    ],
)
def test_affiliations_round8_removal_from_org_is_no_membership(nlp, text, person, member):
    affs = _affs(nlp, text)
    assert any(p == person and o == "Northern Union" for p, r, o in affs) == member, affs


@pytest.mark.parametrize(
    "text,person,org",
    [
        (
            "Yara Bastani, 24, who works for the Tehran provincial administration, was a witness.",
            "Yara Bastani",
            "Tehran provincial administration",
        ),
        ("Yara Bastani, who works for the Tehran city council, was a witness.", "Yara Bastani", "Tehran city council"),
    ],
)
def test_affiliations_round8_place_adjective_org_noun(nlp, text, person, org):
    assert (person, None, org) in _affs(nlp, text)


def test_affiliations_round8_place_adjective_without_org_noun(nlp):
    # negative: a place, an adjective and a plain noun is no organisation
    affs = _affs(nlp, "Yara Bastani, who lives in the Tehran northern suburbs, was a witness.")
    assert not any(o for p, r, o in affs), affs
