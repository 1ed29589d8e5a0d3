"""The ``claim_people`` component (stub: filled by its extractor issue; emits nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RulePipe


@Language.factory("claim_people", default_config={})
def make_people(nlp: Language, name: str) -> PeopleComponent:
    return PeopleComponent(nlp, name)


class PeopleComponent(RulePipe):
    LEXICONS: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        return doc
