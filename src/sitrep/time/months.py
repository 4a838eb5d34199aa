"""Dates and months without a weekday: "Aug. 6", "6 August 2024", "in February", "at Christmas".

A date or month without a year is placed by the tense of its clause:

- past: the latest one on or before publication (a day without a year may be
  up to 30 days ahead: reports are filed across time zones and deadlines);
- future: the first one on or after publication (a day may be up to 30 days
  behind: "until Aug. 6" said on the 20th);
- unknown or present: the nearest one, the past one on a tie ("a June
  meeting" said in April is this June; "Aug. 6" said in January is last August).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import lexicon as lx
from . import units as u
from .lexicon import vocabulary

__all__ = ["month_forms", "holiday", "ordinal_day", "day_month", "direction", "rel_year"]


def direction(rel: str | None, tense: str | None) -> str:
    """The *_REF kind a relative expression takes without a published date."""
    if rel in ("last", "past", "previous"):
        return "PAST"
    if rel in ("next", "coming"):
        return "FUTURE"
    if rel == "this":
        return "PRESENT"
    return "FUTURE" if tense == "future" else "PAST"


def rel_year(word: str, p: date | None) -> int | None:
    """The year named by "2022", "this year", "last year", "next year" (None if unknown)."""
    if word.isdecimal():
        return int(word)
    if p is None:
        return None
    return p.year + {"this": 0, "last": -1, "next": 1, "the": 0}[word.split()[0]]


def day_month(m: int, d: int, y: int | None, p: date | None, tense: str | None
              ) -> u.Resolved | None:
    """A day of a month; without a year, the one the tense points to (module docstring)."""
    if y is not None:
        found = u.safe_date(y, m, d)
        return u.day(found) if found else None
    if p is None:
        return u.ref(direction(None, tense)) if u.safe_date(2000, m, d) else None
    slack = timedelta(days=30)
    options = [x for x in (u.safe_date(y, m, d) for y in (p.year - 1, p.year, p.year + 1)) if x]
    if not options:
        return None
    if tense == "future":
        found = min((x for x in options if x >= p - slack), default=None)
    elif tense == "past":
        found = max((x for x in options if x <= p + slack), default=None)
    else:
        found = min(options, key=lambda x: (abs((x - p).days), x > p))
    return u.day(found) if found else None


def bare_month(m: int, rel: str | None, p: date | None, tense: str | None) -> u.Resolved:
    """A month with no year: by "last"/"next"/"this", else by the tense (module docstring)."""
    if p is None:
        return u.ref(direction(rel, tense))
    y = p.year
    if rel in ("next", "coming") or (rel is None and tense == "future"):
        y += m < p.month or (rel is not None and m == p.month)
    elif rel in ("last", "past", "previous"):
        y -= m >= p.month
    elif rel is None and tense == "past":
        y -= m > p.month
    elif rel is None:  # the nearest, the past one on a tie
        now = p.year * 12 + p.month - 1
        y = min((y - 1, y, y + 1), key=lambda c: (abs(c * 12 + m - 1 - now), c * 12 + m - 1 > now))
    return u.month(y, m)


def month_forms(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    words = vocabulary()
    mon = words.month_group  # the month-name regex group
    # "Tuesday, Aug. 6" -> "aug 6"; "20-April-2018" -> "20 april 2018"
    s = re.sub(r"^" + words.weekday_group + r" ", "", s.replace(".", ""))
    s = re.sub(rf"^(\d{{1,2}})-{mon}-(\d{{4}})$", r"\1 \2 \3", s)
    yr = r"(?: (?:of )?(\d{4}|(?:this|last|next) year))?"
    if m := re.fullmatch(rf"{mon} {lx.DAY}{yr}", s):
        name, day, y = m[1], m[2], m[3]
    elif m := re.fullmatch(rf"{lx.DAY} (?:of )?{mon}{yr}", s):
        day, name, y = m[1], m[2], m[3]
    elif m := re.fullmatch(rf"(?:{lx.REL} )?{mon}{yr}", s):
        if m[3] is None:
            return bare_month(words.months[m[2]], m[1], p, tense)
        if m[1]:
            return None
        year = rel_year(m[3], p)
        return u.month(year, words.months[m[2]]) if year else u.ref(direction(m[3][:4], tense))
    elif m := re.fullmatch(rf"{mon} {lx.DAY}{lx.SEP}{lx.DAY}{yr}", s) or re.fullmatch(
            rf"{lx.DAY}{lx.SEP}{lx.DAY} (?:of )?{mon}{yr}", s):
        first_mon = m.re.pattern.startswith(mon)
        name = m[1] if first_mon else m[3]
        d1, d2 = (m[2], m[3]) if first_mon else (m[1], m[2])
        b = month_forms(f"{name} {d2} {m[4] or ''}".strip(), p, tense)
        # the first day is in the last day's month and year ("January 5-14" said on
        # December 14 in a past clause is not 5 January 2007 to 14 January 2006)
        a = (month_forms(f"{name} {d1} {b.end_date[:4]}", p, tense)
             if b is not None and b.end_date else None)
        if a and b and a.start_date and b.end_date and a.start_date < b.end_date:
            return u.containing(date.fromisoformat(a.start_date), date.fromisoformat(b.end_date))
        return None
    else:
        return None
    year = rel_year(y, p) if y else None
    if y and year is None:
        return u.ref(direction(y[:4], tense))
    return day_month(words.months[name], int(day), year, p, tense)


def ordinal_day(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    """A day of the month named by its ordinal alone ("on the 15th", "by the 20th of this
    month"): in the published month or the one before or after it, by the same rule as a
    day without a year (module docstring), or the month named."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)(?: of (this|last|next) month)?", s)
    if not m or not 1 <= int(m[1]) <= 31:
        return None
    if p is None:
        return u.ref(direction(m[2], tense))
    months = [p.year * 12 + p.month - 1 + k for k in (-1, 0, 1)]
    if m[2]:
        months = [months[{"last": 0, "this": 1, "next": 2}[m[2]]]]
    options = [x for x in (u.safe_date(t // 12, t % 12 + 1, int(m[1])) for t in months) if x]
    if len(options) == 1 or not options:
        return u.day(options[0]) if options else None
    if tense == "future":
        found = min((x for x in options if x >= p), default=None)
    elif tense == "past":
        found = max((x for x in options if x <= p + timedelta(days=1)), default=None)
    else:
        found = min(options, key=lambda x: (abs((x - p).days), x > p))
    return u.day(found) if found else None


def holiday(s: str, p: date | None, tense: str | None) -> u.Resolved | None:
    m = re.fullmatch(r"(.+?)(?: (\d{4}))?", s)
    holidays = vocabulary().holidays
    if not m or m[1] not in holidays:
        return None
    month, day = holidays[m[1]]
    return day_month(month, day, int(m[2]) if m[2] else None, p, tense)
