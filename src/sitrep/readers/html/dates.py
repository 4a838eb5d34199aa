"""Dates written on a page: ISO stamps and "14 June 2024" / "June 14, 2024" forms.

Only full dates (with a year) count; "Aug 12" alone is not a publication date.

    >>> date_in("Updated 6:04 PM GMT, June 2, 2024")
    '2024-06-02'
    >>> date_in("Sat, 06 Apr 2024 11:00:00 GMT")
    '2024-04-06'
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATE", "CLOCK", "WEEKDAY", "date_in", "iso_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_ISO = r"(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
_DMY = rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\s*,?\s+(?P<y2>\d{{4}})"
_MDY = rf"(?P<m3>{_MONTH})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y3>\d{{4}})"
#: A full date in any of the accepted forms.
DATE = re.compile(rf"\b(?:{_ISO}|{_DMY}|{_MDY})\b", re.I)
#: A clock time, with an optional am/pm and time zone ("09:12 BST", "6:04 p.m. ET").
CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?(?!\w)",
    re.I,
)
WEEKDAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|thur|fri|sat|sun)\b\.?", re.I
)
_ISO_START = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def _make(year: str, month: str, day: str) -> str | None:
    name = month.lower().rstrip(".")
    month_number = int(month) if month.isdigit() else _MONTHS.get(name, _MONTHS.get(name[:3]))
    try:
        return dt.date(int(year), month_number or 0, int(day)).isoformat()
    except ValueError:
        return None


def date_in(text: str) -> str | None:
    """The first valid full date written in ``text``, as YYYY-MM-DD."""
    for match in DATE.finditer(text):
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
