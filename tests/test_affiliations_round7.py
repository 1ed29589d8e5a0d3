"""claim_affiliations and claim_people on round-7 news phrasings, on sentences written for
these tests (invented names)."""

from __future__ import annotations

import pytest
from claim_helpers import affiliations_of as affs

from extract.people import get_registry


def by_person(found, last):
    return [f for f in found if f[0].split()[-1] == last]


# 1. "police chief Maj. Gen. NAME": an abbreviated rank whose period the tokenizer split
#    off is a title of the mention, so the role words before it are read
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Harbour police chief Col. Amir Haddad was killed in the blast.",
            "Amir Haddad",
            "police chief",
            None,
        ),
        (
            "Army spokesman Lt. Col. Dan Brody said the base was closed.",
            "Dan Brody",
            "spokesman",
            "Army",
        ),
        (
            "Border guard commander Maj. Gen. Oren Talmi visited the post.",
            "Oren Talmi",
            "Border guard commander",
            None,
        ),
    ],
)
def test_affiliations_split_rank_abbreviation_before_name(nlp, text, person, role, org):
    doc, found = affs(nlp, text)
    assert (person, role, org) in found
    p = get_registry(doc).resolve(person.split()[-1])
    assert p is not None and p["name"] == person


@pytest.mark.parametrize(
    "text,titles",
    [
        ("Maj. Dan Brody said the post was quiet.", ["Maj."]),
        # an abbreviation that is no title ("Ave.") stays out of the name
        ("He moved to 12 Elm Ave. Dan Brody lives next door.", []),
    ],
)
def test_people_split_rank_abbreviation_is_title(nlp, text, titles):
    p = get_registry(nlp(text)).resolve("Brody")
    assert p is not None and p["titles"] == titles


# 2. "Minister of the Interior NAME": a minister's "of" phrase is the portfolio, part of
#    the role, not an organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            "Ruritanian Minister of the Interior Anton Kessel issued a statement.",
            "Anton Kessel",
            "Ruritanian Minister of the Interior",
            None,
        ),
        (
            "Minister of Foreign Affairs Anton Kessel issued a statement.",
            "Anton Kessel",
            "Minister of Foreign Affairs",
            None,
        ),
        (
            "Anton Kessel, the Minister of Strategic Affairs, issued a statement.",
            "Anton Kessel",
            "Minister of Strategic Affairs",
            None,
        ),
        # a party after "minister of the" stays the organisation
        (
            "Anton Kessel, a minister of the Green Party, issued a statement.",
            "Anton Kessel",
            "minister",
            "Green Party",
        ),
    ],
)
def test_affiliations_minister_of_portfolio(nlp, text, person, role, org):
    _, found = affs(nlp, text)
    assert (person, role, org) in found


# 3. "former policeman Marcos Silva dos Reis": the NER may stop a name at its lower-case
#    particle and tag the surname a person of its own; particle and surname are the rest
#    of the name
@pytest.mark.parametrize(
    "text,person,role",
    [
        (
            "The striker is accused of hiring former policeman Rogerio Aparecido dos Reis to"
            " steal the car.",
            "Rogerio Aparecido dos Reis",
            "former policeman",
        ),
        (
            "The club hired former soldier Paulo Aparecido dos Reis to guard the gate."
            " Reis was paid.",
            "Paulo Aparecido dos Reis",
            "former soldier",
        ),
    ],
)
def test_people_name_particle_joins_split_surname(nlp, text, person, role):
    doc, found = affs(nlp, text)
    assert (person, role, None) in found
    p = get_registry(doc).resolve("Reis")
    assert p is not None and p["name"] == person


@pytest.mark.parametrize(
    "text,absent",
    [
        # a place after the particle is no surname
        ("Tom Harlan went to the Rio de Janeiro office.", "Harlan de Janeiro"),
        # a common lower-case word between two names joins nothing
        ("Rogerio Aparecido told Paulo Reis to leave.", "Rogerio Aparecido told Paulo Reis"),
    ],
)
def test_people_name_particle_no_join(nlp, text, absent):
    names = [p["name"] for p in get_registry(nlp(text)).people]
    assert absent not in names


# 4. "Ex-Prime Minister NAME, the current head of ORG": a past office named by a title is
#    an item of its own next to the organisation the person now serves
@pytest.mark.parametrize(
    "text,kept,org_item",
    [
        (
            "Ex-Prime Minister Tomas Varga, the current President of the Northern Council,"
            " wrote a letter.",
            ("Tomas Varga", "Ex-Prime Minister", None),
            ("Tomas Varga", "current President", "Northern Council"),
        ),
        (
            "Former Mayor Tomas Varga, now a director of Acme Corp, wrote a letter.",
            ("Tomas Varga", "Former Mayor", None),
            ("Tomas Varga", "director", "Acme Corp"),
        ),
    ],
)
def test_affiliations_former_office_kept_beside_org(nlp, text, kept, org_item):
    _, found = affs(nlp, text)
    assert kept in found
    assert org_item in found


@pytest.mark.parametrize(
    "text,dropped",
    [
        # a past job that is no office title stays folded into the organisation item
        (
            "Former spokesman Tomas Varga, now a director of Acme Corp, wrote a letter.",
            "Former spokesman",
        ),
        # a current title is no second post
        ("Mayor Tomas Varga, now a director of Acme Corp, wrote a letter.", "Mayor"),
    ],
)
def test_affiliations_former_office_only_for_titles(nlp, text, dropped):
    _, found = affs(nlp, text)
    assert not any(f[1] == dropped for f in found)
    assert ("Tomas Varga", "director", "Acme Corp") in found


# 5. lexicon: cartoonists and illustrators hold a job; a fictional or advertising
#    character holds none
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Carlos Ruiz Mendez, the Westbrook Courier's veteran cartoonist, told reporters the"
            " suit is a waste.",
            ("Carlos Ruiz Mendez", "veteran cartoonist", "Westbrook Courier"),
        ),
        (
            "Nina Holt, an illustrator at Brightpage Books, drew the cover.",
            ("Nina Holt", "illustrator", "Brightpage Books"),
        ),
        # "character" inside a job title is still the job
        (
            "Kate Lowe, a character actress, said the role was hard.",
            ("Kate Lowe", "character actress", None),
        ),
    ],
)
def test_affiliations_media_job_nouns(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "The ad featured fictional character Tommy Tiger in every frame.",
        "Tommy Tiger, a cartoon character, sold the cereal.",
        "Tommy Tiger, the cereal brand's mascot, sold the cereal.",
    ],
)
def test_affiliations_character_is_no_role(nlp, text):
    _, found = affs(nlp, text)
    assert not by_person(found, "Tiger")


# 6. "director of the charity, Friends of the River,": a definite organisation noun with
#    the organisation's name set by a comma right after it takes that name
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Lisa Marr, executive director of the charity, Friends of the River, responded.",
            ("Lisa Marr", "executive director", "Friends of the River"),
        ),
        (
            "Tom Harlan, a spokesman for the company, Brightwater Holdings, said the claim"
            " was false.",
            ("Tom Harlan", "spokesman", "Brightwater Holdings"),
        ),
        # an organisation named later in another clause is not apposed
        (
            "Tom Harlan, a spokesman for the company, said Brightwater Holdings would appeal.",
            ("Tom Harlan", "spokesman", None),
        ),
        # a person after the comma is the role holder, not the organisation
        (
            "A spokesman for the group, Tom Harlan, said the claim was false.",
            ("Tom Harlan", "spokesman", None),
        ),
    ],
)
def test_affiliations_org_noun_with_apposed_name(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# 7. "Minister of the Interior NAME said": the NER may run the name into the portfolio
#    ("the Interior Ariel Demmy" ORG) or miss it; a known portfolio ends the role and a
#    two-to-three-word title-case run before a verb is the minister
@pytest.mark.parametrize(
    "text,person,role",
    [
        (
            "Ruritanian Minister of the Interior Arno Dell issued a statement.",
            "Arno Dell",
            "Ruritanian Minister of the Interior",
        ),
        (
            "Minister of the Interior Ariel Demmy said the talks failed.",
            "Ariel Demmy",
            "Minister of the Interior",
        ),
    ],
)
def test_affiliations_name_after_portfolio(nlp, text, person, role):
    _, found = affs(nlp, text)
    assert (person, role, None) in found


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised run that is not followed by a verb is no name
        "He wrote to the Minister of Finance Office Building Trust yesterday.",
        # no name after the portfolio
        "The Minister of the Interior Affairs Office announced the plan.",
    ],
)
def test_affiliations_name_after_portfolio_negative(nlp, text):
    doc, found = affs(nlp, text)
    assert not found


# 8. "the Bishop of Northvale, Sławoj Marek Zdrójek," tagged "Marek Zdrójek": a
#    three-word name set off by a comma keeps the given name the NER left out
@pytest.mark.parametrize(
    "text,person",
    [
        (
            "Politicians and the Bishop of Northvale, Sławoj Marek Zdrójek, were reported to"
            " have visited the hospital.",
            "Sławoj Marek Zdrójek",
        ),
    ],
)
def test_people_comma_name_keeps_first_given_name(nlp, text, person):
    doc, found = affs(nlp, text)
    assert [p["name"] for p in get_registry(doc).people] == [person]
    assert by_person(found, person.split()[-1])


@pytest.mark.parametrize(
    "text,name",
    [
        # a party word before the name is the party, not a given name
        ("The team's captain, Democrat Jane Roe, spoke.", "Jane Roe"),
    ],
)
def test_people_comma_name_no_party_word(nlp, text, name):
    assert [p["name"] for p in get_registry(nlp(text)).people] == [name]


# 9. "the Archbishop of Warsaw, NAME": a bishop's see is a place, part of the role, not an
#    organisation; a church after "of the" stays the organisation
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Archbishop of Warsaw, Edmund Harrow Pike, visited the hospital.",
            ("Edmund Harrow Pike", "Archbishop of Warsaw", None),
        ),
        (
            "Edmund Pike, the Bishop of Leeds, visited the hospital.",
            ("Edmund Pike", "Bishop of Leeds", None),
        ),
        (
            "Edmund Pike, a bishop of the Anglican Church, visited the hospital.",
            ("Edmund Pike", "bishop", "Anglican Church"),
        ),
    ],
)
def test_affiliations_bishop_see_is_place(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found
