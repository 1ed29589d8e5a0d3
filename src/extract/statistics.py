"""The ``claim_statistics`` component (stub: filled by its extractor issue; emits nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RulePipe


@Language.factory("claim_statistics", default_config={})
def make_statistics(nlp: Language, name: str) -> StatisticsComponent:
    return StatisticsComponent(nlp, name)


class StatisticsComponent(RulePipe):
    LEXICONS: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        return doc
