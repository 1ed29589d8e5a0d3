"""Round 7 quote and speaker fixes. All texts are written for these tests (no article sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import speaker_of_content as _speaker_of
from claim_helpers import speakers_by_text as _speakers


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a name swallowed into an opening phrase (through a participle, no comma) right
        # before a subjectless cue, in a later paragraph
        ("Talks resumed.\n\nIn a radio interview aired on Monday Halvorsen indicated he wants to keep "
         "the tariffs for a while.", "he wants to keep the tariffs", "Halvorsen"),
        ("Mira Olsen spoke first. \"We are ready.\"\n\nIn a television interview broadcast on Sunday "
         "Halvorsen indicated he wants to keep the tariffs \"for a while at least,\" but would drop "
         "them later. \"If they cooperate, why would we keep tariffs?\" he asked.",
         "If they cooperate", "Halvorsen"),
        ("On Tuesday Marta Vell said the plant would close.", "the plant would close", "Marta Vell"),
    ],
)
def test_quotes_fronted_phrase_name_is_subject(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the name is the object of a phrase that does not end at the verb
        "In a letter to Marta Vell said to be from the board, the plant was sold.",
    ],
)
def test_quotes_fronted_phrase_name_negative(nlp, text):
    assert not any("Marta Vell" == sp for sp in _speakers(nlp, text).values())


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a voiced noun whose clause leaves out "that"
        ("The regulator expressed concerns the merger would raise prices.", "the merger would raise prices",
         "The regulator"),
        ("The regulator voiced fears the merger would raise prices.", "the merger would raise prices",
         "The regulator"),
        # ... coordinated (past) with a present-tense reported clause of an earlier (past) cue
        ("Retired army chief Omar Lindqvist said yesterday Halvorsen \"doesn't understand Norway\" and "
         "expressed concerns the vice-president's haste would damage national security.",
         "haste would damage national security", "Omar Lindqvist"),
        ("Former minister Ulla Kemp said on Monday the mayor \"does not understand the city\" and claimed "
         "the new tax would hurt small shops.", "the new tax would hurt small shops", "Ulla Kemp"),
    ],
)
def test_quotes_voiced_noun_clause_without_that(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # same tense: the reported clause's subject goes on ("the company ... claimed")
        ("Analysts say the company lost money and claimed its rivals were to blame.", "its rivals were to blame",
         "the company"),
    ],
)
def test_quotes_coordinated_cue_same_tense_keeps_inner_subject(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The regulator expressed concerns he had raised before.",
        "The council repeated the fears the residents had voiced before.",
    ],
)
def test_quotes_voiced_noun_relative_clause_negative(nlp, text):
    assert not _speakers(nlp, text)


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Spokesman Arno Pell called on both sides \"to stop the fighting and return to talks.\"",
         "to stop the fighting", "Arno Pell"),
        ("The bishop appealed to the crowd \"to go home peacefully and pray for the victims.\"",
         "to go home peacefully", "The bishop"),
    ],
)
def test_quotes_quoted_appeal_after_addressee(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,fragment",
    [
        # "to" outside the marks: quoted fragments of the appeal, not a direct quote
        ("\"I am tired,\" Mara Voss said, calling on the group to \"accept defeat\" and \"stop the violence.\"",
         "stop the violence"),
        # not an appeal: a call for a thing
        ("The union called for \"a fair deal for all workers.\"", "a fair deal"),
    ],
)
def test_quotes_quoted_appeal_negative(nlp, text, fragment):
    assert not any(fragment in q for q in _speakers(nlp, text))


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("One of the workers said, \"I still have bad dreams about the flood.\" However, this person also "
         "said that they still trust the company.", "they still trust the company", "One of the workers"),
        ("Tom Reyes said the road was closed. Later, this man said that the bridge was also shut.",
         "the bridge was also shut", "Tom Reyes"),
        # no source before: the phrase as written
        ("This person said that the road was closed.", "the road was closed", "This person"),
    ],
)
def test_speakers_demonstrative_person_is_last_speaker(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # the cue's subject hung in apposition on the "according to" phrase: it speaks,
        # the outlet only relays
        ("There, according to the newspaper Daily Ledger, one of the banker's nephews, allegedly involved, "
         "said the money was hidden in a barn.", "the money was hidden in a barn", "one of the banker's nephews"),
        ("According to the newspaper Daily Ledger, one of the banker's nephews said the money was hidden "
         "in a barn.", "the money was hidden in a barn", "one of the banker's nephews"),
        ("According to the Daily Ledger, a farmer, who lives nearby, said the money was hidden in a barn.",
         "the money was hidden in a barn", "a farmer"),
        # no cue of its own: the outlet is the source
        ("According to the newspaper Daily Ledger, the money was hidden in a barn.",
         "the money was hidden in a barn", "Daily Ledger"),
    ],
)
def test_quotes_subject_hung_on_according_phrase(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # "after" taken for a preposition: its "one of <group>" is the subject of the
        # clause, and the pronoun that follows goes back to that unnamed member
        ("The family was found after one of their sons, aged 15, escaped and called the police. He did not "
         "know the address and said some of his brothers were locked in a shed.",
         "some of his brothers were locked in a shed", "one of their sons"),
        ("The family was found after one of the survivors escaped and called the police. He said some of "
         "his brothers were locked in a shed.", "some of his brothers were locked in a shed",
         "one of the survivors"),
    ],
)
def test_speakers_pronoun_after_partitive_in_subordinate_clause(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a plain prepositional object ("with one of the guards") is no subject
        ("Dan Okoro argued with one of the guards on Monday. He said the gate was locked.",
         "the gate was locked", "Dan Okoro"),
    ],
)
def test_speakers_pronoun_partitive_object_negative(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a plural speaker noun and the verb's base form read as a compound noun
        ("Police allege that the man was taken from a hotel in Lisbon and driven to a farm near Porto.",
         "the man was taken from a hotel in Lisbon", "Police"),
        ("Although the boat remains missing, police state that they are confident it sank.",
         "they are confident it sank", "police"),
    ],
)
def test_quotes_plural_subject_verb_tagged_noun(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The police report that was leaked showed errors.",
        "A police report that was leaked showed errors.",
    ],
)
def test_quotes_plural_subject_verb_tagged_noun_negative(nlp, text):
    assert not _speakers(nlp, text)


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # "went (so) far as to say": the degree adverb the parser hung the cue on
        ("One of the workers said the pay was low. One of them even went as far as to say, \"Although it was "
         "hard, I am glad we stayed because it made me stronger.\"", "I am glad we stayed", "One of the workers"),
        ("Mara Voss went so far as to say that the plan was dead.", "the plan was dead", "Mara Voss"),
        # "one of them" with no unnamed group speaking before: as written
        ("The guards left. One of them said the gate was open.", "the gate was open", "One of them"),
    ],
)
def test_quotes_went_as_far_as_to_say(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize("text", ["The hikers walked far to see the lake before they said goodbye."])
def test_quotes_far_adverb_negative(nlp, text):
    assert not _speakers(nlp, text)


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # the reported verb tagged a modifier of its object, its subject the name after the cue
        ("Nowicki said Kowal required resuscitation, and was in a \"serious\" condition; TVN9 reported he "
         "received surgery.", "Kowal required resuscitation", "Nowicki"),
        ("The manager said staff required training, and were tired.", "staff required training", "The manager"),
    ],
)
def test_quotes_reported_verb_tagged_modifier(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content",
    [
        # a real participle modifier: the object is no clause
        ("The manager said that the required training was done.", "the required training was done"),
    ],
)
def test_quotes_reported_verb_tagged_modifier_negative(nlp, text, content):
    found = _speakers(nlp, text)
    assert list(found) == [content], found
