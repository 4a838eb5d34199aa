"""Reading dates written as text: the article's published date and strict ISO days.

Readers turn whatever a feed or header gives as the published date into a
``date`` once, at the boundary, with :func:`parse_published`; everything after
them sees ``YYYY-MM-DD``. It accepts:

- ISO dates and timestamps, with or without a zone: ``2016-12-17``,
  ``2016-12-17T10:00:00Z``, ``2016-12-17 10:00:00+02:00``, ``20161217``;
  a timestamp gives the calendar day written in it (the publisher's local day);
- RFC 2822 (mail and RSS): ``Sat, 17 Dec 2016 10:00:00 +0000``;
- written dates, a weekday and a trailing clock time allowed: ``Dec 17, 2016``,
  ``December 17 2016``, ``17 December 2016``, ``17 Dec. 2016``,
  ``17th of December, 2016``;
- numeric dates: ``2016/12/17``, ``2016.12.17``, and ``17/12/2016`` or
  ``12/17/2016`` when only one reading is a real day.

A value it cannot read raises :class:`~sitrep.errors.InputError` saying why:
not a date, an impossible day (``2016-02-30``), an ambiguous one
(``03/04/2016``: 3 April or 4 March?) or a year outside 1800-2199. Readers
report that once, with the file and line, and leave the date unknown.

    >>> parse_published("Dec 17, 2016")
    datetime.date(2016, 12, 17)
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .. import reference
from ..errors import InputError

__all__ = ["parse_iso_date", "parse_published", "FIRST_YEAR", "LAST_YEAR"]

#: The published years accepted; anything else is a typo or a placeholder.
FIRST_YEAR, LAST_YEAR = 1800, 2199

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_STAMP = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
_BASIC = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T\d{2,6}(?:Z|[+-]\d{2,4})?)?", re.I)
_YMD = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})")
_XY = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)$", re.I)
_CLOCK = (  # "10:00", ", 10:00:00 +0000", " at 6.04 p.m. EST"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?-i:[A-Z]{1,5})|\s*[+-]\d{2}:?\d{2})?)?"
)


def parse_iso_date(value: str) -> date | None:
    """``value`` as a date when it is a real calendar date written ``YYYY-MM-DD``, else None."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_published(published: date | str | None) -> date | None:
    """The published date as a ``date``, from any of the forms in the module docstring.

    ``None`` and an empty string give None. Raises
    :class:`~sitrep.errors.InputError`, saying why and what to write instead,
    when a string is not a readable, real, unambiguous date.
    """
    if published is None or isinstance(published, date):
        return published
    value = " ".join(published.split())
    if not value:
        return None
    day = _read(value)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _bad(published, f"its year {day.year} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return day


def _read(value: str) -> date:
    for pattern in (_ISO_STAMP, _BASIC, _YMD):
        if match := pattern.fullmatch(value):
            return _make(value, match["y"], match["m"], match["d"])
    if match := _XY.fullmatch(value):
        return _day_or_month_first(value, match["a"], match["b"], match["y"])
    if match := _written().fullmatch(value):
        g = match.groupdict()
        month = _month_number(g["m1"] or g["m2"])
        return _make(value, g["y1"] or g["y2"], str(month), g["d1"] or g["d2"])
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        stamp = None
    if isinstance(stamp, datetime):
        return stamp.date()
    raise _bad(value, "it is not a date sitrep reads")


def _make(value: str, year: str, month: str, day: str) -> date:
    try:
        return date(int(year), int(month), int(_ORDINAL.sub("", day)))
    except ValueError:
        raise _bad(value, "it is not a real calendar day") from None


def _day_or_month_first(value: str, a: str, b: str, year: str) -> date:
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    if not readings:
        raise _bad(value, "it is not a real calendar day")
    if len(set(readings)) > 1:
        first, second = readings
        raise _bad(value, f"it is ambiguous ({first:%d %B} or {second:%d %B}?)")
    return readings[0]


@functools.cache
def _month_names() -> dict[str, int]:
    months = reference.mapping("common/months")
    return {**months["months"], **months["abbreviations"]}


def _month_number(name: str) -> int:
    return _month_names()[name.lower().rstrip(".")]


@functools.cache
def _written() -> re.Pattern[str]:
    """``17 Dec. 2016`` and ``Dec 17, 2016``, with an optional weekday before and clock after."""
    names = sorted(_month_names(), key=lambda name: (-len(name), name))
    month = rf"(?:{'|'.join(names)})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    dmy = rf"(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month}),?\s+(?P<y1>\d{{4}})"
    mdy = rf"(?P<m2>{month})\s+(?P<d2>{day}),?\s+(?P<y2>\d{{4}})"
    days = reference.ordered_words("common/weekdays")
    weekday = rf"(?:(?:{'|'.join([*days, *(d[:3] for d in days)])})\.?,?\s+)?"
    return re.compile(rf"{weekday}(?:{dmy}|{mdy}){_CLOCK}", re.I)


def _bad(value: str, why: str) -> InputError:
    return InputError(
        f"published date {value!r} is not used: {why}; write it as YYYY-MM-DD (e.g. 2024-08-12)."
    )
