"""claim_affiliations / claim_people on round-3 news phrasings: a name an organisation noun
introduces ("the charity Hope Relief", "a group called Streetwatch") is the organisation and
the antecedent of a later "the group"; organisations named only inside a quotation are no
antecedent; acronyms an article defines; title words used as first names; possessive
short forms of a named organisation; Irish name particles; slogans are no people."""

from __future__ import annotations

import pytest
from claim_helpers import affiliations_of as affs

from extract.claims import get_claims
from extract.people import get_registry


def by_person(found, last):
    return [f for f in found if f[0].split()[-1] == last]


def people(doc):
    return [p["name"] for p in get_registry(doc).people]


# 1. a name right after an organisation noun is that organisation, every time it is named
@pytest.mark.parametrize(
    "text,last,org",
    [
        (
            '"We got nothing," said Dawit Hailu, a senior member of the Harar Liberation '
            "Front (HLF).\n\nOne aid worker who drove the trucks was Tom Reece, who worked "
            "for the charity Andrew Aid. Reece is seen in a photo with Hailu.\n\nIn "
            "response, the charity Andrew Aid issued a statement. Andrew Aid said it stood "
            "by its staff.",
            "Reece",
            "Andrew Aid",
        ),
        (
            "Lena Ford, who works for the aid group Mary Relief, drove the van. Later "
            "Mary Relief said the van had been stolen.",
            "Ford",
            "Mary Relief",
        ),
        ("Tessa Hart, head of policy at the charity Shelter, said rents rose.", "Hart", "Shelter"),
        ("Tessa Hart, a director at the charity Shelter, said rents rose.", "Hart", "Shelter"),
    ],
)  # fmt: skip
def test_affiliations_name_after_org_noun_is_org_throughout(nlp, text, last, org):
    _, found = affs(nlp, text)
    assert [o for _, _, o in by_person(found, last)] == [org], found
    assert all(p != org for p, _, _ in found)


@pytest.mark.parametrize(
    "text,person",
    [
        ("She left the company Jane Roe founded in 1990.", "Jane Roe"),
        ("He told the committee John Smith was lying.", "John Smith"),
    ],
)
def test_people_name_after_org_noun_in_a_clause_stays_a_person(nlp, text, person):
    doc = nlp(text)
    assert person in people(doc)


# 2. "the group" points back to an organisation an organisation noun introduced, and never
# to one named only inside a quotation
@pytest.mark.parametrize(
    "text,last,org",
    [
        (
            "Critics named the BBC. In response, the charity Andrew Aid issued a statement "
            'saying, "The claims do not match the BBC\'s version of events."\n\nNick Gunn, '
            "who is director of emergency operations for the group, says the aid arrived.",
            "Gunn",
            "Andrew Aid",
        ),
        (
            "Yesterday, Reuters reported on one such group, called Safewatch, whose "
            "volunteers have found high readings. Last month the group found more.\n\n"
            '"We are worried," says Sean Bonn, the group\'s director.',
            "Bonn",
            "Safewatch",
        ),
        (
            'The BBC spoke to an NGO named Clearwater. "We are worried," says Sean Bonn, '
            "the group's director.",
            "Bonn",
            "Clearwater",
        ),
        (
            "Reuters visited a charity called Open Hands in May.\n\nIts work is praised. "
            "Ada Kerr, who runs the charity, said funds were low.",
            "Kerr",
            "Open Hands",
        ),
    ],
)  # fmt: skip
def test_affiliations_group_takes_introduced_org(nlp, text, last, org):
    _, found = affs(nlp, text)
    assert [o for _, _, o in by_person(found, last)] == [org], found


def test_affiliations_group_skips_org_named_only_in_quote(nlp):
    text = (
        'In response, Hope Relief issued a statement saying, "The claims do not match the '
        "BBC's version of events.\"\n\nNick Gunn, who is director of emergency operations "
        "for the group, says the aid arrived."
    )
    _, found = affs(nlp, text)
    assert all(o != "BBC" for _, _, o in found), found


# 4. an acronym the article defines is an organisation wherever it stands
@pytest.mark.parametrize(
    "text,last,role,org",
    [
        (
            "Dawit Hailu is a member of the Harar National Liberation Front (HNLF).\n\nThe "
            "money went to HNLF leaders, including chairman Meles Tekle, who has been prime "
            "minister since 1991.",
            "Tekle",
            "chairman",
            "HNLF",
        ),
        (
            "The Kaffa People's Union (KPU) was formed in 1975. Funds reached KPU leaders, "
            "including treasurer Abel Gebre, by March.",
            "Gebre",
            "treasurer",
            "KPU",
        ),
    ],
)  # fmt: skip
def test_affiliations_defined_acronym_is_org(nlp, text, last, role, org):
    _, found = affs(nlp, text)
    assert by_person(found, last) == [(found and by_person(found, last)[0][0], role, org)], found


def test_affiliations_possessive_inside_org_entity(nlp):
    text = "Dawit Hailu, a senior member of the Tigrayan People's Liberation Front, spoke."
    _, found = affs(nlp, text)
    assert by_person(found, "Hailu")[0][2] == "Tigrayan People's Liberation Front", found


# 5. a title word used as a family member's first name is a person, never a role
@pytest.mark.parametrize(
    "text",
    [
        "The row began after Kohl's brother, Sultan, insulted a girl. Mohamed Kohl, Sultan "
        "and a friend were later arrested.",
        "The row began after Kohl's brother, Sultan, insulted a girl. Police arrested Mohamed "
        "Kohl, Sultan, and two others.",
        "Mohamed Kohl was jailed. The row began after Kohl's brother, Sultan, insulted a "
        "girl.\n\nAccording to Sultan, Mohamed came to his rescue.",
        "Ali Nour was jailed. The row began after Nour's sister, Princess, insulted a "
        "girl.\n\nAccording to Princess, Ali came to her rescue.",
    ],
)
def test_affiliations_kin_first_name_is_no_role(nlp, text):
    _, found = affs(nlp, text)
    assert all(r not in ("Sultan", "Princess") for _, r, _ in found), found


# 6. "the Pride's co-ordinator and spokesperson X": a definite short form of a name given
# before, shared by coordinated roles
@pytest.mark.parametrize(
    "text,last,role,org",
    [
        (
            "Ghent Pride will be held in June.\n\nAsked about the theme, the Pride's "
            "co-ordinator and spokesperson Lotte Maes said, \"All are welcome.\"",
            "Maes",
            "co-ordinator and spokesperson",
            "Ghent Pride",
        ),
        (
            "The Harlow Festival opens on Friday. The Festival's director Jane Roe said "
            "tickets had sold out.",
            "Roe",
            "director",
            "Harlow Festival",
        ),
        ("The ministry's spokesman Kim Lee said it was false.", "Lee", "spokesman", "ministry"),
    ],
)  # fmt: skip
def test_affiliations_possessive_short_form(nlp, text, last, role, org):
    _, found = affs(nlp, text)
    assert [(r, o) for _, r, o in by_person(found, last)] == [(role, org)], found


@pytest.mark.parametrize(
    "text,role",
    [
        ("Co-ordinator Jane Roe spoke.", "Co-ordinator"),
        ("Jane Roe, the site's co-ordinator, spoke.", "co-ordinator"),
    ],
)
def test_affiliations_hyphenated_coordinator(nlp, text, role):
    _, found = affs(nlp, text)
    assert found and found[0][1] == role, found


# 7. Irish surname particles: "Name Ní/Nic/Ó/Mac Name" is a person whatever the NER says
@pytest.mark.parametrize(
    "text,person,role",
    [
        (
            'At the time, Ireland regional lawmaker Órla Ní Bhriain tweeted: "Shame."',
            "Órla Ní Bhriain",
            "Ireland regional lawmaker",
        ),
        (
            'The row grew. At the time, Ireland regional lawmaker Aoife Nic Bhriain tweeted, "No."',
            "Aoife Nic Bhriain",
            "Ireland regional lawmaker",
        ),
        (
            'At the time, Ireland regional lawmaker Seán Ó Fearghail tweeted, "No."',
            "Seán Ó Fearghail",
            "Ireland regional lawmaker",
        ),
    ],
)  # fmt: skip
def test_affiliations_irish_particle_names(nlp, text, person, role):
    _, found = affs(nlp, text)
    assert found == [(person, role, None)]


# 8. a slogan in quotation marks names nobody
@pytest.mark.parametrize(
    "text,absent",
    [
        ('Protesters outside the Freedonia Embassy chanted "Boycott Israel now!" on Sunday.', "Israel"),
        ('Hana Ito, a student at Kent College, held a sign saying "Boycott Israel now!"', "Israel"),
    ],
)  # fmt: skip
def test_people_slogan_is_no_person(nlp, text, absent):
    doc, found = affs(nlp, text)
    assert not any(absent in p for p in people(doc))
    assert not any(absent in p for p, _, _ in found)


# 1b. the subject of an inverted copula is the role of the name after "was"
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "One such aid worker that drove the trucks was Tom Reece. Reece is seen in a photo.",
            [("Tom Reece", "aid worker", None)],
        ),
        (
            "The new director of the Kent Museum is Jane Roe.",
            [("Jane Roe", "new director", "Kent Museum")],
        ),
        ("The winner was Tom Reece.", []),
        ("The man who shot him was Tom Reece.", []),
    ],
)
def test_affiliations_inverted_copula(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The United Arab Emirates (UAE) said so. UAE minister Ali Saeed agreed.",
            [("Ali Saeed", "UAE minister", None)],
        ),
        (
            "Aregay Berhe, a senior member of the Tigrayan People's Liberation Front (TPLF), "
            "spoke. Gebre Tekle, a TPLF commander, agreed.",
            [
                ("Aregay Berhe", "senior member", "Tigrayan People's Liberation Front (TPLF)"),
                ("Gebre Tekle", "commander", "TPLF"),
            ],
        ),
    ],
)
def test_affiliations_defined_acronym_place_or_org(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


def test_affiliations_group_takes_later_bare_mention_of_introduced_org(nlp):
    text = (
        "Tom Reece worked for the charity Andrew Aid in 1985. The camp was run by the "
        "Interior Ministry, which said it had no food.\n\nIn response, Andrew Aid issued a "
        'statement saying, "The claims do not match the BBC\'s version of events."\n\nNick '
        "Gunn, who is director of operations for the group, says the aid arrived."
    )
    _, found = affs(nlp, text)
    assert [o for _, _, o in by_person(found, "Gunn")] == ["Andrew Aid"], found


@pytest.mark.parametrize("rule,kept", [("pronoun_copula", False), ("later_description", False), ("apposition", True)])  # fmt: skip
def test_affiliations_quoted_only_person_needs_grammar(nlp, rule, kept):
    doc = nlp('The crowd chanted "We love Marcus Bell." He is a senior member of the Green Party.')
    reg = get_registry(doc)
    idx = next(k for k, p in enumerate(reg.people) if p["name"] == "Marcus Bell")
    before = len(get_claims(doc, "affiliation"))
    s, e = reg.people[idx]["mentions"][0]
    comp = nlp.get_pipe("claim_affiliations")
    comp._emit(doc, reg, [(idx, "senior member", "Green Party", s, e, rule, False)])
    assert len(get_claims(doc, "affiliation")) - before == (1 if kept else 0)


@pytest.mark.parametrize(
    "text",
    [
        "Mohamed Kohl was jailed. The row began after his brother Sultan insulted a girl. "
        "Police arrested Mohamed Kohl, Sultan and two friends.",
        "Mohamed Kohl was jailed. The row began after Kohl's younger brother, Sultan, 16, "
        "insulted a girl. According to Sultan, Mohamed came to his rescue.",
    ],
)
def test_affiliations_kin_first_name_variants(nlp, text):
    _, found = affs(nlp, text)
    assert all(r != "Sultan" for _, r, _ in found), found


@pytest.mark.parametrize(
    "text,last,org",
    [
        (
            "Reuters reported on a small group known as Clearwater, whose members test river "
            'water. The group found lead.\n\n"We are worried," says Sean Bonn, the group\'s '
            "director.",
            "Bonn",
            "Clearwater",
        ),
        (
            "He founded a charity named Julia Hope in 2001. Julia Hope now runs ten shelters."
            '\n\n"We are full," said Ann Moss, the charity\'s chief executive.',
            "Moss",
            "Julia Hope",
        ),
        (
            "The party named John Smith as its candidate on Monday. Ann Moss, a spokeswoman "
            "for the party, said he would win.",
            "Moss",
            None,
        ),
    ],
)  # fmt: skip
def test_affiliations_named_or_known_as_org(nlp, text, last, org):
    _, found = affs(nlp, text)
    assert [o for _, _, o in by_person(found, last)] == [org], found


@pytest.mark.parametrize(
    "text",
    [
        "Dawit Hailu is a member of the Harar National Liberation Front (HNLF). The money "
        "went to HNLF leaders, including its chairman, Tom Reed.",
        "Dawit Hailu is a member of the Harar National Liberation Front (HNLF). Its "
        "chairman, Tom Reed, denied it.",
    ],
)
def test_affiliations_its_points_to_defined_acronym(nlp, text):
    _, found = affs(nlp, text)
    assert by_person(found, "Reed") == [("Tom Reed", "chairman", "HNLF")], found


# a place before a role held over a place is part of the role, never the organisation
@pytest.mark.parametrize(
    "text,last,role",
    [
        ("Galway councillor Mary Byrne said the road was dangerous.", "Byrne", "Galway councillor"),
        ("Kerry county councillor Sean Walsh said the road was dangerous.", "Walsh",
         "Kerry county councillor"),
        ("Residents of Corlin were angry. Corlin spokesman Tom Hay said the road was shut.", "Hay",
         "Corlin spokesman"),
    ],
)  # fmt: skip
def test_affiliations_place_modifier_is_part_of_role(nlp, text, last, role):
    _, found = affs(nlp, text)
    assert [(r, o) for _, r, o in by_person(found, last)] == [(role, None)], found


@pytest.mark.parametrize(
    "text,last,org",
    [
        ("Acme spokesman Tom Hay said the road was shut.", "Hay", "Acme"),
        ("Labour councillor Mary Byrne said the road was dangerous.", "Byrne", "Labour"),
        ("Siemens engineer Mary Byrne said the road was dangerous.", "Byrne", "Siemens"),
        # a two-word party before a local role stays the organisation
        ("Fine Gael councillor Mary Byrne said the road was dangerous.", "Byrne", "Fine Gael"),
    ],
)
def test_affiliations_org_modifier_before_place_role_stays_org(nlp, text, last, org):
    _, found = affs(nlp, text)
    assert [o for _, _, o in by_person(found, last)] == [org], found


# a name the NER missed, in apposition after a role owned by a possessive
@pytest.mark.parametrize(
    "text,name,role",
    [
        ("The Green Party, including its chairman, Meles Tekle, rejected the plan.",
         "Meles Tekle", "chairman"),
        ("The union said its treasurer, Tsegaye Alemu, had resigned.", "Tsegaye Alemu",
         "treasurer"),
        ("Police arrested members of the Ogaden Front, including their leader, Abdi Warsame Nur.",
         "Abdi Warsame Nur", "leader"),
    ],
)  # fmt: skip
def test_affiliations_name_after_possessive_role(nlp, text, name, role):
    doc, found = affs(nlp, text)
    assert name in people(doc)
    assert [r for p, r, _ in found if p == name] == [role], found


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The firm sold its subsidiary, Northwind Pacific, last year.", "Northwind Pacific"),
        ("The council thanked its partner, Acme Holdings, for the grant.", "Acme Holdings"),
    ],
)
def test_affiliations_possessive_apposition_org_is_no_person(nlp, text, absent):
    doc, _ = affs(nlp, text)
    assert absent not in people(doc)
