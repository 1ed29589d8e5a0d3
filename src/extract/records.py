"""Turn a processed ``Doc`` into public claim records (``../SCHEMA.md``: claim-record/1).

This is the only place records are made, so the contract lives here: field names,
stable ids, ``text == article[start:end]``, ordering, cross-record links.
"""

from __future__ import annotations

import copy
import hashlib
import json
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from . import SCHEMA_ID, __version__
from .claims import doc_text, get_claims

TYPE_ORDER = {"quote": 0, "statistic": 1, "affiliation": 2}

#: Fields every record carries before its type-specific ones (output key order).
COMMON_FIELDS = ("schema", "id", "type", "doc_id", "text", "start", "end", "sentence")
TYPE_FIELDS = {
    "statistic": ("value", "unit", "range", "approximate", "bound", "direction"),
    "quote": ("kind", "speaker", "cue"),
    "affiliation": ("person", "role", "org"),
}
TYPE_DEFAULTS: dict[str, dict[str, Any]] = {
    "statistic": {"range": None, "approximate": False, "bound": None, "direction": None},
    "quote": {"speaker": None, "cue": None},
    "affiliation": {"role": None, "org": None},
}


def record_id(doc_id: str, type_: str, start: int, end: int, text: str) -> str:
    """Stable id: a digest of the pipeline version, document id, type and exact span.

    The same text processed by the same version gives the same id on any machine; the
    base model is deliberately not part of it (ids stay put across model installs)."""
    key = json.dumps([__version__, doc_id, type_, start, end, text], ensure_ascii=False)
    return f"{type_[0]}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:20]}"


def _sentence_finder(doc: Doc):
    if doc.has_annotation("SENT_START"):
        sents = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        sents = [(0, len(doc.text))]
    starts = [s for s, _ in sents]
    text = doc_text(doc)  # Doc.text joins every token: build it once, not per record

    def find(char: int) -> str:
        i = max(bisect_right(starts, char) - 1, 0)
        s, e = sents[i]
        return text[s:e].strip()

    return find


def doc_to_records(
    doc: Doc,
    doc_id: str,
    *,
    meta: dict[str, Any] | None = None,
    pipeline: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """All claim records of one processed document, in a deterministic order
    (by start offset, then type, then end)."""
    text = doc_text(doc)
    sentence_of = _sentence_finder(doc)
    claims = sorted(
        get_claims(doc), key=lambda c: (c["start"], TYPE_ORDER[c["type"]], c["end"], c.get("rule", ""))
    )
    records: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int]] = set()
    ids_by_span: dict[tuple[str, int, int], str] = {}
    for claim in claims:
        type_, start, end = claim["type"], int(claim["start"]), int(claim["end"])
        if (type_, start, end) in seen:  # two rules found the same claim: keep the first
            continue
        seen.add((type_, start, end))
        span_text = text[start:end]
        rec: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "id": record_id(doc_id, type_, start, end, span_text),
            "type": type_,
            "doc_id": doc_id,
            "text": span_text,
            "start": start,
            "end": end,
            "sentence": sentence_of(start),
        }
        # deep copy: linking below edits nested dicts, and the Doc's claims must stay as they are
        fields = {**TYPE_DEFAULTS[type_], **copy.deepcopy({k: v for k, v in claim.items() if k not in ("type", "start", "end")})}
        for key in TYPE_FIELDS[type_]:
            rec[key] = fields.pop(key, None)
        rec.update(fields)  # extra fields: rule, subject, time, source, currency, ...
        if pipeline is not None:
            rec["pipeline"] = pipeline
        if meta:
            rec["meta"] = meta
        ids_by_span[(type_, start, end)] = rec["id"]
        records.append(rec)
    _link(records, ids_by_span)
    _resolve_relative_years(records, meta)
    return records


def _resolve_relative_years(records: list[dict[str, Any]], meta: dict[str, Any] | None) -> None:
    """``this year``/``the previous year`` → ``year``, when the input gave the article's date."""
    date = str((meta or {}).get("date") or "")
    if len(date) < 4 or not date[:4].isdigit():
        return
    for rec in records:
        time = rec.get("time")
        if isinstance(time, dict) and "relative_year" in time and time.get("year") is None:
            time["year"] = int(date[:4]) + int(time["relative_year"])


def _link(records: list[dict[str, Any]], ids_by_span: dict[tuple[str, int, int], str]) -> None:
    """Resolve span references between claims into record ids, and give each quote's
    speaker the affiliations recorded for that person."""
    affiliations: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        if rec["type"] == "affiliation":
            aff = {"role": rec["role"], "org": rec["org"], "record_id": rec["id"]}
            affiliations.setdefault(rec["person"], []).append(aff)
    for rec in records:
        src = rec.get("source")
        if rec["type"] == "statistic" and isinstance(src, dict) and "quote_span" in src:
            qs, qe = src.pop("quote_span")
            src["record_id"] = ids_by_span.get(("quote", qs, qe))
        speaker = rec.get("speaker") if rec["type"] == "quote" else None
        if isinstance(speaker, dict):
            person = _same_person(speaker.get("name"), affiliations)
            if person is not None:
                speaker["affiliations"] = affiliations[person]


def _same_person(name: str | None, people: dict[str, Any]) -> str | None:
    """The key of ``people`` naming the same person as ``name``: the exact name, else the
    only person whose name ends with ``name``'s last word and contains all its words
    (``Lee``/``Sung-Yoon Lee``; never a guess between two people sharing a surname)."""
    if not name:
        return None
    if name in people:
        return name
    words = name.split()
    candidates = [p for p in people if p.split()[-1:] == words[-1:] and set(words) <= set(p.split())]
    return candidates[0] if len(candidates) == 1 else None


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a claim record, shipped in the package."""
    path = resources.files("extract") / "schema" / "claim-record.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def validate_record(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``record`` breaks the contract."""
    import jsonschema

    jsonschema.validate(record, record_schema(), cls=jsonschema.Draft202012Validator)
