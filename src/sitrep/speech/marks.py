"""Quotation marks: pairing them into quoted passages of a text.

Pure text, no model. Double marks pair first (straight, curly, guillemets,
"„…“"); single marks pair only outside them, and only within
:data:`_MAX_SINGLE` characters, since a stray apostrophe ("governors'")
looks like one. An unclosed quote ends with its paragraph.

    >>> [(m.start, m.end) for m in find_quote_marks('"We left," he said.')]
    [(1, 8)]
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CLOSERS", "EITHER", "OPENERS", "QuoteMarks", "find_quote_marks"]

#: Marks that only open, only close, or do either.
OPENERS = "“„«‹"
CLOSERS = "”»›"
EITHER = '"″'
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_MAX_SINGLE = 600  # characters; a longer 'single quote' is an apostrophe pairing by chance


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """A quoted passage: ``start``/``end`` cover the text inside the marks."""

    open: int  # index of the opening mark
    start: int
    end: int
    close: int | None  # index of the closing mark; None when the paragraph ended first


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Every quoted passage in ``text``, in order: double quotes, then single
    quotes outside them. An unclosed quote ends with its paragraph."""
    double = _pair_double(text)
    single = [m for m in _pair_single(text) if not any(d.open < m.open < d.end for d in double)]
    return sorted(double + single, key=lambda m: m.open)


def _pair_double(text: str) -> list[QuoteMarks]:
    found: list[QuoteMarks] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None and _paragraph_ends(text, i):
            found.append(_marks(text, opened, i, None))
            opened = None
        if ch not in OPENERS and ch not in CLOSERS and ch not in EITHER:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        looks_open = (before.isspace() or before in "([—–") and not after.isspace()
        looks_closed = not before.isspace() and (after.isspace() or after in ",.;:!?)")
        if opened is None:
            if ch in OPENERS or looks_open or (ch in EITHER and not looks_closed):
                opened = i
        elif ch in OPENERS and looks_open:
            opened = i  # the earlier mark was never closed
        else:
            found.append(_marks(text, opened, i, i))
            opened = None
    if opened is not None:
        found.append(_marks(text, opened, len(text), None))
    return [m for m in found if m.end > m.start]


def _paragraph_ends(text: str, i: int) -> bool:
    rest = text[i + 1 :].lstrip(" \t")
    return not rest or rest[0] == "\n" or rest[0] in OPENERS + EITHER


def _pair_single(text: str) -> list[QuoteMarks]:
    found = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None and _paragraph_ends(text, i):
            opened = None
        if ch not in _SINGLE_OPEN and ch not in _SINGLE_CLOSE:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch in _SINGLE_OPEN and (before.isspace() or before in "([—–") and after.isalnum():
                opened = i
        elif not before.isspace() and not after.isalnum():
            if i - opened <= _MAX_SINGLE:
                found.append(_marks(text, opened, i, i))
            opened = None
    return [m for m in found if m.end > m.start]


def _marks(text: str, opened: int, end: int, close: int | None) -> QuoteMarks:
    start = opened + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return QuoteMarks(opened, start, end, close)
