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
- A date without a year ("Aug. 6") takes the published year, moved back a year
  when that would be more than 30 days in the future (forward a year when, in a
  future clause, it would be more than 30 days past). A bare month ("in
  February") is the most recent such month not after publication (the next one
  in a future clause). No day is ever taken from the published date.
- "last night" and "overnight" are the day the night ends: the published day.
  "the night of 5-6 August" is 6 August; "Monday night" is Monday.
- Weeks are ISO weeks (``2024-W32``); weekends ``2024-W32-WE``, precision week.
- Seasons are northern-hemisphere and meteorological (SP Mar-May, SU Jun-Aug,
  FA Sep-Nov, WI Dec-Feb); a winter is labelled by the year of its December.
  A bare season is the latest one begun by publication (in a future clause,
  the current or next one); "this summer" is the one whose middle is nearest
  to publication, "last"/"next" the one before/after it. "fall" needs
  "this/last/next" or a year, as "the fall of X" is a noun.
- Modifiers ("early", "mid-", "the end of", "the first week of") keep the unit
  they modify: "mid-July" is ``2024-07``.
- Ranges ("5-7 August", "Monday and Tuesday") take as value the smallest unit
  that holds them (week, month, quarter, year or decade) while ``start_date`` and
  ``end_date`` give the range itself.
- Numeric dates: ``YYYY-MM-DD``; ``DD.MM.YYYY`` and ``DD/MM/YYYY`` are read day
  first unless that is impossible.
- Without a published date, relative expressions resolve to ``PAST_REF``,
  ``PRESENT_REF`` or ``FUTURE_REF`` with precision ``other`` and no span.
- Durations ("for three hours"), ages ("10-year-old"), anaphora ("the next
  day") and a lower-case "may"/"march" give ``None``.
"""

from __future__ import annotations

from .published import parse_iso_date, parse_published
from .rules import resolve
from .units import Resolved

__all__ = ["Resolved", "resolve", "parse_published", "parse_iso_date"]
