"""claim_quotes / speakers (round 3): "according to" sources as antecedents of a later
he/she, a common noun and a name the parser made two subjects, a "who" clause hung on the
organisation that ends an apposition, syllable acronyms defined in brackets.

All texts are written for these tests (no article sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import find_quote as _find
from claim_helpers import quotes_of as _quotes
from claim_helpers import speaker_name as _name


# -- 1. "According to X, Y …. “…,” he said": X, not Y ------------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("According to Karim Nasser, Haddad is a threat to the other groups. "
         "\"We need to limit them,\" he said.", "We need to limit them,", "Karim Nasser"),
        ("According to police spokesman Ali Musa, the suspect Peter Grant fled the city on Sunday. "
         "\"We expect to find him soon,\" he said.", "We expect to find him soon,", "Ali Musa"),
        ("According to Laura Fenn, Marta Quist has left the company. "
         "\"Nobody saw it coming,\" she said.", "Nobody saw it coming,", "Laura Fenn"),
        ("As Karim Nasser put it, Haddad is a threat to the other groups. "
         "\"We need to limit them,\" he said.", "We need to limit them,", "Karim Nasser"),
        ("Haddad is a threat to the other groups, Karim Nasser said. "
         "\"We need to limit them,\" he said.", "We need to limit them,", "Karim Nasser"),
    ],
)
def test_speakers_according_source_is_pronoun_antecedent(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # no "according to": the subject of the sentence before stays the antecedent
        ("Peter Grant fled the city on Sunday. \"I will not go back,\" he said.",
         "I will not go back,", "Peter Grant"),
    ],
)
def test_speakers_plain_subject_still_antecedent(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 2. "the charity Hope Relief issued a statement saying" ----------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("The clinic was closed in March. In response, the charity Hope Relief issued a statement "
         "saying, \"We are deeply saddened by the decision.\"",
         "We are deeply saddened by the decision.", "Hope Relief"),
        ("Officials from the ministry spoke first. Later the company Bluefin Ltd released a statement "
         "saying, \"Our staff are safe.\"", "Our staff are safe.", "Bluefin Ltd"),
    ],
)
def test_speakers_statement_issuer_named_after_common_noun(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


# -- 3. "X, a specialist with the Y Department, who said …": X --------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("The report also quotes Jun Tanaka, a specialist with the Prefecture Fisheries Department, "
         "who said he was shocked by the number of dead fish.",
         "he was shocked by the number of dead fish", "Jun Tanaka"),
        ("The article cites Maria Olsen, an engineer at the Northern Rail Authority, who said the "
         "bridge had been inspected twice.", "the bridge had been inspected twice", "Maria Olsen"),
    ],
)
def test_quotes_who_clause_after_apposition_org_is_person(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a "which" clause on the organisation is the organisation's
        ("The report also cites the Northern Rail Authority, which said the bridge had been "
         "inspected twice.", "the bridge had been inspected twice", "Northern Rail Authority"),
    ],
)
def test_quotes_which_clause_on_org_stays_org(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


# -- 4. syllable acronyms defined in brackets --------------------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("The Tokyo Electric Power Company (TEPCO) runs the plant. On Monday TEPCO said the "
         "reactor was stable.", "the reactor was stable", "Tokyo Electric Power Company"),
        ("The Northern Bank Corporation (NORBANCO) owns the branch. NORBANCO said the loans "
         "would be repaid.", "the loans would be repaid", "Northern Bank Corporation"),
    ],
)
def test_speakers_syllable_acronym_expanded(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # letters that are no word's opening: not that name's acronym
        ("The Tokyo Electric Power Company (TXQ) runs the plant. On Monday TXQ said the "
         "reactor was stable.", "the reactor was stable", "TXQ"),
    ],
)
def test_speakers_unrelated_bracket_acronym_not_expanded(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 5. a document introduced with its author organisation -------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Mr Lee received a declassified Defense Intelligence Agency assessment titled \"Future "
         "Threats\", in which the report states, \"The region will become unstable.\"",
         "The region will become unstable.", "Defense Intelligence Agency"),
    ],
)
def test_speakers_document_author_modifier(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a document with no author named keeps the document as its source
        ("According to the letter, the government began the programme in 2004.",
         "the government began the programme in 2004", "the letter"),
        ("Jane Doe, a lawyer, obtained a copy of the letter. According to the letter, the "
         "government began the programme in 2004.", "the government began the programme in 2004",
         "the letter"),
    ],
)
def test_speakers_document_without_author_is_itself(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 6. "found that the law was unfair and ordered …": the finder's next act -------------------
@pytest.mark.parametrize(
    "text,content",
    [
        ("The court found that the law was unfair and ordered the government to pay damages.",
         "the law was unfair"),
        ("The judge ruled that the search was illegal and dismissed the case.", "the search was illegal"),
        ("The panel concluded that the drug was safe and recommended its approval.", "the drug was safe"),
    ],
)
def test_quotes_ruling_action_ends_content(nlp, text, content):
    _find(_quotes(nlp, text), content)


@pytest.mark.parametrize(
    "text,content",
    [
        # a person in the reported clause can do the second act: it stays content
        ("Police said the man was armed and fired at officers.", "the man was armed and fired at officers"),
        ("The minister said the plan was costly and would fail.", "the plan was costly and would fail"),
    ],
)
def test_quotes_coordinated_content_verb_kept(nlp, text, content):
    _find(_quotes(nlp, text), content)


# -- 7. "X, quoting an official, said": the one quoted -----------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Reuters, quoting an official at the ministry, said the talks had failed.",
         "the talks had failed", "an official"),
        ("Quoting a senior officer, the newspaper said the army would withdraw.",
         "the army would withdraw", "a senior officer"),
        ("The agency, quoting Defence Minister Jan Holt, said the army would withdraw.",
         "the army would withdraw", "Jan Holt"),
        ("\"The army will withdraw,\" the newspaper said, quoting a senior officer.",
         "The army will withdraw,", "a senior officer"),
    ],
)
def test_quotes_quoting_outlet_gives_quoted_source(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # quoting figures/a document is evidence, not a speaker
        ("The newspaper, quoting figures from the ministry, said the army would withdraw.",
         "the army would withdraw", "The newspaper"),
    ],
)
def test_quotes_quoting_figures_keeps_subject(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 8. "a Hamas activist dressed as X and begged …. “…,” he said": the activist ----------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("During the rally a Green League activist dressed as Mayor Tom Hale and begged for mercy. "
         "\"I miss my old job,\" he said.", "I miss my old job,", "a Green League activist"),
        ("During the parade a student dressed as President Lamar and waved to the crowd. "
         "\"It is only a joke,\" he said.", "It is only a joke,", "a student"),
    ],
)
def test_speakers_indefinite_subject_with_org_modifier_and_costume(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 9. "drew the criticism of X, stating …": X ------------------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("The new law has drawn the criticism of Amnesty International, stating it reflects "
         "\"a deep contempt for free speech.\"", "it reflects \"a deep contempt for free speech.\"",
         "Amnesty International"),
        ("The plan drew praise from Governor Ada Lenz, saying it would \"save the valley.\"",
         "it would \"save the valley.\"", "Ada Lenz"),
    ],
)
def test_quotes_reaction_owner_speaks_participle(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # an unnamed group behind the reaction: the subject stays (no name to give)
        ("The mayor drew the anger of residents, saying the road would \"cut the town in two.\"",
         "the road would \"cut the town in two.\"", "mayor"),
    ],
)
def test_quotes_reaction_without_named_owner(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


# -- 10. a name the parser swallowed into a fronted phrase --------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("In a comment to the Daily Courier, army Colonel Ari Banto shared a similar sentiment: "
         "\"[The council] must look at [their] intentions and what they want.\"",
         "[The council] must look at [their] intentions and what they want.", "Ari Banto"),
    ],
)
def test_quotes_fronted_phrase_swallowed_subject(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 11. ", stating, “…”" hung on a verb deep in the reported clause ----------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Just a few weeks earlier, former inspector Lars Berg recommended that the council give a "
         "similar pledge not to attack the region, just as it has given to its neighbours, stating, "
         "\"Outside pressure is not much of a cure. So I think the council should consider it.\"",
         "Outside pressure is not much of a cure. So I think the council should consider it.", "Lars Berg"),
    ],
)
def test_quotes_deep_participle_opens_own_quote(nlp, text, content, speaker):
    qs = _quotes(nlp, text)
    assert _name(_find(qs, content)) == speaker
    assert not any(q["kind"] == "mixed" for q in qs)


# -- 12. "X polling indicated …" ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Veltra polling indicated the outcome of the vote is too close to call.",
         "the outcome of the vote is too close to call", "Veltra"),
    ],
)
def test_quotes_polling_is_a_source(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


# -- 13. "X said Y's remarks hinted at panic: “…”": X's words ------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Former mayor Ann Price said Lenz's remarks hinted at panic: \"They are up to their old "
         "tricks again. It will backfire on them.\"", "They are up to their old tricks again. It will backfire on them.",
         "Ann Price"),
        ("Union leader Omar Salt said the minister's speech showed fear: \"The government is "
         "running out of ideas and out of time.\"", "The government is running out of ideas and out of time.",
         "Omar Salt"),
    ],
)
def test_quotes_colon_after_inner_cue_of_a_thing_is_outer_speaker(nlp, text, content, speaker):
    assert _name(_find(_quotes(nlp, text), content)) == speaker


# -- 14. "received confirmation/assurances from X that …": X's ---------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("The agency reported that it received confirmation from city officials that, \"the bridge "
         "is closed until May\"; and a second paper received similar statements.",
         "the bridge is closed until May", "city officials"),
        ("The paper said it had received assurances from the ministry that the school would stay open.",
         "the school would stay open", "the ministry"),
    ],
)
def test_quotes_claim_received_from_source(nlp, text, content, speaker):
    qs = _quotes(nlp, text)
    assert _name(_find(qs, content)) == speaker
    assert len([q for q in qs if q["start"] <= text.index(content) < q["end"]]) == 1


# -- 15. "put forth the notion during the case that …" --------------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("The ministry put forth the notion during the hearing that the court did not have "
         "jurisdiction over the matter.", "the court did not have jurisdiction over the matter", "ministry"),
    ],
)
def test_quotes_advanced_notion_clause_after_phrase(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


# -- 16. "critics of the war believe …": a vague class, no quote ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Critics of the war believe that it confirms their fears.",
        "Opponents of the plan believe that the costs will double.",
    ],
)
def test_quotes_vague_class_belief_is_not_quote(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text,content",
    [
        # saying (not believing) stays a quote
        ("Critics of the plan said it would cost too much.", "it would cost too much"),
    ],
)
def test_quotes_vague_class_saying_is_quote(nlp, text, content):
    _find(_quotes(nlp, text), content)


# -- 17. "According to the report, X led …, and told Y that …" ------------------------------------
@pytest.mark.parametrize(
    "text,first,second,speaker",
    [
        ("According to this Global Wire report, former official Dan Moss led the review of all budget "
         "plans from 2000 to 2005 in his role as chief auditor, and told Global Wire that all of the "
         "plans \"ignored the risks entirely.\"",
         "former official Dan Moss led the review of all budget plans from 2000 to 2005 in his role as chief auditor",
         "all of the plans \"ignored the risks entirely.\"", "Dan Moss"),
    ],
)
def test_quotes_according_content_ends_before_coordinated_cue(nlp, text, first, second, speaker):
    qs = _quotes(nlp, text)
    assert "Global Wire" in _name(_find(qs, first))
    assert _name(_find(qs, second)) == speaker


@pytest.mark.parametrize(
    "text,content",
    [
        # a passive "has been told" is part of the attributed content
        ("According to the agency, the army has been placed on alert and has been told to prepare for war.",
         "the army has been placed on alert and has been told to prepare for war"),
    ],
)
def test_quotes_according_content_keeps_passive_told(nlp, text, content):
    _find(_quotes(nlp, text), content)


# -- 18. a long apposition between the quote and the cue ------------------------------------------
@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("\"The roads are closed,\" Sheikh Omar bin Laden, chief of Hamid Karzai's security detail, "
         "told the BBC.", "The roads are closed,", "Omar bin Laden"),
        ("\"Talks are under way,\" Harun al-Tikriti, head of al-Hassan's city office, told Reuters.",
         "Talks are under way,", "Harun al-Tikriti"),
        ("\"Supplies are running low,\" Qasim Tarek, deputy to Haider al-Abadi's chief of staff, said.",
         "Supplies are running low,", "Qasim Tarek"),
    ],
)
def test_quotes_inverted_cue_after_possessive_apposition(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))


@pytest.mark.parametrize(
    "text",
    [
        # a new clause with its own verb after the name: not an attribution of the quote
        "\"The roads are closed,\" Sheikh Omar Laden and his brother walked to the river and told the guards.",
    ],
)
def test_quotes_name_with_own_clause_is_not_cue(nlp, text):
    assert not any(_name(q).endswith("Laden") for q in _quotes(nlp, text))


# -- 19. a document someone obtained is not theirs ------------------------------------------------
@pytest.mark.parametrize(
    "text,content,bad",
    [
        ("The group obtained an internal company document. According to the document, the spill was "
         "larger than reported.", "the spill was larger than reported", "group"),
        ("Reporters received a copy of the memo. According to the memo, the base will close in June.",
         "the base will close in June", "Reporters"),
    ],
)
def test_speakers_receiver_of_document_is_not_its_source(nlp, text, content, bad):
    assert bad not in _name(_find(_quotes(nlp, text), content))


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # one who issued the document is its source
        ("The ministry released a report on Monday. According to the report, the base will close in June.",
         "the base will close in June", "ministry"),
    ],
)
def test_speakers_issuer_of_document_is_source(nlp, text, content, speaker):
    assert speaker in _name(_find(_quotes(nlp, text), content))
