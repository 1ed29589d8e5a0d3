"""The claim_statistics component in the full pipeline: spans, values, exclusions that
need the parse, and the context fields (subject, time, source, compared_with)."""

from __future__ import annotations

import pytest

from extract.claims import get_claims
from extract.records import doc_to_records, validate_record


def stats(nlp, text):
    return get_claims(nlp(text), "statistic")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officials said 1,400 people crossed the border this year.", [("1,400", 1400, "count")]),
        ("Turnout fell to 50 percent in the city.", [("50 percent", 50, "percent")]),
        ("The council found that a third of homes lacked heating.", [("a third", 0.3333, "fraction")]),
        ("Women outnumbered men four to one among the volunteers.", [("four to one", 4, "ratio")]),
        ("The budget reached $2.3 billion last year.", [("$2.3 billion", 2.3e9, "money")]),
        ("The storm moved 300 km inland.", [("300 km", 300, "measure")]),
        ("Three farmers and twelve teachers signed the letter.",
         [("Three", 3, "count"), ("twelve", 12, "count")]),
        ("Only 1,400 made the trip.", [("1,400", 1400, "count")]),
        ("This 50 percent drop alarmed analysts.", [("50 percent", 50, "percent")]),
    ],
)
def test_statistics_span_value_unit(nlp, text, expected):
    got = [(text[c["start"]:c["end"]], c["value"], c["unit"]) for c in stats(nlp, text)]
    assert len(got) == len(expected), got
    for (gt, gv, gu), (et, ev, eu) in zip(got, expected, strict=True):
        assert (gt, gu) == (et, eu)
        assert gv == pytest.approx(ev, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 2004 and renewed in 2012.",
        "The program ran from 2000-2012 in the north.",
        "The vote is set for October 5.",
        "Crew members of Apollo 11 met the mayor.",
        "COVID-19 spread quickly through the region.",
        "The clause is in Article 5 of the charter.",
        "Leaders of the G7 met on Tuesday.",
        "Jane Roe, 45, said she was relieved.",
        "She finished first and her brother came second.",
        "The meeting started at 9:30 a.m. sharp.",
        "No one answered the phone.",
        "It was a very serious one.",
        "They boarded Flight 370 in the evening.",
        "He was held for six years in the jungle.",
    ],
)
def test_statistics_not_statistics(nlp, text):
    assert stats(nlp, text) == []


def test_statistics_hedges_are_fields(nlp):
    text = "About 40 refugees and more than 300 children were moved, up to 20 percent of them by boat."
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert got["40"]["approximate"] is True
    assert got["300"]["bound"] == "lower"
    assert got["20 percent"]["bound"] == "upper"


def test_statistics_direction(nlp):
    text = "Exports rose 3.5 percent in May, while imports fell 2 percent."
    got = [(text[c["start"]:c["end"]], c["direction"]) for c in stats(nlp, text)]
    assert got == [("3.5 percent", "up"), ("2 percent", "down")]


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        ("Police arrested 40 protesters near the square.", "40", "protesters"),
        ("Nearly half of the nurses went on strike.", "half", "the nurses"),
        ("The study found that 12 percent of voters were undecided.", "12 percent", "voters"),
    ],
)
def test_statistics_subject(nlp, text, figure, subject):
    (claim,) = [c for c in stats(nlp, text) if text[c["start"]:c["end"]] == figure]
    assert claim["subject"] == subject


def test_statistics_time_reference(nlp):
    text = "The agency counted 312 arrivals in 2000 and 2,737 arrivals in 2011."
    got = {text[c["start"]:c["end"]]: c.get("time") for c in stats(nlp, text)}
    assert got["312"]["year"] == 2000
    assert got["2,737"]["year"] == 2011


def test_statistics_relative_time_resolved_with_article_date(nlp):
    text = "Only 900 tourists arrived this year, compared to 1,500 the previous year."
    doc = nlp.make_doc(text)
    doc.user_data["meta"] = {"date": "2012-12-28"}
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    got = {text[c["start"]:c["end"]]: c for c in get_claims(doc, "statistic")}
    assert got["900"]["time"]["year"] == 2012
    assert got["1,500"]["time"]["year"] == 2011
    assert got["900"]["compared_with"]["text"] == "1,500"
    assert got["1,500"]["compared_with"]["text"] == "900"


def test_statistics_relative_time_without_date_keeps_no_year(nlp):
    got = stats(nlp, "Only 900 tourists arrived this year.")
    assert got[0]["time"]["text"] == "this year"
    assert "year" not in got[0]["time"]


def test_statistics_from_to_pair_is_linked(nlp):
    text = "The community grew from 312 in 2000 to 2,737 in 2011."
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert set(got) == {"312", "2,737"}
    assert got["312"]["compared_with"]["text"] == "2,737"


def test_statistics_source_from_quote(nlp):
    text = '"We have lost 40 percent of our members," said Maria Lopez, the union leader.'
    doc = nlp(text)
    (claim,) = get_claims(doc, "statistic")
    quotes = get_claims(doc, "quote")
    assert quotes, "the quotes component should find this quote"
    assert "Lopez" in claim["source"]["name"]
    assert claim["source"]["quote_span"] == [quotes[0]["start"], quotes[0]["end"]]
    records = doc_to_records(doc, "t")
    (rec,) = [r for r in records if r["type"] == "statistic"]
    assert rec["source"]["record_id"] == next(r["id"] for r in records if r["type"] == "quote")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Figures provided by the Ministry of Health showed 3,000 new cases.", "the Ministry of Health"),
        ("According to the census bureau, 12 percent of homes are empty.", "the census bureau"),
    ],
)
def test_statistics_source_without_quote(nlp, text, name):
    (claim,) = stats(nlp, text)
    assert claim["source"]["name"] == name


def test_statistics_currency_and_measure_unit_fields(nlp):
    text = "The fund paid €40 million for a 7.8-magnitude quake zone 300 km wide."
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert got["€40 million"]["currency"] == "EUR"
    assert got["7.8-magnitude"]["measure_unit"] == "magnitude"
    assert got["300 km"]["measure_unit"] == "km"


def test_statistics_index_levels_in_points(nlp):
    text = "The index lost 120 points and closed at 10,488.43 on Friday."
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert got["10,488.43"]["unit"] == "measure"


def test_statistics_records_validate(nlp):
    text = "About 40 refugees, a third of them children, received $2.3 billion in aid in 2011."
    for rec in doc_to_records(nlp(text), "t"):
        validate_record(rec)


def test_statistics_fronted_time_scopes_the_clause(nlp):
    text = "In 2018, the firm employed 12,000 people; by 2022 that had grown to 15,500."
    got = {text[c["start"]:c["end"]]: c.get("time") for c in stats(nlp, text)}
    assert got["12,000"]["year"] == 2018
    assert got["15,500"]["year"] == 2022


@pytest.mark.parametrize("text", ["The iPhone 15 costs less.", "Analysts expect the eBay 2 deal soon."])
def test_statistics_numbers_after_camel_case_names(nlp, text):
    assert stats(nlp, text) == []


@pytest.mark.parametrize(
    "text,figure",
    [("Earthquake Kills 300 In Eastern Turkey\n\nRescuers searched the rubble.", "300"),
     ("Police Say Three Injured In Market Blast\n\nThe blast hit at noon.", "Three")],
)
def test_statistics_title_case_headlines_keep_figures(nlp, text, figure):
    assert figure in [text[c["start"]:c["end"]] for c in stats(nlp, text)]


@pytest.mark.parametrize(
    "text", ["The Standard & Poor's 500 index dropped 3%.", "Shares in the Russell 2000 index rose 1%."]
)
def test_statistics_index_names(nlp, text):
    assert [c["unit"] for c in stats(nlp, text)] == ["percent"]


@pytest.mark.parametrize(
    "text,span,unit",
    [("He scored 31 points in the final.", "31", "count"),
     ("The Dow Jones index lost 120 points on Friday.", "120 points", "measure"),
     ("The margin of error is 3.3 points.", "3.3 points", "measure")],
)
def test_statistics_points_scored_or_index_points(nlp, text, span, unit):
    (c,) = stats(nlp, text)
    assert (text[c["start"]:c["end"]], c["unit"]) == (span, unit)


@pytest.mark.parametrize("text", ["", "No figures here at all.", "\n\n"])
def test_statistics_texts_without_numbers(nlp, text):
    assert stats(nlp, text) == []


def test_statistics_lexicon_can_be_extended(nlp):
    import spacy

    from extract import statistics  # noqa: F401  (registers the factory)

    blank = spacy.blank("en")
    pipe = blank.add_pipe("claim_statistics")
    pipe.add_entries("units", [{"form": "furlongs", "name": "furlong", "kind": "measure"}])
    (c,) = get_claims(blank("The horse ran 8 furlongs."), "statistic")
    assert (c["unit"], c["measure_unit"]) == ("measure", "furlong")


@pytest.mark.parametrize(
    "text,figure,subject",
    [("He paid 64 officials a total of almost £4 million in bribes.", "£4 million", "bribes"),
     ("The losses added up to $3 billion of debt.", "$3 billion", "debt")],
)
def test_statistics_money_subject_outside_the_span(nlp, text, figure, subject):
    (c,) = [c for c in stats(nlp, text) if text[c["start"]:c["end"]] == figure]
    assert c["subject"] == subject
    assert c["direction"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The Fed chairman turns 80 next month.", "She turned 65 in March.", "The poet died at 85 after a fall.",
        "At 80, he still runs the family firm.", "When he was 12, his family moved to Ohio.",
        "Her mother retired at 60.",
    ],
)
def test_statistics_ages_are_not_statistics(nlp, text):
    assert stats(nlp, text) == []


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The plant turned 300 workers away.", "300"), ("The death toll stood at 85 on Monday.", "85"),
        ("The team was 12 points ahead.", "12"), ("The index closed at 85 on Friday.", "85"),
    ],
)
def test_statistics_age_cues_keep_real_counts(nlp, text, figure):
    # (a margin keeps its unit: "12 points" ahead)
    assert any(text[c["start"]:c["end"]].split()[0] == figure for c in stats(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Boeing 737 jets were grounded for months.", "The 747 landed safely at dawn.",
        "HR 1424 passed the House on Friday.",
        "Regulators grounded the Boeing 787 in January. The 787 returned to service in April.",
    ],
)
def test_statistics_product_model_numbers(nlp, text):
    assert stats(nlp, text) == []


@pytest.mark.parametrize(
    "text,figures",
    [
        ("The Airbus A380 carries 500 passengers.", ["500"]),
        ("Route 101 was closed. Crews cleared 101 trees from it.", ["101"]),
    ],
)
def test_statistics_model_names_keep_counts(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text,figures",
    [
        ("China is one of the largest markets for cars.", []),
        ("She is one of the most cited authors.", []),
        ("One of the victims was a child.", ["One"]),
        ("He was one of 12 children.", ["one", "12"]),
    ],
)
def test_statistics_one_of_the_superlative(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "The House passed H.R.1424 on Friday.", "Details are in pp. 110-255 of the report.",
        "The four-star general resigned.", "The three-time champion lost in the final.",
        "They drove along Route 66 for days.", "Arsenal won 3-1 on Saturday.", "The song reached the Top 10.",
        "The team is ranked No. 1 in the country.", "The wait lasted half an hour.",
        "The firm released version 2.0 of its app.", "The Xbox 360 sold well in Japan.",
    ],
)
def test_statistics_news_non_figures(nlp, text):
    assert stats(nlp, text) == []


def test_statistics_vote_tally_is_two_counts(nlp):
    text = "The Senate voted 52-48 to confirm her."
    assert [(text[c["start"]:c["end"]], c["unit"]) for c in stats(nlp, text)] == [("52", "count"), ("48", "count")]


@pytest.mark.parametrize(
    "text,span,unit",
    [("Temperatures reached 30 degrees on Monday.", "30 degrees", "measure"),
     ("A dozen protesters were arrested.", "A dozen", "count")],
)
def test_statistics_measures_and_dozens(nlp, text, span, unit):
    assert [(text[c["start"]:c["end"]], c["unit"]) for c in stats(nlp, text)] == [(span, unit)]


@pytest.mark.parametrize(
    "text",
    ["Emergency services dialled 911 after the crash.", "Call 999 in an emergency.", "Jordan wore 23 for the Bulls.",
     "A 747 jet landed in the fog.",
     "The 405 freeway was closed overnight."],
)
def test_statistics_dialled_and_naming_numbers(nlp, text):
    assert stats(nlp, text) == []


@pytest.mark.parametrize(
    "text,figure",
    [("Prosecutors called 30 witnesses.", "30"), ("The 20 member states agreed.", "20"),
     ("They wore 12 different kits.", "12"), ("Staff called 30 of them back.", "30"),
     ("Trading began at 100 on Monday.", "100"), ("She wrote a 200 page report.", "200"),
     ("The 12 crew survived the crash.", "12"), ("The 153 staff were told on Friday.", "153")],
)
def test_statistics_naming_rules_keep_counts(nlp, text, figure):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "Smith, 45, and Jones, 52, were charged.", "The pair, both 19, were arrested.",
        "Her son, now 12, survived the crash.", "The boy, who is 9, was rescued.",
        "Children under 5 are most at risk.", "Adults over 65 should get the jab.",
        "Voters between 18 and 29 favoured her.",
    ],
)
def test_statistics_appositive_ages_and_age_thresholds(nlp, text):
    assert stats(nlp, text) == []


@pytest.mark.parametrize(
    "text,figures",
    [("Of the 300 staff, 45 left.", ["300", "45"]),
     ("Firms with over 50 employees must report.", ["50"]),
     ("Of the adults, 45 said yes.", ["45"]), ("The death toll, 45, was revised.", ["45"])],
)
def test_statistics_age_rules_keep_counts(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text,figures",
    [("The 737 Max was grounded again.", []), ("The 3 Series sold well.", []),
     ("The 33 Chileans were rescued.", ["33"]), ("The firm bought 300 Boeing jets.", ["300"]),
     ("The 12 Democrats voted no.", ["12"])],
)
def test_statistics_number_before_a_singular_name(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text,figures",
    [
        ("At least 85 people died in the floods.", ["85"]), ("In Kabul, 45 people were killed.", ["45"]),
        ("The company, which employs 300, said it would close.", ["300"]),
        ("The toll rose to 85, officials said.", ["85"]), ("He turned 300 pages over to police.", ["300"]),
        ("The army called up 5,000 reservists.", ["5,000"]), ("About 40, mostly women, attended.", ["40"]),
        ("The plant, built in 1990, employs 450.", ["450"]), ("Two of the 14 victims were children.", ["Two", "14"]),
    ],
)
def test_statistics_counts_next_to_exclusion_cues(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text",
    ["At one point the crowd surged forward.", "One way or another, the bill will pass.",
     "The prisoners were released one by one.", "One such example is the new bridge.",
     "It is a one-stop shop for services.", "On the one hand, costs fell."],
)
def test_statistics_one_in_idioms(nlp, text):
    assert stats(nlp, text) == []


def test_statistics_one_as_a_count_is_kept(nlp):
    text = "Rescuers found one survivor and two bodies."
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == ["one", "two"]


@pytest.mark.parametrize(
    "text,figures",
    [('The film "300" was a box-office hit.', []), ("Ocean's 11 was filmed in Las Vegas.", []),
     ("Tesco's 300 stores closed.", ["300"]), ("Britain's 60 million people voted.", ["60 million"])],
)
def test_statistics_numbers_as_titles(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


def test_statistics_index_levels_only_in_market_sentences(nlp):
    text = ("The Dow fell 400 points to 36,200.5 on Friday.\n\n"
            "Cases rose to 2.3 million, up from 1.9 million a week earlier.")
    units = {text[c["start"]:c["end"]]: c["unit"] for c in stats(nlp, text)}
    assert units["36,200.5"] == "measure"
    assert units["1.9 million"] == "count"


@pytest.mark.parametrize(
    "text,figures",
    [("Python 3.12 was released in October.", []), ("The vote was a 50-50 split.", []),
     ("Police 300 metres away heard it.", ["300 metres"])],
)
def test_statistics_versions_and_even_splits(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text,figures",
    [("His last wife, Kristina Holm, was 76.", []), ("Jane Roe's score was 76.", ["76"]),
     ("The death toll, officials said, was 76.", ["76"])],
)
def test_statistics_age_of_a_named_subject(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text,figures",
    [('Under the "one country, two systems" principle, it keeps its laws.', []),
     ('The "300 club" members met.', []), ('He said "two people died" in the blast.', ["two"]),
     ('Officials said "12 were hurt".', ["12"])],
)
def test_statistics_quoted_names(nlp, text, figures):
    assert [text[c["start"]:c["end"]] for c in stats(nlp, text)] == figures


@pytest.mark.parametrize(
    "text,figure,value",
    [
        ("The 6.4 quake was felt across the valley.", "6.4", 6.4),
        ("Schools closed after the 7.1 earthquake shook the province.", "7.1", 7.1),
        ("Residents fled a tremor measuring 5.9 late on Sunday.", "5.9", 5.9),
        ("The shaking was thought to be 6.8 on the Richter scale.", "6.8", 6.8),
        ("The aftershock registered 6.0 on the Richter Scale.", "6.0", 6),
        ("A magnitude 4.7 temblor rattled the harbour.", "magnitude 4.7", 4.7),
        ("A 5.2-magnitude aftershock woke the town.", "5.2-magnitude", 5.2),
        ("Officials said the quake, which measured 7, toppled bridges.", "7", 7),
        ("A tremor measuring about 5.3 was reported offshore.", "5.3", 5.3),
        ("The aftershock measured between 5 and 6 on the Richter scale.", "5 and 6", 5),
    ],
)
def test_statistics_quake_magnitudes_are_measures(nlp, text, figure, value):
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert figure in got, list(got)
    claim = got[figure]
    assert (claim["unit"], claim.get("measure_unit")) == ("measure", "magnitude")
    assert claim["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text,figure,value",
    [
        ("Seismologists recorded 4 earthquakes overnight.", "4", 4),
        ("The flooding killed 300 villagers in the quake zone.", "300", 300),
        ("Aid reached the 5 quake victims within hours.", "5", 5),
        ("The tremor registered 3 deaths in the north.", "3", 3),
        ("Convoys reached 6 quake-hit towns.", "6", 6),
    ],
)
def test_statistics_quake_counts_stay_counts(nlp, text, figure, value):
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert figure in got, list(got)
    assert (got[figure]["unit"], got[figure]["value"]) == ("count", value)


@pytest.mark.parametrize(
    "text,figure,value,unit,measure_unit",
    [
        ("Aid agencies support the 4m families displaced by drought.", "4m", 4_000_000, "count", None),
        ("The app now has 12m users worldwide.", "12m", 12_000_000, "count", None),
        ("By March the city's population had reached 3m.", "3m", 3_000_000, "count", None),
        ("Engineers built a 9m barrier along the river.", "9m", 9, "measure", "m"),
        ("She won the 200m final in record time.", "200m", 200, "measure", "m"),
        ("He swam 800m before breakfast.", "800m", 800, "measure", "m"),
        ("Forecasters warned of 6m waves off the coast.", "6m", 6, "measure", "m"),
        ("The crowd watched a 5m-high statue go up.", "5m", 5, "measure", "m"),
        ("The region's 2m-strong diaspora votes by post.", "2m", 2_000_000, "count", None),
        ("Membership grew to 5m in the autumn.", "5m", 5_000_000, "count", None),
        ("The flood water reached 3m in the streets where 200 people live.", "3m", 3, "measure", "m"),
        ("The club paid £4m for the striker.", "£4m", 4_000_000, "money", None),
        ("The club paid $2.5m for the striker.", "$2.5m", 2_500_000, "money", None),
        ("The club paid 9m euros for the striker.", "9m euros", 9_000_000, "money", None),
    ],
)
def test_statistics_glued_m_million_or_metres(nlp, text, figure, value, unit, measure_unit):
    got = {text[c["start"]:c["end"]]: c for c in stats(nlp, text)}
    assert figure in got, list(got)
    claim = got[figure]
    assert (claim["unit"], claim.get("measure_unit")) == (unit, measure_unit)
    assert claim["value"] == pytest.approx(value)
