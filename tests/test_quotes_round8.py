"""Round 8 quote and speaker fixes. All texts are written for these tests (no article sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import speaker_of_content as _speaker_of
from claim_helpers import speakers_by_text as _speakers

_HEAD = "Ruritanian premier calls for suspension of Brel from trade bloc\n\n"


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # the parser made the first sentence's cue a clause of the headline's verb
        (_HEAD + "Mara Kellen, the Ruritanian Prime Minister, has said that Tomas Brel should be "
         "suspended from the trade bloc until he allows free elections.", "should be suspended", "Mara Kellen"),
        (_HEAD + "Mara Kellen, the Ruritanian Prime Minister, has said that Tomas Brel should be "
         "suspended from the trade bloc until he allows free elections.\n\nHe has said that the bloc "
         "\"should suspend him and send monitors.\"", "send monitors", "Mara Kellen"),
        # no headline: unchanged
        ("Mara Kellen, the Ruritanian Prime Minister, has said that Tomas Brel should be suspended "
         "from the trade bloc.", "should be suspended", "Mara Kellen"),
    ],
)
def test_quotes_first_sentence_cue_under_headline(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Dario Venn, a spokesman for the party, called the ban \"a clear sign that the council will do "
         "anything to stay in office,\" and said its reasoning was \"absurd.\"", "a clear sign that", "Dario Venn"),
        ("Lena Ostrova, a spokeswoman for the charity, called it \"completely unacceptable. Thousands of "
         "families need help now.\"", "completely unacceptable", "Lena Ostrova"),
    ],
)
def test_quotes_naming_verb_with_quoted_clause(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the plan \"Operation Dawn\" on Monday.",  # a quoted name, no clause
        "The ban was called \"a sign that the council will do anything to stay in office\" by critics.",
    ],
)
def test_quotes_naming_verb_without_clause_not_direct(nlp, text):
    assert not any(sp and "Dawn" in q for q, sp in _speakers(nlp, text).items())
    assert not any(q.startswith("a sign") and sp == "the ban" for q, sp in _speakers(nlp, text).items())


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Pia Lund from the advocacy group Fair Homes also welcomed the ruling: \"This is a great day "
         "for renters. We are thrilled.\"", "a great day", "Pia Lund"),
        ("Ivo Marsh of the transport union Railcare also welcomed the deal: \"We have waited years for "
         "this and we are glad.\"", "waited years", "Ivo Marsh"),
        ("Tara Quinn from the housing group Safe Roof Wales also welcomed the vote: \"This is a "
         "turning point. We are proud of every volunteer.\"", "a turning point", "Tara Quinn"),
        # a group alone before the colon still speaks
        ("And from the advocacy group Fair Homes: \"This is a great day for renters. We are thrilled.\"",
         "a great day", "Fair Homes"),
    ],
)
def test_quotes_colon_person_from_group(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # "they" in a relative clause on the main clause: its plural subject
        ("\"We are leaving now,\" one guard said.\n\nArmy drones struck targets in the old town on "
         "Friday night, which they say killed ten fighters.", "killed ten fighters", "Army drones"),
        ("Local farmers blocked the road on Monday, which they say was the only way to be heard.",
         "was the only way", "Local farmers"),
    ],
)
def test_speakers_relative_they_is_main_subject(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


def test_speakers_they_not_a_single_unnamed_person(nlp):
    text = ("\"We are leaving now,\" one guard said.\n\nThe storm hit the coast on Friday. They say "
            "the damage will take months to repair.")
    assert all(sp != "one guard" for q, sp in _speakers(nlp, text).items() if "damage" in q)


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a gendered noun of an earlier paragraph loses to the person the pronoun's own
        # paragraph names
        ("\"We cannot fight our neighbours, so we came to hand in our rifles,\" one policeman said.\n\n"
         "Drones struck the old town on Friday. This move was criticized by Omar al-Hadid, a senior "
         "member of the assembly. \"We condemn the government for asking foreign forces to bomb our "
         "people,\" he said.", "We condemn", "Omar al-Hadid"),
        # same paragraph: the unnamed speaker goes on
        ("A woman who lives nearby said she heard shots. John Barrow, the mayor, arrived later. "
         "\"We ran for our lives,\" she said.", "We ran", "A woman"),
    ],
)
def test_speakers_pronoun_prefers_person_of_own_paragraph(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # an infinitive on the main verb's object ("intent to sue … and claim"): the main subject
        ("Velox have stated intent to sue Marsh and claim he confirmed in the weeks before the "
         "broadcast that he had no concerns about safety.", "he confirmed", "Velox"),
        ("The union announced plans to strike and claim the managers ignored every warning.",
         "the managers ignored", "The union"),
        # a relative clause still names its noun
        ("The engineer who said the bridge was safe has resigned.", "the bridge was safe", "The engineer"),
    ],
)
def test_quotes_infinitive_on_object_speaks_for_main_subject(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # the clause before a semicolon names the pronoun's person, even when the parser
        # made it the later verb's reported clause
        ("\"The key is learning why the valve was left open\", Halvorsen said. The firm's chief, Piet "
         "Rook, speaking to reporters on Monday, blamed the contractor; he stated the pipes in that area "
         "are maintained by the contractor and were not checked.", "the pipes in that area", "Piet Rook"),
        # a comma, not a semicolon: the same person still speaks
        ("The firm's chief, Piet Rook, blamed the contractor, and he stated the pipes in that area "
         "are maintained by the contractor.", "the pipes in that area", "Piet Rook"),
    ],
)
def test_speakers_semicolon_clause_names_pronoun_person(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker
