"""Round 8 quote and speaker fixes. All texts are written for these tests (no article sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import speaker_of_content as _speaker_of

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
