"""TIMEX3 values and the ISO spans they cover: days, weeks, months, seasons, decades."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple

__all__ = ["Resolved"]


class Resolved(NamedTuple):
    value: str  # TIMEX3 value
    start_date: str | None  # ISO day; None for *_REF values
    end_date: str | None
    precision: str  # one of sitrep.records.TIME_PRECISIONS


def ref(kind: str) -> Resolved:
    return Resolved(f"{kind}_REF", None, None, "other")


def day(d: date) -> Resolved:
    return Resolved(d.isoformat(), d.isoformat(), d.isoformat(), "day")


def span(value: str, a: date, b: date, precision: str) -> Resolved:
    return Resolved(value, a.isoformat(), b.isoformat(), precision)


def week(d: date) -> Resolved:
    y, w, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return span(f"{y}-W{w:02d}", monday, monday + timedelta(days=6), "week")


def weekend(saturday: date) -> Resolved:
    y, w, _ = saturday.isocalendar()
    return span(f"{y}-W{w:02d}-WE", saturday, saturday + timedelta(days=1), "week")


def month(y: int, m: int) -> Resolved:
    last = calendar.monthrange(y, m)[1]
    return span(f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last), "month")


def quarter(y: int, q: int) -> Resolved:
    last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    return span(f"{y:04d}-Q{q}", date(y, 3 * q - 2, 1), last, "quarter")


def half(y: int, h: int) -> Resolved:
    """The first or second half of year ``y`` (TIMEX3 ``1989-H2``), of quarter precision."""
    return span(f"{y:04d}-H{h}", date(y, 6 * h - 5, 1), date(y, 6 * h, 30 if h == 1 else 31),
                "quarter")


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_bounds(y: int, code: str) -> tuple[date, date]:
    start = date(y, SEASON_START[code], 1)
    end_month = SEASON_START[code] + 2
    end_y, end_m = (y + 1, end_month - 12) if end_month > 12 else (y, end_month)
    return start, date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])


def season(y: int, code: str) -> Resolved:
    return span(f"{y:04d}-{code}", *season_bounds(y, code), "season")


def year(y: int) -> Resolved:
    return span(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def decade(d: int) -> Resolved:
    return span(str(d), date(d * 10, 1, 1), date(d * 10 + 9, 12, 31), "decade")


def containing(a: date, b: date) -> Resolved | None:
    """The smallest unit up to a year that holds ``a``..``b``, with the range itself as its
    span; a range across years ("1994-1997", "December 30-January 3") takes the year it
    starts in, as a decade is not what it says; None past the decade it starts in."""
    if a == b:
        return day(a)
    for unit in (
        week(a),
        month(a.year, a.month),
        quarter(a.year, (a.month - 1) // 3 + 1),
    ):
        if b.isoformat() <= str(unit.end_date):
            return unit._replace(start_date=a.isoformat(), end_date=b.isoformat())
    if b.year // 10 != a.year // 10 and b.year > a.year + 1:
        return None  # "2014-2025" is no period of one decade
    return year(a.year)._replace(start_date=a.isoformat(), end_date=b.isoformat())


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
