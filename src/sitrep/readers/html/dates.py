"""Dates written on a page: ISO stamps and "14 June 2024" / "June 14, 2024" forms.

Only full dates (with a year) count; "Aug 12" alone is not a publication date.

    >>> date_in("Updated 6:04 PM GMT, June 2, 2024")
    '2024-06-02'
    >>> date_in("Sat, 06 Apr 2024 11:00:00 GMT")
    '2024-04-06'
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ... import reference

__all__ = ["CLOCK", "date_in", "date_pattern", "iso_date", "weekday_pattern"]

_ISO = r"(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
_DMY = r"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{month})\s*,?\s+(?P<y2>\d{{4}})"
_MDY = r"(?P<m3>{month})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y3>\d{{4}})"
#: A clock time, with an optional am/pm and time zone ("09:12 BST", "6:04 p.m. ET").
CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?(?!\w)",
    re.I,
)


@functools.cache
def _months() -> dict[str, int]:
    """Month names and abbreviations (``common/months``) -> month number."""
    months = reference.mapping("common/months")
    return {**months["months"], **months["abbreviations"]}


@functools.cache
def date_pattern() -> re.Pattern[str]:
    """A full date in any of the accepted forms (ISO, "14 June 2024", "June 14, 2024")."""
    names = sorted(_months(), key=lambda name: (-len(name), name))
    month = rf"(?:{'|'.join(names)})[a-z]*\.?"
    forms = (_ISO, _DMY.format(month=month), _MDY.format(month=month))
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.I)


@functools.cache
def weekday_pattern() -> re.Pattern[str]:
    """A weekday name or its three-letter abbreviation (``common/weekdays``), or "Thur"."""
    days = reference.ordered_words("common/weekdays")
    names = [*days, *(day[:3] for day in days), "thur"]
    return re.compile(r"\b(?:" + "|".join(names) + r")\b\.?", re.I)


_ISO_START = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def _make(year: str, month: str, day: str) -> str | None:
    name = month.lower().rstrip(".")
    months = _months()
    month_number = int(month) if month.isdecimal() else months.get(name, months.get(name[:3]))
    try:
        return dt.date(int(year), month_number or 0, int(day)).isoformat()
    except ValueError:
        return None


def date_in(text: str) -> str | None:
    """The first valid full date written in ``text``, as YYYY-MM-DD."""
    for match in date_pattern().finditer(text):
        g = match.groupdict()
        for y, m, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
            if g[y] and (found := _make(g[y], g[m], g[d])):
                return found
    return None


def iso_date(value: str) -> str | None:
    """YYYY-MM-DD from a metadata value: an ISO timestamp first, else a written date."""
    match = _ISO_START.match(value)
    if match:
        return _make(*match.groups())
    return date_in(value)
