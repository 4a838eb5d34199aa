"""Resolve one English temporal expression to a TIMEX3 value, given the publication date.

Example:

    >>> from datetime import date
    >>> resolve("on Tuesday", date(2024, 8, 12))
    Resolved(value='2024-08-06', start_date='2024-08-06', end_date='2024-08-06', precision='day')
    >>> resolve("over the summer", date(2024, 8, 12)).value
    '2024-SU'

The rules are news conventions:

- A bare weekday is the most recent such day on or before the published date
  (the published weekday itself means the published day, not a week back);
  "last Tuesday" is strictly before it. With ``tense="future"`` or "next" it is
  the first such day on or after (strictly after for "next").
- A date or month without a year ("Aug. 6", "in February", "at Christmas")
  follows the tense of its clause: in a past clause the latest one on or before
  publication (a day may be up to 30 days ahead), in a future clause the first
  one on or after it (a day may be up to 30 days behind), and otherwise the
  nearest one, the past one on a tie ("a June meeting" said in April is this
  June). A day named by its ordinal alone after "on", "by", "since"... ("on the
  15th") is in the published month or the one before or after it, by the same
  rule. A plainly past date is at most two days ahead (one after "since": "since
  Oct. 7"), else a year back. "Aug. 6 or 7" gives both days. No day is
  ever taken from the published date. Complete dates come in any order and
  with hyphens ("20-April-2018", "April 20, 2018", "the 20th of April 2018").
- "last night" and "overnight" are the day the night began: the day before the
  published day, as TimeML dates "last night". "the night of 5-6 August" is
  6 August; "Monday night" is Monday.
- Weeks are ISO weeks (``2024-W32``); weekends ``2024-W32-WE``, precision week.
- Seasons are northern-hemisphere and meteorological (SP Mar-May, SU Jun-Aug,
  FA Sep-Nov, WI Dec-Feb); a winter is labelled by the year of its December.
  A bare season is the latest one begun by publication (in a future clause,
  the current or next one); "this summer" is the one whose middle is nearest
  to publication, "last"/"next" the one before/after it. "fall" needs
  "this/last/next" or a year, as "the fall of X" is a noun.
- Modifiers ("early", "mid-", "the end of", "the first week of") keep the unit
  they modify: "mid-July" is ``2024-07``.
- Quarters without a year are this year's once begun ("third-quarter"), else
  last year's (this year's in a future clause); "the latest quarter" is the last
  one over. Fiscal years are labelled by the year they name ("fiscal 1997",
  "FY1997": ``1997``; "this fiscal year": the published year). Halves of a
  year are TIMEX3 halves: "the second half of 1989" is ``1989-H2``, precision
  quarter.
- Ranges written as one ("5-7 August", "2010-2013") take as value the smallest
  unit that holds them (week, month, quarter, year or decade) while
  ``start_date`` and ``end_date`` give the range itself. In a text, lists and
  ranges told in words ("Sunday and Monday", "1994, 1995 and 1997", "between 5
  and 8 August") give one expression per member, a bare day borrowing its month
  and year from its neighbour (:mod:`.lists`).
- Numeric dates: ``YYYY-MM-DD``; ``DD.MM.YYYY`` and ``DD/MM/YYYY`` are read day
  first unless that is impossible.
- "the past week", "the last month", "the past year" are the week, month or
  year before the published one, as TimeML dates them.
- Vague references are *_REF values only where the text is vague ("recently",
  "in the future", "these days", "in recent weeks", "the past few days"), with
  precision ``other`` and no span. Without a published date, relative
  expressions resolve to ``PAST_REF``, ``PRESENT_REF`` or ``FUTURE_REF`` too.
- Durations are lengths: "three hours" is ``PT3H``, "six months" ``P6M``, "a
  two-year term" ``P2Y``, "the past three months" ``P3M``, with the precision
  of their unit and no span (:mod:`.durations`). Ages ("10-year-old") and a
  lower-case "may"/"march" give ``None``.
- Times told from another time ("the next day", "a year earlier", "later that
  month", "year-ago") are resolved in a text against the latest time before
  them, keeping its grain: "a year earlier" after "the third quarter of 1989" is
  ``1988-Q3`` (:mod:`.anaphora`); alone, :func:`resolve` gives ``None``.
"""

from __future__ import annotations

from .published import parse_iso_date, parse_published
from .rules import resolve
from .units import Resolved

__all__ = ["Resolved", "resolve", "parse_published", "parse_iso_date"]
