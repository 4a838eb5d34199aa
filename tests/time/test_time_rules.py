"""The pure resolver: (expression, published date, tense) -> TIMEX3 value and span."""

from __future__ import annotations

import calendar
import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.records import TIME_PRECISIONS
from sitrep.time import Resolved, parse_published, resolve

MON = date(2024, 8, 12)  # the running example's published date, a Monday
TUE = date(2024, 8, 13)

PHRASES = Path(__file__).with_name("phrases.csv")


def _table() -> list[tuple[str, date | None, str | None, str, str | None, str | None, str]]:
    """The team's table of tricky phrases: (expression, published, tense, value, start_date,
    end_date, precision); an empty cell is None, a row whose first cell starts with "#" a note."""
    rows = []
    with PHRASES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["expression"].startswith("#"):
                continue
            rows.append((row["expression"],
                         date.fromisoformat(row["published"]) if row["published"] else None,
                         row["tense"] or None, row["value"], row["start_date"] or None,
                         row["end_date"] or None, row["precision"]))
    return rows


CASES = _table()


def test_the_table_of_phrases_is_large_and_has_no_repeated_row():
    assert len(CASES) >= 300
    assert len(set(CASES)) == len(CASES)
    assert len({c[:3] for c in CASES}) == len(CASES)  # one answer per question


# Ranges: the value is the smallest unit holding them; the span is the range itself.
RANGES = [
    ("5-7 August", MON, "2024-W32", "2024-08-05", "2024-08-07", "week"),
    ("August 5 to 7", MON, "2024-W32", "2024-08-05", "2024-08-07", "week"),
    ("Saturday and Sunday", MON, "2024-W32", "2024-08-10", "2024-08-11", "week"),
    ("between July and August", MON, "2024-Q3", "2024-07-01", "2024-08-31", "quarter"),
    ("August 30 to September 2", MON, "2024-Q3", "2024-08-30", "2024-09-02", "quarter"),
    ("1 to 20 July", MON, "2024-07", "2024-07-01", "2024-07-20", "month"),
]

NOT_TIMES = [
    "we", "12, the", "10-year-old", "a 10-year-old", "may",
    "may be", "march", "a protest march", "the fall", "the next day", "the previous day",
    "that day", "the same day", "the 20th century", "", "2014-2025", "present day",
]


@pytest.mark.parametrize(("text", "published", "tense", "value", "start", "end", "precision"),
                         CASES)
def test_resolve_gives_value_span_and_precision(text, published, tense, value, start, end,
                                                precision):
    assert resolve(text, published, tense=tense) == (value, start, end, precision)


@pytest.mark.parametrize(("text", "published", "value", "start", "end", "precision"), RANGES)
def test_resolve_gives_ranges_their_smallest_unit_and_exact_span(text, published, value, start,
                                                                 end, precision):
    assert resolve(text, published) == (value, start, end, precision)


@pytest.mark.parametrize("text", NOT_TIMES)
def test_resolve_rejects_non_times(text):
    assert resolve(text, MON) is None


def _unit_span(value: str) -> tuple[str | None, str | None]:
    """The span a TIMEX3 value covers, computed independently of the resolver."""
    if value.endswith("_REF") or value.startswith("P"):
        return None, None  # vague, or a duration: no span
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?", value):
        return value[:10], value[:10]  # a part of the day spans its day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        return f"{value}-01", f"{value}-{calendar.monthrange(y, mo)[1]:02d}"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        first, last = (6, 7) if m[3] else (1, 7)
        y, w = int(m[1]), int(m[2])
        return (date.fromisocalendar(y, w, first).isoformat(),
                date.fromisocalendar(y, w, last).isoformat())
    if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
        y, q = int(m[1]), int(m[2])
        last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        return f"{y}-{3 * q - 2:02d}-01", last.isoformat()
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return (f"{m[1]}-01-01", f"{m[1]}-06-30") if m[2] == "1" else (f"{m[1]}-07-01",
                                                                     f"{m[1]}-12-31")
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        y = int(m[1])
        first = date(y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]], 1)
        after = date(first.year + (first.month + 3 > 12), (first.month + 2) % 12 + 1, 1)
        return first.isoformat(), (after - timedelta(days=1)).isoformat()
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{value}-12-31"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0-01-01", f"{value}9-12-31"
    raise AssertionError(f"unknown TIMEX3 value {value!r}")


@pytest.mark.parametrize("case", CASES, ids=[c[0] or "empty" for c in CASES])
def test_every_value_matches_its_span(case):
    res = resolve(case[0], case[1], tense=case[2])
    assert res is not None and res.precision in TIME_PRECISIONS
    low, high = _unit_span(res.value)
    if low is None or res.start_date is None:
        assert (res.start_date, res.end_date) == (low, high)
    else:  # a range told in one expression starts within its value and lies within it
        # unless it crosses a year ("1994-1997" is 1994); anything else is its value
        assert low <= res.start_date <= res.end_date
        ranged = re.search(r"\d\s*-\s*\w|\b[A-Z][a-z]+-[A-Z]|\b(?:to|and)\b", case[0]) is not None
        assert res.end_date <= high or (ranged and res.start_date[:4] == res.value)
        assert ranged or (res.start_date, res.end_date) == (low, high)


@pytest.mark.parametrize("case", RANGES, ids=[c[0] for c in RANGES])
def test_range_span_lies_within_its_value(case):
    res = resolve(case[0], case[1])
    low, high = _unit_span(res.value)
    assert low <= res.start_date < res.end_date <= high


def test_resolve_accepts_an_iso_string_for_published():
    assert resolve("yesterday", "2024-08-12") == resolve("yesterday", MON)
    assert resolve("yesterday", "2024-08-12T09:30:00Z").value == "2024-08-11"


def test_resolve_returns_a_plain_tuple_shape():
    res = resolve("last month", MON)
    assert isinstance(res, tuple) and isinstance(res, Resolved)
    value, start, end, precision = res
    assert (value, precision) == ("2024-07", "month")


def test_bad_published_date_says_what_to_fix():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("12/08/2024")


def test_may_and_march_need_a_capital_to_be_months():
    assert resolve("May 10", MON).value == "2024-05-10"
    assert resolve("may 10", MON) is None
    assert resolve("March 3", MON).value == "2024-03-03"


# "last"/"next" season: the latest one over by publication, the first one not yet begun.
@pytest.mark.parametrize(("text", "published", "value"), [
    ("last autumn", date(2025, 1, 2), "2024-FA"),
    ("last fall", date(2024, 3, 1), "2023-FA"),
    ("last spring", date(2024, 8, 20), "2024-SP"),
    ("last winter", date(2024, 3, 1), "2023-WI"),
    ("last summer", date(2024, 8, 20), "2023-SU"),  # in summer: the one before
    ("next winter", date(2024, 8, 20), "2024-WI"),
    ("next spring", date(2024, 8, 20), "2025-SP"),
    ("next summer", date(2024, 7, 1), "2025-SU"),
])
def test_last_and_next_season_are_the_nearest_over_and_not_yet_begun(text, published, value):
    assert resolve(text, published).value == value


# A range whose right end would fall before its left is read forward from the left end.
@pytest.mark.parametrize(("text", "published", "tense", "start", "end"), [
    ("between July and September", date(2024, 8, 11), None, "2024-07-01", "2024-09-30"),
    ("from Friday to Monday", date(2024, 8, 11), None, "2024-08-09", "2024-08-12"),
    ("November to January", date(2024, 8, 11), "future", "2024-11-01", "2025-01-31"),
    ("between November and January", date(2024, 2, 20), None, "2023-11-01", "2024-01-31"),
])
def test_range_right_end_follows_its_left_end(text, published, tense, start, end):
    res = resolve(text, published, tense=tense)
    assert (res.start_date, res.end_date) == (start, end)


# "since X" or a past-tense clause: a date without a year is not weeks after publication.
@pytest.mark.parametrize(("text", "published", "tense", "value"), [
    ("since October 7", date(2024, 9, 15), None, "2023-10-07"),
    ("ever since 20 September", date(2024, 9, 1), None, "2023-09-20"),
    ("October 7", date(2024, 9, 15), "past", "2023-10-07"),
    ("October 7", date(2024, 9, 15), None, "2024-10-07"),  # tense unknown: 30 days' slack
    ("Sept. 16", date(2024, 9, 15), "past", "2024-09-16"),  # a day ahead: time zones
    ("since the night of 5-6 October", date(2024, 9, 15), None, "2023-10-06"),
    ("since October 2023", date(2024, 9, 15), None, "2023-10"),
    # periods that hold publication, and words that point forward, stay where they are
    ("in early March", date(2024, 3, 4), "past", "2024-03"),
    ("this month", date(2024, 4, 14), "past", "2024-04"),
    ("next week", date(2024, 4, 14), "past", "2024-W16"),
])
def test_plainly_past_dates_are_not_in_the_future(text, published, tense, value):
    assert resolve(text, published, tense=tense).value == value
