"""The people registry: claim_people and the PeopleRegistry API."""

from __future__ import annotations

import pytest

from extract.people import get_registry, match_score, name_keys, quoted_regions, split_name

TEXT = (
    "Dr. Marta Kowalczyk, a historian, spoke on Monday. "
    '"We are not done," Kowalczyk said. Later, Kowalczyk\'s office confirmed the date.\n\n'
    "Mr. Tomas Berg disagreed. He said the plan was late. Berg also wrote a letter."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.mark.parametrize(
    "text,words,titles",
    [
        ("Dr. Sung-Yoon Lee", ["Sung-Yoon", "Lee"], ["Dr."]),
        ("Lee's", ["Lee"], []),
        ("Kim Jung Eun’s", ["Kim", "Jung", "Eun"], []),
        ("Prime Minister Ana Lopes", ["Ana", "Lopes"], ["Prime Minister"]),
        ("Ms Ortega", ["Ortega"], ["Ms"]),
        ("Professor", ["Professor"], []),  # a lone title stays as the name
    ],
)
def test_people_split_name(text, words, titles):
    assert split_name(text) == (words, titles)


@pytest.mark.parametrize(
    "query,name,expected",
    [
        ("Sung-Yoon Lee", "Sung-Yoon Lee", 4),
        ("Abdel al-Tamimi", "Abdel Karim al-Tamimi", 3),
        ("Lee", "Sung-Yoon Lee", 2),
        ("Oh", "Oh Gyeong-Seob", 1),
        ("Nina Sarkis", "Leo Sarkis", 0),
        ("Sarkis", "Nina Bell-Sarkis", 0),
        ("Hassan", "Ali Hassan Farah", 1),
        ("J.", "Mary J. Blige", 0),
        ("Hassan", "Hassan Ali", 1),
    ],
)
def test_people_match_score(query, name, expected):
    assert match_score(name_keys(query.split()), name_keys(name.split())) == expected


def test_people_fullest_name_and_titles(doc):
    names = [p["name"] for p in doc._.people]
    assert "Marta Kowalczyk" in names
    marta = next(p for p in doc._.people if p["name"] == "Marta Kowalczyk")
    assert "Dr." in marta["titles"]
    # full name, quoted-attribution surname, possessive surname: one person
    assert len(marta["mentions"]) >= 3
    assert all(isinstance(m, list) and len(m) == 2 for m in marta["mentions"])


def test_people_gender_from_title_and_pronoun(doc):
    reg = get_registry(doc)
    assert reg.resolve("Berg")["gender"] == "male"


@pytest.mark.parametrize(
    "query,expected",
    [
        ("Dr. Kowalczyk", "Marta Kowalczyk"),
        ("Kowalczyk's", "Marta Kowalczyk"),
        ("Marta", "Marta Kowalczyk"),
        ("Mr. Berg", "Tomas Berg"),
        ("Nobody Else", None),
    ],
)
def test_people_resolve(doc, query, expected):
    person = get_registry(doc).resolve(query)
    assert (person["name"] if person else None) == expected


def test_people_person_at_and_nearest_before(doc):
    reg = get_registry(doc)
    pos = TEXT.index("Kowalczyk said")
    assert reg.person_at(pos, pos + 3)["name"] == "Marta Kowalczyk"
    assert reg.person_at(0, 2) is not None  # "Dr." is part of the mention
    assert reg.person_at(TEXT.index("historian"), TEXT.index("historian") + 5) is None
    he = TEXT.index("He said")
    assert reg.nearest_before(he)["name"] == "Tomas Berg"
    assert reg.nearest_before(he, gender="female")["name"] == "Marta Kowalczyk"


def test_people_add_merges_and_creates(nlp):
    doc = nlp("Oh Gyeong-Seob, a fellow at the institute, spoke. Oh said more.")
    reg = get_registry(doc)
    before = len(doc._.people)
    p = reg.add("Oh Gyeong-Seob", 0, 14)
    assert p["name"] == "Oh Gyeong-Seob"
    q = reg.add("Oh", doc.text.index("Oh said"), doc.text.index("Oh said") + 2)
    assert q is p
    assert len(doc._.people) <= before + 1
    assert get_registry(doc).resolve("Oh")["name"] == "Oh Gyeong-Seob"
    r = reg.add("Dr. Ines Varga", 5, 10)
    assert r["name"] == "Ines Varga" and r["titles"] == ["Dr."]


def test_people_add_upgrades_to_fullest_name(nlp):
    doc = nlp("The report was late.")
    reg = get_registry(doc)
    p = reg.add("Varga", 0, 3)
    reg.add("Ines Varga", 4, 10)
    assert p["name"] == "Ines Varga" and len(doc._.people) == 1


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ms. Adaeze Okafor said the budget was fine.", "Adaeze Okafor"),
        ("Prof. Henrik Dahl warned of delays.", "Henrik Dahl"),
    ],
)
def test_people_title_led_names(nlp, text, name):
    doc = nlp(text)
    assert get_registry(doc).resolve(name)["name"] == name


def test_people_same_surname_prefers_recent(nlp):
    doc = nlp(
        "Anna Fischer met her brother Paul Fischer on Friday. Paul Fischer spoke first. "
        "Fischer said the talks went well."
    )
    reg = get_registry(doc)
    pos = doc.text.index("Fischer said")
    person = reg.person_at(pos, pos + 7)  # a bare surname the NER left untagged
    assert person is not None and person["name"] == "Paul Fischer"


def test_people_quoted_regions():
    text = 'He said "she left" and “they stayed” then.'
    inside = quoted_regions(text)
    assert inside(text.index("she"))
    assert inside(text.index("they"))
    assert not inside(text.index("then"))


@pytest.mark.parametrize(
    "text,words",
    [
        ("Mayor of Springfield Jane Roe", ["Springfield", "Jane", "Roe"]),
        ("the Jane Roe", ["Jane", "Roe"]),
    ],
)
def test_people_split_name_drops_leading_function_words(text, words):
    assert split_name(text)[0] == words


def test_people_add_keeps_the_trailing_name_of_a_sloppy_span(nlp):
    text = "Chief economist at the Bank of Central Europe Hans Maier said rates would rise."
    doc = nlp(text)
    reg = get_registry(doc)
    p = reg.add(text[: text.index(" said")], 0, text.index(" said"))
    assert p["name"] == "Hans Maier"
    assert [text[s:e] for s, e in p["mentions"]] == ["Hans Maier"]
    assert len([q for q in doc._.people if "Maier" in q["name"]]) == 1


def test_people_rejects_phrases_as_names():
    import spacy

    from extract.people import PeopleComponent  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    comp = nlp.add_pipe("claim_people")
    assert not comp._plausible(["economist", "at", "the", "Bank"])
    assert comp._plausible(["Carlo", "de", "Benedetti"])


def test_people_role_word_taken_into_a_name_is_dropped(nlp):
    doc = nlp("Conservationists Ana Lopez and Pedro Gomez welcomed the decision.")
    assert "Ana Lopez" in [p["name"] for p in doc._.people]


def test_people_generational_suffix_ignored_when_matching(nlp):
    doc = nlp("Martin Luther King Jr. spoke in Washington. King said the dream lived.")
    reg = get_registry(doc)
    pos = doc.text.index("King said")
    assert reg.person_at(pos, pos + 4)["name"] == "Martin Luther King Jr."
    assert reg.resolve("King")["name"] == "Martin Luther King Jr."


@pytest.mark.parametrize(
    "text,name,gender",
    [
        ("Acme spokeswoman Dana Whitfield spoke about the incident.", "Dana Whitfield", "female"),
        ("Robin Cole, the father of one of the victims, spoke.", "Robin Cole", "male"),
    ],
)
def test_people_gender_from_nouns_next_to_the_name(nlp, text, name, gender):
    doc = nlp(text)
    assert get_registry(doc).resolve(name)["gender"] == gender


def test_people_rename_updates_affiliation_claims(nlp):
    from extract.claims import add_claim

    doc = nlp("Lee spoke first. Later Sung-Yoon Lee spoke again.")
    doc._.people = []
    reg = get_registry(doc)
    reg.add("Lee", 0, 3)
    add_claim(doc, {"type": "affiliation", "start": 0, "end": 3, "person": "Lee", "rule": "t"})
    reg.add("Sung-Yoon Lee", doc.text.index("Sung"), doc.text.index(" spoke again"))
    assert doc._.claims[-1]["person"] == "Sung-Yoon Lee"


def test_people_pronoun_surname_is_not_swept(nlp):
    doc = nlp("Professor Rowena He, a historian, spoke. Later he said more.")
    person = get_registry(doc).resolve("Rowena He")
    assert person is not None and len(person["mentions"]) == 1


def test_people_add_keeps_organisations_out(nlp):
    doc = nlp("General Motors, the carmaker, said it would cut jobs.")
    reg = get_registry(doc)
    p = reg.add("General Motors", 0, 14)
    assert p["name"] == "General Motors"
    assert doc._.people == []
    q = reg.add("General Motors", 0, 14, trust_ner=False)  # a caller who knows better
    assert q in doc._.people


def test_people_add_org_tagged_surname_of_a_known_person_still_merges(nlp):
    doc = nlp("Roe spoke on Monday. Jane Roe said more.")
    reg = get_registry(doc)
    reg.add("Jane Roe", doc.text.index("Jane"), doc.text.index(" said"), trust_ner=False)
    p = reg.add("Roe", 0, 3)
    assert p["name"] == "Jane Roe" and p in doc._.people


def test_people_hyphenated_given_name_after_a_one_word_entity(nlp):
    doc = nlp("Moon Jae-in, the South Korean president, urged calm. Moon said more.")
    person = get_registry(doc).resolve("Moon")
    assert person["name"] == "Moon Jae-in" and len(person["mentions"]) == 2


@pytest.mark.parametrize(
    "text,surname,full",
    [
        # the NER tags the bare surname ORG ("Wilkins") or GPE ("Chesterfield")
        ('Tim Wilkins is a lawyer at Hart & Co. "We will appeal," Wilkins said.', "Wilkins",
         "Tim Wilkins"),
        ("Dr. Ian Chesterfield leads the team. According to Chesterfield, the drug works.",
         "Chesterfield", "Ian Chesterfield"),
        ("Mayor Anne Lincoln spoke on Monday. Lincoln said taxes would rise.", "Lincoln",
         "Anne Lincoln"),
    ],
)  # fmt: skip
def test_people_surname_tagged_org_or_place_links_to_person(nlp, text, surname, full):
    doc = nlp(text)
    reg = get_registry(doc)
    at = text.rfind(surname)
    assert reg.resolve(surname)["name"] == full
    assert reg.person_at(at, at + len(surname))["name"] == full


@pytest.mark.parametrize(
    "text,not_person",
    [
        ("The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition.",
         "Agnostics"),
        ("The League of Free Painters and Sculptors (LFPS) opened a show.", "Sculptors"),
    ],
)  # fmt: skip
def test_people_name_spelt_out_by_acronym_is_no_person(nlp, text, not_person):
    doc = nlp(text)
    assert all(not_person not in p["name"] for p in doc._.people)


def test_people_name_before_bracketed_role_kept(nlp):
    doc = nlp("Jane Roe (CEO) said the firm would grow.")
    assert any(p["name"] == "Jane Roe" for p in doc._.people)


@pytest.mark.parametrize(
    "text",
    [
        "Chief of the General Staff Kemal Aydin said the General Staff would decide.",
        "The Attorney General Office and the General Staff declined to comment.",
    ],
)
def test_people_the_title_word_is_a_body_not_a_person(nlp, text):
    doc = nlp(text)
    assert all(p["name"] not in ("Staff", "Office") for p in doc._.people)


@pytest.mark.parametrize(
    "text,short,full",
    [
        (
            "President Ali Hassan Farah spoke on Monday. Later, President Hassan said he was tired.",
            "Hassan",
            "Ali Hassan Farah",
        ),
        (
            "Novelist Gabriel García Márquez won the prize. García thanked his editor.",
            "García",
            "Gabriel García Márquez",
        ),
    ],
)
def test_people_lone_middle_name_joins_the_full_name(nlp, text, short, full):
    doc = nlp(text)
    reg = get_registry(doc)
    assert reg.resolve(short)["name"] == full
    assert [p["name"] for p in reg.people].count(full) == 1
    assert short not in [p["name"] for p in reg.people]


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The plant was founded by Henrik Lindqvist in 1950. \"We are ready,\" said Mark "
            "Tobin, Lindqvist worker and general secretary of the union.",
            "Henrik Lindqvist",
        ),
        (
            "The firm was started by Anna Zanetti in 1990. Jobs are safe, a Zanetti spokesman said.",
            "Anna Zanetti",
        ),
    ],
)
def test_people_firm_named_after_founder_before_role_noun_is_no_mention(nlp, text, name):
    reg = get_registry(nlp(text))
    assert [len(p["mentions"]) for p in reg.people if p["name"] == name] == [1]


@pytest.mark.parametrize(
    "text,absent,present",
    [
        ("Shaking was felt in Malaysia, Mauritius, Singapore and Kenya.", "Mauritius", None),
        ("Warnings went out in Kerala and Tamil Nadu on Sunday.", "Tamil Nadu", None),
        ("Jane Roe, France and Spain signed.", None, "Jane Roe"),
        (
            "Later the former prime minister of Egypt, Ahmed Karimi, was detained.",
            None,
            "Ahmed Karimi",
        ),
    ],
)
def test_people_place_in_a_list_of_places_is_no_person(nlp, text, absent, present):
    names = [p["name"] for p in get_registry(nlp(text)).people]
    if absent:
        assert absent not in names
    if present:
        assert present in names
