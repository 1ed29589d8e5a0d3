"""Quotation-mark pairing (pure Python): styles, nesting, paragraphs, stray marks."""

from __future__ import annotations

import pytest

from extract.quote_marks import find_quotes


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('She said "the river is rising" today.', ["the river is rising"]),
        ("She said “the river is rising” today.", ["the river is rising"]),
        ("She said ''the river is rising'' today.", ["the river is rising"]),
        ("She said ``the river is rising'' today.", ["the river is rising"]),
        ("She said ‘the river is rising’ today.", ["the river is rising"]),
        ('"One," he said, "two."', ["One,", "two."]),
    ],
)
def test_quote_marks_styles(text, expected):
    assert _contents(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“He told me ‘never again’ twice,” she said.", ["He told me ‘never again’ twice,"]),
        ('"He called it \'silly\' at once," she said.', ["He called it 'silly' at once,"]),
    ],
)
def test_quote_marks_nested_single_quotes_stay_inside(text, expected):
    assert _contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The farmer’s dog isn’t here and the ‘best’ one is.",
        "Teachers’ pay rose.",
    ],
)
def test_quote_marks_apostrophes_are_not_marks(text):
    assert all("’s" not in c for c in _contents(text))
    assert _contents(text) in ([], ["best"])


def test_quote_marks_multi_paragraph_continues_when_next_opens():
    text = "“The first part of it\n\n“and the second part.”\n\nAfter it."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "The first part of it\n\n“and the second part."
    assert q.paragraphs == 2 and q.closed


def test_quote_marks_paragraph_end_closes_unterminated_quote():
    text = '"An open quote with no end\n\nA plain paragraph with "a real one" here.'
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == ["An open quote with no end", "a real one"]
    assert not qs[0].closed and qs[1].closed


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A stray ” closing mark, then “a good one”.", ["a good one"]),
        ('Odd " count in this paragraph\n\nbut "this one" is fine.', ["count in this paragraph", "this one"]),
        ("", []),
        ("no marks at all", []),
    ],
)
def test_quote_marks_stray_marks_never_fail(text, expected):
    assert _contents(text) == expected


def test_quote_marks_offsets_exclude_marks():
    text = "He said: “Yes.”"
    (q,) = find_quotes(text)
    assert text[q.open] == "“" and text[q.close - 1] == "”"
    assert text[q.start : q.end] == "Yes."


@pytest.mark.parametrize(
    "text",
    [
        "He said the ‘90s were the best years of his life and nobody argued.",
        "The band played rock ‘n roll all night long and the crowd loved it.",
    ],
)
def test_quote_marks_leading_apostrophes_open_no_quote(text):
    assert find_quotes(text) == []


def test_quote_marks_stray_single_does_not_swallow_quotes():
    text = "He played rock ‘n roll all night. “We loved every minute of it,” she said."
    assert _contents(text) == ["We loved every minute of it,"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # British style: double marks nested in a single-mark quote stay inside it
        ("‘He told me “never again” twice,’ she said.", ["He told me “never again” twice,"]),
        # a stray ‘ that never closes leaves the double-mark quotes top-level
        ("Rock ‘n roll. “We loved it,” she said. “So did we.”", ["We loved it,", "So did we."]),
    ],
)
def test_quote_marks_doubles_inside_singles(text, expected):
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == expected
    assert [q.open for q in qs] == sorted(q.open for q in qs)


def test_quote_marks_single_mark_quote_over_two_paragraphs():
    text = "‘The first part runs on\n\n‘and ends here,’ she said."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "The first part runs on\n\n‘and ends here,"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The minister said the plan was 'unworkable'.", ["unworkable"]),
        ("'We don't know yet,' he said. 'It could be weeks.'", ["We don't know yet,", "It could be weeks."]),
        ("The farmers' union and the workers' union met on Monday.", []),
        ("He loved the '90s and rock 'n' roll.", []),
        ("\"They called it a 'miracle' at the time,\" she said.", ["They called it a 'miracle' at the time,"]),
    ],
)
def test_quote_marks_straight_single_marks(text, expected):
    assert _contents(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the opening mark was dropped: the lone closing mark ends a paragraph-long quote
        ('Dana spoke:\n\nWe have waited ten years for this bridge and we will not wait longer."\n\nThen she sat.',
         ["We have waited ten years for this bridge and we will not wait longer."]),
        # a lone mark after a short word is no such quote
        ('Then he wrote ok."', []),
    ],
)
def test_quote_marks_orphan_closing_mark_ends_paragraph_quote(text, expected):
    assert _contents(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ('Holt said: "We will build the bridge before the winter comes.\nIt will be done by May and it will '
         'cost less than planned," she added.',
         ["We will build the bridge before the winter comes.\nIt will be done by May and it will cost less "
          "than planned,"]),
        ("Holt said: “We will build the bridge before the winter comes.\nIt will be done by May,” she added.",
         ["We will build the bridge before the winter comes.\nIt will be done by May,"]),
        # the next paragraph's first mark opens a new quote: the first one ends with its paragraph
        ('Holt said: "We will build the bridge.\nThe council met on Monday and called it "a folly" in its report.',
         ["We will build the bridge.", "a folly"]),
    ],
)
def test_quote_marks_paragraph_closed_without_reopening(text, expected):
    assert _contents(text) == expected
