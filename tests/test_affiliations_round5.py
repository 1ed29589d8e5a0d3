"""claim_affiliations / claim_people on round-5 news phrasings, on sentences written for
these tests (invented names): a courtesy title between a pre-modifier role and the name,
an acronym before a role noun, a region a post covers kept in the role."""

from __future__ import annotations

import pytest
from claim_helpers import affiliations_of as affs

from extract.people import get_registry


def by_person(found, last):
    return [f for f in found if f[0].split()[-1] == last]


# 1. a role word the title table also holds ("General"), then a courtesy title, then the
# name: the role ends before the courtesy title and keeps its organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            '"We must act now," said UNICEF Director-General Dr. Anna Berg.',
            "Anna Berg",
            "Director-General",
            "UNICEF",
        ),
        (
            "Norvale Director-General Prof. Ian Moss said the plan works.",
            "Ian Moss",
            "Director-General",
            "Norvale",
        ),
        (
            '"It is over," said WHO Director-General Dr. Anna Berg.',
            "Anna Berg",
            "Director-General",
            "WHO",
        ),
        ("Acme CEO Mr. Paul Lind said the plant would close.", "Paul Lind", "CEO", "Acme"),
        # an acronym before a capitalised role noun names an organisation, not a title
        ("NASA Administrator Dr. Anna Berg met the crew.", "Anna Berg", "Administrator", "NASA"),
        # a country's acronym stays a place: role only
        (
            '"We are ready," said UK Prime Minister Dr. Anna Berg.',
            "Anna Berg",
            "UK Prime Minister",
            None,
        ),
        # negative: a capitalised title with no organisation keeps its words
        (
            "Korean Studies Professor Dr. Anna Berg spoke at the forum.",
            "Anna Berg",
            "Korean Studies Professor",
            None,
        ),
    ],
)
def test_affiliations_role_before_courtesy_title(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert (person, role, org) in found, found


# 3. a region after "for" in a post whose organisation is named in the same phrase is part
# of the role ("Regional Director for Asia"), not the organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            '"Ban it," said UNICEF Regional Director for Asia Anna Berg, in a statement.',
            "Anna Berg",
            "Regional Director for Asia",
            "UNICEF",
        ),
        (
            "Acme Regional Director for Europe Paul Lind opened the plant.",
            "Paul Lind",
            "Regional Director for Europe",
            "Acme",
        ),
        (
            "Paul Lind, Acme Regional Director for Europe, opened the plant.",
            "Paul Lind",
            "Regional Director for Europe",
            "Acme",
        ),
        # (a region before "at ORG" stays out of both: "director" / "World Food Programme")
        (
            "Anna Berg, director for Africa at the World Food Programme, visited the camp.",
            "Anna Berg",
            "director",
            "World Food Programme",
        ),
        # negative: "Regional" opening an organisation's name stays in the organisation
        (
            "Regional Transport Authority spokesman Anna Berg said the line would close.",
            "Anna Berg",
            "spokesman",
            "Regional Transport Authority",
        ),
        # negative: with no organisation named, the region stays in the role, org none
        (
            "Anna Berg, the Regional Director for Asia, opened the plant.",
            "Anna Berg",
            "Regional Director for Asia",
            None,
        ),
    ],
)
def test_affiliations_region_in_role(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert (person, role, org) in found, found
    assert all(f[2] not in ("Asia", "Europe", "Africa") for f in found), found


# 2. a year before a party word opening a pre-modifier or apposition role: the party is the
# organisation (lower-case words may stand before the role noun), the year is no role word
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "2008 Republican presidential candidate Tom Rowe said the polls were wrong.",
            "Tom Rowe",
            "Republican presidential candidate",
            "Republican",
        ),
        (
            "The 2016 Democratic nominee Ann Kirk conceded on Wednesday.",
            "Ann Kirk",
            "Democratic nominee",
            "Democratic",
        ),
        (
            "The 1996 Republican presidential candidate, Tom Rowe, said the polls were wrong.",
            "Tom Rowe",
            "Republican presidential candidate",
            "Republican",
        ),
        (
            "Former Republican presidential candidate Tom Rowe said the polls were wrong.",
            "Tom Rowe",
            "Former Republican presidential candidate",
            "Republican",
        ),
        ("Labour MP Ann Kirk said the vote was close.", "Ann Kirk", "Labour MP", "Labour"),
    ],
)
def test_affiliations_year_before_party(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert (person, role, org) in found, found


@pytest.mark.parametrize(
    "text,last",
    [
        # negative: no party word after the year, no organisation
        ("2010 Olympic champion Tom Rowe said the race was hard.", "Rowe"),
        # negative: a capitalised name after the party word is no party role
        ("Democratic Republic of Congo President Tom Rowe arrived on Monday.", "Rowe"),
    ],
)
def test_affiliations_year_without_party(nlp, text, last):
    _doc, found = affs(nlp, text)
    assert all(f[2] in (None,) for f in by_person(found, last)), found


# 4. an organisation's possessive before a capitalised name of its own (a unit, a
# programme) belongs to that organisation's name
@pytest.mark.parametrize(
    "text,person,org",
    [
        (
            '"It works," said Dr. Ian Moss, Director of UNICEF\'s Clean Water Initiative.',
            "Ian Moss",
            "UNICEF's Clean Water Initiative",
        ),
        (
            "Ian Moss, the head of NASA's Deep Space Network, said the dish was repaired.",
            "Ian Moss",
            "NASA's Deep Space Network",
        ),
        (
            "Ian Moss, a spokesman for Acme's Clean Water Project, said it works.",
            "Ian Moss",
            "Acme's Clean Water Project",
        ),
        # negative: a place's possessive is no part of the organisation
        (
            "Ian Moss, head of Canada's Clean Water Agency, said it works.",
            "Ian Moss",
            "Clean Water Agency",
        ),
        # negative: a person after the possessive is no unit of the organisation
        ("Ian Moss, a lawyer for Acme's Tom Rowe, said it works.", "Ian Moss", "Acme"),
        # negative: a lower-case unit keeps the named organisation only
        ("Ian Moss, a manager at Acme's Paris office, said it works.", "Ian Moss", "Acme"),
    ],
)
def test_affiliations_possessive_org_unit(nlp, text, person, org):
    _doc, found = affs(nlp, text)
    assert [f[2] for f in found if f[0] == person] == [org], found


# 5. a fronted indefinite role + appositive name: a role held for another person named
# before takes that person into the role and gives no organisation (a person is no
# organisation); a role for an organisation keeps the organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "General Karim Haddad has been in hiding since June. A spokesman for Haddad, "
            "Samir Nouri, in a briefing for reporters said the city would not fall.",
            "Samir Nouri",
            "spokesman for Haddad",
            None,
        ),
        (
            "Karim Haddad has been in hiding since June. An adviser to Haddad, Samir Nouri, "
            "said the city would not fall.",
            "Samir Nouri",
            "adviser to Haddad",
            None,
        ),
        # negative: an organisation after "for" stays the organisation
        (
            "A spokesman for the ministry, Samir Nouri, said the city would not fall.",
            "Samir Nouri",
            "spokesman",
            "ministry",
        ),
    ],
)
def test_affiliations_fronted_role_for_person(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert [f for f in found if f[0] == person] == [(person, role, org)], found


# 6. a one-word name later in the article that misspells the surname of the one fuller
# name named before it (one edit, same first letter) is that person in the registry
@pytest.mark.parametrize(
    "text,merged",
    [
        (
            'The cabinet was named by Prime Minister Marco Rosi on Monday. "We are ready," '
            "Prime Minister Rossi said.",
            {"Rossi": "Marco Rosi"},
        ),
        (
            "Talks were led by Fouad Haddara. Later, Haddari told reporters that talks went well.",
            {"Haddari": "Fouad Haddara"},
        ),
        # negative: the short form comes first (no full name earlier): kept apart
        (
            "Prime Minister Rossi said the cabinet was ready. Marco Rosi later resigned.",
            {"Rossi": None},
        ),
        # negative: two fuller names it could misspell: kept apart
        (
            "The cabinet was named by Marco Rosi and Paola Rossa on Monday. Rossi said it "
            "was ready.",
            {"Rossi": None},
        ),
        # negative: two edits away is another person
        (
            "The cabinet was named by Prime Minister Marco Rosi on Monday. Mr. Rossini "
            "said it was late.",
            {"Rossini": None},
        ),
    ],
)
def test_people_misspelt_surname_merged(nlp, text, merged):
    doc = nlp(text)
    people = get_registry(doc).people
    names = [p["name"] for p in people]
    for short, full in merged.items():
        at = text.rindex(short)
        owner = next((p["name"] for p in people for s, e in p["mentions"] if s <= at < e), None)
        if full is None:
            assert owner != "Marco Rosi" or short not in names, names
            assert owner in (short, None), (owner, names)
        else:
            assert owner == full and short not in names, (owner, names)


def test_affiliations_misspelt_surname_one_record(nlp):
    _doc, found = affs(
        nlp,
        'The cabinet was named by Prime Minister Marco Rosi on Monday. "We are ready," '
        "Prime Minister Rossi said.",
    )
    assert found == [("Marco Rosi", "Prime Minister", None)], found


# 7. a named post: "kept his post as ROLE", "took up her post as ROLE", "was appointed to
# the post of ROLE", "the position of ROLE was given to NAME"
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Tom Rowe kept his post as Defense Minister, and the position of Finance "
            "Minister was given to Ann Lee.",
            "Tom Rowe",
            "Defense Minister",
            None,
        ),
        (
            "Tom Rowe kept his post as Defense Minister, and the position of Finance "
            "Minister was given to Ann Lee.",
            "Ann Lee",
            "Finance Minister",
            None,
        ),
        (
            "Ann Lee took up her post as ambassador to Peru in May.",
            "Ann Lee",
            "ambassador to Peru",
            None,
        ),
        ("Ann Lee was appointed to the post of governor last year.", "Ann Lee", "governor", None),
        (
            "Ann Lee resigned from her post as chief executive of Acme Corp on Friday.",
            "Ann Lee",
            "chief executive",
            "Acme Corp",
        ),
        ("The post of governor went to Ann Lee after the vote.", "Ann Lee", "governor", None),
    ],
)
def test_affiliations_named_post(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert (person, role, org) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # negatives: no role after the post noun, or no post noun
        "Ann Lee kept her post at the bank.",
        "Ann Lee sent her post to the editor.",
        "The letter of the law was given to Ann Lee.",
    ],
)
def test_affiliations_named_post_negative(nlp, text):
    _doc, found = affs(nlp, text)
    assert by_person(found, "Lee") == [], found


# 8. a pre-modifier role with no organisation in a "where" clause that hangs on a named
# organisation takes that organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Brands have backed the law, including Acme where CEO Jane Roe gave support at "
            "a meeting.",
            "Jane Roe",
            "CEO",
            "Acme",
        ),
        (
            "The talks were held at Norland Bank, where chief economist Jane Roe said rates "
            "would rise.",
            "Jane Roe",
            "chief economist",
            "Norland Bank",
        ),
        # negative: a place before "where" is no organisation
        (
            "The talks were held in Paris, where Mayor Jane Roe said rates would rise.",
            "Jane Roe",
            "Mayor",
            None,
        ),
        # negative: a common noun names no organisation here
        (
            "The talks were held at the bank, where CEO Jane Roe said rates would rise.",
            "Jane Roe",
            "CEO",
            None,
        ),
    ],
)
def test_affiliations_where_clause_org(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert [f for f in found if f[0] == person] == [(person, role, org)], found


# 9. a person's possessive is no organisation: the role keeps it ("Rossi's senior
# adviser"), org none; an organisation's possessive stays the organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "The cabinet was named by Prime Minister Marco Rosi. Ann Lee, who served as "
            'Rossi\'s senior adviser in the previous cabinet, got the post. "We are ready," '
            "Prime Minister Rossi said.",
            "Ann Lee",
            "Rossi's senior adviser in the previous cabinet",
            None,
        ),
        # negative: an organisation's possessive
        (
            "Ann Lee, who served as Acme's senior adviser, was there.",
            "Ann Lee",
            "senior adviser",
            "Acme",
        ),
        ("Ann Lee, the ministry's spokeswoman, was there.", "Ann Lee", "spokeswoman", "ministry"),
    ],
)
def test_affiliations_person_possessive_no_org(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert [f for f in found if f[0] == person] == [(person, role, org)], found


def test_affiliations_named_post_before_later_role(nlp):
    # a post named as such ("the position of Finance Minister") is kept over a later
    # org-less role of the same person
    _doc, found = affs(
        nlp,
        "The position of Finance Minister was given to Ann Lee, who served as Rossi's "
        "senior adviser. Marco Rossi resigned.",
    )
    assert by_person(found, "Lee") == [("Ann Lee", "Finance Minister", None)], found


# extra (late errors outside the brief's list): a post to come ("is to serve as", "will
# serve as"), "acting" opening role words, a participle before a capitalised post in an
# apposition, an apposition headed by "militia" names an organisation, no person
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Deputy Director Ann Lee is to serve as acting head of the Acme Group until a "
            "replacement is confirmed.",
            "Ann Lee",
            "acting head",
            "Acme Group",
        ),
        (
            "Ann Lee will serve as interim chief executive of Acme Corp.",
            "Ann Lee",
            "interim chief executive",
            "Acme Corp.",
        ),
        (
            "Tom Rowe, designated Ambassador to Peru, said the troops would stay.",
            "Tom Rowe",
            "designated Ambassador to Peru",
            None,
        ),
    ],
)
def test_affiliations_future_and_participle_posts(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert (person, role, org) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a participle clause is no post; a militia is no person
        "Tom Rowe, accused Paris of lying, said the troops would stay.",
        "Rebels fought for Hezb-e-Watani Rustam, an older militia, in the hills.",
        "Ann Lee will serve as a witness.",
    ],
)
def test_affiliations_future_and_participle_negative(nlp, text):
    _doc, found = affs(nlp, text)
    assert found == [], found


# extra: "X is from ORG" (a named organisation, not a place), with the role of a comma-set
# pre-modifier phrase
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Only one of the 11 ministers, Labor Minister Ann Lee, is from the Unity Party.",
            "Ann Lee",
            "Labor Minister",
            "Unity Party",
        ),
        ("Ann Lee is from the Acme Group.", "Ann Lee", None, "Acme Group"),
    ],
)
def test_affiliations_is_from_org(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert [f for f in found if f[0] == person] == [(person, role, org)], found


def test_affiliations_is_from_place_negative(nlp):
    _doc, found = affs(nlp, "Ann Lee is from Ohio.")
    assert found == [], found


# 6b. two full names with the same first name and surnames one edit apart are one person,
# spelt as the article writes it more often
@pytest.mark.parametrize(
    "text,name,gone",
    [
        (
            "Irish lawmaker Nora Keltann spoke first. Nora Keltan, a senator, then said the "
            "vote was close. Keltan left early.",
            "Nora Keltan",
            "Nora Keltann",
        ),
    ],
)
def test_people_misspelt_full_name_merged(nlp, text, name, gone):
    names = [p["name"] for p in get_registry(nlp(text)).people]
    assert name in names and gone not in names, names


def test_people_similar_full_names_other_first_name_apart(nlp):
    # negative: another first name is another person
    text = "Nora Keltan spoke first. Then Paul Keltann said the vote was close."
    names = [p["name"] for p in get_registry(nlp(text)).people]
    assert "Nora Keltan" in names and "Paul Keltann" in names, names


# extra: the subject of a work verb in a "where" clause hung on a named organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Ann Lee, a reporter, was shot. Tom Rowe, the bureau chief for the Daily Courier "
            "Network where Lee worked, said the killing was linked to her work.",
            "Ann Lee",
            "reporter",
            "Daily Courier Network",
        ),
        (
            "They visited Acme Corp, where Ann Lee heads the research lab.",
            "Ann Lee",
            "head",
            "Acme Corp",
        ),
        # the organisation a common-noun apposition before "where" describes, with a
        # connector inside its name; "was working"
        (
            '"We are trying," said Tom Rowe of Nile Water and Land Management, the '
            "UN-supported agency where Lee was working. Ann Lee was hurt.",
            "Ann Lee",
            None,
            "Nile Water and Land Management",
        ),
    ],
)
def test_affiliations_where_clause_work_verb(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert [f for f in found if f[0] == person] == [(person, role, org)], found


def test_affiliations_where_clause_place_negative(nlp):
    _doc, found = affs(nlp, "Ann Lee grew up in Springfield, where Lee worked as a nurse.")
    assert found == [("Ann Lee", "nurse", None)], found
    # no named organisation before the described common noun
    _doc, found = affs(nlp, "They met at the clinic, the old agency where Ann Lee was working.")
    assert found == [], found


# extra: a nationality adjective may open a plain role in an apposition, and a relative
# clause may follow its head
@pytest.mark.parametrize(
    "text,person,role",
    [
        (
            "Tom Rowe, the Irish rock star who helped organise the concert, said the money "
            "was gone.",
            "Tom Rowe",
            "Irish rock star",
        ),
        ("Tom Rowe, a French novelist, said the money was gone.", "Tom Rowe", "French novelist"),
    ],
)
def test_affiliations_nationality_plain_role(nlp, text, person, role):
    _doc, found = affs(nlp, text)
    assert (person, role, None) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a person noun before "who" names no post
        "Tom Rowe, the man who shot the sheriff, was arrested.",
        "Tom Rowe, the person who found the bag, was thanked.",
    ],
)
def test_affiliations_person_noun_before_who_negative(nlp, text):
    _doc, found = affs(nlp, text)
    assert found == [], found
