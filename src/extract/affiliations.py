"""The ``claim_affiliations`` component (stub: filled by its extractor issue; emits nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RulePipe


@Language.factory("claim_affiliations", default_config={})
def make_affiliations(nlp: Language, name: str) -> AffiliationsComponent:
    return AffiliationsComponent(nlp, name)


class AffiliationsComponent(RulePipe):
    LEXICONS: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        return doc
