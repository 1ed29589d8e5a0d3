"""A small grammar for numeric expressions in English news text (pure Python, no spaCy).

:class:`NumberGrammar` scans raw text and returns :class:`Quantity` objects: the span of
the number with its own unit words (``$2.3 billion``, ``50 percent``, ``a third``,
``four to one``, ``300 km``), its normalised ``value`` and ``unit`` (``count``,
``percent``, ``fraction``, ``ratio``, ``money``, ``measure``), a ``range``, the hedges
and bounds written before or after it (``about``, ``more than``, ``or more``) and the
direction of a change stated next to it (``rose 3%``, ``a 50 percent decrease``).

It also marks expressions that are *not* statistics on textual grounds alone (years,
dates, times, ordinals, durations, identifiers such as ``G7``, ``COVID-19``, ``H.R.1424``
or ``401(k)``, numbers after dotted abbreviations such as ``H.R. 2`` or ``pp. 110-255``
(``stat_id_prefixes.txt``), type modifiers such as ``four-star`` or ``three-time``
(``stat_modifier_words.txt``), list numbering, phone numbers, sports scores) in
:attr:`Quantity.exclude`; the spaCy component adds the checks that need the parse. A vote
tally next to a vote word (``voted 52-48``, ``stat_vote_words.txt``) is two counts.

Every word list lives in ``extract/data`` (see :data:`LEXICON_FILES`): number words,
magnitudes, denominators and signs (``number_words.jsonl``), currencies with ISO codes
(``currencies.jsonl``), measurement units (``units.jsonl``), hedges and bounds
(``stat_hedges.jsonl``), change words (``stat_direction.jsonl``), month names
(``stat_time_words.txt``), label words (``stat_label_words.txt``: ``Article 5``), score
words (``stat_score_words.txt``: ``won 3-1``) and street words (``stat_address_words.txt``).

The grammar is a hand-written longest-match parser over a regex tokenisation of the
text: it starts only at tokens that can begin a number (digits, number words, currency
symbols, ``a``/``half``/``between``...), so its cost is proportional to the numbers in
the text, not to its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import data_path, read_lexicon

#: Lexicon names (as used by the statistics component) and their packaged files.
LEXICON_FILES = {
    "number_words": "number_words.jsonl",
    "currencies": "currencies.jsonl",
    "units": "units.jsonl",
    "hedges": "stat_hedges.jsonl",
    "directions": "stat_direction.jsonl",
    "time_words": "stat_time_words.txt",
    "label_words": "stat_label_words.txt",
    "score_words": "stat_score_words.txt",
    "address_words": "stat_address_words.txt",
    "id_prefixes": "stat_id_prefixes.txt",
    "modifier_words": "stat_modifier_words.txt",
    "vote_words": "stat_vote_words.txt",
    "collective_nouns": "stat_collective_nouns.txt",
    "margin_words": "stat_margin_words.txt",
}

_TOKEN_TEMPLATE = (
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: 12,34,567.89
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3}){2,}(?:\.\d+)?(?![\d,])"  # spaced groups: 1 234 567
    r"|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,])"  # no-break-space groups: 40 000
    r"|\d{1,3} 0\d\d(?![\d,.])"  # one space group starting with 0: 10 000 (no number starts with 0)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+{vulgar})"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<sym>\S)"
)
_TOKEN = re.compile(_TOKEN_TEMPLATE.replace("{vulgar}", ""))
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_PHONE = re.compile(
    r"(?=[+(\d])(?:"  # (every alternative starts so: a fast reject at other characters)
    r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b"  # (555) 123-4567, 555-123-4567
    r"|\b0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}\b"  # 0800 123 4567, 020 7946 0958
    r"|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}\b"  # +44 20 7946 0958
    r")"
)
_DASHES = {"-", "–", "—", "‑"}
_RANGE_DASHES = {"-", "–", "—"}
_ORD_SUFFIX = {"st", "nd", "rd", "th"}
_TIME_AFTER = {"am", "pm", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet", "o'clock", "hrs", "h"}
_SUBUNITS = {"ft": ("in", 12.0), "lb": ("oz", 16.0)}  # "6ft 2in", "8 lb 4 oz"
_TIME_DOT_BEFORE = {"at", "until", "till", "around", "from", "before", "after"}
_LEVEL_VERBS = {"closed", "close", "closing", "opened", "trading", "traded", "trades", "priced", "stood",
                "rose", "fell", "peaked", "settled", "level", "rate"}
_TIME_BEFORE_A = {"a", "p"}  # "5 a.m.", "5 p.m."
_FRACTION_FOLLOWERS = {
    "of", "as", "more", "less", "fewer", "the", "that", "to", "in", "on", "for", "from",
    "were", "was", "are", "is", "had", "have", "has", "said", "say", "says", "who", "which",
    "percent", "and", "or", "but", "than", "again", "now", "still", "will", "would", "could",
}
_DECADE_SUFFIX = {"s"}
_RANGE_WORDS = {"to", "or", "through", "thru", "~"}
#: denominators that make ``a/b`` a fraction rather than a date (``3/4``, ``1/10``, ``20/100``)
_SLASH_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 100, 1000}
#: label words that also take written-out numbers ("version two", "phase three")
_WORD_LABELS = {"version", "chapter", "article", "phase", "stage", "level", "part", "series", "season",
                "episode", "act", "round", "game", "category", "grade", "class", "tier", "section", "volume",
                "top", "bottom", "ranked"}
_CUR_ABBREV = {"rs", "rp", "kr", "fr"}
_DIR_SKIP = {"by", "sharply", "slightly", "only", "just", "a", "an", "further", "another", "nearly",
             "almost", "steeply", "marginally", "modestly", "roughly", "some"}


@dataclass
class Quantity:
    """One numeric expression found in the text (character offsets, end exclusive)."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    range: list[float] | None = None
    approximate: bool = False
    bound: str | None = None
    direction: str | None = None
    currency: str | None = None
    measure_unit: str | None = None
    kind: str = "number"  # number, fraction, ratio, multiplier, change, vague, duration
    rule: str = "number"
    exclude: str | None = None  # why this is not a statistic (year, date, ordinal, ...)
    hedge_start: int | None = None  # where a hedge/bound written before the number starts
    tok_start: int = 0
    tok_end: int = 0
    parts: list[tuple[int, int]] = field(default_factory=list)  # spans of range ends

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("tok_start", "tok_end", "parts")}


def _num(text: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", text))


_EMPTY: list = []


def _index(entries: list, pos: int) -> dict[str, list]:
    """Phrase entries (token list first) grouped by their first (``pos=0``) or last
    (``pos=-1``) token, longest first."""
    out: dict[str, list] = {}
    for e in entries:
        if e[0]:
            out.setdefault(e[0][pos], []).append(e)
    for v in out.values():
        v.sort(key=lambda e: -len(e[0]))
    return out


def _exact(form: str) -> str | None:
    """Short letter forms match case-sensitively: ``C`` (Celsius) is not ``c`` (cents),
    ``MW`` is not ``mw``."""
    if len(phrase_tokens(form)) != 1 or not any(ch.isalpha() for ch in form):
        return None
    # ... and so do mixed-case abbreviations: "KSh" (Kenyan shillings) is not "ksh"
    mixed = any(ch.isupper() for ch in form[1:]) and any(ch.islower() for ch in form)
    return form if len(form) <= 2 or mixed else None


def phrase_tokens(form: str) -> list[str]:
    return [m.group(0).lower() for m in _TOKEN.finditer(form)]


class NumberGrammar:
    """Compiled number grammar; build once (from lexicons) and call :meth:`scan`."""

    def __init__(self, lexicons: dict[str, Any] | None = None) -> None:
        lex = dict(lexicons or {})
        for key, filename in LEXICON_FILES.items():
            if key not in lex:
                lex[key] = read_lexicon(data_path(filename))
        self._compile(lex)

    # -- compilation ----------------------------------------------------------------------
    def _compile(self, lex: dict[str, Any]) -> None:
        self.units: dict[str, float] = {}
        self.tens: dict[str, float] = {}
        self.scales: dict[str, float] = {}
        self.suffix_mag: dict[str, tuple[float, bool]] = {}
        self.denominators: dict[str, float] = {}
        self.multipliers: dict[str, float] = {}
        self.multiplier_adjs: dict[str, float] = {}
        self.changes: dict[str, tuple[float, str]] = {}
        self.vague: dict[str, tuple[float, float]] = {}
        self.dozen: dict[str, float] = {}
        self.ordinal_units: dict[str, float] = {}
        self.abbrev: dict[str, float] = {}
        self.upper_suffix: dict[str, float] = {}
        self.signs: dict[str, float] = {}
        self.vulgar: dict[str, float] = {}
        for row in lex["number_words"]:
            w, v, kind = row["word"].lower(), float(row["value"]), row["kind"]
            if kind == "unit":
                self.units[w] = v
            elif kind == "tens":
                self.tens[w] = v
            elif kind in ("hundred", "scale"):
                self.scales[w] = v
            elif kind == "suffix":
                self.suffix_mag[w] = (v, bool(row.get("money_only")))
            elif kind == "denominator":
                self.denominators[w] = v
            elif kind == "multiplier":
                self.multipliers[w] = v
            elif kind == "multiplier_adj":
                self.multiplier_adjs[w] = v
            elif kind == "change":
                self.changes[w] = (v, row.get("direction"))
            elif kind == "vague":
                self.vague[w] = (v, float(row["high"]))
            elif kind == "dozen":
                self.dozen[w] = v
            elif kind == "ordinal_unit":
                self.ordinal_units[w] = v
            elif kind == "abbrev":
                self.abbrev[w] = v
            elif kind == "upper_suffix":
                self.upper_suffix[row["word"]] = v
            elif kind == "sign":
                self.signs[w] = v
            elif kind == "vulgar":
                self.vulgar[row["word"]] = v
        vulgar = "".join(re.escape(ch) for ch in self.vulgar)
        self.token_re = re.compile(_TOKEN_TEMPLATE.replace("{vulgar}", f"|[{vulgar}]" if vulgar else ""))
        self.number_words = set(self.units) | set(self.tens) | {"hundred"}
        # currencies: token sequences
        self.cur_prefix: list[tuple[list[str], str, float, str | None, str | None]] = []
        self.cur_suffix: list[tuple[list[str], str, float, str | None, str | None]] = []
        self.subunits: list[tuple[list[str], str, float, str | None, str | None]] = []
        self.iso_codes: set[str] = set()
        for row in lex["currencies"]:
            toks = phrase_tokens(row["form"])
            item = (toks, row["code"], float(row.get("factor", 1)), row.get("attach"), _exact(row["form"]))
            (self.cur_prefix if row["position"] == "prefix" else self.cur_suffix).append(item)
            if row.get("subunit"):
                self.subunits.append(item)
            if re.fullmatch(r"[A-Z]{3}", row["form"]):
                self.iso_codes.add(row["form"])
        self.cur_prefix.sort(key=lambda x: -len(x[0]))
        self.cur_suffix.sort(key=lambda x: -len(x[0]))
        self.cur_prefix_first = {t[0][0] for t in self.cur_prefix}
        self.units_list: list[tuple[list[str], str, str, str | None, str | None]] = []
        for row in lex["units"]:
            self.units_list.append((phrase_tokens(row["form"]), row["name"], row["kind"], row.get("attach"),
                                    _exact(row["form"])))
        self.units_list.sort(key=lambda x: -len(x[0]))
        self.hedges_before: list[tuple[list[str], dict]] = []
        self.hedges_after: list[tuple[list[str], dict]] = []
        for row in lex["hedges"]:
            toks = phrase_tokens(row["phrase"])
            pos = row.get("position", "before")
            (self.hedges_before if pos == "before" else self.hedges_after).append((toks, row))
        self.hedges_before.sort(key=lambda x: -len(x[0]))
        self.hedges_after.sort(key=lambda x: -len(x[0]))
        self.cur_prefix_idx = _index(self.cur_prefix, 0)
        self.cur_suffix_idx = _index(self.cur_suffix, 0)
        self.subunits_idx = _index(self.subunits, 0)
        self.units_idx = _index(self.units_list, 0)
        self.hedges_before_idx = _index(self.hedges_before, -1)
        self.hedges_after_idx = _index(self.hedges_after, 0)
        self.dir_before: dict[str, str | None] = {}
        self.dir_after: dict[str, str | None] = {}
        for row in lex["directions"]:
            target = self.dir_before if row["position"] == "before" else self.dir_after
            target[row["word"].lower()] = row["direction"]
        self.months = {w.lower() for w in lex["time_words"]}
        self.labels = {w.lower() for w in lex["label_words"]}
        self.score_words = {w.lower() for w in lex["score_words"]}
        self.margin_words = {w.lower() for w in lex["margin_words"]}
        self.address_words = {w.lower() for w in lex["address_words"]}
        self.modifier_words = {w.lower() for w in lex.get("modifier_words", [])}
        self.vote_words = {w.lower() for w in lex.get("vote_words", [])}
        self.counted_nouns = {w.lower() for w in lex.get("collective_nouns", [])} - {"percent", "strong", "series"}
        prefixes = sorted(lex.get("id_prefixes", []), key=len, reverse=True)
        # "H.R. 2", "pp. 110-255": a dotted abbreviation that starts a word, right before
        self.id_prefix_re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in prefixes) + r")[ \u00a0]?$") if prefixes else None
        self.triggers = (
            self.number_words | set(self.scales) | set(self.denominators) | set(self.multipliers)
            | set(self.changes) | set(self.vague) | self.cur_prefix_first | set(self.signs) | set(self.vulgar)
            | set(self.multiplier_adjs)
            | {"a", "an", "between", "half", "quarter", "magnitude", "-", "−", "point"}
        )

    # -- tokenisation ---------------------------------------------------------------------
    def _tokenize(self, text: str) -> None:
        self.text = text
        self._tally_end = -99  # token end of the last vote tally (a list of tallies goes on)
        spans = [m.span() for m in self.token_re.finditer(text)]
        self.s = [a for a, _ in spans]
        self.e = [b for _, b in spans]
        self.t = [text[a:b] for a, b in spans]
        self.low = [w.lower() for w in self.t]
        # token kind: n(umber), w(ord) or s(ymbol), from the first character (the regex
        # alternatives are exactly: digits/vulgar fractions, letters, anything else)
        vulgar = self.vulgar
        self.k = ["n" if w[0].isdecimal() or w[0] == "." and len(w) > 1 or w in vulgar
                  else "w" if w[0].isalpha() else "s" for w in self.t]
        self.n = len(self.t)
        self.phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
        self.phones += [(m.start(), m.end()) for m in _URL.finditer(text)] if ("/" in text or "@" in text) else []

    def margin_at(self, i: int, j: int) -> bool:
        """Tokens ``i``..``j`` (a figure in points) state a margin, not a score: "six points
        ahead", "a three-point lead", "a lead of 4 points" (``stat_margin_words.txt``)."""
        after = self._lw(j + 1) if self._lw(j) in _DASHES else self._lw(j)
        before = self._lw(i - 2) if self._lw(i - 1) in ("of", "by") else ""
        return after in self.margin_words or before in self.margin_words

    def _cands(self, index: dict[str, list], k: int) -> list:
        """Entries of a phrase index whose first (or last) token is token ``k``."""
        return index.get(self.low[k], _EMPTY) if 0 <= k < self.n else _EMPTY

    def _adj(self, i: int) -> bool:
        """Token ``i`` follows token ``i-1`` with no space between."""
        return 0 < i < self.n and self.s[i] == self.e[i - 1]

    def _lw(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def _seq(self, i: int, toks: list[str], adjacent_inside: bool = False) -> int | None:
        """End token index if ``toks`` match at ``i`` (case-insensitive)."""
        if i + len(toks) > self.n:
            return None
        for off, w in enumerate(toks):
            if self.low[i + off] != w:
                return None
            if off and adjacent_inside and not self._adj(i + off):
                return None
        return i + len(toks)

    # -- cardinal numbers -----------------------------------------------------------------
    def _val(self, i: int) -> float:
        t = self.t[i]
        return self.vulgar[t] if t in self.vulgar else _num(t)

    def _words(self, i: int) -> tuple[int, float, str | None] | None:
        """Written-out number at ``i``: ``forty-two``, ``two hundred and fifty``, ``a thousand``,
        ``two and a half million``, ``4 thousand 3 hundred and 21``. Returns (end, value,
        kind of the last word)."""
        j, total, cur, last = i, 0.0, 0.0, None
        piece = 0.0  # the units/tens written last (what "dozen" multiplies)
        consumed = False
        if self._lw(i) in ("a", "an") and (self._lw(i + 1) in self.scales or self._lw(i + 1) == "dozen"):
            cur, j, last, piece = 1.0, i + 1, "unit", 1.0
        elif self.k[i] == "n" and "." not in self.t[i] and self.t[i] not in self.vulgar \
                and self._lw(i + 1) in self.scales:
            cur, j, last, consumed = _num(self.t[i]), i + 1, "unit", True
            piece = cur
        while j < self.n:
            w = self.low[j]
            if w in self.units and self.k[j] == "w":
                if last in ("unit", "tens_unit"):
                    break
                if last == "tens" and self.units[w] >= 10:
                    break
                cur += self.units[w]
                piece = self.units[w] + (piece if last == "tens" else 0.0)
                last = "tens_unit" if last == "tens" else "unit"
            elif w in self.tens:
                if last in ("unit", "tens", "tens_unit"):
                    break
                cur += self.tens[w]
                piece = self.tens[w]
                last = "tens"
            elif self.k[j] == "n" and last in ("hundred", "scale") and self.t[j].isdigit() and int(self.t[j]) < 1000:
                # "4 thousand 3 hundred and 21"
                cur += int(self.t[j])
                piece = float(int(self.t[j]))
                last = "unit"
            elif w == "hundred":
                if last == "hundred":
                    break
                cur = (cur or 1.0) * 100
                last = "hundred"
            elif w in self.scales:
                if last is None or last == "scale" and self.scales[w] <= 1000:
                    break
                total += (cur or 1.0) * self.scales[w]
                cur, last = 0.0, "scale"
            elif w in self.dozen and w != "score" and last in ("unit", "tens", "tens_unit"):
                cur += piece * 11  # "three hundred and two dozens": 300 + 2 x 12
                last = "scale"
            elif w in self.dozen and w != "score" and last == "hundred":
                cur *= 12  # "two hundred dozens"
                last = "scale"
            elif w in self.vague and w not in ("tens", "dozens", "scores") and last is not None \
                    and self._lw(j + 1) != "of":
                if last == "scale":
                    if self.vague[w][0] <= self.scales.get(self.low[j - 1], 0):
                        break
                    total, cur = (total + cur) * self.vague[w][0], 0.0  # "three thousand millions"
                else:
                    total += (cur or 1.0) * self.vague[w][0]  # "three billions"
                    cur = 0.0
                last = "scale"
            elif w in _DASHES and last == "tens" and self._lw(j + 1) in self.units and self.k[j + 1] == "w" \
                    and self.units[self._lw(j + 1)] < 10:
                j += 1
                continue
            elif w == "and" and last in ("hundred", "scale") and (
                self._lw(j + 1) in self.units or self._lw(j + 1) in self.tens
                or (self.k[j + 1 if j + 1 < self.n else j] == "n" and self.t[j + 1].isdigit() and self.t[j + 1] != "0")
            ) and not self._fraction_ahead(j + 1) and not (
                last == "hundred" and self._lw(j + 2) == "hundred"
            ):
                j += 1
                continue
            else:
                break
            consumed = True
            j += 1
        if not consumed:
            return None
        return j, total + cur, last

    def _fraction_ahead(self, k: int) -> bool:
        """A fraction starts at ``k`` (``two thirds``, ``a quarter``), so an ``and`` before it
        joins a mixed number rather than a cardinal."""
        if self._lw(k) in ("a", "an"):
            return self._lw(k + 1) in self.denominators
        r = self._words(k) if k < self.n else None
        if r is None:
            return False
        den = self._denominator(r[0], compound_ok=True)
        # a proper fraction makes a mixed number ("two hundred and fifty-four hundredths" is
        # 200.54); an improper one takes the whole numerator ("one hundred and thirty fifths"
        # is 130/5)
        return den is not None and r[1] < den[1]

    def _cardinal(self, i: int, money: bool = False) -> tuple[int, float, str] | None:
        """A cardinal number at ``i``: digits (with magnitude words or suffixes) or words.
        Returns (end, value, form) with form ``digits`` or ``words``."""
        if i >= self.n:
            return None
        if self.k[i] == "n":
            j, v = i + 1, self._val(i)
            if self.t[i] in self.vulgar:
                return j, v, "digits"
            # mixed numbers: "2½", "2 1/4"
            if j < self.n and self.t[j] in self.vulgar and self._adj(j):
                return j + 1, v + self.vulgar[self.t[j]], "digits"
            # decimals in words: "1 point 1"
            if self._lw(j) == "point" and j + 1 < self.n and "." not in self.t[i]:
                dec = self._decimal_digits(j + 1)
                if dec is not None:
                    return dec[0], v + dec[1], "digits"
            # attached magnitude suffix: 100k, 1.2bn, $3m, 10M
            if j < self.n and self._adj(j) and self.k[j] == "w" \
                    and not (j + 1 < self.n and self._adj(j + 1) and self.k[j + 1] in ("w", "n")):
                w = self.low[j]
                if w in self.suffix_mag:
                    mag, money_only = self.suffix_mag[w]
                    # "£3m", and "1.2m" (a decimal count is millions; "100m" is metres)
                    if money or not money_only or (w == "m" and "." in self.t[i] and self.t[j] == "m"):
                        return j + 1, v * mag, "digits"
                    # "7m euros", "2b dollars": a currency word after the glued suffix makes it money
                    if j + 1 < self.n and not self._adj(j + 1) and self._currency_suffix(j + 1, "digits") is not None:
                        return j + 1, v * mag, "digits"
                if self.t[j] in self.upper_suffix:
                    return j + 1, v * self.upper_suffix[self.t[j]], "digits"
                if w in self.abbrev:
                    return j + 1, v * self.abbrev[w], "digits"
            if j < self.n and self.k[j] == "w" and self.low[j] in self.abbrev and self.t[j].islower():
                return j + 1, v * self.abbrev[self.low[j]], "digits"
            if self._lw(j) in _DASHES and self._adj(j) and self._adj(j + 1) and self._lw(j + 1) in self.scales \
                    and self.scales[self._lw(j + 1)] >= 1000:
                return j + 2, v * self.scales[self._lw(j + 1)], "digits"  # "a $10-billion deal"
            if j < self.n and self.low[j] in self.scales and self.k[j] == "w" and "." not in self.t[i]:
                r = self._words(i)
                if r is not None:
                    return r[0], r[1], "digits"
            if j < self.n and self.low[j] in self.scales and self.k[j] == "w":
                v *= self.scales[self.low[j]]
                j += 1
                while j < self.n and self.low[j] in self.scales and self.scales[self.low[j]] > 100:
                    v *= self.scales[self.low[j]]
                    j += 1
            elif j < self.n and self.low[j] in self.dozen and self.low[j] != "score" and self.k[j] == "w":
                v *= 12
                j += 1
            return j, v, "digits"
        r = self._words(i)
        if r is None:
            return None
        j, v = r[0], r[1]
        if self._lw(j) == "point" and r[2] in ("unit", "tens_unit", "tens") and self._lw(i - 1) != "at":
            dec = self._decimal_digits(j + 1)
            if dec is not None:
                j, v = dec[0], v + dec[1]
                if self._lw(j) in self.scales and self.scales[self._lw(j)] >= 1000:
                    j, v = j + 1, v * self.scales[self._lw(j)]  # "two point two million"
        return j, v, "words"

    def _decimal_digits(self, k: int) -> tuple[int, float] | None:
        """Digits after ``point``: ``point 77``, ``point five``, ``point nought three``."""
        if k < self.n and self.k[k] == "n" and self.t[k].isdigit():
            return k + 1, float("0." + self.t[k])
        digits = ""
        while k < self.n and self.low[k] in self.units and self.units[self.low[k]] < 20 and self.k[k] == "w":
            u = int(self.units[self.low[k]])
            digits += str(u)
            k += 1
            if u >= 10:
                break
        return (k, float("0." + digits)) if digits else None

    # -- units after a number -------------------------------------------------------------
    def _percent(self, j: int) -> int | None:
        w = self._lw(j)
        if w == "%":
            return j + 1
        if w in ("percent", "pct", "percentage", "pc") and not (w == "pc" and not self._adj(j)):
            if self._lw(j + 1) in ("point", "points"):
                return j + 2
            return j + 1
        if w == "per" and self._lw(j + 1) in ("cent", "centum"):
            return j + 2
        if w in _DASHES and self._adj(j) and self._lw(j + 1) == "percent":
            return j + 2
        return None

    def _currency_suffix(self, j: int, form: str) -> tuple[int, str, float] | None:
        if j < self.n and len(self.t[j]) == 4 and self.t[j][0] == "M" and self.t[j][1:] in self.iso_codes:
            return j + 1, self.t[j][1:], 1e6  # "30 MUSD"
        for toks, code, factor, attach, exact in self._cands(self.cur_suffix_idx, j):
            if exact and self.t[j if j < self.n else 0] != exact:
                continue
            if attach == "adjacent" and not self._adj(j):
                continue
            if attach == "digits" and form != "digits":
                continue
            end = self._seq(j, toks)
            if end is not None:
                if len(toks) == 1 and toks[0] in ("p",) and self._lw(end) == "." and self._lw(end + 1) == "m":
                    continue  # "5 p.m." (but "It costs 50p.")
                if toks[-1] in ("pound", "pounds") and (
                    self._lw(end) == "of" or toks[-1] == "pound" and end < self.n and self.k[end] == "w"
                    and self.t[end].islower() and self._lw(end) not in ("note", "notes", "coin", "coins", "sterling")
                ):
                    continue  # "a pound of coal", "a twenty pound bag": weight, not money
                if toks[-1] in ("pound", "pounds") and (
                    any(self._lw(k).startswith("weigh") for k in range(max(0, j - 5), j))
                    or (self._lw(end) == "(" and self._lw(end + 2) in ("kg", "kilograms", "kilos"))
                ):
                    continue  # "weighed 82 pounds", "82 pounds (37 kg)": weight, not money
                return end, code, factor
        return None

    def _unit_suffix(self, j: int) -> tuple[int, str, str] | None:
        hyphen = False
        if self._lw(j) in _DASHES and self._adj(j) and j + 1 < self.n and self._adj(j + 1) and self.k[j + 1] == "w":
            j += 1
            hyphen = True
        for toks, name, kind, attach, exact in self._cands(self.units_idx, j):
            if exact and self.t[j if j < self.n else 0] != exact:
                continue
            if attach == "adjacent" and not (self._adj(j) and not hyphen):
                continue
            end = self._seq(j, toks)
            if end is None:
                continue
            # a unit word must end there ("m" of "meters" is no unit; "mile-long" is fine)
            if end < self.n and self._adj(end) and (self.k[end] in ("w", "n") or self.t[end] == "/"):
                continue
            return end, name, kind
        return None

    # -- prefixes -------------------------------------------------------------------------
    def _currency_prefix(self, i: int) -> tuple[int, str, float] | None:
        if len(self.t[i]) == 4 and self.t[i][0] == "M" and self.t[i][1:] in self.iso_codes \
                and i + 1 < self.n and self.k[i + 1] == "n":
            return i + 1, self.t[i][1:], 1e6  # "MAUD 60"
        if self.low[i] not in self.cur_prefix_first:
            return None
        for toks, code, factor, attach, exact in self._cands(self.cur_prefix_idx, i):
            if exact and self.t[i] != exact:
                continue
            end = self._seq(i, toks, adjacent_inside=True)
            if end is None or end >= self.n:
                continue
            if attach == "adjacent" and not self._adj(end):
                continue
            if self.k[i] == "w" and not (self.t[i].isupper() or self.low[i] in _CUR_ABBREV or exact):
                continue  # "us" the pronoun is no currency; "US$", "USD", "Rs" are
            if self.k[i] == "w" and self._adj(i) and self.low[i - 1] == ".":
                continue  # "H.R.1424": a letter of a dotted identifier
            if self.k[i] == "w" and self._adj(end) and self.t[end][:1] == ".":
                continue  # "R.1424" is no amount of rand
            if self.k[i] == "w" and len(self.t[i]) == 1 and self._adj(end) and self.t[end] == "0":
                continue  # "R0" (a reproduction number), not zero rand
            # the amount must follow directly (a space is fine: "$ 659")
            if self.k[end] == "n" or (self.low[end] in self.number_words or self.low[end] in ("a", "half")):
                if self.k[i] == "w" and self._adj(i) and self.k[i - 1] == "w":
                    continue  # inside a word
                return end, code, factor
        return None

    # -- hedges and directions ------------------------------------------------------------
    def _hedge_before(self, i: int) -> tuple[int, dict] | None:
        for toks, row in self._cands(self.hedges_before_idx, i - 1):
            st = i - len(toks)
            if st < 0:
                continue
            if self._seq(st, toks) == i:
                if self.k[st] == "s" and st > 0 and self.k[st - 1] == "s" and self._adj(st):
                    return None  # "=>30", "<>30"
                return st, row
        return None

    def _hedge_after(self, j: int) -> tuple[int, dict] | None:
        for toks, row in self._cands(self.hedges_after_idx, j):
            if row.get("position") == "after_adjacent" and not self._adj(j):
                continue
            end = self._seq(j, toks)
            if end is not None and self._lw(end) not in ("than", "to", "equal"):
                return end, row
        return None

    def _direction(self, i: int, j: int) -> str | None:
        """``rose 3%``, ``fell by 1.5``, ``up 5%``, ``a 50 percent decrease``, ``3% higher``."""
        k, steps = i - 1, 0
        while k >= 0 and self.low[k] in _DIR_SKIP and steps < 3:
            k, steps = k - 1, steps + 1
        w = self._lw(k)
        if self.dir_before.get(w):
            return self.dir_before[w]
        w = self._lw(j)
        if w in _DASHES and self._adj(j):
            w = self._lw(j + 1)
        k = j + 1 if w == "," else j
        if self._lw(k) in ("up", "down") and self._lw(k + 1) == "from":
            return self._lw(k)  # "40%, up from 30%"
        return self.dir_after.get(w)

    # -- the quantity grammar -------------------------------------------------------------
    def _core(self, i: int, money: bool) -> dict[str, Any] | None:
        """Number-like core at ``i``: cardinal, fraction, ratio, multiplier, change, vague."""
        w = self.low[i]
        # change verbs and multipliers
        if w in self.changes and self.k[i] == "w":
            v, d = self.changes[w]
            return {"end": i + 1, "value": v, "unit": "ratio", "kind": "change", "direction": d}
        if w in self.multiplier_adjs:
            if self._lw(i + 1) in ("the", "that", "what", "its", "their") and self.k[i] == "w":
                return {"end": i + 1, "value": self.multiplier_adjs[w], "unit": "ratio", "kind": "multiplier"}
            return None
        if w in self.multipliers:
            if self._lw(i + 1) in ("as", "the", "that"):
                return {"end": i + 1, "value": self.multipliers[w], "unit": "ratio", "kind": "multiplier"}
            return {"end": i + 1, "value": self.multipliers[w], "unit": "count", "kind": "multiplier"}
        if w == "half" or (w in ("a", "an", "one") and self._lw(i + 1) == "half"):
            return self._scaled(self._half(i))
        if w == "quarter" and self._lw(i + 1) in self.scales:
            return self._scaled({"end": i + 1, "value": 0.25, "unit": "fraction", "kind": "fraction"})
        # vague magnitudes: "tens of thousands", "hundreds", "dozens of"
        if w in self.vague and self.k[i] == "w":
            return self._vague(i)
        if w in self.scales and self._lw(i - 1) in ("few", "several", "many", "couple"):
            v = self.scales[w]  # "a few hundred", "several thousand"
            return {"end": i + 1, "value": v, "unit": "count", "kind": "vague", "range": [v, v * 10],
                    "approximate": True, "start_tok": i - 1 if self._lw(i - 2) != "a" else i - 2}
        # digit fractions: "3/4", "1/2 of"
        if self.k[i] == "n" and self._lw(i + 1) == "/":
            sl = self._slash(i)
            if sl is not None:
                return sl
        frac = self._fraction(i)
        if frac is not None:
            return self._scaled(frac)
        card = self._cardinal(i, money)
        if card is None:
            return None
        j, v, form = card
        out = {"end": j, "value": v, "unit": "count", "kind": "number", "form": form}
        # mixed numbers: "five and a quarter", "3 million and a half", "2 1/4"
        if self._lw(j) == "and":
            mixed = self._fraction(j + 1)
            if mixed is None and self._lw(j + 1) in ("a", "one") and self._lw(j + 2) == "half":
                mixed = {"end": j + 3, "value": 0.5}
            if mixed is not None and mixed.get("numerator_kind") != "digits":
                last = self.low[j - 1]
                scale = self.scales[last] if last in self.scales and self.scales[last] > 100 else 1.0
                value, end = v + mixed["value"] * scale, mixed["end"]
                after = self._lw(end)
                if after in self.scales and self.scales[after] >= 1000:
                    if scale == 1.0:
                        value = value * self.scales[after]  # "two and a half million"
                    else:
                        value = v + mixed["value"] * self.scales[after]  # "one billion and a half million"
                    end += 1
                return {"end": end, "value": value, "unit": "count", "kind": "number", "form": form}
        if form == "digits" and self.k[j if j < self.n else i] == "n" and self._lw(j + 1) == "/" and v == int(v) \
                and j == i + 1:
            sl = self._slash(j)
            if sl is not None and sl["unit"] == "fraction" and not sl.get("exclude"):
                return {"end": sl["end"], "value": v + sl["value"], "unit": "count", "kind": "number", "form": form}
        nxt = self._lw(j)
        # "one in five", "1 out of 10", "one in every three"
        if nxt in ("in", "out") and not money and v == int(v) and v > 0:
            k = j + 1
            if nxt == "out":
                if self._lw(k) != "of":
                    return out
                k += 1
            every = False
            if self._lw(k) == "every":
                k, every = k + 1, True
            den = self._cardinal(k) if k < self.n else None
            if den is not None and den[1] >= v and den[1] > 0 and (den[2] == "words" or every or not self._yearlike_at(k)):
                after = den[0]
                if not self._unit_suffix(after) and self._percent(after) is None \
                        and self._lw(after) not in self.scales and self._lw(after) != "hundreds":
                    return {"end": after, "value": v / den[1], "unit": "fraction", "kind": "fraction"}
        # "one over three"
        if nxt == "over" and v == int(v) and not money:
            den = self._cardinal(j + 1)
            if den is not None and den[1] > 0 and (den[0] >= self.n or self.k[den[0]] == "s"):
                return {"end": den[0], "value": v / den[1], "unit": "fraction", "kind": "fraction"}
        # ratios "four to one", "3-to-1", "3:1"
        if nxt in ("to",) or (nxt in _DASHES and self._lw(j + 1) == "to" and self._adj(j)):
            k = j + 1 if nxt == "to" else j + 2
            if nxt in _DASHES and self._lw(k) in _DASHES:
                k += 1
            den = self._cardinal(k) if k < self.n else None
            if den is not None and 0 < den[1] < v and den[1] <= 10 and den[1] == int(den[1]):
                after = den[0]
                if self._percent(after) is None and not self._unit_suffix(after) \
                        and self._currency_suffix(after, den[2]) is None:
                    return {"end": after, "value": v / den[1], "unit": "ratio", "kind": "ratio"}
        if nxt == ":" and form == "digits" and self._adj(j) and j + 1 < self.n and self.k[j + 1] == "n" \
                and self._adj(j + 1) and len(self.t[j + 1]) == 1 and self.t[j + 1] != "0" and len(self.t[i]) <= 2:
            return {"end": j + 2, "value": v / _num(self.t[j + 1]), "unit": "ratio", "kind": "ratio"}
        # "18-fold", "a thousand fold", "three times as many"
        k = j + 1 if nxt in _DASHES and self._adj(j) else j
        if self._lw(k) == "fold":
            return {"end": k + 1, "value": v, "unit": "ratio", "kind": "ratio"}
        if self._lw(j) == "times" and self._lw(j + 1) in ("as", "more", "higher", "larger", "bigger",
                                                             "greater", "faster", "less", "fewer", "lower",
                                                             "the", "that"):
            return {"end": j + 1, "value": v, "unit": "ratio", "kind": "ratio"}
        return out

    def _slash(self, i: int) -> dict[str, Any] | None:
        """``3/4`` is a fraction; ``9/11``, ``24/7`` and ``5/17/2018`` are not statistics."""
        if not (i + 2 < self.n and self.k[i + 2] == "n" and self._adj(i + 1) and self._adj(i + 2)):
            return None
        a, b = self.t[i], self.t[i + 2]
        end = i + 3
        plausible = int(b) in _SLASH_DENOMINATORS or self._lw(end) == "of"
        if not (a.isdigit() and b.isdigit()) or self._lw(end) == "/" or int(b) == 0 or int(a) >= int(b) \
                or not plausible or self._lw(i - 1) in ("on", "since", "after", "before", "until", "by"):
            while end < self.n and self._adj(end) and (self.low[end] == "/" or self.k[end] == "n"):
                end += 1
            return {"end": end, "value": 0.0, "unit": "count", "kind": "number", "exclude": "date"}
        return {"end": end, "value": int(a) / int(b), "unit": "fraction", "kind": "fraction",
                "numerator_kind": "digits"}

    def _denominator(self, k: int, compound_ok: bool) -> tuple[int, float, bool] | None:
        """An ordinal used as a denominator at ``k``: ``third``, ``fifths``, ``hundredths``,
        ``twenty-first``. Returns (end, value, plural)."""
        w = self._lw(k)
        if w in _DASHES:
            k += 1
            w = self._lw(k)
        if w in self.tens:
            sep = k + 1
            if self._lw(sep) in _DASHES:
                sep += 1
            elif not compound_ok:
                return None
            u = self._lw(sep)
            if u in self.ordinal_units and self.k[sep] == "w":
                return sep + 1, self.tens[w] + self.ordinal_units[u], u.endswith("s")
            return None
        if w in self.denominators and self.k[k] == "w":
            return k + 1, self.denominators[w], w.endswith("s") and w != "halves" or w == "halves"
        return None

    def _fraction(self, i: int) -> dict[str, Any] | None:
        """Written fractions: ``a third``, ``two-thirds``, ``nine tenths``, ``one twenty-fifth``,
        ``three halves``."""
        w = self._lw(i)
        if w in ("a", "an") and self._lw(i + 1) in ("further", "additional") \
                and self._denominator(i + 2, compound_ok=False) is not None:
            num, j, kind = 1.0, i + 2, "article"  # "a further third", "an additional quarter"
        elif w in ("a", "an") and self._lw(i + 1) not in self.scales:
            num, j, kind = 1.0, i + 1, "article"
        else:
            if i >= self.n or self.k[i] != "w":
                return None
            r = self._words(i)
            if r is None or r[1] != int(r[1]):
                return None
            num, j, kind = r[1], r[0], "words"
            # "one hundred thirty fifths" is 100/35: a tens word right after "hundred" (no
            # "and") followed by an ordinal belongs to the denominator
            t = j - 1
            sep = j + 1 if self._lw(j) in _DASHES else j
            if r[2] == "tens" and t - 1 > i and self.low[t - 1] in self.scales and self._lw(sep) in self.ordinal_units:
                num, j = num - self.tens[self.low[t]], t
        den = self._denominator(j, compound_ok=True)
        if den is None and kind == "words" and self.low[j - 1] in self.tens and j - 1 > i:
            # "one hundred thirty fifths" read as 130/5 by default; nothing to undo here
            return None
        if den is None:
            return None
        end, dval, plural = den
        if kind == "article" and plural:
            return None
        if num > 1 and not plural:
            return None
        hyphenated = kind == "words" and self._lw(j) in _DASHES and self._adj(j)
        if num == 1 and not plural:
            # "a third of", "a third." — but not "a third term", "one fifth place" ("a one-third
            # stake" is a fraction: the hyphen joins it)
            nxt = self._lw(end)
            if end < self.n and self.k[end] == "w" and nxt not in _FRACTION_FOLLOWERS and nxt not in self.scales \
                    and not hyphenated:
                return None
            if end < self.n and self.k[end] == "n":
                return None
            if nxt in _DASHES and self._adj(end):
                return None
            if kind == "words" and w != "one":
                return None
        return {"end": end, "value": num / dval, "unit": "fraction", "kind": "fraction", "numerator_kind": kind}

    def _scaled(self, frac: dict[str, Any] | None) -> dict[str, Any] | None:
        """A fraction of a magnitude is a count: ``half a million``, ``a quarter million``,
        ``two thirds of a million``, ``half a dozen``."""
        if frac is None or frac["unit"] != "fraction":
            return frac
        j = frac["end"]
        k = j
        if self._lw(k) == "of" and self._lw(k + 1) in ("a", "an"):
            k += 2
        elif self._lw(k) in ("a", "an"):
            k += 1
        w = self._lw(k)
        if w in self.scales and self.scales[w] >= 1000 or w == "dozen" or (w == "hundred" and k > j):
            mult = self.scales.get(w) or self.dozen.get(w, 12.0)
            return {"end": k + 1, "value": frac["value"] * mult, "unit": "count", "kind": "number",
                    "form": "words", "start_tok": frac.get("start_tok")}
        return frac

    def _half(self, i: int) -> dict[str, Any] | None:
        start = i
        if self.low[i] in ("a", "an", "one"):
            i += 1
        prev = self._lw(start - 1)
        if self.low[i] == "half" and start == i and prev in ("a", "an", "one"):
            prev = self._lw(start - 2)  # reached at "half" of "a decade and a half"
        nxt_scale = self.scales.get(self._lw(i + 1), 0) >= 1000
        if prev == "the" and nxt_scale:
            prev = ""  # "the half billion people": half of a magnitude
        if prev in ("first", "second", "last", "latter", "other", "back", "and", "the", "this",
                    "that", "each", "every", "top", "bottom", "lower", "upper", "northern", "southern",
                    "eastern", "western", "better", "early", "late", "past"):
            return None
        if self._lw(i + 1) in _DASHES and self._adj(i + 1):
            return None
        nxt = self._lw(i + 1)
        if nxt in ("an", "a") and self._lw(i + 2) in ("hour", "day", "year", "month", "week", "minute",
                                                      "century", "decade", "second"):
            return None  # a duration ("half an hour"); "half a mile" is a measure (_fraction_of_unit)
        if nxt in ("past", "time", "term", "hour", "century", "decade", "brother", "sister", "hearted"):
            return None
        if self._lw(start - 1) == "in" and nxt != "of" and start == i:
            return None  # "folded in half", "cut it in half" (not "in half of the cases")
        return {"end": i + 1, "value": 0.5, "unit": "fraction", "kind": "fraction", "start_tok": start}

    def _vague(self, i: int) -> dict[str, Any] | None:
        w = self.low[i]
        lo, hi = self.vague[w]
        j = i + 1
        if self._lw(j) == "of" and self._lw(j + 1) in self.vague and self._lw(j + 1) not in ("tens", "dozens", "scores"):
            # "tens of thousands", "hundreds of millions"
            lo2, _hi2 = self.vague[self._lw(j + 1)]
            return {"end": j + 2, "value": lo * lo2, "unit": "count", "kind": "vague",
                    "range": [lo * lo2, lo * lo2 * 10], "approximate": True}
        if w in ("tens", "scores") and self._lw(j) != "of":
            return None
        return {"end": j, "value": lo, "unit": "count", "kind": "vague", "range": [lo, hi], "approximate": True}

    def _tally(self, i: int, k2: int, end: int, start_tok: int, cp: Any, rng: Any) -> bool:
        """``voted 52-48``, ``a 5-4 ruling``: two whole counts joined by a dash next to a vote
        word (``stat_vote_words.txt``) are a vote tally."""
        if cp is not None or rng is not None or start_tok != i or end != k2 + 1 or k2 != i + 2:
            return False
        if not (self.t[i].isdigit() and self.t[k2].isdigit() and self._adj(i + 1) and self._adj(k2)):
            return False
        if self.t[i] == self.t[k2] == "50":
            return False  # "a 50-50 split": an even split, not a tally
        near = self.low[max(0, i - 3):i] + self.low[end:end + 2]
        last = self._tally_end
        if 0 <= i - last <= 8 and not any(w in (".", ";", "!", "?") for w in self.low[last:i]) \
                and not any(w in self.score_words for w in near):
            self._tally_end = end  # "passed 229-1 in the house, 71-5 in the senate": the list goes on
            return True
        if not any(w in self.vote_words for w in near):
            return False
        # "confirmed 3-1 win" is a score; "won the vote 52-48" is a tally
        if any(w.startswith(("vot", "ballot")) for w in near) or not any(w in self.score_words for w in near):
            self._tally_end = end
            return True
        return False

    def _score_context(self, i: int, j: int) -> bool:
        """``won 3-1``, ``a 1-2 defeat``: a score word within three words of ``N-M``."""
        near = self.low[max(0, i - 3):i] + self.low[j:j + 2]
        return any(w in self.score_words for w in near)

    def _yearlike_at(self, k: int) -> bool:
        if k >= self.n or self.k[k] != "n":
            return False
        t = self.t[k]
        return len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100

    def _quantity(self, i: int) -> Quantity | None:
        start_tok = i
        currency, factor, money = None, 1.0, False
        between = False
        if self.low[i] == "between":
            between = True
            i += 1
            if i >= self.n:
                return None
        sign = 1.0
        if self.low[i] in self.signs and i + 1 < self.n and (self.k[i + 1] == "n" or self._lw(i + 1) in self.number_words):
            sign, i = self.signs[self.low[i]], i + 1
            if self.low[i - 1] == "minus" and self._lw(i - 2) == "or" and self._lw(i - 3) == "plus":
                sign, start_tok = 1.0, i - 3  # "plus or minus 20 seats": a margin, not -20
        elif self.low[i] in ("-", "−") and i + 1 < self.n and self.k[i + 1] == "n" and self._adj(i + 1) \
                and not (i > 0 and self._adj(i) and self.k[i - 1] in ("w", "n")) and self._lw(i - 1) not in ("$", "€", "£"):
            sign, i = -1.0, i + 1
        elif self.low[i] in ("-", "−", "minus", "negative", "point"):
            return None
        cp = self._currency_prefix(i)
        if cp is not None:
            i, currency, factor = cp
            money = True
            if self.low[i] in ("-", "−") and i + 1 < self.n and self.k[i + 1] == "n" and self._adj(i + 1):
                sign, i = -1.0, i + 1  # "$-99.99"
        elif self.low[i] in ("a", "an") and i + 1 < self.n:
            # "a dollar", "a penny"
            cs = self._currency_suffix(i + 1, "words")
            if cs is not None and self._lw(i + 1) in ("dollar", "penny", "pound", "euro", "cent", "buck", "rupee", "yen"):
                end, code, fac = cs
                value = fac
                sub = self._subunit_amount(end, code, False)
                if sub is not None:
                    end, value = sub[0], value + sub[1]  # "a dollar and 42 cents"
                q = self._make(i, end, value, "money", kind="number")
                q.currency = code
                return q
        # prefix units: "magnitude 7.8"
        prefix_unit = None
        if self.low[i] == "magnitude" and i + 1 < self.n and self.k[i + 1] == "n":
            prefix_unit = "magnitude"
            i += 1
        core = self._core(i, money)
        if core is None:
            return None
        if core.get("exclude"):
            q = self._make(i, core["end"], core["value"], core["unit"], kind=core["kind"])
            q.exclude = core["exclude"]
            return q
        if sign < 0:
            core["value"] = -core["value"]
        if not between and core.get("start_tok") is not None:
            start_tok = core["start_tok"]
        j = core["end"]
        value, unit, kind = core["value"], core["unit"], core["kind"]
        rng = core.get("range")
        parts = [(self.s[i], self.e[j - 1])]
        # ranges: "20-30", "ten to 32", "one or two", "between 20 and 30", "$20 to $30 million"
        if kind == "number":
            rj = j
            joiner = self._lw(rj)
            ok = (joiner in _RANGE_DASHES and (core.get("form") == "digits" or self._adj(rj))) \
                or (joiner in _RANGE_WORDS) or (between and joiner == "and")
            if between and joiner != "and":
                ok = False
            if ok and joiner in _RANGE_DASHES and core.get("form") == "digits" and self.k[rj + 1 if rj + 1 < self.n else rj] != "n" \
                    and not self._currency_prefix(rj + 1 if rj + 1 < self.n else rj):
                ok = False
            if ok and joiner == "to" and any(
                self._lw(k) == "from" or self.dir_before.get(self._lw(k)) for k in range(start_tok - 3, start_tok)
            ):
                ok = False  # "from 312 to 2,737", "rose by 12,000 to 45,000": a change, not a range
            if ok and joiner in _RANGE_WORDS and self._yearlike_at(i) and core.get("form") == "digits":
                ok = False
            if ok and rj + 1 < self.n:
                k2 = rj + 1
                cp2 = self._currency_prefix(k2) if money else None
                if cp2 is not None:
                    k2 = cp2[0]
                second = self._cardinal(k2, money)
                dash_ok = joiner not in _RANGE_DASHES or (second is not None and second[2] == "digits"
                                                            and core.get("form") == "digits")
                if second is not None and dash_ok:
                    hi = second[1]
                    lo = value
                    sec_end = second[0]
                    # scale carried from the high end: "20-30 million", "$1 to 2 billion"
                    last_low = self.low[sec_end - 1]
                    if lo < hi / 1000 and (last_low in self.scales or last_low in self.suffix_mag):
                        scale = self.scales.get(last_low) or self.suffix_mag.get(last_low, (1.0, False))[0]
                        lo = lo * scale
                    good = hi > lo
                    if joiner in _RANGE_DASHES and self._yearlike_at(i) and self._yearlike_at(k2):
                        good = False
                    if joiner == "~" and not (self._adj(rj) and self._adj(k2)):
                        good = False
                    if joiner in _RANGE_DASHES and self.k[k2] == "n" and len(self.t[k2]) == 2 and self._yearlike_at(i):
                        good = False  # 2011-12
                    if joiner == "or" and (second[2] != core.get("form") or hi > 10 * max(lo, 1e-9)):
                        good = False
                    if joiner in _RANGE_DASHES and self._tally(i, k2, sec_end, start_tok, cp, rng):
                        q = self._make(start_tok, sec_end, value, "count", kind="number")
                        q.exclude = "tally"
                        return q
                    if good and joiner in _RANGE_DASHES and self._score_context(start_tok, sec_end):
                        good = False
                        q = self._make(start_tok, sec_end, value, "count", kind="number")
                        q.exclude = "score"
                        return q
                    if good:
                        value, rng = lo, [lo, hi]
                        parts.append((self.s[k2], self.e[sec_end - 1]))
                        j = sec_end
                        kind = "number"
                        core["form"] = second[2]
                    elif joiner in _RANGE_DASHES and self.k[k2] == "n" and hi <= value and not between:
                        # "3-1" is a score, not a range
                        q = self._make(start_tok, sec_end, value, "count", kind="number")
                        q.exclude = "score"
                        return q
        elif between:
            return None
        if between:
            start_tok = i if cp is None else start_tok + 1
        measure_unit = None
        percent_end = self._percent(j)
        if kind == "fraction" and not money:
            # "half a percentage point", "a quarter of a percentage point"
            k = j + 1 if self._lw(j) == "of" else j
            k = k + 1 if self._lw(k) in ("a", "an") else k
            if k > j and self._lw(k) == "percentage" and self._lw(k + 1) in ("point", "points"):
                unit, measure_unit, j = "percent", "percentage point", k + 2
        if percent_end is None and rng is not None and self.low[j - 1] in ("%",):
            percent_end = None
        if kind in ("number", "vague"):
            if percent_end is not None and not money:
                unit, j = "percent", percent_end
                if self.low[j - 1] in ("point", "points"):
                    measure_unit = "percentage point"
            else:
                cs = self._currency_suffix(j, core.get("form", "words")) if kind != "vague" or self._lw(j) == "of" else None
                if kind == "vague" and self._lw(j) == "of":
                    cs = self._currency_suffix(j + 1, "words")
                if cs is not None and not money:
                    j, currency, factor = cs
                    money = True
                    if self._lw(j) in self.scales and self.scales[self._lw(j)] >= 1000 and self.t[j - 1].isupper():
                        value *= self.scales[self._lw(j)]  # "75 USD million"
                        if rng:
                            rng = [rng[0] * self.scales[self._lw(j)], rng[1] * self.scales[self._lw(j)]]
                        j += 1
                    word_suffix = self.k[j - 1] == "w"
                    sub = self._subunit_amount(j, currency, word_suffix)
                    if sub is not None:
                        j, extra = sub
                        value += extra / factor
                    elif rng is None:
                        # "between 10 dollars and 20 dollars", "10 dollars - 20 dollars"
                        joiner = self._lw(j)
                        if (between and joiner == "and") or (joiner in _RANGE_DASHES | {"to"} and not between
                                                             and self._lw(start_tok - 1) != "from"):
                            second = self._cardinal(j + 1, True) if j + 1 < self.n else None
                            if second is not None and second[1] > value:
                                cs2 = self._currency_suffix(second[0], second[2])
                                if cs2 is not None and cs2[1] == currency:
                                    rng = [value, second[1]]
                                    j = cs2[0]
                elif money:
                    sub = self._subunit_amount(j, currency, False)
                    if sub is not None:
                        j, extra = sub
                        value += extra / factor
                else:
                    us = self._unit_suffix(j) if not money else None
                    if us is None and kind == "vague" and self._lw(j) == "of":
                        us = self._unit_suffix(j + 1)
                        if us is not None and us[2] != "measure":
                            us = None
                    if us is not None and kind == "vague" and self._lw(j) != "of":
                        us = None
                    if us is not None and us[1] == "points" and core.get("form") == "words" and value < 20 \
                            and not self.margin_at(i, us[0]):
                        us = None  # "scored one or two points": a count of points in a game
                    if us is not None:
                        j, measure_unit, ukind = us
                        unit = "measure"
                        if ukind == "duration":
                            kind = "duration"
                        sub = self._measure_subunit(j, measure_unit)
                        if sub is not None and rng is None:
                            j, extra = sub
                            value += extra
            if prefix_unit and measure_unit is None:
                unit, measure_unit = "measure", prefix_unit
            # rates: "3.5 per 1,000", "12 per 100,000 people"
            if unit == "count" and kind == "number" and self._lw(j) == "per" and rng is None:
                base = self._cardinal(j + 1)
                if base is not None and base[1] >= 10 and self._percent(j) is None:
                    measure_unit = "per " + self.text[self.s[j + 1]:self.e[base[0] - 1]]
                    unit, j, kind = "ratio", base[0], "rate"
        if money:
            unit = "money"
            value *= factor
            if rng:
                rng = [rng[0] * factor, rng[1] * factor]
        if between and rng is None:
            return None
        q = self._make(start_tok, j, value, unit, kind=kind)
        q.range = rng
        q.currency = currency
        q.measure_unit = measure_unit
        q.parts = parts
        q.approximate = bool(core.get("approximate"))
        q.direction = core.get("direction")
        return q

    def _measure_subunit(self, j: int, unit: str | None) -> tuple[int, float] | None:
        """A smaller unit after a measure: ``6ft 2in``, ``5 feet 6 inches``, ``8 lb 4 oz``.
        Returns (end, amount in the main unit)."""
        sub = _SUBUNITS.get(unit or "")
        if sub is None or j >= self.n or self.k[j] != "n" or "." in self.t[j]:
            return None
        us = self._unit_suffix(j + 1)
        if us is None or us[1] != sub[0] or float(self.t[j].replace(",", "")) >= sub[1]:
            return None
        return us[0], float(self.t[j]) / sub[1]

    def _subunit_amount(self, j: int, currency: str | None, bare_ok: bool) -> tuple[int, float] | None:
        """Cents after an amount: ``3 dollars 50 cents``, ``$20 and 43c``, ``15 dollars and 50``.
        Returns (end, amount in the main unit)."""
        k = j + 1 if self._lw(j) == "and" else j
        card = self._cardinal(k) if k < self.n and (self.k[k] == "n" or self.low[k] in self.number_words) else None
        if card is None or card[1] >= 100 or card[1] != int(card[1]):
            return None
        end = card[0]
        for toks, _code, fac, attach, exact in self._cands(self.subunits_idx, end):
            if exact and self.t[end if end < self.n else 0] != exact:
                continue
            if attach == "adjacent" and not self._adj(end):
                continue
            e2 = self._seq(end, toks)
            if e2 is not None and fac < 1:
                return e2, card[1] * fac
        if bare_ok and (end >= self.n or self.k[end] == "s" and self.low[end] not in ("%", "-", "/")):
            return end, card[1] / 100
        return None

    def _make(self, i: int, j: int, value: float, unit: str, kind: str) -> Quantity:
        st, en = self.s[i], self.e[j - 1]
        return Quantity(start=st, end=en, text=self.text[st:en], value=value, unit=unit, kind=kind,
                        tok_start=i, tok_end=j, rule=f"number.{kind}")

    # -- exclusions -----------------------------------------------------------------------
    def _exclusion(self, q: Quantity) -> str | None:
        i, j = q.tok_start, q.tok_end
        if q.exclude:
            return q.exclude
        if q.kind == "duration":
            return "duration"
        for ps, pe in self.phones:
            if ps <= q.start < pe:
                return "phone"
        prev, nxt = self._lw(i - 1), self._lw(j)
        first_num = self.k[i] == "n"
        # "P5+1", "G7+5": a number glued by "+" to an identifier
        if prev == "+" and self._adj(i) and i > 2 and self._adj(i - 1) and self.k[i - 2] == "n" and self._adj(i - 2) \
                and self.k[i - 3] == "w":
            return "name"
        # "drove a four by four", "a 2 by 4": the same number on both sides of "by" names a
        # vehicle or a size, it counts nothing
        if q.unit == "count" and q.range is None and j == i + 1 and (
                (nxt == "by" and self._lw(j + 1) == self.low[i]) or (prev == "by" and self._lw(i - 2) == self.low[i])):
            return "name"
        # "the twenty-first century", "came thirty-second": a tens word glued to an ordinal
        if q.unit == "count" and not first_num and nxt in _DASHES and self._adj(j) and self._adj(j + 1) \
                and self._lw(j + 1) in self.ordinal_units and not self._lw(j + 1).endswith("s"):
            return "ordinal"
        # identifiers glued to letters: G7, A320, COVID-19, MH17, 4G, 3D, F-16
        if self._adj(i) and (self.k[i - 1] == "w" or (prev in _DASHES and i > 1 and self._adj(i - 1) and self.k[i - 2] in ("w", "n"))):
            if not (q.currency and self.low[i - 1] in self.cur_prefix_first):
                return "name"
        if first_num and j < self.n and self._adj(j) and self.k[j] == "w" and q.unit in ("count",):
            if nxt in _ORD_SUFFIX:
                return "ordinal"
            if nxt in _DECADE_SUFFIX:
                return "decade"
            if nxt in _TIME_AFTER:
                return "time"
            return "name"
        if first_num and j < self.n and self._adj(j) and nxt in _DASHES and self._lw(j + 1) and self.k[j + 1] == "n" \
                and self._adj(j + 1) and q.unit == "count":
            return "name"  # 978-3-16, product codes
        if first_num and nxt == "(" and self._adj(j) and self._adj(j + 1) and self._lw(j + 2) == ")" \
                and j + 1 < self.n and self.k[j + 1] in ("w", "n") and len(self.t[j + 1]) <= 2:
            return "name"  # "a 401(k) plan", "section 501(c)"
        if first_num and q.unit == "count" and q.range is None and re.fullmatch(r"0\d{3}", self.t[i]) and self.t[i].strip("0") \
                and int(self.t[i][:2]) < 24 and int(self.t[i][2:]) < 60:
            return "time"  # "at 0900 local time" (no count starts with 0)
        if first_num and q.unit == "count" and re.fullmatch(r"0\d+", self.t[i]) and self.t[i].strip("0"):
            return "name"  # "the 007 films", "route 0451": a code
        if first_num and nxt in _TIME_AFTER and q.unit == "count":
            return "time"
        # a clock time written with a dot: "at 10.30", "until 9.15" (not "closed at 10.30")
        if first_num and q.unit == "count" and q.range is None and j == i + 1 and prev in _TIME_DOT_BEFORE \
                and self._lw(i - 2) not in _LEVEL_VERBS:
            m = re.fullmatch(r"(\d{1,2})\.(\d\d)", self.t[i])
            if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
                return "time"
        if first_num and nxt in _TIME_BEFORE_A and self._lw(j + 1) == "." and self._lw(j + 2) == "m":
            return "time"
        if first_num and nxt == ":" and self._adj(j) and j + 1 < self.n and self.k[j + 1] == "n":
            return "time"
        if prev == ":" and self._adj(i) and i > 1 and self.k[i - 2] == "n":
            return "time"
        if nxt == "'s" or (nxt in ("'", "’") and self._adj(j) and self._lw(j + 1) == "s"):
            if self._yearlike_at(i):
                return "decade"
        if prev in ("'", "’") and self._adj(i) and self.t[i].isdigit() and len(self.t[i]) == 2:
            return "year"
        # dates: "October 5", "5 October", "Oct. 5, 2012"
        p = i - 1
        if prev == ".":
            p = i - 2
        vals = q.range or [q.value]
        day_or_year = all(v == int(v) and 1 <= v <= 31 for v in vals) or (
            q.range is None and self._yearlike_at(i)) and "," not in self.t[i]
        if self._lw(p) in self.months and q.unit == "count" and first_num and day_or_year:
            if self._lw(p) != "may" or self.t[p][0] == "M":
                return "date"
        if nxt in self.months and q.unit == "count" and first_num and (nxt != "may" or self.t[j][0] == "M") \
                and day_or_year:
            return "date"
        if first_num and nxt == "of" and self._lw(j + 1) in self.months and q.unit == "count":
            return "date"
        # years (time references): "in 2004", "2000-2012"
        if q.unit == "count" and q.range is None and self._yearlike_at(i) and j == i + 1 and q.bound is None:
            if not self._counted_plural(j) or prev in ("in", "since", "until", "before", "after", "during",
                                                         "between", "early", "late", "mid", "year", "fiscal",
                                                         "through"):
                return "year"
        if q.unit == "count" and q.range and self._yearlike_at(i) and q.range[1] <= 2100:
            return "year"
        # identifiers after dotted abbreviations: "H.R. 2", "pp. 110-255", "§ 230"
        if first_num and q.unit == "count" and self.id_prefix_re is not None and i > 0 \
                and self.id_prefix_re.search(self.text, max(0, q.start - 16), q.start):
            return "label"
        # "at the age of 85", "the Group of 20"
        if first_num and q.unit == "count" and prev == "of" and (
                self._lw(i - 2) == "age" or i > 1 and self.t[i - 2] in ("Group", "Class")):
            return "age" if self._lw(i - 2) == "age" else "name"
        # "went 3-for-4", "a 2-for-1 offer"
        if q.unit == "count" and nxt in _DASHES and self._adj(j) and self._lw(j + 1) == "for" and self._adj(j + 1) \
                and self._lw(j + 2) in _DASHES and j + 3 < self.n and self._adj(j + 3):
            return "score"
        # scores and pairs in words: "won two-nil", "a one-two finish", "fifty-fifty"
        if q.unit == "count" and q.kind == "number" and q.range is None and not first_num and nxt in _DASHES \
                and self._adj(j) and self._adj(j + 1) and j + 1 < self.n and self.k[j + 1] == "w" \
                and (self.low[j + 1] in ("nil", "love") or self.low[j + 1] in self.units or self.low[j + 1] in self.tens) \
                and not (j + 2 < self.n and self._adj(j + 2) and self.low[j + 2] in _DASHES):
            return "score"
        # stages of a competition: "reached the last eight", "the final four of the tournament"
        if q.unit == "count" and q.kind == "number" and q.range is None and prev in ("last", "final") \
                and self._lw(i - 2) == "the" and (j >= self.n or self.k[j] == "s" and nxt not in ("%", "-")
                                                  or nxt in ("of", "stage", "round")):
            return "rank"
        # type and rank modifiers: "a four-star general", "a three-time champion"
        if q.unit == "count" and q.kind == "number" and q.range is None and nxt in _DASHES and self._adj(j) \
                and self._adj(j + 1) and self._lw(j + 1) in self.modifier_words \
                and not (j + 2 < self.n and self._adj(j + 2) and self.k[j + 2] != "s"):
            return "modifier"
        # labels: "Article 5", "Flight 103", "posts 542 and 543", "No. 1"
        lp = i - 1
        if prev in (".", "#", "between"):
            lp = i - 2
        if prev == "#" and first_num:
            return "label"
        if self._lw(lp) in self.labels and q.unit == "count" and first_num and not q.currency \
                and not (self.t[lp].islower() and self.t[lp].isalpha() and self._counted_plural(j)
                         and self.low[lp] not in ("aged", "age", "ages", "no", "nos", "number", "top", "bottom")):
            # (a lower-case label word before a counted plural is a verb: "issue 300 permits")
            return "label"
        if prev == "number" and q.unit == "count" and q.kind == "number" and j == i + 1:
            return "rank"  # "the number one cause"
        if prev in _WORD_LABELS and q.unit == "count" and q.kind == "number" and not first_num and j == i + 1:
            return "label"  # "version two", "phase three"
        if prev == "and" and q.unit == "count" and first_num and i >= 3 and self.k[i - 2] == "n" \
                and self._lw(i - 3) in self.labels and not self._counted_plural(j):
            return "label"  # "posts 542 and 543" (not "Route 66 and 300 cars")
        # ages: "aged 35", "35-year-old", "35 years old"
        if q.unit == "count" and first_num or q.unit == "count" and q.kind == "number":
            k = j
            if self._lw(k) in _DASHES:
                k += 1
            if self._lw(k) in ("year", "years", "month", "months") and self._lw(k + 1) in _DASHES | {"old"}:
                if self._lw(k + 1) == "old" or self._lw(k + 2) in ("old", "olds"):
                    return "age"
            if self._lw(k) in ("year", "years", "month", "months", "week", "day", "hour", "minute", "decade",
                               "century", "second", "mile", "km") and k > j:
                # "five-year high", "11-year" (a hyphenated duration modifier)
                return "duration"
        # addresses: "10 Downing Street", "1600 Pennsylvania Avenue"
        if first_num and q.unit == "count" and j < self.n and self.t[j][:1].isupper():
            for k in range(j, min(j + 3, self.n)):
                if self.k[k] != "w" or not self.t[k][:1].isupper():
                    break
                if self.low[k] in self.address_words and k > j:
                    return "address"
        # list numbering: "1." or "2)" at the start of a line
        if first_num and q.unit == "count" and nxt in (".", ")") and j + 1 < self.n and self.k[j + 1] == "w" \
                and "\n" not in self.text[self.e[j]:self.s[j + 1]] and (
            i == 0 or "\n" in self.text[self.e[i - 1]:self.s[i]]
        ):
            return "list"
        if first_num and prev == "(" and nxt == ")" and q.unit == "count" and len(self.t[i]) <= 2:
            return "list"
        return None

    def _counted_plural(self, j: int) -> bool:
        """A lower-case plural-looking word follows (``2000 people``): a count, not a year."""
        if j >= self.n or self.k[j] != "w":
            return False
        w = self.t[j]
        return w.islower() and (w.endswith("s") and not w.endswith("ss") and len(w) > 3 or w in self.counted_nouns)

    # -- public ---------------------------------------------------------------------------
    def scan(self, text: str, keep_excluded: bool = False) -> list[Quantity]:
        """All numeric expressions of ``text``, in order; excluded ones only if asked."""
        self._tokenize(text)
        out: list[Quantity] = []
        trig, iso = self.triggers, self.iso_codes
        starts = [i for i, (k, w) in enumerate(zip(self.k, self.low, strict=True)) if k == "n" or w in trig
                  or len(w) == 4 and w[0] == "m" and self.t[i][0] == "M" and self.t[i][1:] in iso]
        i = 0
        label_end = -2
        for c in starts:
            if c < i:
                continue
            i = c
            q = self._quantity(i)
            if q is None:
                i += 1
                continue
            if q.exclude == "tally":
                # two counts: "voted 52-48" → 52 and 48
                for a in (q.tok_start, q.tok_end - 1):
                    part = self._make(a, a + 1, self._val(a), "count", kind="number")
                    part.rule = "number.tally"
                    out.append(part)
                i = max(q.tok_end, i + 1)
                continue
            if q.unit == "fraction":
                self._fraction_of_unit(q)
            self._decorate(q)
            q.exclude = self._exclusion(q)
            # "Nos. 3 and 4", "pp. 12, 14": the next number of a list of labels
            if q.exclude is None and q.tok_start == label_end + 1 and q.unit == "count" and q.kind == "number" \
                    and self.k[q.tok_start] == "n" and self.low[label_end] in ("and", "or", ",", "&", "of") \
                    and not self._counted_plural(q.tok_end) \
                    and (self.low[label_end] != "," or self._lw(q.tok_end) in ("and", "or", ",", "&")):
                q.exclude = "label"
            if q.exclude == "label":
                label_end = q.tok_end
            if q.exclude is None and q.unit == "percent" and q.range is None and out:
                if self._spoken_range(out[-1], q):
                    out.pop()
                else:
                    self._share_unit(out[-1], q)
            if q.exclude is None or keep_excluded:
                out.append(q)
            i = max(q.tok_end, i + 1)
        return out

    def _fraction_of_unit(self, q: Quantity) -> None:
        """A fraction of one unit is a measure: ``half a mile``, ``half of a square
        kilometre``, ``a quarter of an hour`` (value = the fraction, in that unit)."""
        j = q.tok_end + (self._lw(q.tok_end) == "of")
        if self._lw(j) not in ("a", "an"):
            return
        us = self._unit_suffix(j + 1)
        if us is None or us[2] not in ("measure", "duration"):
            return
        end, name, kind = us
        q.unit, q.measure_unit, q.tok_end = "measure", name, end
        q.end = self.e[end - 1]
        q.text = self.text[q.start:q.end]
        if kind == "duration":
            q.kind = "duration"

    def _spoken_range(self, prev: Quantity, q: Quantity) -> bool:
        """``45, 46 percent``: two close figures, a comma and one unit, on their own (not a
        list of three) are one approximate figure given as a range; ``q`` becomes it."""
        i = prev.tok_start
        if prev.unit != "count" or prev.exclude or prev.range or q.range or q.tok_start - prev.tok_end != 1 \
                or self.low[prev.tok_end] != "," or self.k[i] != "n" or self.k[q.tok_start] != "n" \
                or self._lw(i - 1) in (",", "and", "or") or (i > 0 and self.k[i - 1] == "n"):
            return False
        if not 0 < q.value - prev.value <= max(1.0, 0.25 * q.value):
            return False
        q.range = [prev.value, q.value]
        q.value = prev.value
        q.parts = [(prev.start, prev.end)] + list(q.parts)
        q.start, q.tok_start = prev.start, prev.tok_start
        q.text = self.text[q.start:q.end]
        return True

    def _share_unit(self, prev: Quantity, q: Quantity) -> None:
        """``1.5 and 3 percent``, ``5, 6 or 7%``: the unit written once covers the list."""
        if prev.unit != "count" or prev.exclude or prev.range or q.tok_start - prev.tok_end != 1:
            return
        if self.low[prev.tok_end] in ("and", "or", ",", "to") and self.k[prev.tok_start] == self.k[q.tok_start]:
            prev.unit = "percent"

    def _decorate(self, q: Quantity) -> None:
        i, j = q.tok_start, q.tok_end
        # hedges written before ("about", "more than") — possibly two ("up to about")
        h = self._hedge_before(i)
        hs = None
        seen = 0
        while h is not None and seen < 2:
            st, row = h
            hs = st
            if row.get("approximate"):
                q.approximate = True
            if row.get("bound") and q.bound is None:
                q.bound = row["bound"]
            seen += 1
            h = self._hedge_before(st)
        q.hedge_start = self.s[hs] if hs is not None else None
        ha = self._hedge_after(j)
        if ha is not None:
            _end, row = ha
            if row.get("approximate"):
                q.approximate = True
            if row.get("bound") and q.bound is None:
                q.bound = row["bound"]
        if q.direction is None and not (hs is not None and self.low[hs] == "up" and self._lw(hs - 1).startswith("add")):
            q.direction = self._direction(hs if hs is not None else i, j)  # not "added up to"
        # "about" in "about half" and friends
        if q.kind == "vague":
            q.approximate = True


_DEFAULT: NumberGrammar | None = None


def default_grammar() -> NumberGrammar:
    """A grammar built from the packaged lexicons (cached)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = NumberGrammar()
    return _DEFAULT


def parse_number(text: str) -> float | None:
    """Value of a text that is one numeric expression (``forty-two`` → 42, ``a third`` →
    0.333…, ``$1.2bn`` → 1.2e9); ``None`` if the whole text is not one."""
    qs = default_grammar().scan(text.strip(), keep_excluded=True)
    if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(text.strip()):
        return qs[0].value
    return None


def scan(text: str, keep_excluded: bool = False) -> list[Quantity]:
    """Numeric expressions of ``text`` with the packaged lexicons."""
    return default_grammar().scan(text, keep_excluded=keep_excluded)
