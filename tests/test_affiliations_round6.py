"""claim_affiliations on round-6 news phrasings, on sentences written for these tests
(invented names): role words opened by its/their before a name take the organisation
those words point back to."""

from __future__ import annotations

import pytest
from claim_helpers import affiliations_of as affs

from extract.people import get_registry


def by_person(found, last):
    return [f for f in found if f[0].split()[-1] == last]


# 1. "ORG ..., their defence spokesman NAME": its/their before pre-modifier role words
@pytest.mark.parametrize(
    "text,role,org",
    [
        (
            "The Green Alliance has also raised the matter, and their transport spokesman"
            " Tom Pell questioned the cost.",
            "transport spokesman",
            "Green Alliance",
        ),
        (
            "The Green Alliance criticised the plan. Its chairman Tom Pell questioned the cost.",
            "chairman",
            "Green Alliance",
        ),
        # a plural party subject is what "their" points to, not a nearer singular ORG
        (
            "The Liberal Democrats have also raised the issue of the Nuclear Safety Treaty,"
            " their defence spokesman Tom Pell questioned the cost.",
            "defence spokesman",
            "Liberal Democrats",
        ),
        # negatives: a people (not an organisation) as the plural subject, and a plural
        # subject nearer than the organisation
        (
            "The Americans have also raised the issue of the Nuclear Safety Treaty, their"
            " defence spokesman Tom Pell questioned the cost.",
            "defence spokesman",
            None,
        ),
        (
            "Acme Corp said the neighbours had complained and their lawyer Tom Pell would sue.",
            "lawyer",
            None,
        ),
    ],
)
def test_affiliations_possessive_pronoun_before_premodifier(nlp, text, role, org):
    _doc, found = affs(nlp, text)
    mine = by_person(found, "Pell")
    assert [(r, o) for _p, r, o in mine] == [(role, org)]


# 2. one organisation written with and without dots ("UN", later "U.N.") is one item
@pytest.mark.parametrize(
    "text,orgs",
    [
        (
            "Anna Berg, the UN envoy for refugees, met the ministers. Leaders thanked the"
            " U.N. and its envoy, Anna Berg, for the help.",
            ["UN"],
        ),
        # negative: a different organisation stays a second item
        (
            "Anna Berg, the UN envoy for refugees, met the ministers. Leaders thanked the"
            " UNHCR and its envoy, Anna Berg, for the help.",
            ["UN", "UNHCR"],
        ),
    ],
)
def test_affiliations_dotted_org_same_item(nlp, text, orgs):
    _doc, found = affs(nlp, text)
    assert sorted(o for _p, _r, o in by_person(found, "Berg")) == orgs


# 3. a four-word name the NER cut after two words: the capitalised words the parser
# hangs the entity on are the rest of the name
@pytest.mark.parametrize(
    "text,person",
    [
        (
            "In a televised address, Valdoria president Omar Abdallah Mohamed Bakari said he"
            " had approved of the operation.",
            "Omar Abdallah Mohamed Bakari",
        ),
        (
            "Valdoria president Omar Abdallah Yusuf Wanjiru said he had approved of the operation.",
            "Omar Abdallah Yusuf Wanjiru",
        ),
        ("The minister Omar Hassan Ali Nuru said the road would open.", "Omar Hassan Ali Nuru"),
        # negative: names in a list stay apart
        ("The minister Omar Hassan, Karl Penn and Ali Nuru said the road would open.", "Omar Hassan"),
    ],
)
def test_people_long_name_completed(nlp, text, person):
    doc = nlp(text)
    names = [p["name"] for p in get_registry(doc).people]
    assert person in names


# 4. a person noun a place or nationality qualifies ("a Dutch passenger, X,", "Ohio
# resident X") describes the person; alone, or qualified otherwise, it stays no role
@pytest.mark.parametrize(
    "text,role",
    [
        ("A Danish tourist, Lars Holm, tackled the man.", "Danish tourist"),
        (
            "They saw smoke. A Dutch passenger, Lars Holm, jumped on the man to subdue him.",
            "Dutch passenger",
        ),
        ("Ohio resident Lars Holm said the river rose.", "Ohio resident"),
        ("Lars Holm, a Texas native, said the river rose.", "Texas native"),
        # negatives
        ("A passenger, Lars Holm, tackled the man.", None),
        ("A local tourist, Lars Holm, tackled the man.", None),
        ("A Danish man, Lars Holm, tackled the man.", None),
        ("UK citizen Lars Holm said the river rose.", None),
    ],
)
def test_affiliations_place_qualified_person_noun(nlp, text, role):
    _doc, found = affs(nlp, text)
    mine = by_person(found, "Holm")
    assert [r for _p, r, _o in mine] == ([role] if role else [])


# 5. "Members of the X Assembly (from ...) including A, B and C": the plural phrase's
# organisation goes to every name of the list
@pytest.mark.parametrize(
    "text,role,org",
    [
        (
            "Members of the Valdoria Regional Assembly including Omar Said, Karl Penn, and"
            " Ali Rahim criticised the tax.",
            "Member",
            "Valdoria Regional Assembly",
        ),
        (
            "Members of the Valdoria Regional Assembly from the northern district (the Hills)"
            " including Omar Said, Karl Penn, and Dr Ali Rahim criticised the tax.",
            "Member",
            "Valdoria Regional Assembly",
        ),
        (
            "Members of the Valdoria Regional Assembly, including Omar Said, Karl Penn and"
            " Ali Rahim, criticised the tax.",
            "Member",
            "Valdoria Regional Assembly",
        ),
        # negatives: no organisation after the plural role keeps the role alone, and a
        # place gives none
        (
            "Photographers who used the camera, such as Omar Said, Karl Penn and Ali Rahim,"
            " praised it.",
            "photographer",
            None,
        ),
        ("Residents of the town including Omar Said, Karl Penn and Ali Rahim left.", None, None),
    ],
)
def test_affiliations_plural_role_of_org_including_list(nlp, text, role, org):
    _doc, found = affs(nlp, text)
    for last in ("Said", "Penn", "Rahim"):
        mine = by_person(found, last)
        assert [(r, o) for _p, r, o in mine] == ([(role, org)] if role else [])


# 6. "A, B and C, members of the X Assembly, said": a plural role phrase with an
# organisation set after a list of names belongs to every name of the list
@pytest.mark.parametrize(
    "text,role,names",
    [
        (
            "Omar Said, Karl Penn and Ali Rahim, members of the Valdoria Regional Assembly,"
            " criticised the tax.",
            "member",
            ["Said", "Penn", "Rahim"],
        ),
        (
            "Omar Said, Karl Penn, and Ali Rahim, members of the Valdoria Regional Assembly,"
            " criticised the tax.",
            "member",
            ["Said", "Penn", "Rahim"],
        ),
        (
            "Omar Said and Karl Penn, both lawmakers from the Valdoria Regional Assembly,"
            " criticised the tax.",
            "lawmaker",
            ["Said", "Penn"],
        ),
        # negative: a name that is no part of the list keeps nothing
        (
            "Omar Said met Karl Penn, members of the Valdoria Regional Assembly, on Monday.",
            "member",
            ["Penn"],
        ),
    ],
)
def test_affiliations_list_then_plural_role_of_org(nlp, text, role, names):
    _doc, found = affs(nlp, text)
    got = sorted(p.split()[-1] for p, r, o in found if o == "Valdoria Regional Assembly" and r == role)
    assert got == sorted(names)


# 7. '"...," said EU commissioner for Home Affairs, NAME.': a commissioner's "for" phrase
# is the post's portfolio (the organisation is the acronym before), and the name ending
# the sentence after the role is the role holder's even when the NER took it for an
# organisation
@pytest.mark.parametrize(
    "text,person,role,org",
    [
        (
            '"We regret the delay," said EU commissioner for Home Affairs, Sigrid Ekström.',
            "Sigrid Ekström",
            "commissioner for Home Affairs",
            "EU",
        ),
        (
            '"We regret the delay," said EU commissioner for Trade, Maja Holmström.',
            "Maja Holmström",
            "commissioner for Trade",
            "EU",
        ),
        (
            "Anna Berg, the EU commissioner for Home Affairs, said the delay was regrettable.",
            "Anna Berg",
            "commissioner for Home Affairs",
            "EU",
        ),
        # negative: an organisation named after "for" stays the organisation
        (
            "Anna Berg, the commissioner for the Valdoria Police Service, said it.",
            "Anna Berg",
            "commissioner",
            "Valdoria Police Service",
        ),
    ],
)
def test_affiliations_commissioner_portfolio(nlp, text, person, role, org):
    _doc, found = affs(nlp, text)
    assert (person, role, org) in found


@pytest.mark.parametrize(
    "text",
    [
        # no role phrase after the verb: no name
        '"We regret the delay," said the company, Sigrid Ekström.',
        # a subject before the verb: the words after it are no role of a name
        "The minister said the deal, Home Office, was dead.",
    ],
)
def test_affiliations_said_role_name_negative(nlp, text):
    doc, found = affs(nlp, text)
    assert found == []


# 8. "X, who said he was a spokesman for the rebels,": the person's own word for their post
@pytest.mark.parametrize(
    "text,role,org",
    [
        (
            "Omar Said, who said he was a spokesman for the rebels, commented on the attack.",
            "spokesman for the rebels",
            None,
        ),
        (
            "Omar Said, who said that he was a spokesman for the rebels, commented on the attack.",
            "spokesman for the rebels",
            None,
        ),
        (
            "Omar Said, who claims she is the director of the Valdoria Liberation Front,"
            " commented on the attack.",
            "director",
            "Valdoria Liberation Front",
        ),
    ],
)
def test_affiliations_who_said_he_was_role(nlp, text, role, org):
    _doc, found = affs(nlp, text)
    assert [(r, o) for _p, r, o in by_person(found, "Said")] == [(role, org)]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Said, who said he was tired, commented on the attack.",
        "Omar Said, who said he was a fan of the club, commented on the attack.",
        "Omar Said, who said the chairman was a fraud, commented on the attack.",
    ],
)
def test_affiliations_who_said_he_was_negative(nlp, text):
    _doc, found = affs(nlp, text)
    assert by_person(found, "Said") == []


# 9. "held captain X hostage": a name before an object complement (hostage, prisoner)
# modifies nothing, so the role before it is read
@pytest.mark.parametrize(
    "text,role",
    [
        ("The gunmen held captain Tom Rhodes hostage for three days.", "captain"),
        ("Pirates who held captain Tom Rhodes hostage were killed.", "captain"),
        ("The rebels took engineer Tom Rhodes prisoner last year.", "engineer"),
        # negative: a name that modifies the noun after it ("the X case") takes no role
        ("Police interviewed the singer Tom Rhodes case officer.", None),
    ],
)
def test_affiliations_name_before_object_complement(nlp, text, role):
    _doc, found = affs(nlp, text)
    assert [r for _p, r, _o in by_person(found, "Rhodes")] == ([role] if role else [])


# 10. "Lieutenant X of the loyalists": a role before the name and a faction after "of the"
@pytest.mark.parametrize(
    "text,role,org",
    [
        ('"We will fight on," said Sergeant Karl Penn of the rebels.', "Sergeant", "rebels"),
        ('"We hold the hills," said Captain Karl Penn of the separatists.', "Captain", "separatists"),
        ("Commander Karl Penn of the insurgents said they would fight.", "Commander", "insurgents"),
        # negatives: the faction's possession, and "of the" after a verb
        ("Sergeant Karl Penn of the rebels' old unit said they would fight.", "Sergeant", None),
        ("Sergeant Karl Penn spoke of the rebels and the army.", "Sergeant", None),
    ],
)
def test_affiliations_role_name_of_the_faction(nlp, text, role, org):
    _doc, found = affs(nlp, text)
    assert [(r, o) for _p, r, o in by_person(found, "Penn")] == [(role, org)]


# 11. a person with an organisation who also heads a place's government keeps that post
# as an item of its own
@pytest.mark.parametrize(
    "text,items",
    [
        (
            "The money went to party leaders, including chairman Omar Said, who has been"
            " Prime Minister of Valdoria since 1991.",
            [("Prime Minister of Valdoria", None), ("chairman", "party")],
        ),
        # negative: a plain second role without an organisation is still dropped
        (
            "Omar Said, the chairman of the Acme Institute, is a keen gardener.",
            [("chairman", "Acme Institute")],
        ),
    ],
)
def test_affiliations_place_post_kept_beside_org(nlp, text, items):
    _doc, found = affs(nlp, text)
    assert sorted(((r, o) for _p, r, o in by_person(found, "Said")), key=str) == sorted(items, key=str)


# 12. a time adverb opening the sentence is no part of the role before the name
@pytest.mark.parametrize(
    "text,role",
    [
        ("Yesterday President Omar Said said the talks had failed.", "President"),
        ("Today spokesman Omar Said said the talks had failed.", "spokesman"),
        ("Last week Finance Minister Omar Said said the talks had failed.", "Finance Minister"),
        # negative: role words with no time word keep all their words
        ("Deputy Finance Minister Omar Said said the talks had failed.", "Deputy Finance Minister"),
    ],
)
def test_affiliations_time_adverb_not_role(nlp, text, role):
    _doc, found = affs(nlp, text)
    assert [r for _p, r, _o in by_person(found, "Said")] == [role]
