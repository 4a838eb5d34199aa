"""Durations: "three hours", "six months", "a two-year term", "for 10 days".

A duration is a length, not a point: its value is an ISO 8601 period
(``PT3H``, ``P6M``, ``P2Y``, ``P10D``, ``P1W``, ``P2DE`` for two decades), it has
no ``start_date`` or ``end_date``, and its precision is its own unit (hours and
minutes: ``other``). A counted length anchored at publication or at another time
is a duration too, as TimeML values it: "the past three months" is ``P3M``, "the
next 15 years" ``P15Y``, "the previous two weeks" ``P2W``. Vague lengths
("several days", "the past few years") are *_REF values; ages ("a 10-year-old")
are neither.
"""

from __future__ import annotations

import re

from .lexicon import vocabulary
from .units import Resolved

__all__ = ["anchored_duration", "duration"]

#: unit word -> (ISO designator, time part?, precision)
_UNITS = {
    "minute": ("M", True, "other"), "hour": ("H", True, "other"), "day": ("D", False, "day"),
    "week": ("W", False, "week"), "month": ("M", False, "month"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
}


def duration(s: str) -> Resolved | None:
    """The ISO period of a normalised length ("three hours", "a two-year"), or None."""
    m = re.fullmatch(r"(?:an? )?(\d+|[a-z]+(?: couple of)?|couple of)[ -]"
                     r"(minute|hour|day|week|month|year|decade)s?(?: long)?", s)
    if not m:
        return None
    numbers = vocabulary().numbers
    if m[1].isdecimal():
        n = int(m[1])
    elif m[1] in numbers:
        n = numbers[m[1]]
    else:
        return None
    if n <= 0 or n > 1000:
        return None
    code, clock, precision = _UNITS[m[2]]
    value = f"PT{n}{code}" if clock else f"P{n}{code}"
    return Resolved(value, None, None, precision)


_ANCHORED = re.compile(r"(?:the )?(?:past|last|next|coming|previous|preceding|following) (.+)")


def anchored_duration(s: str) -> Resolved | None:
    """The ISO period of a counted length told from a time ("the past three months",
    "the next 24 hours"), or None (also for an uncounted one: "the past few days")."""
    m = _ANCHORED.fullmatch(s)
    if not m or not re.search(r"s$", m[1]):  # "the past week" is a week, not a length
        return None
    return duration(m[1])
