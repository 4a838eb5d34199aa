"""Dates written as text: strict ISO days for readers, the published date for the resolver."""

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
