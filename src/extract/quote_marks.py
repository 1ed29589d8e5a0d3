"""Pairing of quotation marks in raw text (pure Python, no spaCy).

:func:`find_quotes` returns the top-level quoted stretches of a text. It never raises on
unbalanced or stray marks: every paragraph starts from a clean state, so one stray mark
costs at most the rest of its paragraph.

Marks handled:

* curly doubles ``“…”`` (and ``„``/``«…»``), straight doubles ``"…"`` and doubled
  apostrophes ``''…''`` (also ```` ``…'' ````), paired by family;
* single curly ``‘…’`` as a top-level quote or nested inside a double one (a ``’``
  between two letters is an apostrophe, never a closing mark);
* multi-paragraph quotes: an opening mark still open at the end of a paragraph continues
  into the next paragraph when that paragraph opens with a mark of the same family;
  otherwise the paragraph end closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"''|``|[“”\"‘’„«»]")

# family of each mark: "curly" pairs “ ” „ « »; "straight" pairs " and '' (ambiguous
# direction: toggled); "single" pairs ‘ ’
_OPENERS = {"“": "curly", "„": "curly", "«": "curly", "``": "straight2", "‘": "single"}
_CLOSERS = {"”": "curly", "»": "curly", "’": "single"}
_TOGGLES = {'"': "straight", "''": "straight"}
_DOUBLE_FAMILIES = ("curly", "straight", "straight2")


@dataclass(frozen=True)
class MarkedQuote:
    """One top-level quoted stretch."""

    start: int  # content start (after the opening mark, whitespace stripped)
    end: int  # content end (before the closing mark, whitespace stripped)
    open: int  # offset of the opening mark
    close: int  # offset just after the closing mark (== paragraph end when unclosed)
    style: str  # "curly", "straight", "straight2" or "single"
    closed: bool  # False when a paragraph end closed it
    paragraphs: int = 1  # number of paragraphs it runs over

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _is_apostrophe(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line (a paragraph in our inputs)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _family(mark: str) -> str | None:
    return _OPENERS.get(mark) or _TOGGLES.get(mark)


def _opens_with_mark(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(family, offset after the mark) when the paragraph begins with an opening mark."""
    m = _MARK.match(text, start + (len(text[start:end]) - len(text[start:end].lstrip())))
    if not m:
        return None
    fam = _family(m.group())
    if fam is None:
        return None
    return fam, m.end()


def _same_family(a: str, b: str) -> bool:
    if a in _DOUBLE_FAMILIES and b in _DOUBLE_FAMILIES:
        return True
    return a == b


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[MarkedQuote]:
    """Top-level quoted stretches of ``text`` in order (see the module doc)."""
    out: list[MarkedQuote] = []
    paras = _paragraphs(text)
    carry: tuple[str, int, int] | None = None  # (family, open offset, paragraphs so far)
    for n, (p_start, p_end) in enumerate(paras):
        stack: list[tuple[str, int]] = []  # (family, offset of the mark)
        tentative: list[MarkedQuote] = []  # double quotes inside a still-open single mark
        skip_to = p_start
        n_par = 1
        if carry is not None:
            fam, open_pos, n_par = carry
            stack.append((fam, open_pos))
            reopen = _opens_with_mark(text, p_start, p_end)
            if reopen is not None:
                skip_to = reopen[1]
            n_par += 1
            carry = None
        for m in _MARK.finditer(text, skip_to, p_end):
            mark, pos = m.group(), m.start()
            fams = [f for f, _ in stack]
            if mark in _TOGGLES:
                fam = _TOGGLES[mark]
                if fam in fams or (mark == "''" and "straight2" in fams):
                    target = fam if fam in fams else "straight2"
                    _close(stack, target, text, m.end(), out, n_par, tentative)
                elif _orphan_closer(text, pos, m.end(), p_start, p_end, skip_to, stack):
                    # 'Words of a quote whose opening mark was dropped."' closing its paragraph
                    s, e = _strip(text, p_start, pos)
                    out.append(MarkedQuote(s, e, p_start, m.end(), fam, True, 1))
                else:
                    stack.append((fam, pos))
            elif mark in _OPENERS:
                fam = _OPENERS[mark]
                if fam == "single":
                    nxt = text[m.end() : m.end() + 1]
                    if not nxt or nxt.isspace() or nxt.isdigit() or _is_apostrophe(text, pos):
                        continue  # ‘90s, rock ‘n’ roll: apostrophes
                stack.append((fam, pos))
            else:  # closers
                fam = _CLOSERS[mark]
                if fam == "single":
                    if "single" not in fams or _is_apostrophe(text, pos):
                        continue
                elif fam not in fams:
                    continue  # stray closing mark
                _close(stack, fam, text, m.end(), out, n_par, tentative)
            if not stack:
                n_par = 1
        out.extend(tentative)  # their single mark never closed: it was an apostrophe
        if stack:
            fam, open_pos = stack[0]
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            reopen = _opens_with_mark(text, *nxt) if nxt else None
            if reopen is not None and _same_family(reopen[0], fam):
                carry = (fam, open_pos, n_par)  # a quote running on into the next paragraph
            elif nxt is not None and fam != "single" and _closed_first(text, nxt[0], nxt[1], fam):
                # the next paragraph does not reopen the mark but closes it: one quote
                carry = (fam, open_pos, n_par)
            elif fam != "single":  # an unclosed single mark is an apostrophe, not a quote
                mark_len = _mark_len(text, open_pos)
                s, e = _strip(text, open_pos + mark_len, p_end)
                if e > s:
                    out.append(MarkedQuote(s, e, open_pos, e, fam, False, n_par))
    out.extend(_straight_singles(text, out))
    out.sort(key=lambda q: q.open)
    return out


# 'word …' in straight single marks: opened after a space, bracket or dash and before a
# letter, closed after a letter or punctuation and before a non-letter; apostrophes inside
# words (don't) may occur within, possessives (farmers' union) never open one
_STRAIGHT_SINGLE = re.compile(
    r"(?<![\w'’.,])'(?=[A-Za-z])((?:[^'\n]|(?<=\w)'(?=\w))+?)(?<=[\w.,!?])'(?![\w'])")
_SINGLE_CLOSER = re.compile(r"(?<=[.,!?])'(?![\w'])")


def _straight_singles(text: str, found: list[MarkedQuote]) -> list[MarkedQuote]:
    """Quotes in straight single marks, outside the quotes ``found`` (British style, or
    a scare-quoted word). Contents of fewer than three letters (rock 'n' roll) are no quote."""
    out = []
    last_end = -1
    for m in _STRAIGHT_SINGLE.finditer(text):
        if m.start() < last_end:
            continue
        inner_end, end = m.end(1), m.end()
        if text[inner_end - 1] == "s" and re.match(r" [a-z]", text[end : end + 2]):
            # "'… The unions' demands are …'": a plural possessive, not the closing mark,
            # when a mark after sentence punctuation closes later in the paragraph
            par_end = text.find("\n", end)
            later = _SINGLE_CLOSER.search(text, end, len(text) if par_end < 0 else par_end)
            if later is not None and not re.search(r"(?<![\w'’])'(?=[A-Za-z])", text[end : later.start()]):
                inner_end, end = later.start(), later.end()  # (no new opening mark before it)
        if sum(ch.isalpha() for ch in text[m.start(1) : inner_end]) < 3:
            continue
        if any(q.open <= m.start() < q.close or m.start() <= q.open < end for q in found):
            continue
        s, e = _strip(text, m.start(1), inner_end)
        if e > s:
            out.append(MarkedQuote(s, e, m.start(), end, "straight-single", True, 1))
            last_end = end
    return out


def _closed_first(text: str, start: int, end: int, fam: str) -> bool:
    """The first mark of the paragraph ``start:end`` closes a ``fam`` quote (a closing
    curly mark, or a straight mark glued to the word before it and not to the word
    after) after at least a few words."""
    m = _MARK.search(text, start, end)
    if m is None or m.start() - start < 20:
        return False
    mark, pos = m.group(), m.start()
    if fam == "curly":
        return mark == "”"
    if mark not in _TOGGLES or _TOGGLES[mark] != fam:
        return False
    after = text[m.end() : m.end() + 1]
    return not text[pos - 1].isspace() and (not after or not after.isalnum())


def _orphan_closer(text: str, pos: int, end: int, p_start: int, p_end: int, skip_to: int,
                   stack: list[tuple[str, int]]) -> bool:
    """The only mark of its paragraph, right after sentence-final punctuation at the very
    end of the paragraph: a closing mark whose opening mark was dropped (the paragraph
    is the quote's text)."""
    if stack or skip_to != p_start or text[end:p_end].strip() or pos - p_start < 20:
        return False
    if text[pos - 1] not in ".?!":
        return False
    return _MARK.search(text, p_start, pos) is None


def _mark_len(text: str, pos: int) -> int:
    m = _MARK.match(text, pos)
    return len(m.group()) if m else 1


def _close(stack: list[tuple[str, int]], fam: str, text: str, close_end: int,
           out: list[MarkedQuote], n_par: int, tentative: list[MarkedQuote]) -> None:
    """Pop ``stack`` down to the innermost open ``fam`` mark; emit a quote when the
    bottom (top-level) mark is the one closed. A double quote closing above single marks
    only is kept aside: it is nested when the single mark closes later (British style
    ``‘He said “no”.’``), top-level when it never does (a stray ``‘`` apostrophe)."""
    idx = max(i for i, (f, _) in enumerate(stack) if f == fam)
    _, open_pos = stack[idx]
    below_singles = idx > 0 and fam != "single" and all(f == "single" for f, _ in stack[:idx])
    del stack[idx:]
    if idx == 0 or below_singles:
        close_start = close_end - _mark_len_back(text, close_end)
        s, e = _strip(text, open_pos + _mark_len(text, open_pos), close_start)
        if e > s:
            quote = MarkedQuote(s, e, open_pos, close_end, fam, True, n_par)
            (tentative if below_singles else out).append(quote)
    if idx == 0 and fam == "single":
        tentative.clear()  # they were nested in this quote


def _mark_len_back(text: str, end: int) -> int:
    return 2 if text[max(0, end - 2) : end] == "''" else 1
