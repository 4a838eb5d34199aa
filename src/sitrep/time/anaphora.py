"""Times told from another time: "the next day", "a year earlier", "later that month".

Such an expression is anchored on the reference time, the latest expression
before it in the text that has a value of its own, not on the published date.
The step keeps the reference's grain when that is finer than a year: "a year
earlier" after "the third quarter of 1989" is ``1988-Q3``, after "March 2023"
``2022-03``; after a day it is the year before (``2022``). A unit named as such
("the previous year", "later that year") is that unit: ``2022`` after "March 2023". "The same period
last year" and "year-ago" work the same way from the reference. A day-sized
step needs a day to step from ("the next day" after "in March" is unknown), and
with no reference at all the expression is not resolved. "A week after" and
"the day before" are times only where nothing follows them: "a week after the
talks began" dates the talks, not a week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import units as u
from .lexicon import vocabulary

__all__ = ["PATTERN", "resolve_anaphor"]

_UNIT = r"(day|week|month|quarter|year)"
#: What the scan offers (the normalised text is matched again by resolve_anaphor).
PATTERN = re.compile(
    r"(?i)\b(?:(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:earlier|later|previously|(?:before|after)"
    r"(?![\w\s]*\w)))"
    r"|(?:the\s+)?(?:previous|preceding|following|next|prior)\s+(?:day|week|month|quarter|year"
    r"|morning|afternoon|evening|night)"
    r"|the\s+(?:day|week|month|year)\s+(?:before|after)\b(?!\s+\w)"
    r"|(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?"
    r"(?:day|week|month|year|night|morning|evening)"
    r"|the\s+same\s+(?:period|quarter|month)\s+(?:of\s+)?(?:last|a)\s+year(?:\s+earlier)?"
    r"|(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:period|quarter|month))?)\b")

_STEP = re.compile(rf"(\w+) {_UNIT}s? (earlier|later|before|after|previously)")
_PART = r"(morning|afternoon|evening|night)"
_NEXT = re.compile(rf"(?:the )?(previous|preceding|following|next|prior) (?:{_UNIT}|{_PART})")
_AROUND = re.compile(rf"the {_UNIT} (before|after)")
_SAME = re.compile(r"(?:(?:later|earlier) )?(?:on )?(?:that|the same) (?:same )?"
                   rf"(?:(day|week|month|year)|{_PART})")
_YEAR_AGO = re.compile(r"the same (?:period|quarter|month) (?:of )?(?:last|a) year(?: earlier)?"
                       r"|(?:the )?year-(?:ago|earlier)(?: (?:period|quarter|month))?")
_GRAIN = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4}


def resolve_anaphor(s: str, ref: u.Resolved | None) -> u.Resolved | None:
    """The value of normalised anaphoric text ``s`` told from ``ref``, or None."""
    if ref is None or ref.start_date is None or ref.precision not in _GRAIN:
        return None
    anchor = date.fromisoformat(ref.start_date)
    if _YEAR_AGO.fullmatch(s):
        return _shift(ref, anchor, "year", -1)
    m = _STEP.fullmatch(s)
    n = (int(m[1]) if m[1].isdecimal() else vocabulary().numbers.get(m[1])) if m else None
    if m and n is not None:
        return _shift(ref, anchor, m[2], n if m[3] in ("later", "after") else -n)
    if m := _NEXT.fullmatch(s):
        step = 1 if m[1] in ("following", "next") else -1
        return _part(_shift(ref, anchor, m[2] or "day", step, named=True), m[3])
    if m := _AROUND.fullmatch(s):
        return _shift(ref, anchor, m[1], 1 if m[2] == "after" else -1, named=True)
    if m := _SAME.fullmatch(s):
        return _part(_shift(ref, anchor, m[1] or "day", 0, named=True), m[2])
    return None


def _part(res: u.Resolved | None, part: str | None) -> u.Resolved | None:
    """``res``, a day, with the TIMEX3 code of the part of the day the text names ("the
    next morning" after 3 April is ``1997-04-04TMO``)."""
    if res is None or part is None:
        return res
    return res._replace(value=f"{res.value}T{vocabulary().day_parts[part]}")


def _shift(ref: u.Resolved, anchor: date, unit: str, n: int, *, named: bool = False
           ) -> u.Resolved | None:
    """``ref`` moved by ``n`` units, in the finer of its grain and the unit's; a ``named``
    unit ("the previous year", "later that year") is that unit itself, whatever the grain
    of ``ref`` ("the previous year" after "in October 2005" is 2004)."""
    grain = _GRAIN[ref.precision]
    if unit == "day":
        return u.day(anchor + timedelta(days=n)) if grain == 0 else None
    if unit == "week":
        return u.week(anchor + timedelta(days=7 * n)) if grain <= 1 else None
    if unit == "month":
        if grain > 2:
            return None
        total = anchor.year * 12 + anchor.month - 1 + n
        return u.month(total // 12, total % 12 + 1)
    if unit == "quarter":
        if grain > 3 or ref.precision == "season":
            return None
        total = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return u.quarter(total // 4, total % 4 + 1)
    # a year: the same month, quarter or season a year away; else the year
    if named:
        return u.year(anchor.year + n)
    if ref.precision == "month":
        return u.month(anchor.year + n, anchor.month)
    if ref.value[-3:] in ("-H1", "-H2"):  # a half: the same half a year away
        return u.half(anchor.year + n, int(ref.value[-1]))
    if ref.precision == "quarter":
        return u.quarter(anchor.year + n, (anchor.month - 1) // 3 + 1)
    if ref.precision == "season":
        code = ref.value.rsplit("-", 1)[-1]
        return u.season(anchor.year + n, code) if code in u.SEASON_START else None
    return u.year(anchor.year + n)
