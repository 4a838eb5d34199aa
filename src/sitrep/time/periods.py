"""Periods longer than a month: quarters, fiscal years, seasons, years and decades.

- A quarter without a year ("the third quarter", "third-quarter") is this
  year's when it has begun by publication; a later one is last year's, or
  this year's in a future clause. "The latest quarter" ("the most recent",
  "the past quarter") is the last one over by publication.
- A fiscal year is labelled by the year it is named after: "fiscal 1997",
  "FY1997", "FY97" and "the 1997 fiscal year" are ``1997``; "this fiscal year",
  "the current fiscal year" the published year, "last"/"next fiscal year" the
  one before/after it. "H1 2024" is ``2024-H1``, like "the first half of 2024".
- Seasons: see the package docstring.
"""

from __future__ import annotations

import re
from datetime import date

from . import units as u
from .lexicon import vocabulary
from .months import direction, rel_year

__all__ = ["quarter_forms", "fiscal_forms", "season_forms", "year_forms"]


def quarter_forms(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    ordinals = vocabulary().ordinals
    s = re.sub(r"\b(\w+)-quarter\b", r"\1 quarter", s)  # "third-quarter"
    if m := re.fullmatch(r"(?:the )?(?:latest|most recent|past|previous) (?:fiscal )?quarter", s):
        if p is None:
            return u.ref("PAST")
        total = p.year * 4 + (p.month - 1) // 3 - 1
        return u.quarter(total // 4, total % 4 + 1)
    m = re.fullmatch(r"(?:(\d{4}|(?:this|last|next) year) )?(?:the )?(?:fiscal )?"
                     rf"({'|'.join(ordinals)}) (?:fiscal )?quarter"
                     r"(?: (?:of )?(?:fiscal )?(\d{4}|(?:this|last|next|the) year))?", s)
    if m and not (m[1] and m[3]):  # "last year's third quarter", "the fiscal third quarter"
        q, y = ordinals[m[2]], m[1] or m[3]
        if m[2] == "last" and not y and not s.startswith("the"):
            return None  # "last quarter" is the previous quarter (handled as a unit)
    elif m := re.fullmatch(r"q([1-4])(?: (\d{4}))?|(\d{4}) q([1-4])", s):
        q, y = int(m[1] or m[4]), m[2] or m[3]
    else:
        return None
    if y:
        year = rel_year(y, p)
        return u.quarter(year, q) if year else u.ref(direction(y[:4], tense))
    if p is None:
        return u.ref(direction(None, tense))
    now = (p.month - 1) // 3 + 1
    shift = 0
    if q > now and tense != "future":
        shift = -1
    elif q < now and tense == "future" and q != now - 1:
        shift = 1
    return u.quarter(p.year + shift, q)


def fiscal_forms(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    """ "fiscal 1997", "fiscal year 1997", "FY1997", "FY24", "the 2023 fiscal year", "this
    fiscal year", "fiscal 1997-98"; and halves of a year ("H1 2024", "2024 H2")."""
    if m := re.fullmatch(r"(?:fiscal(?: year)?|fy) ?(\d{4})(?:[-/]\d{2,4})?"
                         r"|(?:the )?(\d{4})(?:[-/]\d{2,4})? (?:fiscal|financial) year", s):
        return u.year(int(m[1] or m[2]))
    if m := re.fullmatch(r"fy ?(\d{2})(?:[-/]\d{2,4})?", s):  # "FY24": the century nearest
        recent = (p.year if p else 2000) % 100  # to publication, as for "the '90s"
        return u.year((20 if int(m[1]) <= recent + 10 else 19) * 100 + int(m[1]))
    if m := re.fullmatch(r"h([12]) (\d{4})|(\d{4}) h([12])", s):
        return u.half(int(m[2] or m[3]), int(m[1] or m[4]))
    if m := re.fullmatch(r"(?:the )?(this|current|last|past|previous|next|coming) "
                         r"(?:fiscal|financial) year", s):
        if p is None:
            return u.ref(direction(m[1], tense))
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m[1], 0)
        return u.year(p.year + step)
    return None


def season_forms(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    seasons = vocabulary().seasons
    m = re.fullmatch(r"(?:the )?(?:(this|last|next|past|coming) )?"
                     rf"({'|'.join(seasons)})"
                     r"(?: (?:of )?(\d{4}|(?:this|last|next) year)(?:[-/]\d{2,4})?)?", s)
    if not m or (m[2] == "fall" and not (m[1] or m[3])):
        return None  # a bare "fall" is a noun ("the fall of Bakhmut")
    rel, code = m[1], seasons[m[2]]
    if m[3]:
        year = rel_year(m[3], p)
        return u.season(year, code) if year else u.ref(direction(m[3][:4], tense))
    if p is None:
        return u.ref(direction(rel, tense))
    if rel == "this":  # the instance whose middle is nearest to p

        def distance(y: int) -> int:
            a, b = u.season_bounds(y, code)
            return abs((a + (b - a) / 2 - p).days)

        return u.season(min((p.year - 1, p.year, p.year + 1), key=distance), code)
    if rel in ("last", "past"):  # the latest one over by p: "last autumn" in January
        y = p.year
        while u.season_bounds(y, code)[1] >= p:
            y -= 1
        return u.season(y, code)
    if rel == "next":  # the first one not begun by p: "next winter" in August
        y = p.year - 1
        while u.season_bounds(y, code)[0] <= p:
            y += 1
        return u.season(y, code)
    if rel == "coming" or tense == "future":  # the current one, or the next to begin
        y = p.year - 1
        while u.season_bounds(y, code)[1] < p:
            y += 1
        return u.season(y, code)
    y = p.year  # the current one, or the last to begin
    while u.season_bounds(y, code)[0] > p:
        y -= 1
    return u.season(y, code)


def year_forms(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    if m := re.fullmatch(r"(?:the year )?(\d{4})", s):
        return u.year(int(m[1])) if 1000 <= int(m[1]) <= 2999 else None
    if m := re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{2}|\d{4})", s):
        a = int(m[1])
        b = int(m[2]) if len(m[2]) == 4 else a // 100 * 100 + int(m[2])
        return u.containing(date(a, 1, 1), date(b, 12, 31)) if a < b <= a + 10 else None
    if m := re.fullmatch(r"(?:the )?(\d{3})0'?s", s):
        return u.decade(int(m[1]))
    decades = vocabulary().decades
    if m := re.fullmatch(rf"(?:the )?(?:'?(\d)0'?s|({'|'.join(decades)}))", s):
        tens = int(m[1]) if m[1] else decades[m[2]]
        recent = p.year % 100 // 10 if p else 2
        return u.decade((200 if tens <= recent else 190) + tens)
    return None
