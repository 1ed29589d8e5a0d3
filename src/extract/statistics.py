"""The ``claim_statistics`` component: every numeric claim as a ``statistic`` record.

Two layers:

1. :mod:`extract.numbers` (pure Python) finds numeric expressions in the text with
   their value, unit, range, hedges, bounds and direction, and drops what is not a
   statistic on textual grounds (years, dates, times, ordinals, durations, identifiers,
   list numbering, phone numbers);
2. this component adds what needs the parse: numbers inside names (``Flight 103``,
   ``S&P 500``, ``Boeing 737 jets``, ``the 737 Max``, ``a 747 jet``, the film ``"300"``,
   and a number the document elsewhere writes as a name), ages (``Smith, 45,``,
   ``turns 80``, ``died at 85``, ``when she was 12,``, ``children under 5``; verbs in
   ``stat_age_verbs.txt``, nouns in ``stat_age_nouns.txt``), dialled numbers (``call
   911``), ``one`` used as a pronoun or in an idiom (``stat_one_idioms.txt``: ``at one
   point``) or before a superlative (``one of the largest``); and the context
   that makes a figure checkable: ``subject`` (what is counted), ``time`` (its time
   reference, with a year when it can be resolved), ``source`` (the quote the figure
   sits in, ``according to X``, ``figures provided by X``) and ``compared_with`` (the
   other figure of a ``from X to Y`` / ``X compared to Y`` pair).

Two document-level readings: in a market report (``stat_market_words.txt``) ``340 points``
are index points (a measure) and bare levels (``closed at 11,188.23``) are points too;
elsewhere ``31 points`` counts points scored (a count whose span is the number).

``time`` is ``{"text", "start", "end"}`` plus ``year`` when the reference names one
(``in 2011``) and ``relative_year`` (0, -1, +1) for ``this year`` / ``the previous
year``; the article date, when known, is read from ``doc.user_data["meta"]["date"]`` (or
``doc.user_data["date"]``) to turn ``relative_year`` into ``year``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RulePipe
from .claims import add_claim, doc_text, get_claims, reset_doc_caches, span_ents
from .numbers import LEXICON_FILES, NumberGrammar, Quantity, phrase_tokens


@dataclass
class StatisticsConfig:
    """Options of the component (``[components.claim_statistics]`` in a config)."""

    #: keep vague magnitudes with no number (``hundreds of``, ``tens of thousands``)
    vague: bool = True
    #: add subject / time / source / compared_with fields
    context: bool = True


@Language.factory("claim_statistics", default_config={"vague": True, "context": True})
def make_statistics(nlp: Language, name: str, vague: bool = True, context: bool = True) -> StatisticsComponent:
    return StatisticsComponent(nlp, name, StatisticsConfig(vague=vague, context=context))


# alias in the style of the other components
claim_statistics = make_statistics

_NAME_ENTS = {"ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PERSON", "GPE", "LOC", "NORP"}
_LIST_OPENERS = {",", ";", ":", "(", '"', "“", "‘", "'"}
_PRONOUN_DETS = {"the", "this", "that", "each", "every", "any", "no", "which", "another", "some", "whichever",
                 "someone", "anyone", "everyone"}
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
#: a DATE entity that is a time reference (not a duration such as "8-10 years")
_TIME_REF = re.compile(
    r"\b(1[5-9]\d\d|20\d\d|\d{2}s|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"(this|last|next|previous|past|prior|same|that|coming|current)\s+(\w+\s+)?(year|month|week|quarter|decade|"
    r"century|season|spring|summer|autumn|fall|winter|day)s?|ago|earlier|later)\b",
    re.IGNORECASE,
)
#: tokens after which a capitalised word starts a new sentence or quote, not a name
_OPENERS = {'"', "“", "”", "‘", "’", "'", ":", ";", "(", "—", "-", "–", ".", "!", "?", "…"}
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "advmod", "poss"}
_CLAUSE_BREAKS = {";", ":", "—", "–", "(", ")"}
_SUBJECT_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "appos"}


class StatisticsComponent(RulePipe):
    LEXICONS: dict[str, str] = {
        **LEXICON_FILES,
        "source_nouns": "stat_source_nouns.txt",
        "source_verbs": "stat_source_verbs.txt",
        "comparison_cues": "stat_comparison_cues.jsonl",
        "time_relative": "stat_time_relative.jsonl",
        "market_words": "stat_market_words.txt",
        "age_verbs": "stat_age_verbs.txt",
        "age_nouns": "stat_age_nouns.txt",
        "id_verbs": "stat_id_verbs.txt",
        "one_idioms": "stat_one_idioms.txt",
        "magnitude_cues": "stat_magnitude_cues.jsonl",
        "million_cues": "stat_million_cues.txt",
        "metre_words": "stat_metre_words.txt",
        "kin_nouns": "people_kin_nouns.txt",
        "person_nouns": "quote_indefinite_person_nouns.txt",
    }

    def __init__(self, nlp: Language, name: str, config: StatisticsConfig | None = None) -> None:
        self.config = config or StatisticsConfig()
        super().__init__(nlp, name)

    def _compile(self) -> None:
        self.grammar = NumberGrammar({k: self.lexicons[k] for k in LEXICON_FILES})
        self.hedge_words = {w for toks, _ in self.grammar.hedges_before for w in toks}
        self.source_nouns = {w.lower() for w in self.lexicons["source_nouns"]}
        self.source_verbs = {w.lower() for w in self.lexicons["source_verbs"]}
        self.comparison = sorted((phrase_tokens(r["phrase"]) for r in self.lexicons["comparison_cues"]), key=len,
                                 reverse=True)
        words = sorted({w.lower() for w in self.lexicons["market_words"]}, key=len, reverse=True)
        self.market_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I) \
            if words else None
        self.age_verbs = {w.lower() for w in self.lexicons["age_verbs"]}
        self.currency_forms = {r["form"] for r in self.lexicons["currencies"]}
        self.age_nouns = {w.lower() for w in self.lexicons["age_nouns"]}
        # singular person nouns an age may follow between commas ("Another brother, 22, was")
        self.person_nouns = {w.lower() for w in self.lexicons["kin_nouns"]} | {
            w.lower() for w in self.lexicons["person_nouns"]}
        self.id_verbs = {w.lower() for w in self.lexicons["id_verbs"]}
        self.collective_nouns = {w.lower() for w in self.lexicons["collective_nouns"]}
        # idioms as (tokens, index of a "one" in them)
        self.one_idioms = [(toks, k) for toks in (phrase_tokens(p) for p in self.lexicons["one_idioms"])
                           for k, w in enumerate(toks) if w == "one"]
        self.relative = {" ".join(phrase_tokens(r["phrase"])): int(r["offset"]) for r in self.lexicons["time_relative"]}
        cues = self.lexicons["magnitude_cues"]
        self.quake_events = {r["word"].lower() for r in cues if r["role"] == "event"}
        self.quake_verbs = {r["word"].lower() for r in cues if r["role"] == "verb"}
        self.quake_scales = {r["word"].lower() for r in cues if r["role"] == "scale"}
        self.million_cues = {w.lower() for w in self.lexicons["million_cues"]}
        self.metre_words = {w.lower() for w in self.lexicons["metre_words"]}

    # -- main -----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        reset_doc_caches()
        text = doc_text(doc)
        quantities = self.grammar.scan(text, keep_excluded=True)
        if not quantities:
            return doc
        tok_starts = doc.to_array(IDX).tolist()
        if doc.has_annotation("SENT_START"):
            sents = list(doc.sents)
        else:
            sents = [doc[:]]
        sent_starts = [st.start for st in sents]

        def sent_of(i: int) -> Span:
            return sents[max(bisect_right(sent_starts, i) - 1, 0)]

        kept: list[tuple[Quantity, Span]] = []
        headlines: dict[int, bool] = {}
        for q in quantities:
            if q.kind == "vague" and not self.config.vague:
                continue
            if q.exclude is not None and q.exclude != "year":
                continue
            span = self._span(doc, tok_starts, q)
            if q.exclude == "year":
                if not self._counted_year(doc, span):
                    continue
                q.exclude, q.rule = None, "number.counted_year"
            if span is None:
                continue
            line_start = text.rfind("\n", 0, q.start) + 1
            if line_start not in headlines:
                line_end = text.find("\n", q.end)
                headlines[line_start] = _is_headline(text[line_start:line_end if line_end >= 0 else len(text)])
            if self._excluded(doc, span, q, headlines[line_start]):
                continue
            kept.append((q, span))
        kept = self._named_elsewhere(doc, quantities, kept)
        if not kept:
            return doc
        self._quake_magnitudes(doc, kept)
        self._glued_millions(doc, kept)
        self._points(text, kept)
        self._index_levels(doc, kept)
        quotes = get_claims(doc, "quote") if self.config.context else []
        year = self._doc_year(doc)
        claims = []
        for q, span in kept:
            claim: dict[str, Any] = {
                "type": "statistic", "start": q.start, "end": q.end,
                "value": _clean(q.value), "unit": q.unit,
                "range": [_clean(v) for v in q.range] if q.range else None,
                "approximate": q.approximate, "bound": q.bound, "direction": q.direction,
                "rule": q.rule,
            }
            if q.currency:
                claim["currency"] = q.currency
            if q.measure_unit:
                claim["measure_unit"] = q.measure_unit
            if self.config.context:
                sent = sent_of(span.start)
                subject = self._subject(doc, span, sent, q, sent_of)
                if subject:
                    claim["subject"] = subject
                time = self._time(doc, span, sent, q, kept, year)
                if time:
                    claim["time"] = time
                source = self._source(span, sent, quotes)
                if source:
                    claim["source"] = source
            claims.append(claim)
        if self.config.context:
            self._compare(doc, text, kept, claims, sent_of)
        for claim in claims:
            add_claim(doc, claim)
        return doc

    @staticmethod
    def _span(doc: Doc, tok_starts: list[int], q: Quantity) -> Span | None:
        i = max(bisect_right(tok_starts, q.start) - 1, 0)
        j = max(bisect_right(tok_starts, q.end - 1), i + 1)
        return doc[i:j]

    @staticmethod
    def _named_elsewhere(doc: Doc, quantities: list[Quantity], kept: list[tuple[Quantity, Span]]
                         ) -> list[tuple[Quantity, Span]]:
        """A number of three or more digits that the document writes as (part of) a name
        (``Boeing 787``, ``A380``, ``Flight 370``) is that name when it stands bare
        elsewhere (``the 787``) and counts no noun."""
        kept_ids = {id(q) for q, _ in kept}
        names = {q.text for q in quantities if id(q) not in kept_ids and q.exclude in ("name", "label", None)
                 and q.text.isdigit() and len(q.text) >= 3}
        if not names:
            return kept
        out = []
        for q, span in kept:
            nxt = doc[span.end] if span.end < len(doc) else None
            if q.text in names and q.unit == "count" and q.kind == "number" \
                    and not (nxt is not None and nxt.tag_ == "NNS"):
                continue
            out.append((q, span))
        return out

    @staticmethod
    def _counted_year(doc: Doc, span: Span) -> bool:
        """A year-like number that counts a plural noun (``a survey of 1709 schoolchildren``)."""
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if prev in ("in", "since", "until", "by", "before", "after", "during", "from", "to"):
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        return nxt is not None and nxt.tag_ == "NNS" and nxt.is_lower

    # -- exclusions that need the parse ---------------------------------------------------
    def _excluded(self, doc: Doc, span: Span, q: Quantity, headline: bool = False) -> bool:
        first = span[0]
        prev = doc[first.i - 1] if first.i > 0 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        digits = first.text[:1].isdigit()
        if q.unit == "count" and q.kind == "number":
            # a number inside a name: "Flight 103", "S&P 500", "Class 390 train"
            if digits and prev is not None and prev.is_alpha and not prev.is_sent_start and prev.text[:1].islower() \
                    and any(ch.isupper() for ch in prev.text[1:]) and len(span) == 1:
                return True  # "iPhone 15", "eBay 2"
            if digits and prev is not None and not prev.is_sent_start and prev.text[:1].isupper() and not headline \
                    and not prev.is_stop and prev.lower_ not in self.hedge_words and prev.is_alpha | ("&" in prev.text) \
                    and prev.ent_type_ not in ("DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT") \
                    and not (prev.ent_type_ in ("GPE", "NORP", "LOC") and prev.ent_iob_ in ("B", "I")
                             and prev.ent_type_ != first.ent_type_):
                return True
            if digits and prev is not None and prev.text in ("&",):
                return True
            # a maker or product name opening the sentence: "Boeing 737 jets were grounded"
            if digits and prev is not None and prev.is_sent_start and len(span) == 1 \
                    and (prev.pos_ == "PROPN" or first.head.i == prev.i and prev.pos_ == "NOUN") \
                    and prev.is_alpha and prev.text[:1].isupper() and prev.text not in self.currency_forms and not prev.is_stop \
                    and prev.lower_ not in self.hedge_words and not headline \
                    and prev.ent_type_ not in ("DATE", "TIME", "CARDINAL", "GPE", "NORP", "LOC"):
                return True
            # the NER reads a bare number as a product: "the 747, which carried shuttles"
            if digits and len(span) == 1 and first.ent_type_ == "PRODUCT" and first.dep_ not in ("nummod", "quantmod") \
                    and not (nxt is not None and nxt.tag_ == "NNS"):
                return True
            if self._age(doc, span, q, prev, nxt):
                return True
            # a number dialled or worn: "called 911", "wore 23" (not "called 30 witnesses")
            if digits and len(span) == 1 and prev is not None and prev.lemma_.lower() in self.id_verbs \
                    and prev.pos_ == "VERB" and first.dep_ not in ("nummod", "quantmod") \
                    and not (nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or nxt.lower_ == "of")):
                return True
            # a number before a singular name: "the 737 Max was grounded", "the 3 Series" (not "the
            # 33 Chileans", "300 Boeing jets")
            if digits and len(span) == 1 and prev is not None and prev.lower_ in ("the", "a", "an") and nxt is not None \
                    and nxt.tag_ == "NNP" and nxt.text[:1].isupper() and first.head.i == nxt.i and not headline \
                    and nxt.ent_type_ not in ("NORP", "GPE", "DATE", "TIME") \
                    and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "PROPN", "NUM")):
                return True
            # a quoted name used as a modifier: the "one country, two systems" principle
            if self._quoted_name(doc, span):
                return True
            # a title: the film "300"; "Ocean's 11 was filmed in Las Vegas"
            if digits and len(span) == 1 and prev is not None and nxt is not None and prev.text in ('"', "“", "'", "‘") \
                    and nxt.text in ('"', "”", "'", "’"):
                return True
            if digits and len(span) == 1 and prev is not None and prev.lower_ in ("'s", "’s") and prev.i > 0 \
                    and doc[prev.i - 1].pos_ == "PROPN" and doc[prev.i - 1].ent_type_ not in ("GPE", "NORP", "LOC") \
                    and first.dep_ in ("nsubj", "nsubjpass") and nxt is not None and nxt.pos_ in ("VERB", "AUX"):
                return True
            # a model or route number naming a singular thing: "a 747 jet", "the 405 freeway" (a
            # non-round number of three or four digits; not "the 300 staff", "the 12 aircraft")
            if digits and len(span) == 1 and prev is not None and prev.lower_ in ("the", "a", "an") and nxt is not None \
                    and nxt.tag_ == "NN" and nxt.is_lower and first.head.i == nxt.i and first.text.isdigit() \
                    and 3 <= len(first.text) <= 4 and first.text[-1] != "0" and nxt.lower_ not in self.collective_nouns \
                    and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "PROPN")):
                return True
            # "Standard & Poor's 500 index", "the Russell 2000 index"
            if digits and nxt is not None and nxt.lower_ in ("index", "indices") and prev is not None \
                    and (prev.lower_ in ("'s", "’s") or prev.text[:1].isupper()) and not prev.is_sent_start:
                return True
            if first.ent_type_ in _NAME_ENTS and first.ent_iob_ == "I" and digits:
                return True
            # ages: "John Smith, 45, said", "Smith (45)"
            if digits and prev is not None and prev.text in (",", "(") and first.i >= 2 \
                    and doc[first.i - 2].ent_type_ == "PERSON" and (nxt is None or nxt.text in (",", ")", ".")) \
                    and q.value < 120:
                return True
            # a capitalised number word inside a sentence is part of a name: "the Nine-dash line"
            if not digits and first.text[:1].isupper() and not first.is_sent_start and prev is not None and not headline \
                    and prev.text not in _OPENERS and not prev.is_space:
                return True
            # "zero" in a compound modifier: "a zero-carbon economy", "zero-tolerance policing"
            if first.lower_ == "zero" and len(span) == 1 and nxt is not None and nxt.text in ("-", "–") \
                    and nxt.idx == first.idx + len(first.text):
                return True
            # "one" as a pronoun: "no one", "the one", "one another", "a serious one"
            if first.lower_ == "one" and len(span) == 1:
                if self._one_idiom(doc, first.i):
                    return True
                # "one of the largest markets": a superlative, no figure
                if nxt is not None and nxt.lower_ == "of" and nxt.i + 2 < len(doc) \
                        and doc[nxt.i + 1].lower_ == "the" and doc[nxt.i + 2].tag_ in ("JJS", "RBS"):
                    return True
                if nxt is not None and nxt.lower_ in ("which", "who", "that", "whose", "whom"):
                    return True
                if prev is not None and (prev.pos_ == "ADJ" or prev.tag_ == "VBN") and any(
                        t.lower_ in ("a", "an", "the", "this", "that") for t in doc[max(0, prev.i - 3):prev.i]):
                    return True
                if prev is not None and prev.lower_ in _PRONOUN_DETS:
                    return True
                if nxt is not None and nxt.lower_ in ("another", "'s", "’s", "thing"):
                    return True
                # the generic pronoun: "one must ask", "one could argue"
                if nxt is not None and nxt.tag_ == "MD" and first.dep_ == "nsubj":
                    return True
            # list numbering: "1. No Coup, 2. Liberty" (a small number, a full stop, a capital)
            if digits and len(span) == 1 and nxt is not None and nxt.text == "." and nxt.i + 1 < len(doc) \
                    and doc[nxt.i + 1].text[:1].isupper() and q.value < 30 \
                    and (prev is None or prev.text in _LIST_OPENERS or prev.is_space):
                return True
                if nxt is not None and nxt.lower_ == "of" and prev is not None and prev.lower_ in ("is", "was", "as", "are"):
                    return False
            # dates the text rules missed: a number inside a DATE or TIME entity
            if first.ent_type_ in ("DATE", "TIME") and digits and q.rule != "number.counted_year":
                ent = _entity_at(doc, first.i)
                if _YEAR.search(ent.text) or any(t.lower_ in self.grammar.months for t in ent):
                    return True
        return False

    @staticmethod
    def _quoted_name(doc: Doc, span: Span) -> bool:
        """A short quoted phrase after a determiner and before a noun is a name (the "one
        country, two systems" principle, a "two-state" plan), not a figure."""
        opening, closing = ('"', "“", "‘", "'"), ('"', "”", "’", "'")
        lo = next((t.i for t in reversed(doc[max(0, span.start - 6):span.start]) if t.text in opening), None)
        hi = next((t.i for t in doc[span.end:min(len(doc), span.end + 6)] if t.text in closing), None)
        if lo is None or hi is None or lo == 0 or hi + 1 >= len(doc):
            return False
        if any(t.text in opening + closing for t in doc[lo + 1:hi] if t.i < span.start or t.i >= span.end):
            return False
        return doc[lo - 1].lower_ in ("the", "a", "an", "its", "their", "his", "her", "our") \
            and doc[hi + 1].pos_ == "NOUN"

    def _one_idiom(self, doc: Doc, i: int) -> bool:
        """``one`` inside an idiom of ``stat_one_idioms.txt`` (``at one point``, ``one by one``)."""
        for toks, k in self.one_idioms:
            lo = i - k
            if lo < 0 or lo + len(toks) > len(doc):
                continue
            if all(doc[lo + n].lower_ == w for n, w in enumerate(toks)):
                return True
        return False

    def _age(self, doc: Doc, span: Span, q: Quantity, prev: Token | None, nxt: Token | None) -> bool:
        """A bare whole number that is someone's age: ``turns 80``, ``died at 85``, ``At 80,
        he ...``, ``when she was 12,``."""
        first = span[0]
        if prev is None or not first.text.isdigit() or not 0 < q.value < 120:
            return False
        # age thresholds: "children under 5", "adults over 65", "voters between 18 and 29"
        if prev.lower_ in ("under", "over", "above", "below", "between", "aged") and prev.i > 0 \
                and doc[prev.i - 1].lower_ in self.age_nouns and (q.range is None or q.range[1] < 120) \
                and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
            return True
        # "the voting age of 16", "lower the age to 16"
        if prev.lower_ in ("of", "to", "at") and prev.i > 0 and doc[prev.i - 1].lower_ == "age" and len(span) == 1 \
                and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
            return True
        if len(span) != 1:
            return False
        # "Smith, 45, and Jones, 52,", "The pair, both 19, were", "Her son, now 12, survived"
        comma = prev if prev.text in (",", "(") else None
        if comma is None and prev.lower_ in ("now", "both", "all", "each") and prev.i > 0 and doc[prev.i - 1].text == ",":
            comma = doc[prev.i - 1]
        # (also "Sultan, 16 at the time, said")
        at_the_time = nxt is not None and [t.lower_ for t in doc[nxt.i:nxt.i + 4]] == ["at", "the", "time", ","]
        # ("his parents, both 60." ends the sentence)
        closes = nxt is not None and (nxt.text in (",", ")", ";") or at_the_time
                                      or nxt.text == "." and comma is not prev and comma is not None)
        if comma is not None and comma.i > 0 and closes \
                and q.value == int(q.value):
            before = doc[comma.i - 1]
            person = before.ent_type_ == "PERSON" or before.pos_ == "PROPN" and before.ent_type_ != "NORP" and (
                comma.text == "," or before.ent_type_ not in ("ORG", "GPE", "LOC")) or (
                comma.text == "," and comma is not prev and before.tag_ in ("NN", "NNS") and before.is_lower) or (
                comma.text == "," and before.tag_ == "NN" and before.lower_ in self.person_nouns)  # "her son, now 12,"
            if person and before.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
                return True
        if first.dep_ in ("nummod", "quantmod") or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
            return False  # "turned 300 workers away"
        # "turns 80", "turned 65 in March"
        if prev.lemma_.lower() == "turn" and prev.pos_ in ("VERB", "AUX"):
            return True
        if prev.lower_ == "at":
            # "died at 85", "retired at 60"
            if prev.head.lemma_.lower() in self.age_verbs and prev.head.lemma_.lower() != "turn" \
                    and prev.head.pos_ == "VERB":
                return True
            # "At 80, he still runs the company"
            if prev.is_sent_start and nxt is not None and nxt.text == "," and nxt.i + 1 < len(doc) \
                    and (doc[nxt.i + 1].lower_ in ("he", "she", "i") or doc[nxt.i + 1].ent_type_ == "PERSON"):
                return True
        # "when he was 12,", "she was 17 when ..."
        if prev.lemma_ == "be" and first.dep_ in ("attr", "acomp", "npadvmod") and first.head.i == prev.i \
                and (nxt is None or nxt.text in (",", ".", ";") or nxt.lower_ in ("when", "and", "at")):
            subj = [c for c in prev.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and (subj[0].lower_ in ("he", "she", "i", "who")
                         or subj[0].ent_type_ == "PERSON"  # "His wife, Jane Roe, was 76." (not "Roe's score")
                         or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj[0].children)):
                return True
        return False

    def _quake_magnitudes(self, doc: Doc, kept: list[tuple[Quantity, Span]]) -> None:
        """A plain number of at most 10, written in digits, is an earthquake's magnitude
        (``stat_magnitude_cues.jsonl``) when it modifies a singular event noun (``the 8.6
        quake``), is the bare object of a measuring verb in a sentence about an event (``a
        quake measuring 8.2``, ``registered 7.0``), is followed by ``on the Richter scale`` or is a bare one-decimal
        figure in a sentence about an event (``first put at 8.9, later revised to an 8.7``).
        Counts stay counts: ``3 earthquakes``, ``killed 300 people in the quake``."""
        has_sents = doc.has_annotation("SENT_START")
        for q, span in kept:
            if q.unit != "count" or q.kind != "number" or not span[0].text[:1].isdigit() \
                    or not 0 < q.value <= 10 or (q.range and not q.range[1] <= 10) \
                    or not q.parts or not all(re.fullmatch(r"\d+(?:\.\d+)?", q.text[a - q.start:b - q.start]) for a, b in q.parts):
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            p = span.start - 1
            while p >= 0 and (doc[p].lower_ in self.hedge_words or doc[p].lower_ in ("between", "up", "to")):
                p -= 1  # "measuring about 8.2", "measuring up to 7", "measured between 6 and 7"
            prev = doc[p] if p >= 0 else None
            # "the 8.6 quake", "a 7 earthquake" (not "3 earthquakes": a plural is counted)
            event = nxt is not None and nxt.lower_ in self.quake_events \
                and not (nxt.i + 1 < len(doc) and (doc[nxt.i + 1].tag_ in ("NNS", "NNPS")  # "4 quake victims"
                                                   or doc[nxt.i + 1].text in ("-", "–")))  # "2 quake-hit towns"
            # "8.9 on the Richter scale"
            after = [t.lower_ for t in doc[span.end:span.end + 4]]
            scale = after[:1] == ["on"] and any(w in self.quake_scales for w in after[1:])
            # "a quake measuring 8.2", "the tremor registered 7.0" (a bare object, no noun after)
            verb = False
            if prev is not None and prev.lemma_.lower() in self.quake_verbs and prev.pos_ in ("VERB", "AUX") \
                    and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
                sent = span.sent if has_sents else doc[:]
                verb = any(t.lemma_.lower() in self.quake_events or t.lower_ in self.quake_events
                           or t.lower_ in self.quake_scales for t in sent)
            # "first put at 8.9, later revised to an 8.7": a bare one-decimal figure, no noun
            # after it, in a sentence about an event
            decimal = False
            if re.fullmatch(r"\d\.\d", q.text) and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
                sent = span.sent if has_sents else doc[:]
                decimal = any(t.lower_ in self.quake_events or t.lower_ in self.quake_scales for t in sent)
            if event or scale or verb or decimal:
                q.unit, q.measure_unit = "measure", "magnitude"
                q.rule = "statistic.quake_magnitude"

    def _glued_millions(self, doc: Doc, kept: list[tuple[Quantity, Span]]) -> None:
        """A whole number with a glued lower-case ``m`` is metres for the grammar (``a 7m
        wall``, ``the 100m sprint``, ``ran 400m``); it is millions when a plural noun outside
        a length context follows (``the 7m people``) or, bare, in a sentence about people,
        money or counts (``the population reached 7m``; ``stat_million_cues.txt``) with no
        length word in it (``stat_metre_words.txt``)."""
        has_sents = doc.has_annotation("SENT_START")
        for q, span in kept:
            if q.measure_unit != "m" or q.range or not re.fullmatch(r"\d[\d,]*m", q.text):
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            million = False
            if nxt is not None and nxt.text in ("-", "–", "/") and nxt.idx == q.end:
                # "a 7m-high wall" stays metres; "a 7m-strong population" counts millions
                million = nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "strong"
            elif nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.is_alpha:
                million = nxt.lemma_.lower() not in self.metre_words and nxt.lower_ not in self.metre_words
            elif nxt is None or nxt.is_punct or nxt.pos_ in ("CCONJ", "ADP", "ADV"):
                sent = span.sent if has_sents else doc[:]
                lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
                million = bool(lemmas & self.million_cues) and not lemmas & self.metre_words
            if million:
                q.value *= 1_000_000
                q.unit, q.measure_unit = "count", None
                q.rule = "statistic.glued_million"

    def _points(self, text: str, kept: list[tuple[Quantity, Span]]) -> None:
        """Outside a market report "31 points" counts points scored: a count whose span is
        the number ("scored one or two points" → "one or two")."""
        if not any(q.measure_unit == "points" for q, _ in kept):
            return
        if self.market_re is not None and self.market_re.search(text):
            return
        for q, _span in kept:
            if q.measure_unit == "points" and q.parts and q.value == int(q.value) and not self._margin(text, q):
                # (a decimal is no score: "a margin of error of 3.3 points" stays a measure)
                q.unit, q.measure_unit = "count", None
                q.end = q.parts[-1][1]
                q.text = text[q.start:q.end]

    def _margin(self, text: str, q: Quantity) -> bool:
        """Points stating a margin ("six points ahead", "a lead of 4 points") stay a measure."""
        words = self.grammar.margin_words
        after = re.match(r"[\s\-–—]*(\w+)", text[q.end:q.end + 30])
        before = re.search(r"(\w+)\s+(?:of|by)\s+$", text[max(0, q.start - 30):q.start])
        return bool(after and after.group(1).lower() in words or before and before.group(1).lower() in words)

    def _index_levels(self, doc: Doc, kept: list[tuple[Quantity, Span]]) -> None:
        """In a market report that counts in points, a bare level (``closed at 11,188.23``,
        ``fell 344.65``, ``a level of 10,520``) is in points too — in a sentence about the
        market (a market word or a figure in points), and only a plain number (not ``up from
        1.9 million``)."""
        if not any(q.measure_unit == "points" for q, _ in kept):
            return
        has_sents = doc.has_annotation("SENT_START")
        point_sents = {(span.sent if has_sents else doc[:]).start for q, span in kept if q.measure_unit == "points"}
        for q, span in kept:
            if q.unit != "count" or q.kind != "number" or not q.text[:1].isdigit():
                continue
            if not re.fullmatch(r"[\d,.]+", q.text):
                continue
            sent = span.sent if has_sents else doc[:]
            if sent.start not in point_sents and not (self.market_re is not None and self.market_re.search(sent.text)):
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and span.root.dep_ in ("nummod", "compound"):
                continue
            prev = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
            decimals = "." in q.text
            level = prev[-1:] == ["at"] or prev == ["level", "of"] or prev[-1:] == ["to"] and decimals
            if decimals or level:
                q.unit, q.measure_unit = "measure", "points"

    # -- context --------------------------------------------------------------------------
    def _subject(self, doc: Doc, span: Span, sent: Span, q: Quantity, sent_of) -> str | None:
        root = span.root
        head = root.head
        if root.dep_ in _SUBJECT_DEPS and head.i >= span.end and head.pos_ in ("NOUN", "PROPN"):
            # the noun with its own left modifiers ("North Korean refugees"), nothing else
            lo = head.i
            for c in head.lefts:
                if c.i >= span.end and c.dep_ in _MODIFIER_DEPS:
                    lo = min(lo, c.left_edge.i)
            lo = max(lo, span.end)
            return _text(doc, list(doc[lo:head.i + 1]), head)
        # "a third of the community", "50 percent of voters"; money: "£4 million in bribes"
        preps = ("of",) if q.unit != "money" else ("of", "in", "for")
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i >= span.end:
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj and (child.lower_ == "of" or pobj[0].pos_ == "NOUN" and not pobj[0].ent_type_):
                    return _text(doc, list(pobj[0].subtree), pobj[0])  # not "$77 in New York"
        if root.pos_ in ("NOUN", "PROPN") and root.i >= span.end - 1 and root.i >= span.start and q.unit == "count" \
                and root.lower_ not in ("one",) and not root.like_num:
            return None
        # "the number of X ... only 1,400": the nearest "number of X" before, in this or the
        # previous sentence
        start = sent.start
        if start > 0:
            start = sent_of(start - 1).start
        for t in reversed(doc[start:span.start]):
            if t.lower_ in ("number", "numbers", "total", "count") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
                pobj = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
                if pobj and pobj[0].i < span.start:
                    toks = [x for x in pobj[0].subtree if x.i < span.start]
                    return _text(doc, toks, pobj[0])
        return None

    def _time(self, doc: Doc, span: Span, sent: Span, q: Quantity, kept, doc_year: int | None) -> dict | None:
        ents = [e for e in span_ents(sent) if e.label_ == "DATE" and (e.end <= span.start or e.start >= span.end)
                and _TIME_REF.search(e.text)]
        extra = self._year_spans(doc, sent, span)
        cands = [(e.start, e.end) for e in ents] + extra
        if not cands:
            return None
        # the nearest reference after the figure, before the next figure; else the nearest before
        others = [s.start for _, s in kept if s.start >= span.end]
        limit = min(others) if others else sent.end
        after = [c for c in cands if c[0] >= span.end and c[0] < limit and c[0] - span.end <= 12
                 and not any(t.text in _CLAUSE_BREAKS for t in doc[span.end:c[0]])]
        before = [c for c in cands if c[1] <= span.start]
        # a fronted time adverbial ("In 2018, the company employed 12,000") scopes the clause
        fronted = [c for c in before if c[0] <= sent.start + 1 and c[1] < len(doc) and doc[c[1]].text == ","]
        if after and fronted and min(after)[0] - span.end > 4:
            after = []
        if after:
            st, en = min(after)
        elif before:
            st, en = max(before, key=lambda c: c[1])
            prev_figs = [s for _, s in kept if en <= s.start < span.start]
            if prev_figs:
                return None
        else:
            return None
        ref = doc[st:en]
        out: dict[str, Any] = {"text": ref.text, "start": ref.start_char, "end": ref.end_char}
        m = _YEAR.search(ref.text)
        if m:
            out["year"] = int(m.group(1))
        else:
            key = " ".join(phrase_tokens(ref.text))
            for phrase, offset in self.relative.items():
                if key == phrase or key.endswith(" " + phrase):
                    out["relative_year"] = offset
                    if doc_year is not None:
                        out["year"] = doc_year + offset
                    break
        return out

    def _year_spans(self, doc: Doc, sent: Span, span: Span) -> list[tuple[int, int]]:
        """Years the NER left untagged: ``in 2011``."""
        out = []
        for t in sent:
            if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1500 <= int(t.text) <= 2100 \
                    and t.ent_type_ != "DATE" and not (span.start <= t.i < span.end):
                st = t.i - 1 if t.i > 0 and doc[t.i - 1].lower_ in ("in", "since", "by") else t.i
                out.append((st, t.i + 1))
        return out

    def _source(self, span: Span, sent: Span, quotes: list[dict]) -> dict | None:
        start, end = span.start_char, span.end_char
        for qc in quotes:
            if qc["start"] <= start and end <= qc["end"]:
                speaker = qc.get("speaker")
                name = speaker.get("name") if isinstance(speaker, dict) else speaker
                if name:
                    return {"name": name, "quote_span": [qc["start"], qc["end"]]}
        for t in sent:
            # "according to X"
            if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
                pobj = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
                if pobj:
                    return {"name": _np(pobj[0])}
            # "figures provided by X", "a survey conducted by X"
            if t.lower_ in self.source_nouns:
                for c in t.children:
                    agent = None
                    if c.lower_ in self.source_verbs and c.lower_ != "by":
                        agent = next((x for x in c.children if x.dep_ == "agent" or x.lower_ == "by"), None)
                    elif c.lower_ == "by":
                        agent = c
                    if agent is not None:
                        pobj = [x for x in agent.children if x.dep_ == "pobj"]
                        if pobj:
                            return {"name": _np(pobj[0])}
        return None

    def _compare(self, doc: Doc, text: str, kept: list[tuple[Quantity, Span]], claims: list[dict],
                 sent_of) -> None:
        """Link ``from X (in Y) to Z`` and ``X ... compared to Z`` pairs."""
        for a in range(len(kept) - 1):
            qa, sa = kept[a]
            qb, sb = kept[a + 1]
            if qa.unit != qb.unit and not {qa.unit, qb.unit} <= {"count", "measure"}:
                continue
            if sb.start - sa.end > 15 or sent_of(sa.start).start != sent_of(sb.start).start:
                continue
            between = [t.lower_ for t in doc[sa.end:sb.start]]
            linked = False
            hs = qa.hedge_start if qa.hedge_start is not None else qa.start
            before = text[max(0, hs - 6):hs].lower()
            if before.rstrip().endswith("from") and "to" in between:
                linked = True
            else:
                joined = " " + " ".join(between) + " "
                for cue in self.comparison:
                    if cue == ["from"] or cue == ["than"]:
                        continue
                    if " " + " ".join(cue) + " " in joined:
                        linked = True
                        break
                if not linked and between[-2:] in (["up", "from"], ["down", "from"]):
                    linked = True
            if linked:
                claims[a]["compared_with"] = {"text": qb.text, "start": qb.start, "end": qb.end}
                claims[a + 1]["compared_with"] = {"text": qa.text, "start": qa.start, "end": qa.end}

    @staticmethod
    def _doc_year(doc: Doc) -> int | None:
        meta = doc.user_data.get("meta") if isinstance(doc.user_data.get("meta"), dict) else {}
        date = (meta or {}).get("date") or doc.user_data.get("date")
        if isinstance(date, str):
            m = _YEAR.search(date)
            if m:
                return int(m.group(1))
        return None


def _entity_at(doc: Doc, i: int) -> Span:
    """The entity that token ``i`` is part of (walking the IOB tags, not ``doc.ents``)."""
    lo = i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return doc[lo:hi]


def _is_headline(line: str) -> bool:
    """A Title Case line ("Earthquake Kills 300 In Turkey"): capitals say nothing about names."""
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _clean(v: float) -> float | int:
    if v == int(v) and abs(v) < 1e15:
        return int(v)
    return float(f"{v:.10g}")


def _np(tok: Token) -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i:toks[-1].i + 1].text


def _text(doc: Doc, toks: list[Token], head: Token) -> str | None:
    """The contiguous words of ``toks`` around ``head``, without trailing punctuation."""
    if not toks:
        return None
    idx = sorted(t.i for t in toks)
    lo = hi = head.i
    s = set(idx)
    while lo - 1 in s:
        lo -= 1
    while hi + 1 in s:
        hi += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].lower_ in ("and", "or", "but")):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].like_num):
        lo += 1
    if hi - lo > 12:
        hi = lo + 12
    return doc[lo:hi + 1].text or None
