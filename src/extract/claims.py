"""Where the components leave their results on a ``Doc``.

Every component appends *plain* dicts (JSON/msgpack-serialisable, no ``Span`` objects)
to ``doc._.claims``; :mod:`extract.records` turns them into public claim records.
A claim dict holds at least ``type`` (``statistic``/``quote``/``affiliation``),
``start`` and ``end`` (character offsets into ``doc.text``) and ``rule``; the other keys
are the type-specific fields of ``SCHEMA.md``.

Cross references between claims use *character spans*, not ids (ids are computed when
records are built, because they depend on the document id):

* a statistic's ``source`` may carry ``"quote_span": [start, end]`` of the quote it sits
  in; the record builder turns it into ``record_id``.

Each claim is also mirrored as a token span in ``doc.spans[<type>s]`` so displaCy and
span-based tooling can see it.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

SPAN_GROUPS = {"statistic": "statistics", "quote": "quotes", "affiliation": "affiliations"}

for _name in ("claims", "people"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


_TEXT: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document. spaCy rebuilds ``Doc.text`` from the tokens
    on every access, and the four components each read it; the last document's text is
    kept (with the Doc itself, so the identity check cannot be fooled by a reused id)."""
    cached = _TEXT
    if cached[0] is doc:
        return cached[1]
    text = doc.text
    globals()["_TEXT"] = (doc, text)
    return text


_TOKENS: tuple[Doc | None, int, tuple[Token, ...]] = (None, 0, ())
_ENTS: tuple[Doc | None, int, tuple[Span, ...]] = (None, 0, ())
_LOWERS: tuple[Doc | None, int, list[str]] = (None, 0, [])


def reset_doc_caches() -> None:
    """Forget the cached tokens and entities (:func:`doc_tokens`, :func:`doc_ents`).
    Another pipeline component may retokenize a Doc or set its entities between ours, so
    every component calls this at the start of its ``__call__``."""
    globals()["_TOKENS"] = (None, 0, ())
    globals()["_ENTS"] = (None, 0, ())
    globals()["_LOWERS"] = (None, 0, [])


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """``tuple(doc)``, built once per document and component call: every ``doc[i]`` and
    ``for t in doc`` makes a new ``Token`` object. Reset by :func:`reset_doc_caches`
    (tokens may change between components); keyed by the Doc and its length as well."""
    cached = _TOKENS
    if cached[0] is doc and cached[1] == len(doc):
        return cached[2]
    toks = tuple(doc)
    globals()["_TOKENS"] = (doc, len(doc), toks)
    return toks


def doc_lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, built once per document and component call (reset by
    :func:`reset_doc_caches` like :func:`doc_tokens`). Read only: never change the list."""
    cached = _LOWERS
    if cached[0] is doc and cached[1] == len(doc):
        return cached[2]
    hashes = doc.to_array(LOWER).tolist() if len(doc) else []
    strings = doc.vocab.strings  # (Token.lower_ is the string of this hash)
    table = {h: strings[h] for h in set(hashes)}
    lowers = [table[h] for h in hashes]
    globals()["_LOWERS"] = (doc, len(doc), lowers)
    return lowers


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document and component call (spaCy rebuilds the
    tuple on every access). Reset by :func:`reset_doc_caches` like :func:`doc_tokens`."""
    cached = _ENTS
    if cached[0] is doc and cached[1] == len(doc):
        return cached[2]
    ents = doc.ents
    globals()["_ENTS"] = (doc, len(doc), ents)
    return ents


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``) from :func:`doc_ents`: spaCy's
    ``Span.ents`` rebuilds ``doc.ents`` on every access."""
    ents = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                ents.append(ent)
            else:
                break
    return ents


def doc_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (``doc.text`` joins every token)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def add_claim(doc: Doc, claim: dict[str, Any]) -> None:
    """Append one claim dict to ``doc._.claims`` and mirror it in ``doc.spans``."""
    if claim["type"] not in SPAN_GROUPS:
        raise ValueError(f"unknown claim type {claim['type']!r}")
    start, end = int(claim["start"]), int(claim["end"])
    if not 0 <= start < end <= doc_length(doc):
        raise ValueError(f"claim offsets {start}:{end} outside the document")
    if doc._.claims is None:
        doc._.claims = []
    doc._.claims.append(claim)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        group = SPAN_GROUPS[claim["type"]]
        if group not in doc.spans:
            doc.spans[group] = []
        doc.spans[group].append(span)


def get_claims(doc: Doc, type: str | None = None) -> list[dict[str, Any]]:
    """The claim dicts of ``doc`` (of one ``type`` if given), in insertion order."""
    claims = doc._.claims or []
    return [c for c in claims if type is None or c["type"] == type]
