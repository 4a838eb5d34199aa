"""Dates written as text: strict ISO days, and every common way a feed writes its published date."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.errors import InputError
from sitrep.time import parse_iso_date, parse_published


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-08-12", date(2024, 8, 12)),
    ("2024-02-30", None),  # not a real day
    ("2024-8-12", None),
    ("20240812", None),
    ("2024-08-12T10:00:00Z", None),
    ("", None),
])
def test_parse_iso_date_takes_only_real_yyyy_mm_dd(value, expected):
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-08-12", date(2024, 8, 12)),
    (" 2024-08-12T10:00:00Z", date(2024, 8, 12)),
    (date(2024, 8, 12), date(2024, 8, 12)),
    (None, None),
])
def test_parse_published_takes_a_date_an_iso_day_or_a_timestamp(value, expected):
    assert parse_published(value) == expected


def test_parse_published_says_what_to_fix():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("soon")

@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2016-12-17", date(2016, 12, 17)),
        ("2016-12-17T10:00:00Z", date(2016, 12, 17)),
        ("2016-12-17T23:59:59.5-08:00", date(2016, 12, 17)),
        ("2016-12-17 10:00:00+0200", date(2016, 12, 17)),
        ("20161217", date(2016, 12, 17)),
        ("Sat, 17 Dec 2016 10:00:00 +0000", date(2016, 12, 17)),
        ("Sat, 17 Dec 2016 10:00:00 GMT", date(2016, 12, 17)),
        ("Dec 17, 2016", date(2016, 12, 17)),
        ("December 17 2016", date(2016, 12, 17)),
        ("17 December 2016", date(2016, 12, 17)),
        ("17 Dec. 2016", date(2016, 12, 17)),
        ("17th of December, 2016", date(2016, 12, 17)),
        ("Saturday, December 17, 2016 10:00 AM EST", date(2016, 12, 17)),
        ("2016/12/17", date(2016, 12, 17)),
        ("2016.12.17", date(2016, 12, 17)),
        ("17/12/2016", date(2016, 12, 17)),
        ("12/17/2016", date(2016, 12, 17)),
        ("05/05/2016", date(2016, 5, 5)),
        ("  1 March 2024 ", date(2024, 3, 1)),
    ],
)
def test_published_reads_common_forms(written: str, day: date) -> None:
    assert parse_published(written) == day


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("03/04/2016", "ambiguous (03 April or 04 March?)"),
        ("2016-02-30", "not a real calendar day"),
        ("31 June 2016", "not a real calendar day"),
        ("13/13/2016", "not a real calendar day"),
        ("0001-01-01", "outside 1800-2199"),
        ("9999-12-31T00:00:00Z", "outside 1800-2199"),
        ("Dec 2016", "not a date sitrep reads"),
        ("yesterday", "not a date sitrep reads"),
        ("1e309", "not a date sitrep reads"),
        ("999999999999999999999", "not a date sitrep reads"),
    ],
)
def test_published_refuses_saying_why(written: str, why: str) -> None:
    with pytest.raises(InputError, match=f"{written!r} is not used: it.*{why.split('(')[0]}"):
        parse_published(written)


def test_published_passes_dates_and_nothing_through() -> None:
    assert parse_published(date(2020, 1, 2)) == date(2020, 1, 2)
    assert parse_published(None) is None
    assert parse_published("   ") is None
