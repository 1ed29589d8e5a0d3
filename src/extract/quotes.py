"""The ``claim_quotes`` component (stub: filled by its extractor issue; emits nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RulePipe


@Language.factory("claim_quotes", default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)


class QuotesComponent(RulePipe):
    LEXICONS: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        return doc
