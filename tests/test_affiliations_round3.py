"""claim_affiliations / claim_people on round-3 news phrasings: a name an organisation noun
introduces ("the charity Hope Relief", "a group called Safecast") is the organisation and
the antecedent of a later "the group"; organisations named only inside a quotation are no
antecedent; acronyms an article defines; title words used as first names; possessive
short forms of a named organisation; Irish name particles; slogans are no people."""

from __future__ import annotations

import pytest

from extract.claims import get_claims
from extract.people import get_registry


def affs(nlp, text):
    doc = nlp(text)
    return doc, [(c["person"], c["role"], c["org"]) for c in get_claims(doc, "affiliation")]


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
