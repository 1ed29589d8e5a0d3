"""claim_statistics on patterns of political and regional news: poll margins in points,
East African shilling prefixes, pronoun/idiom uses of "one", and list numbering."""

from __future__ import annotations

import pytest

from extract.claims import get_claims


def figures(nlp, text):
    return [(text[c["start"]:c["end"]], c["value"], c["unit"]) for c in get_claims(nlp(text), "statistic")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The latest survey put the Greens six points ahead of the Liberals.", ("six points", 6, "measure")),
        ("Her party holds a three-point lead in the capital.", ("three-point", 3, "measure")),
        ("The challenger trails by a margin of 4 points.", ("4 points", 4, "measure")),
        ("The mayor was two points behind with a week to go.", ("two points", 2, "measure")),
    ],
)
def test_statistics_poll_margin_in_points_is_a_measure(nlp, text, expected):
    got = figures(nlp, text)
    assert got == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The striker scored 31 points in the final.", ("31", 31, "count")),
        ("She scored two points before half time.", ("two", 2, "count")),
    ],
)
def test_statistics_points_scored_stay_a_count(nlp, text, expected):
    assert figures(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The clinic was fined KSh450,000 last month.", ("KSh450,000", 450000, "money")),
        ("Farmers received KSh 2.5 million in relief.", ("KSh 2.5 million", 2.5e6, "money")),
        ("The school fee rose to USh80,000 a term.", ("USh80,000", 80000, "money")),
        ("Traders paid TSh12 billion in levies.", ("TSh12 billion", 12e9, "money")),
    ],
)
def test_statistics_shilling_prefixes_are_money(nlp, text, expected):
    got = figures(nlp, text)
    assert len(got) == 1
    assert got[0][0] == expected[0] and got[0][2] == "money"
    assert got[0][1] == pytest.approx(expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "The family grieved for a loved one lost at sea.",
        "One must wonder whether the reform will last.",
        "After the vote the talks were back to square one.",
        'The banner read "1. Peace, 2. Bread, 3. Land" in red paint.',
    ],
)
def test_statistics_no_figure_in_pronouns_pairs_and_list_numbers(nlp, text):
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Two parties left the coalition on Monday.", ("Two", 2, "count")),
        ("One person died and the rest were rescued.", ("One", 1, "count")),
        ("Prices rose to 3. Analysts expected more.", ("3", 3, "count")),
        ("The three parties won 40 seats between them.", ("three", 3, "count")),
    ],
)
def test_statistics_counts_near_those_exclusions_are_kept(nlp, text, expected):
    assert expected in figures(nlp, text)
