"""Helpers the quote and affiliation test modules share: run the pipeline, pick a quote by
its content, read its speaker's name, list affiliations."""

from __future__ import annotations

from extract.claims import get_claims


def quotes_of(nlp, text: str) -> list[dict]:
    """The quote claims of ``text`` (a literal ``\\n`` in it stands for a line break),
    each with its ``text``."""
    text = text.replace("\\n", "\n")
    return [dict(q, text=text[q["start"] : q["end"]]) for q in get_claims(nlp(text), "quote")]


def speaker_name(q: dict) -> str:
    return (q.get("speaker") or {}).get("name") or ""


def find_quote(qs: list[dict], content: str, *, prefix: bool = False) -> dict:
    """The first quote whose text is ``content`` (or starts with it); fails listing them."""
    found = [q for q in qs if (q["text"].startswith(content) if prefix else q["text"] == content)]
    assert found, [(q["text"], speaker_name(q)) for q in qs]
    return found[0]


def affiliations_of(nlp, text: str):
    """The Doc of ``text`` and its affiliation claims as (person, role, org) triples."""
    doc = nlp(text)
    return doc, [(c["person"], c["role"], c["org"]) for c in get_claims(doc, "affiliation")]


def speakers_by_text(nlp, text: str) -> dict[str, str | None]:
    """Each quote's text mapped to its speaker's name."""
    doc = nlp(text)
    return {text[q["start"] : q["end"]]: (q.get("speaker") or {}).get("name") for q in get_claims(doc, "quote")}


def speaker_of_content(nlp, text: str, content: str) -> str | None:
    """The speaker of the first quote containing ``content``; fails listing the quotes."""
    found = speakers_by_text(nlp, text)
    hits = [sp for q, sp in found.items() if content in q]
    assert hits, found
    return hits[0]
