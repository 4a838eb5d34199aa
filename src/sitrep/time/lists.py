"""Coordinated times: "Sunday and Monday", "1994, 1995 and 1997", "between 5 and 8 August".

Each member of a list or of a range told in words ("and", "or", "to",
"through", "until", commas) is an expression of its own, as TimeML marks
them. A member that leaves out what the others say takes it from them: in
"between 5 and 8 August" the 5 is 5 August, in "December 24 and 25" the 25 is
25 December. A range written with a dash ("5-7 August", "2010-2013") and a
night ("the night of 5 to 6 August") stay one expression.
"""

from __future__ import annotations

import functools
import re

from .lexicon import vocabulary

__all__ = ["members"]

_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|till|into)\s+")
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d{2})?")
_YEAR_END = re.compile(r",?\s+((?:1[89]|20)\d{2})$")


@functools.cache
def _month_word() -> re.Pattern[str]:
    words = vocabulary()
    return re.compile(rf"(?i)\b{words.month_group}\.?(?:\s+(?:1[89]|20)\d{{2}})?\b")


def members(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, text to resolve) of each member of ``text``, or None if it is one time.

    A comma joins members only in a list that has an "and" or "or" ("Sunday,
    Monday and Tuesday"), and never between a day and its year ("August 6, 2024").

    Offsets are into ``text``; the text to resolve has the month (and year) a
    bare day borrows from its neighbour.
    """
    if re.search(r"(?i)\bnight\b|^(?:the\s+)?(?:first|second|last|final)\b", text):
        return None
    listed = re.search(r"(?i)\s(?:and|or)\s", text) is not None
    cuts = [m for m in _JOIN.finditer(text) if 0 < m.start() and m.end() < len(text) and (
        "," not in m.group() or (listed and not (
            re.match(r"\d{4}", text[m.end():])
            and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?$", text[:m.start()]))))]
    if not cuts:
        return None
    out: list[tuple[int, int, str]] = []
    pos = 0
    for cut in [*cuts, None]:
        end = cut.start() if cut is not None else len(text)
        piece = text[pos:end]
        lead = re.match(r"(?i)(?:between|from|on|in|at|since|during)\s+", piece)
        start = pos + (lead.end() if lead else 0)
        out.append((start, end, text[start:end]))
        pos = cut.end() if cut is not None else end
    if len(out) < 2 or any(not t.strip() for _, _, t in out):
        return None
    month = _month_word()
    named = [month.search(t) for _, _, t in out]
    for i, (start, end, piece) in enumerate(out):
        if not _BARE_DAY.fullmatch(piece):
            continue
        after = next((m for m in named[i + 1:] if m), None)
        before = next((m for m in reversed(named[:i]) if m), None)
        if after is not None and re.match(r"\d", out[-1][2]):  # "5 and 8 August"
            out[i] = (start, end, f"{piece} {after.group()}")
        elif after is not None:
            out[i] = (start, end, f"{after[1]} {piece}")
        elif before is not None:  # "December 24 and 25"
            year = re.search(r"\d{4}", before.group())
            out[i] = (start, end, f"{before[1]} {piece}" + (f" {year.group()}" if year else ""))
        else:
            return None
    year = _YEAR_END.search(out[-1][2])
    if year and named[-1] is None:  # "December 24 and 25, 2006": the year is both days'
        out = [(a, b, t if re.search(r"\d{4}", t) else f"{t} {year[1]}") for a, b, t in out]
    return out
