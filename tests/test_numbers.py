"""The number grammar on its own (no spaCy): forms, normalisation, exclusions."""

from __future__ import annotations

import pytest

from extract.numbers import NumberGrammar, parse_number, scan


def one(text: str):
    qs = scan(text)
    assert len(qs) == 1, [(q.text, q.value) for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    "text,value",
    [
        ("1,400", 1400), ("3.5", 3.5), ("2.3 million", 2_300_000), ("100k", 100_000),
        ("three", 3), ("forty-two", 42), ("two hundred and fifty", 250), ("a thousand", 1000),
        ("one million", 1_000_000), ("two and a half million", 2_500_000), ("a dozen", 12),
        ("3 dozen", 36), ("ninety-nine", 99), ("one hundred thirty-two", 132),
        ("twelve thousand five hundred", 12_500), ("1,234,567", 1_234_567), ("half a million", 500_000),
    ],
)
def test_numbers_cardinal_values(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("a third", 1 / 3, "fraction"), ("two-thirds", 2 / 3, "fraction"), ("nine tenths", 0.9, "fraction"),
        ("three quarters", 0.75, "fraction"), ("one in five", 0.2, "fraction"), ("1 in 4", 0.25, "fraction"),
        ("one out of every ten", 0.1, "fraction"), ("four to one", 4, "ratio"), ("3:1", 3, "ratio"),
        ("3-to-1", 3, "ratio"), ("18-fold", 18, "ratio"), ("a thousand fold", 1000, "ratio"),
        ("50 percent", 50, "percent"), ("12%", 12, "percent"), ("10 per cent", 10, "percent"),
        ("2 percentage points", 2, "percent"),
    ],
)
def test_numbers_fraction_ratio_percent(text, value, unit):
    q = one(text)
    assert q.text == text
    assert q.value == pytest.approx(value, rel=1e-3)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text,span,value,currency",
    [
        ("It cost $2.3 billion.", "$2.3 billion", 2.3e9, "USD"),
        ("a US$5 trillion trade", "US$5 trillion", 5e12, "USD"),
        ("a grant of A$40,000", "A$40,000", 40_000, "AUD"),
        ("fined €40 million", "€40 million", 4e7, "EUR"),
        ("worth £4m", "£4m", 4e6, "GBP"),
        ("sold for ¥300", "¥300", 300, "JPY"),
        ("raised $1.2bn", "$1.2bn", 1.2e9, "USD"),
        ("paid Rs 500 each", "Rs 500", 500, "INR"),
        ("10.5 million Australian dollars in aid", "10.5 million Australian dollars", 1.05e7, "AUD"),
        ("a loss of four cents", "four cents", 0.04, "USD"),
        ("a one penny loss", "one penny", 0.01, "GBP"),
        ("5,000 euros in fines", "5,000 euros", 5000, "EUR"),
    ],
)
def test_numbers_money(text, span, value, currency):
    q = one(text)
    assert (q.text, q.unit, q.currency) == (span, "money", currency)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,span,value,name",
    [
        ("a ridge 300 km long", "300 km", 300, "km"),
        ("a 7.8-magnitude quake", "7.8-magnitude", 7.8, "magnitude"),
        ("a quake of magnitude 6.1 struck", "magnitude 6.1", 6.1, "magnitude"),
        ("flying at 36,000ft", "36,000ft", 36000, "ft"),
        ("the index lost 120 points", "120 points", 120, "points"),
        ("a five mile cordon", "five mile", 5, "mile"),
        ("a 200-nautical mile zone", "200-nautical mile", 200, "nautical mile"),
    ],
)
def test_numbers_measures(text, span, value, name):
    q = one(text)
    assert (q.text, q.unit, q.measure_unit) == (span, "measure", name)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,span,low,high,unit",
    [
        ("between 20 and 30 percent of voters", "20 and 30 percent", 20, 30, "percent"),
        ("a 20–30% rise", "20–30%", 20, 30, "percent"),
        ("ten to 32 pages", "ten to 32", 10, 32, "count"),
        ("one or two goals", "one or two", 1, 2, "count"),
        ("$20-30 million", "$20-30 million", 2e7, 3e7, "money"),
        ("tens of thousands of people", "tens of thousands", 1e4, 1e5, "count"),
    ],
)
def test_numbers_ranges(text, span, low, high, unit):
    q = one(text)
    assert (q.text, q.unit) == (span, unit)
    assert q.value == pytest.approx(low)
    assert q.range == [pytest.approx(low), pytest.approx(high)]


@pytest.mark.parametrize(
    "text,approximate,bound",
    [
        ("about 40 people", True, None), ("nearly 300 homes", True, None), ("some 12 boats", True, None),
        ("roughly 5%", True, None), ("an estimated 2,000 troops", True, None),
        ("more than 50 schools", False, "lower"), ("at least 9 deaths", False, "lower"),
        ("over 1,000 suspects", False, "lower"), ("up to 700 staff", False, "upper"),
        ("less than 10 percent", False, "upper"), ("under 3 km", False, "upper"),
        ("50 cars or more", False, None), ("12 or more cars", False, "lower"),
    ],
)
def test_numbers_hedges_are_fields_not_span(text, approximate, bound):
    q = scan(text)[0]
    assert q.approximate is approximate
    assert q.bound == bound
    for hedge in ("about", "nearly", "some", "roughly", "estimated", "more than", "at least", "over", "up to"):
        assert hedge not in q.text


@pytest.mark.parametrize(
    "text,direction",
    [
        ("sales rose 0.3% in May", "up"), ("the index fell 2.5 percent", "down"),
        ("a 50 percent decrease in exports", "down"), ("profits jumped by 12%", "up"),
        ("exports were up 4%", "up"), ("a 3 percent boost", "up"), ("prices doubled", "up"),
        ("costs were halved", "down"), ("it had 40 staff", None),
    ],
)
def test_numbers_direction(text, direction):
    assert scan(text)[0].direction == direction


@pytest.mark.parametrize(
    "text",
    [
        "the law passed in 2004", "defections between 2000-2012", "on October 5", "on 5 October",
        "at 4:30 p.m.", "at 10am", "the G7 summit", "COVID-19 cases",
        "under Article 5 of the treaty", "a 35-year-old man", "a man aged 35", "a five-year high",
        "she came first", "the 21st century", "in the 1990s", "call 555-123-4567 now", "the 2011-12 season",
        "a third term", "during the second half", "he waited six years",
    ],
)
def test_numbers_not_statistics(text):
    assert scan(text) == [], [(q.text, q.value) for q in scan(text)]


@pytest.mark.parametrize(
    "text,exclude",
    [("in 2004", "year"), ("October 5", "date"), ("the 3rd", "ordinal"), ("COVID-19", "name"),
     ("Flight 103 crashed", "label"), ("a 3-1 win", "score"), ("six years", "duration")],
)
def test_numbers_exclusion_reason(text, exclude):
    qs = scan(text, keep_excluded=True)
    assert qs and qs[0].exclude == exclude


@pytest.mark.parametrize(
    "text,texts",
    [
        ("fell by 1.5 and 3 percent", [("1.5", "percent"), ("3 percent", "percent")]),
        ("from 312 in 2000 to 2,737 in 2011", [("312", "count"), ("2,737", "count")]),
        ("was down $2.86 to $77.11", [("$2.86", "money"), ("$77.11", "money")]),
        ("$90, $180, or $360", [("$90", "money"), ("$180", "money"), ("$360", "money")]),
    ],
)
def test_numbers_lists_and_changes_are_separate(text, texts):
    assert [(q.text, q.unit) for q in scan(text)] == texts


def test_numbers_four_to_one_is_not_five():
    assert parse_number("four to one") == 4
    assert parse_number("one in five") == pytest.approx(0.2)


def test_numbers_custom_lexicon_extends_currencies():
    from extract.lexicon import data_path, read_lexicon

    rows = read_lexicon(data_path("currencies.jsonl")) + [
        {"form": "zorkmids", "code": "ZMD", "position": "suffix"}
    ]
    grammar = NumberGrammar({"currencies": rows})
    (q,) = grammar.scan("it cost 40 zorkmids")
    assert (q.text, q.unit, q.currency) == ("40 zorkmids", "money", "ZMD")


@pytest.mark.parametrize(
    "text,value",
    [
        ("minus 5", -5), ("negative ten", -10), ("-9.5", -9.5), ("three and a half", 3.5),
        ("five and a quarter", 5.25), ("one million and a half", 1_500_000), ("half a dozen", 6),
        ("a quarter million", 250_000), ("two thirds of a million", 2e6 / 3), ("three billions", 3e9),
        ("two point two million", 2.2e6), ("1 point 5", 1.5), ("4 thousand 3 hundred and 21", 4321),
        ("three hundred and two dozens", 324), ("12,34,567", 1_234_567), ("2½", 2.5), ("¾", 0.75),
        ("3/4", 0.75), ("twenty-three fifths", 4.6), ("one hundred and thirty fifths", 26),
        ("10 bln", 1e10),
    ],
)
def test_numbers_more_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("it cost 3 dollars 50 cents", "3 dollars 50 cents", 3.5),
        ("a fee of $20 and 43c", "$20 and 43c", 20.43),
        ("above a dollar and 42 cents", "a dollar and 42 cents", 1.42),
        ("they lost 75 USD million", "75 USD million", 7.5e7),
        ("worth 30 MUSD", "30 MUSD", 3e7),
        ("between 10 dollars and 20 dollars", "10 dollars and 20 dollars", 10),
    ],
)
def test_numbers_money_compounds(text, span, value):
    q = one(text)
    assert (q.text, q.unit) == (span, "money")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["Call 0800 123 4567 today", "dial +44 20 7946 0958", "see www.example.com/2023/report",
     "the 13F filing", "a 3-1 win", "on 9/11", "open 24/7", "on 5/17/2018"],
)
def test_numbers_codes_and_contacts_are_not_statistics(text):
    assert scan(text) == []


def test_numbers_case_matters_for_short_units():
    (q,) = scan("temperatures hit 40C")
    assert (q.unit, q.measure_unit) == ("measure", "degree Celsius")
    (q,) = scan("a fee of 40c")
    assert (q.unit, q.value) == ("money", pytest.approx(0.4))


@pytest.mark.parametrize(
    "text,texts",
    [
        ("cases rose by 12,000 to 45,000", ["12,000", "45,000"]),
        ("either 10 bln or 10 tln", ["10 bln", "10 tln"]),
        ("one or two goals", ["one or two"]),
    ],
)
def test_numbers_change_is_not_a_range(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize(
    "text,span,value,unit",
    [
        ("an infant mortality rate of 3.5 per 1,000 live births", "3.5 per 1,000", 3.5, "ratio"),
        ("12 per 100,000 people", "12 per 100,000", 12, "ratio"),
        ("sales tripled to 1.2m last year", "1.2m", 1.2e6, "count"),
        ("she won the 100m sprint", "100m", 100, "measure"),
    ],
)
def test_numbers_rates_and_m_suffix(text, span, value, unit):
    q = [q for q in scan(text) if q.text == span][0]
    assert (q.unit, q.value) == (unit, pytest.approx(value))


@pytest.mark.parametrize(
    "text", ["a 0-0 draw", "they lost 1-2 at home", "won 3-1", "a 2-2 draw",
             "he lives at 10 Downing Street", "1600 Pennsylvania Avenue"],
)
def test_numbers_scores_and_addresses(text):
    assert scan(text) == []


def test_numbers_dash_range_without_score_words():
    (q,) = scan("about 3-4 people")
    assert q.range == [3, 4]


@pytest.mark.parametrize(
    "text,span,value",
    [("a $10-billion deal", "$10-billion", 1e10), ("Rs 500 crore", "Rs 500 crore", 5e9),
     ("CHF 3.2 billion", "CHF 3.2 billion", 3.2e9), ("2.5 trillion won", "2.5 trillion won", 2.5e12)],
)
def test_numbers_money_magnitudes(text, span, value):
    q = one(text)
    assert (q.text, q.unit) == (span, "money")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["the number one cause", "35-year-olds", "a six-month-old baby", "number 10"])
def test_numbers_ranks_and_ages(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text,span,unit",
    [("One pound of coal", "One pound", "measure"), ("a twenty pound bag", "twenty pound", "measure"),
     ("5 million pounds", "5 million pounds", "money"), ("a 20 pound note", "20 pound", "money"),
     ("10 000 dollars", "10 000 dollars", "money")],
)
def test_numbers_pounds_and_spaced_thousands(text, span, unit):
    q = one(text)
    assert (q.text, q.unit) == (span, unit)


@pytest.mark.parametrize("text", ["version two", "phase three trials", "season four"])
def test_numbers_written_labels(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text,span,value",
    [("a few hundred people", "a few hundred", 100), ("several thousand troops", "several thousand", 1000),
     ("hundreds of homes", "hundreds", 100), ("tens of thousands of people", "tens of thousands", 10_000)],
)
def test_numbers_vague_magnitudes(text, span, value):
    q = one(text)
    assert (q.text, q.value, q.approximate, q.kind) == (span, value, True, "vague")


@pytest.mark.parametrize(
    "text,texts",
    [("In January 2,000 people left", ["2,000"]), ("in May 300 people", ["300"]), ("October 5-7", []),
     ("on 5-7 October", [])],
)
def test_numbers_month_next_to_a_count(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize("text", ["among the top ten", "the Top 10 list", "ranked 3 in the world"])
def test_numbers_ranks(text):
    assert scan(text) == []


def test_numbers_times_over_is_a_count():
    (q,) = scan("executed three times over")
    assert (q.text, q.unit) == ("three", "count")


def test_numbers_up_from_gives_the_direction_of_the_new_figure():
    got = [(q.text, q.direction) for q in scan("Obesity hit 40%, up from 30% a decade ago.")]
    assert got == [("40%", "up"), ("30%", None)]


def test_numbers_unicode_digits_and_superscripts():
    got = [(q.text, q.value) for q in scan("an area of 5 km² and ½ a loaf")]
    assert got == [("5 km²", 5), ("½", 0.5)]


@pytest.mark.parametrize(
    "text,texts",
    [("almost double the previous figure", ["double"]), ("a double murder", []), ("triple the size", ["triple"]),
     ("men aged between 19 and 54", [])],
)
def test_numbers_double_and_age_ranges(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize(
    "text",
    [
        "The House passed H.R.1424 on Friday.", "The measure, H.R. 2, cleared the chamber.",
        "Senators filed S.1234 and S. 56 this week.", "The rule is set out in pp. 110-255 of the report.",
        "The chart is on p. 12 of the filing.", "Lawyers cited Sec. 5 and § 230 of the act.",
        "The court listed it as No. 12-345.", "Workers saved through a 401(k) plan.",
        "The group is a 501(c) charity.", "Leaders of the Group of 20 met in Osaka.",
    ],
)
def test_numbers_dotted_identifiers_and_page_references(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text,texts",
    [("In the U.S. 300 people were hurt.", ["300"]), ("The report runs to 120 pages.", ["120"]),
     ("Prices rose to R1,424 a month.", ["R1,424"]), ("The virus's R0 was 2.5.", ["2.5"])],
)
def test_numbers_dotted_prefix_needs_a_listed_abbreviation(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize(
    "text",
    ["two four-star generals", "a five-star hotel", "the three-time champion", "a two-time winner",
     "a two-term president", "the one-child policy", "a two-state solution", "a four-door car",
     "a three-way race", "the six-party talks", "a .22-caliber rifle", "a two-over-par round",
     "the under-21 side"],
)
def test_numbers_type_and_rank_modifiers_are_not_counts(text):
    assert [q.text for q in scan(text) if q.text != "two" or "four" not in text] == []


def test_numbers_modifier_after_a_real_count_keeps_the_count():
    assert [q.text for q in scan("two four-star generals resigned")] == ["two"]


@pytest.mark.parametrize(
    "text,values",
    [("The Senate voted 52-48 to confirm her.", [52, 48]), ("The court ruled 5-4 in the case.", [5, 4]),
     ("The jury voted 10-2 to convict.", [10, 2]), ("a 7-2 vote in committee", [7, 2])],
)
def test_numbers_vote_tallies_are_two_counts(text, values):
    qs = scan(text)
    assert [(q.value, q.unit) for q in qs] == [(v, "count") for v in values]


@pytest.mark.parametrize("text", ["Arsenal won 3-1 at home.", "The match ended in a 2-2 draw.",
                                  "City confirmed a 3-1 win over Leeds."])
def test_numbers_scores_are_not_tallies(text):
    assert scan(text) == []


@pytest.mark.parametrize("text", ["He died at the age of 85.", "children under age 5", "pupils aged 11"])
def test_numbers_age_phrases(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text,span,value,unit",
    [
        ("Workers were paid $5-a-day.", "$5", 5, "money"), ("a $10m deal", "$10m", 1e7, "money"),
        ("lost £1.2bn", "£1.2bn", 1.2e9, "money"), ("paid €40m", "€40m", 4e7, "money"),
        ("Rs 2 lakh each", "Rs 2 lakh", 2e5, "money"), ("US$3 trillion", "US$3 trillion", 3e12, "money"),
        ("rose 0.5 percentage points", "0.5 percentage points", 0.5, "percent"),
        ("closed down 3.2%", "3.2%", 3.2, "percent"), ("a 15-fold increase", "15-fold", 15, "ratio"),
        ("a dozen protesters", "a dozen", 12, "count"), ("rose to 20 zł", "20 zł", 20, "money"),
        ("cost 300 hryvnias", "300 hryvnias", 300, "money"), ("paid 5,000 forints", "5,000 forints", 5000, "money"),
        ("It cost 40 lei.", "40 lei", 40, "money"), ("a star 40 light-years away", "40 light-years", 40, "measure"),
    ],
)
def test_numbers_news_money_and_percent_forms(text, span, value, unit):
    q = one(text)
    assert (q.text, q.unit) == (span, unit)
    assert q.value == pytest.approx(value)


def test_numbers_change_word_and_new_level_are_two_figures():
    assert [(q.text, q.unit) for q in scan("Sales tripled to 300 units.")] == [("tripled", "ratio"), ("300", "count")]


def test_numbers_pence_at_the_end_of_a_sentence():
    q = one("It costs 50p.")
    assert (q.text, q.unit, q.value) == ("50p", "money", pytest.approx(0.5))
    assert scan("They met at 5 p.m. sharp.") == []


@pytest.mark.parametrize(
    "text,texts",
    [("Nos. 3 and 4 were closed.", []), ("See pp. 12, 14 and 20.", []), ("Article 5 and 6 apply.", []),
     ("Route 66 and 300 cars", ["300"]), ("Under Article 5, 300 troops", ["300"]),
     ("Room 5 and 30 others", ["30"])],
)
def test_numbers_lists_of_labels(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize(
    "text,span,value,unit",
    [("Sales were up threefold.", "threefold", 3, "ratio"), ("a tenfold increase", "tenfold", 10, "ratio"),
     ("halving the deficit", "halving", 0.5, "ratio"),
     ("Rates rose by half a percentage point.", "half a percentage point", 0.5, "percent"),
     ("a quarter of a percentage point", "a quarter of a percentage point", 0.25, "percent"),
     ("half of the voters", "half", 0.5, "fraction")],
)
def test_numbers_one_word_multiples_and_fractions_of_a_point(text, span, value, unit):
    q = one(text)
    assert (q.text, q.unit) == (span, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,texts",
    [("He reached the last eight.", []), ("They made the last 16 of the cup.", []),
     ("She won the last 11 matches.", ["11"]), ("The final 10 minutes were tense.", [])],
)
def test_numbers_stages_of_a_competition(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize("text", ["The raid began at 0630 local time.", "at 0900 on Monday", "the 007 films"])
def test_numbers_leading_zero_is_a_time_or_a_code(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text,texts",
    [("The ship docked at berth 7.", []), ("Water leaked from reactor 4.", []),
     ("Traffic stopped at junction 10 of the M1.", []), ("He crashed on lap 23 of the race.", []),
     ("Radars track 30 satellites.", ["30"]), ("They stand 12 points clear.", ["12 points"]),
     ("Officials count 300 votes.", ["300"]), ("Patients in case 3 recovered.", []),
     ("Prosecutors showed exhibit 12 to the jury.", [])],
)
def test_numbers_more_label_words(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize(
    "text,texts",
    [("They will issue 300 permits.", ["300"]), ("Halls seat 300 people.", ["300"]),
     ("He posts 12 videos a day.", ["12"]), ("See page 4 for details.", []), ("posts 542 and 543", [])],
)
def test_numbers_label_words_used_as_verbs(text, texts):
    assert [q.text for q in scan(text)] == texts


@pytest.mark.parametrize("text", ["Ferrari secured a one-two finish.", "Celtic won two-nil at home.",
                                  "They lost three-one to Spain.", "They split it fifty-fifty.",
                                  "He went 3-for-4 at the plate.", "a 2-for-1 offer"])
def test_numbers_scores_in_words(text):
    assert scan(text) == []


@pytest.mark.parametrize("text,value", [("a one-third stake", 1 / 3), ("a one-fifth share", 0.2),
                                        ("twenty-one people", 21)])
def test_numbers_hyphenated_fraction_before_a_noun(text, value):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,span,value",
    [("The margin of error is plus or minus 20 seats.", "plus or minus 20", 20),
     ("It fell to minus 5 degrees.", "minus 5 degrees", -5)],
)
def test_numbers_plus_or_minus_is_a_margin(text, span, value):
    q = one(text)
    assert (q.text, q.value) == (span, value)


@pytest.mark.parametrize(
    "text,span,value,currency",
    [("paid 9m euros", "9m euros", 9_000_000, "EUR"), ("a 3bn dollars loan", "3bn dollars", 3e9, "USD")],
)
def test_numbers_glued_suffix_before_currency_word_is_money(text, span, value, currency):
    q = one(text)
    assert (q.text, q.unit, q.currency) == (span, "money", currency)
    assert q.value == pytest.approx(value)
