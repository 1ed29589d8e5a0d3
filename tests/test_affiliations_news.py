"""claim_affiliations / claim_people on news phrasings of round 2: parties named as written
(before a name, in brackets, after a place), appositions with an adverb and participle,
organisation acronyms in role words, "belongs to", bylines, participle clauses, names
differing only by diacritics or by a hyphenated particle ("al-")."""

from __future__ import annotations

import pytest
from claim_helpers import affiliations_of as affs

from extract.claims import get_claims
from extract.people import get_registry, name_keys, word_key


def by_person(found, last):
    return [f for f in found if f[0].split()[-1] == last]


def speakers(doc):
    return [(c.get("speaker") or {}).get("name") for c in get_claims(doc, "quote")]


# 1. parties: a place before the party, a possessive's party role, a party word alone
@pytest.mark.parametrize(
    "text,last,org",
    [
        ("Polls favour UK Labour leader Ed Grant over the others this week.", "Grant", "Labour"),
        ("Scottish Conservative MP Rhona Bell voted against the plan.", "Bell", "Conservative"),
        (
            "The ratings of Mr Grant rose above those of his Conservative opponent, David "
            "Hale, for the first time.",
            "Hale",
            "Conservative",
        ),
        ("Liberal Democrat Vince Hart expressed his anger at the remarks.", "Hart", "Liberal"),
        ("Republican Dana Shore voted for the bill on Tuesday.", "Shore", "Republican"),
        ("Former Labour leader Tony Barr said the party would win.", "Barr", "Labour"),
    ],
)
def test_affiliations_news_party_as_org(nlp, text, last, org):
    _, found = affs(nlp, text)
    mine = by_person(found, last)
    assert any(f[2] and org in f[2].split() for f in mine), found


@pytest.mark.parametrize(
    "text,last",
    [
        # a place or a non-party word before a role is no party
        ("UK Prime Minister Ed Grant visited Paris.", "Grant"),
        ("Democratic Republic of Congo President Jean Kalala spoke.", "Kalala"),
        # a party word that is no sentence opener before a name
        ("After meeting his lawyer, Abbas Kaya said he was innocent.", "Kaya"),
    ],
)
def test_affiliations_news_no_party(nlp, text, last):
    _, found = affs(nlp, text)
    parties = ("Labour", "Conservative", "Democratic", "Republican", "Democrat")
    assert not any(f[2] in parties for f in by_person(found, last)), found


# 2. a party in brackets after the name
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Rep. Charles Wren (Democrats) who represents a district in Ohio said the bill "
            "was wrong.",
            ("Charles Wren", "Rep.", "Democrats"),
        ),
        ("Sen. Ann Cole (Republican) voted against the bill.", ("Ann Cole", "Sen.", "Republican")),
    ],
)
def test_affiliations_news_bracketed_party(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# 3. "the democratically elected head of X"; "X Council (XC) Speaker NAME"
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "On Monday a court jailed Aziz Farouk, the democratically elected head of the "
            "Regional Legislative Council, for two years.",
            ("Aziz Farouk", "democratically elected head", "Regional Legislative Council"),
        ),
        (
            "Mara Quist, the newly appointed director of the Harbor Arts Foundation, said "
            "the museum would reopen.",
            ("Mara Quist", "newly appointed director", "Harbor Arts Foundation"),
        ),
        (
            "The group called for the release of Regional Legislative Council (RLC) Speaker "
            "Aziz Farouk.",
            ("Aziz Farouk", "Speaker", "Regional Legislative Council"),
        ),
        (
            "Northern Water Authority (NWA) spokesman Tim Rees said supplies were safe.",
            ("Tim Rees", "spokesman", "Northern Water Authority"),
        ),
    ],
)
def test_affiliations_news_participle_and_acronym(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# 4. an organisation from a later "belongs to" merges with the role-only item
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Sam Boon, a social activist who has rallied people for years, spoke on Friday. "
            'Boon belongs to the "Yellow Shirts", a protest group which backs the government.',
            [("Sam Boon", "social activist", "Yellow Shirts")],
        ),
        (
            "Lena Varga, a retired teacher, marched with them. Varga belongs to the Green "
            "Future Movement.",
            [("Lena Varga", "retired teacher", "Green Future Movement")],
        ),
    ],
)
def test_affiliations_news_belongs_to(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


def test_affiliations_news_belongs_to_place_is_no_org(nlp):
    _, found = affs(nlp, "Tom Ruud, a fisherman, said the boat belongs to Norway.")
    assert found == [("Tom Ruud", "fisherman", None)]


# 5. a byline: the publication before "<piece> by NAME"
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Last week an InterPress Service article by Gareth Moor reported that the talks "
            "had failed.",
            ("Gareth Moor", None, "InterPress Service"),
        ),
        (
            "A Daily Courier column by Jane Pike argued the opposite.",
            ("Jane Pike", None, "Daily Courier"),
        ),
    ],
)
def test_affiliations_news_byline(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


@pytest.mark.parametrize(
    "text,last",
    [
        ("A recent article by Jane Pike argued the opposite.", "Pike"),
        ("A 2019 report by Jane Pike argued the opposite.", "Pike"),
    ],
)
def test_affiliations_news_byline_needs_publication(nlp, text, last):
    _, found = affs(nlp, text)
    assert not any(f[2] for f in by_person(found, last)), found


# 6. a participle clause after a comma is no role
@pytest.mark.parametrize(
    "text",
    [
        'Nyikal stated: "We have written to Unicef, requesting assistance."',
        "The ministry wrote to Helena Marsh, asking for the files.",
    ],
)
def test_affiliations_news_participle_clause_no_role(nlp, text):
    _, found = affs(nlp, text)
    assert not any(f[1] and f[1].split()[0].endswith("ing") for f in found), found


# 7. names differing only by diacritics are one person, written as first introduced
@pytest.mark.parametrize(
    "text,name",
    [
        (
            'In a speech, Ana García attacked the policy. Later Garcia said he was right. "I '
            'am right," said Ana Garcia.',
            "Ana García",
        ),
        (
            "José Alvarez, a lawyer, filed the case. Álvarez said the court would agree.",
            "José Alvarez",
        ),
    ],
)
def test_people_news_diacritics_one_person(nlp, text, name):
    doc = nlp(text)
    reg = get_registry(doc)
    last = name.split()[-1]
    same = [p for p in reg.people if word_key(p["name"].split()[-1]) == word_key(last)]
    assert [p["name"] for p in same] == [name]
    assert all(sp == name for sp in speakers(doc))


@pytest.mark.parametrize(
    "word,key", [("García", "garcia"), ("Müller", "muller"), ("Lee", "lee"), ("O’Neil", "o'neil")]
)
def test_people_news_word_key_folds_diacritics(word, key):
    assert word_key(word) == key


# 14. a hyphenated particle before a surname: "Rashidi" is "Nouri al-Rashidi"
@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Prime Minister Nouri al-Rashidi visited the city. Rashidi said the war was over.",
            "Nouri al-Rashidi",
        ),
        (
            "The cleric Ahmed el-Masri spoke at the rally. Masri said the protests would go on.",
            "Ahmed el-Masri",
        ),
    ],
)
def test_people_news_surname_particle(nlp, text, name):
    doc = nlp(text)
    assert speakers(doc) == [name]


@pytest.mark.parametrize(
    "words,keys",
    [
        (["Nouri", "al-Rashidi"], ("nouri", "rashidi")),
        (["Ahmed", "el-Tayeb"], ("ahmed", "tayeb")),
        (["Jean", "Saint-Pierre"], ("jean", "saint-pierre")),  # no particle
        (["Anna", "Al-Ek"], ("anna", "al-ek")),  # too short a rest
    ],
)
def test_people_news_name_keys_strip_particle(words, keys):
    assert name_keys(words) == keys


# a lone first name that is a verb's subject joins a person the grammar found later
def test_people_news_first_name_subject(nlp):
    text = (
        "Somkiat Wongsawat-anong, a social activist who has rallied farmers, spoke on Monday. "
        "Somkiat belongs to the Blue Scarves Movement, a protest group."
    )
    _, found = affs(nlp, text)
    assert found == [("Somkiat Wongsawat-anong", "social activist", "Blue Scarves Movement")]


# 9. a generic organisation noun before a proper name: the name is the organisation
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Max Bell, who worked for the charity Oxfield Aid, said the crisis was growing.",
            ("Max Bell", None, "Oxfield Aid"),
        ),
        (
            "Ruth Olsen, a fellow at the think tank Civitas Nova, said the plan would fail.",
            ("Ruth Olsen", "fellow", "Civitas Nova"),
        ),
        (
            "Dan Pike, an organiser with the union Unite North, said members would strike.",
            ("Dan Pike", "organiser", "Unite North"),
        ),
    ],
)
def test_affiliations_news_generic_org_noun_before_name(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# 10. "the group", "the company's": the organisation named before, else no organisation
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Relief Now, a British aid group, sent food to the region. Nick Hale, director of "
            "relief operations for the group, says the aid arrived.",
            ("Nick Hale", "director of relief operations", "Relief Now"),
        ),
        (
            "Green Shield is a small charity in Leeds. Its work grew fast, and Amy Cole, a "
            "trustee of the charity, said more help was needed.",
            ("Amy Cole", "trustee", "Green Shield"),
        ),
        (
            "Aid arrived on Monday. Nick Hale, director of relief operations for the group, "
            "says the aid arrived.",
            ("Nick Hale", "director of relief operations", None),
        ),
        (
            "The vote was close. Rosa Ibarra, the party's candidate for mayor, conceded.",
            ("Rosa Ibarra", "candidate for mayor", None),
        ),
    ],
)
def test_affiliations_news_anaphoric_org_noun(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# 11. an organisation after an organisation noun is no person
@pytest.mark.parametrize(
    "text",
    [
        "Australian online publication Scoop! reported the story first.",
        "Speaking to news site Dublin Daily, the minister denied the claims.",
        "Money was raised by the charity supergroup Band Relief in 1984.",
        "The campaign group Stop Now said the law was unjust.",
    ],
)
def test_affiliations_news_org_after_org_noun_is_no_person(nlp, text):
    _, found = affs(nlp, text)
    assert found == []


# 12. roles fronted before a name: "Another X,", past a relative clause, lists
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Another activist, David Quale, said the protest would go on.",
            [("David Quale", "activist", None)],
        ),
        (
            "An exiled NLF commander who lives in Oslo, Aregawi Bekele, said the talks had failed.",
            [("Aregawi Bekele", "exiled commander", "NLF")],
        ),
        (
            "NLF leaders, including chairman Meles Tadesse, rejected the deal.",
            [("Meles Tadesse", "chairman", "NLF")],
        ),
        (
            "Two European Parliament lawmakers from Ireland, Lynn Boyle and Nessa Child, wrote "
            "to the commission.",
            [
                ("Lynn Boyle", "lawmaker from Ireland", "European Parliament"),
                ("Nessa Child", "lawmaker from Ireland", "European Parliament"),
            ],
        ),
    ],
)
def test_affiliations_news_fronted_roles(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


@pytest.mark.parametrize(
    "text,last",
    [
        # a plural role before a list names no organisation of its own: nothing extra
        ("Two lawmakers, Lynn Boyle and Nessa Child, wrote to the commission.", "Boyle"),
        # a relative clause after a plain noun: no role
        ("A man who lives in Oslo, Aregawi Bekele, said the talks had failed.", "Bekele"),
    ],
)
def test_affiliations_news_fronted_roles_negative(nlp, text, last):
    _, found = affs(nlp, text)
    assert not any(f[2] for f in by_person(found, last)), found


# 13. a quoted organisation after "of"/"for" before the name
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            'Spokesperson of the "Refuge" Dimitri Vermeer said the shelter was full.',
            ("Dimitri Vermeer", "Spokesperson", "Refuge"),
        ),
        (
            'Lynn Boyle, a spokeswoman for the "Open Doors" network, said the shelter was full.',
            ("Lynn Boyle", "spokeswoman", "Open Doors"),
        ),
    ],
)
def test_affiliations_news_quoted_org(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


def test_affiliations_news_quoted_work_is_no_org(nlp):
    _, found = affs(nlp, 'Ann Ruiz, the author of "Silent Rivers", spoke at the fair.')
    assert not any(f[2] == "Silent Rivers" for f in found), found


# "Speaking on behalf of ORG, NAME": the organisation the person speaks for
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The country's military junta, the National Council for Order, said it would act. "
            "Speaking on behalf of the junta, Colonel Anan Pradit said the movement was watched.",
            ("Anan Pradit", "Colonel", "National Council for Order"),
        ),
        (
            "On behalf of the Harbor Workers Union, Jane Holt thanked the mayor.",
            ("Jane Holt", None, "Harbor Workers Union"),
        ),
    ],
)
def test_affiliations_news_on_behalf_of(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


def test_affiliations_news_on_behalf_of_family_is_no_org(nlp):
    _, found = affs(nlp, "Speaking on behalf of the family, Tom Reyes said they were grateful.")
    assert found == []


# "Some Republican senators ... For example, NAME": one of the plural subject
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Some Republican congressmen who backed the bill have since changed their minds. "
            "For example, Dana Shore, a veteran of the chamber, now opposes it.",
            [("Dana Shore", "Republican congressman", "Republican")],
        ),
        (
            "Several Acme Corp engineers quit last year. For example, Tim Walsh left in May.",
            [("Tim Walsh", "engineer", "Acme Corp")],
        ),
        ("Many farmers lost their crops. For example, Tim Walsh lost everything.", []),
        # not the subject: the name is no instance of the object
        (
            "The party expelled several Labour councillors. For example, Tim Walsh left in May.",
            [],
        ),
    ],
)
def test_affiliations_news_for_example_instance(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


# a post held over a place: the place is part of the role, never an organisation
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The mayor of Valencia, Rita Soler, opened the bridge.",
            ("Rita Soler", "mayor of Valencia", None),
        ),
        ("Ana Diaz, the mayor of Sevilla, spoke.", ("Ana Diaz", "mayor of Sevilla", None)),
        ("Rita Soler, governor of Texas, spoke.", ("Rita Soler", "governor of Texas", None)),
        # an organisation word still names one
        (
            "Governor of the Bank of England Mervyn Kell warned of rising prices.",
            ("Mervyn Kell", "Governor", "Bank of England"),
        ),
        ("Rita Soler, president of Harvard, spoke.", ("Rita Soler", "president", "Harvard")),
    ],
)
def test_affiliations_news_place_role(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


def test_people_news_place_after_place_role_is_no_person(nlp):
    doc = nlp("The mayor of Valencia, Rita Soler, opened the bridge.")
    assert [p["name"] for p in get_registry(doc).people] == ["Rita Soler"]


# a cabinet post's portfolio is part of the role; a place's force is an organisation
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Minister for Health Ann Ruane said hospitals were full.",
            ("Ann Ruane", "Minister for Health", None),
        ),
        (
            "Ann Ruane, the minister for Foreign Affairs, said it.",
            ("Ann Ruane", "minister for Foreign Affairs", None),
        ),
        (
            "Ann Ruane, Secretary of State for Defence, said it.",
            ("Ann Ruane", "Secretary of State for Defence", None),
        ),
        ("Ann Ruane, a spokeswoman for Oxfam, said it.", ("Ann Ruane", "spokeswoman", "Oxfam")),
        (
            "Ann Ruane, the secretary for the Labour Party, said it.",
            ("Ann Ruane", "secretary", "Labour Party"),
        ),
        (
            "Dallas Police Chief David Brown said the suspect was dead.",
            ("David Brown", "Dallas Police Chief", "Dallas Police"),
        ),
        ("UK Prime Minister Ed Grant said it.", ("Ed Grant", "UK Prime Minister", None)),
    ],
)
def test_affiliations_news_portfolio_and_force(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# a surname with its particle as a separate word: "Bin Salman", "Van Gogh"
@pytest.mark.parametrize(
    "text,name",
    [
        ("Mohammed bin Salman visited Paris. Bin Salman met the president.", "Mohammed bin Salman"),
        ("Vincent van Gogh painted it. Van Gogh said it was done.", "Vincent van Gogh"),
    ],
)
def test_people_news_particle_surname(nlp, text, name):
    doc = nlp(text)
    assert [p["name"] for p in get_registry(doc).people] == [name]


# a relational role ("rival") yields to a post found for the same person
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The deal made his rival, Omar Kiptoo, prime minister.",
            [("Omar Kiptoo", "prime minister", None)],
        ),
        (
            "Her Labour rival, Anne Pike, said the result was close.",
            [("Anne Pike", "Labour rival", "Labour")],
        ),
        ("His rival, Omar Kiptoo, said the result was close.", [("Omar Kiptoo", "rival", None)]),
    ],
)
def test_affiliations_news_relational_role(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


# "ORG, founded by X" with the organisation misread as a person after an org noun
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The charity supergroup Band Relief, founded by Rob Garland, released a new song.",
            [("Rob Garland", "founder", "Band Relief")],
        ),
        (
            "The charity Shelter, founded by Rob Garland, released a report.",
            [("Rob Garland", "founder", "Shelter")],
        ),
        # a person led by someone is no organisation
        ("His friend Tom Lee, led by Rob Garland, sang.", []),
    ],
)
def test_affiliations_news_founded_by_misread_org(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


# writing for a publication; a bare bracketed party code after a titled name
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Writing in the Guardian, Tom Hale said the plan was flawed.",
            [("Tom Hale", None, "Guardian")],
        ),
        (
            "Tom Hale, writing for the BBC, said the plan was flawed.",
            [("Tom Hale", None, "BBC")],
        ),
        (
            "In an op-ed for the Washington Post, Jane Roe argued for the ban.",
            [("Jane Roe", None, "Washington Post")],
        ),
        (
            "A Daily Courier op-ed by Jane Pike argued the opposite.",
            [("Jane Pike", None, "Daily Courier")],
        ),
        ("Writing in Kabul, Tom Hale said the city was calm.", []),
        ("In an interview with the Daily Sun, Ahmed Khan said he was innocent.", []),
        (
            "Sen. John Doe (R) and Rep. Jane Roe (D) disagreed.",
            [("John Doe", "Sen.", "Republican Party"), ("Jane Roe", "Rep.", "Democratic Party")],
        ),
    ],
)
def test_affiliations_news_writing_for_and_party_code(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


# 15. a title or role word as a first name, set off after a possessive family noun
@pytest.mark.parametrize(
    "text,name,n",
    [
        (
            "Ali Khan was attacked on Monday. His brother, Sultan, insulted the judge. Sultan "
            "said he was sorry.",
            "Sultan",
            2,
        ),
        (
            'Her husband, Bishop, said the house was empty. "It was cold," said Bishop.',
            "Bishop",
            2,
        ),
        ("His son, Prince, was arrested on Monday. Prince said he was innocent.", "Prince", 2),
    ],
)
def test_people_news_title_word_as_name(nlp, text, name, n):
    doc = nlp(text)
    people = {p["name"]: p for p in get_registry(doc).people}
    assert name in people and len(people[name]["mentions"]) == n


@pytest.mark.parametrize(
    "text",
    [
        "The Sultan met his son, Ahmed, on Monday. The Sultan said he was proud.",
        "The President said the talks would go on.",
    ],
)
def test_people_news_title_word_with_article_is_no_name(nlp, text):
    doc = nlp(text)
    assert not any(p["name"] in ("Sultan", "President") for p in get_registry(doc).people)


# "ORG, which X leads/founded/joined": the organisation before the relative clause
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Acme Corp, which Jane Roe founded in 1999, was sold.",
            [("Jane Roe", "founder", "Acme Corp")],
        ),
        (
            "Greenpeace, which Tom Lee joined in 2001, protested.",
            [("Tom Lee", None, "Greenpeace")],
        ),
        (
            "Sara Mendez spoke first. The Democratic Alliance, which Mendez leads, called for an "
            "inquiry.",
            [("Sara Mendez", "leader", "Democratic Alliance")],
        ),
        ("The bill, which Jane Roe wrote, passed.", []),
        ("The house, which Tom Lee owns, burned down.", []),
    ],
)
def test_affiliations_news_org_relative(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


# bylines with role words; "was mayor of the capital" (a post over a place, no article)
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Guardian analysis by economist Ann Pettifor estimated losses at $2 billion.",
            [("Ann Pettifor", "economist", "Guardian")],
        ),
        (
            "Sara Mendez spoke. Her father, Jorge, was mayor of the capital.",
            [("Jorge", "mayor of the capital", None)],
        ),
    ],
)
def test_affiliations_news_byline_role_and_bare_post(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


# a fronted role mid-sentence past a relative clause; a fronted role before "NAME of ORG,"
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            '"The talks failed," said an exiled NLF commander who lives in Oslo, Aregawi Bekele.',
            [("Aregawi Bekele", "exiled commander", "NLF")],
        ),
        (
            "A third lawmaker, Tom Reed of the Green Party, abstained.",
            [("Tom Reed", "third lawmaker", "Green Party")],
        ),
        # a relative clause after a person's name is no role phrase of the next name
        (
            "He thanked the nurses who cared for him, Ann Cole and Tom Reed.",
            [],
        ),
    ],
)
def test_affiliations_news_fronted_role_mid_sentence(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            'Sam Boon is a member of the "Yellow Shirts", a protest group.',
            ("Sam Boon", "member", "Yellow Shirts"),
        ),
        (
            'Sam Boon, a member of the group "Yellow Shirts", spoke on Friday.',
            ("Sam Boon", "member", "Yellow Shirts"),
        ),
        (
            'Sam Boon, a leader of the "Yellow Shirts" movement, spoke on Friday.',
            ("Sam Boon", "leader", "Yellow Shirts"),
        ),
    ],
)
def test_affiliations_news_quoted_org_member(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


# a role-modifier word opening an organisation's name ("Labour Party", "Health Ministry")
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Labour Party Chairman Ian Lavery said the vote was close.",
            ("Ian Lavery", "Chairman", "Labour Party"),
        ),
        ("Labour MP Dev Patel voted against it.", ("Dev Patel", "Labour MP", "Labour")),
    ],
)
def test_affiliations_news_modifier_opens_org(nlp, text, expected):
    _, found = affs(nlp, text)
    assert expected in found


@pytest.mark.parametrize(
    "text,org",
    [
        ("Ann Lee, a spokeswoman for the U.N., said it.", "U.N."),
        ("Ann Lee works for SpaceX.", "SpaceX"),
    ],
)
def test_affiliations_news_dotted_acronym_keeps_dots(nlp, text, org):
    _, found = affs(nlp, text)
    assert [f[2] for f in found] == [org]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Democrats Tom Udall, Ann Kirk and Joe Biden voted against the bill.",
            [
                ("Tom Udall", None, "Democrats"),
                ("Ann Kirk", None, "Democrats"),
                ("Joe Biden", None, "Democrats"),
            ],
        ),
        # a singular party word is one person's
        (
            "Democrat Tom Udall and Ann Kirk voted against the bill.",
            [("Tom Udall", None, "Democrat")],
        ),
    ],
)
def test_affiliations_news_plural_party_before_list(nlp, text, expected):
    _, found = affs(nlp, text)
    assert found == expected
