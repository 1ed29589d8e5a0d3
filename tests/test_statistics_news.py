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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The tremor, first put at 7.4, was later revised to a 7.1.", [("7.4", 7.4), ("7.1", 7.1)]),
        ("Seismologists said the earthquake measured 6.3 and lasted a minute.", [("6.3", 6.3)]),
    ],
)
def test_statistics_bare_decimal_in_a_quake_sentence_is_a_magnitude(nlp, text, expected):
    got = [(t, v) for t, v, u in figures(nlp, text) if u == "measure"]
    assert got == expected


def test_statistics_decimal_counts_outside_quake_sentences_stay_counts(nlp):
    assert figures(nlp, "The ratio rose to 2.5 last year.") == [("2.5", 2.5, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing resumed at 10.30 on Tuesday.",
        "The curfew lasts from 9.45 until 5.15 each night.",
    ],
)
def test_statistics_clock_times_with_a_dot_are_no_figures(nlp, text):
    assert figures(nlp, text) == []


def test_statistics_a_level_with_a_dot_after_a_market_verb_is_kept(nlp):
    assert [t for t, _, _ in figures(nlp, "The shares closed at 10.30 on Friday.")] == ["10.30"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The suspect is 6ft 2in tall.", ("6ft 2in", 6 + 2 / 12)),
        ("The wall stands 9 feet 6 inches high.", ("9 feet 6 inches", 9.5)),
        ("The newborn weighed 7 lb 8 oz.", ("7 lb 8 oz", 7.5)),
        ("Snow fell to a depth of 14 inches.", ("14 inches", 14)),
    ],
)
def test_statistics_feet_and_inches_are_one_measure(nlp, text, expected):
    got = figures(nlp, text)
    assert len(got) == 1 and got[0][0] == expected[0] and got[0][2] == "measure"
    assert got[0][1] == pytest.approx(expected[1], rel=1e-3)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The field covers half of a square kilometre.", ("half of a square kilometre", 0.5)),
        ("The convoy was stopped a quarter of a mile from the border.", ("a quarter of a mile", 0.25)),
        ("The wall ran for half a mile.", ("half a mile", 0.5)),
    ],
)
def test_statistics_fraction_of_one_unit_is_a_measure(nlp, text, expected):
    got = figures(nlp, text)
    assert len(got) == 1 and got[0][0] == expected[0] and got[0][2] == "measure"
    assert got[0][1] == pytest.approx(expected[1])


def test_statistics_fraction_of_a_group_stays_a_fraction(nlp):
    assert [(v, u) for _, v, u in figures(nlp, "Half of the voters stayed home.")] == [(0.5, "fraction")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Workers measured 12 sieverts per hour near the reactor.", "12 sieverts"),
        ("The limit for residents is 20 millisieverts a year.", "20 millisieverts"),
        ("Volunteers logged 20,000 counts per minute at the gate.", "20,000 counts per minute"),
        ("Milk samples held 300 becquerels per kilogram.", "300 becquerels"),
        ("The flat has 800 square feet of floor space.", "800 square feet"),
    ],
)
def test_statistics_radiation_and_area_units_are_measures(nlp, text, expected):
    got = figures(nlp, text)
    assert [(t, u) for t, _, u in got] == [(expected, "measure")]


@pytest.mark.parametrize(
    "text",
    [
        "The island wants a zero-carbon economy by the end of the decade.",
        "The mayor promised zero-tolerance policing.",
        "Omar, 16 at the time, said he had acted in self-defence.",
    ],
)
def test_statistics_zero_compounds_and_ages_at_the_time_are_no_figures(nlp, text):
    assert figures(nlp, text) == []


def test_statistics_zero_as_a_count_is_kept(nlp):
    assert figures(nlp, "Zero patients died in the second wave.") == [("Zero", 0, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran met the P5+1 nations in Geneva.",
        "The G7+5 group held talks.",
        "He is survived by his parents, both 60.",
        "Her sons, both 12, were at school.",
    ],
)
def test_statistics_identifiers_with_plus_and_group_ages_are_no_figures(nlp, text):
    assert figures(nlp, text) == []


def test_statistics_a_sum_is_still_read(nlp):
    assert [t for t, _, _ in figures(nlp, "The score was 5 + 1 at half time.")][:1] == ["5"]


def ranged(nlp, text):
    return [(text[c["start"]:c["end"]], c["value"], c["unit"], c.get("range"))
            for c in get_claims(nlp(text), "statistic")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Our candidate took 45, 46 percent of the vote.", [("45, 46 percent", 45, "percent", [45, 46])]),
        ("Support fell to 38, 39% by the spring.", [("38, 39%", 38, "percent", [38, 39])]),
    ],
)
def test_statistics_spoken_range_with_comma_is_one_figure(nlp, text, expected):
    assert ranged(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # far apart: two figures of a list, not a hesitation
        ("Turnout was 12, 48 percent in the towns.", [("12", 12, "percent", None), ("48 percent", 48, "percent", None)]),
        # a date before the figure
        ("In 2010, 46 percent voted.", [("46 percent", 46, "percent", None)]),
    ],
)
def test_statistics_comma_figures_stay_apart(nlp, text, expected):
    assert ranged(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The ministry says it reaches the half billion farmers of the region.", [("half billion", 500000000, "count")]),
        ("Half a billion people live there.", [("Half a billion", 500000000, "count")]),
        ("Half of the voters stayed home.", [("Half", 0.5, "fraction")]),
    ],
)
def test_statistics_half_of_a_magnitude(nlp, text, expected):
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He has led the party for the past decade and a half.",
        "She waited a year and a half for the verdict.",
        "The smugglers abandoned a four by four near the border.",
        "Workers cut the 2 by 2 beams to length.",
    ],
)
def test_statistics_durations_and_by_names_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


def test_statistics_a_list_of_vote_tallies_is_counted_throughout(nlp):
    text = "The measure passed 301–4 in the lower house, 68–9 in the upper house and 57–3 in the council."
    assert [f[0] for f in figures(nlp, text)] == ["301", "4", "68", "9", "57", "3"]


def test_statistics_a_score_after_a_tally_in_another_sentence_stays_a_score(nlp):
    text = "The measure passed 301–4 in the lower house. The home side won 3–1 on Sunday."
    assert [f[0] for f in figures(nlp, text)] == ["301", "4"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The contractors each hold a further third of the shares.", [("a further third", 0.3333333333, "fraction")]),
        ("An additional quarter of the budget goes to schools.", [("An additional quarter", 0.25, "fraction")]),
    ],
)
def test_statistics_a_further_fraction(nlp, text, expected):
    assert figures(nlp, text) == expected


def test_statistics_a_further_ordinal_is_no_fraction(nlp):
    assert figures(nlp, "A further third term for the mayor is unlikely.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Another brother, 22, was found in the cellar.",
        "Her eldest son, 30, and a driver, 41, were hurt.",
        "The party wants to lower the voting age to 16.",
        "Campaigners defended the voting age of 18.",
        "The girl escaped and phoned 911 from a neighbour's house.",
    ],
)
def test_statistics_ages_and_dialled_numbers_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The price, 22, was fixed by the board.", [("22", 22, "count")]),
        ("The agent phoned 30 customers.", [("30", 30, "count")]),
    ],
)
def test_statistics_comma_numbers_and_phoned_counts_stay(nlp, text, expected):
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The boy weighed 82 pounds when he was found.", [("82 pounds", 82, "measure")]),
        ("The parcel, 30 pounds (14 kg), arrived late.", [("30 pounds", 30, "measure"), ("14 kg", 14, "measure")]),
        ("The fine was 82 pounds.", [("82 pounds", 82, "money")]),
    ],
)
def test_statistics_pounds_of_weight_are_a_measure(nlp, text, expected):
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One coach was folded in half by the impact.",
        "The council cut the grant in half.",
        "Voters are in touch with the twenty-first century.",
        "She came thirty-second in the marathon.",
        "Those hurt included Ann Roe, 20; Ben Lee, 19; and Cy Ho, 32.",
    ],
)
def test_statistics_in_half_ordinals_and_listed_ages_are_not_figures(nlp, text):
    assert [f for f in figures(nlp, text) if f[0] not in ("One",)] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In half of the cases, nobody came.", [("half", 0.5, "fraction")]),
        ("Twenty-one people died.", [("Twenty-one", 21, "count")]),
    ],
)
def test_statistics_half_of_and_compound_counts_stay(nlp, text, expected):
    assert figures(nlp, text) == expected
