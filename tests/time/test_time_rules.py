"""The pure resolver: (expression, published date, tense) -> TIMEX3 value and span."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import pytest

from sitrep.errors import InputError
from sitrep.records import TIME_PRECISIONS
from sitrep.time import Resolved, parse_published, resolve

MON = date(2024, 8, 12)  # the running example's published date, a Monday
TUE = date(2024, 8, 13)

# (expression, published, tense, value, start_date, end_date, precision)
CASES = [
    # weekdays: most recent on or before publication; forward in future clauses
    ("on Tuesday", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("Tuesday", TUE, None, "2024-08-13", "2024-08-13", "2024-08-13", "day"),
    ("last Tuesday", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("last Tuesday", TUE, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("on Monday", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("on Tuesday", MON, "future", "2024-08-13", "2024-08-13", "2024-08-13", "day"),
    ("next Tuesday", MON, None, "2024-08-13", "2024-08-13", "2024-08-13", "day"),
    ("next Monday", MON, None, "2024-08-19", "2024-08-19", "2024-08-19", "day"),
    ("Sunday", MON, None, "2024-08-11", "2024-08-11", "2024-08-11", "day"),
    ("Tuesday's", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("Tuesday night", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("early on Tuesday morning", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("in the early hours of Tuesday", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("Tuesday of last week", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("10 a.m. on Tuesday", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    # deictic days; the night before publication is dated to the day it ends
    ("yesterday", MON, None, "2024-08-11", "2024-08-11", "2024-08-11", "day"),
    ("yesterday morning", MON, None, "2024-08-11", "2024-08-11", "2024-08-11", "day"),
    ("today", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("this morning", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("earlier today", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("last night", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("overnight", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("overnight into Monday", MON, None, "2024-08-12", "2024-08-12", "2024-08-12", "day"),
    ("tomorrow", MON, None, "2024-08-13", "2024-08-13", "2024-08-13", "day"),
    ("the day before yesterday", MON, None, "2024-08-10", "2024-08-10", "2024-08-10", "day"),
    ("two days ago", MON, None, "2024-08-10", "2024-08-10", "2024-08-10", "day"),
    ("3 days ago", MON, None, "2024-08-09", "2024-08-09", "2024-08-09", "day"),
    # weeks, months, quarters, years relative to publication
    ("last week", MON, None, "2024-W32", "2024-08-05", "2024-08-11", "week"),
    ("this week", MON, None, "2024-W33", "2024-08-12", "2024-08-18", "week"),
    ("earlier this week", MON, None, "2024-W33", "2024-08-12", "2024-08-18", "week"),
    ("next week", MON, None, "2024-W34", "2024-08-19", "2024-08-25", "week"),
    ("the week before last", MON, None, "2024-W31", "2024-07-29", "2024-08-04", "week"),
    ("a week ago", MON, None, "2024-W32", "2024-08-05", "2024-08-11", "week"),
    ("two weeks from now", MON, None, "2024-W35", "2024-08-26", "2024-09-01", "week"),
    ("over the weekend", MON, None, "2024-W32-WE", "2024-08-10", "2024-08-11", "week"),
    ("last weekend", MON, None, "2024-W32-WE", "2024-08-10", "2024-08-11", "week"),
    ("next weekend", MON, None, "2024-W33-WE", "2024-08-17", "2024-08-18", "week"),
    ("last month", MON, None, "2024-07", "2024-07-01", "2024-07-31", "month"),
    ("earlier this month", MON, None, "2024-08", "2024-08-01", "2024-08-31", "month"),
    ("a month ago", MON, None, "2024-07", "2024-07-01", "2024-07-31", "month"),
    ("last month", date(2024, 1, 9), None, "2023-12", "2023-12-01", "2023-12-31", "month"),
    ("last year", MON, None, "2023", "2023-01-01", "2023-12-31", "year"),
    ("late last year", MON, None, "2023", "2023-01-01", "2023-12-31", "year"),
    ("this year", MON, None, "2024", "2024-01-01", "2024-12-31", "year"),
    ("by the end of the year", MON, None, "2024", "2024-01-01", "2024-12-31", "year"),
    ("three years ago", MON, None, "2021", "2021-01-01", "2021-12-31", "year"),
    ("last quarter", MON, None, "2024-Q2", "2024-04-01", "2024-06-30", "quarter"),
    ("the third quarter", MON, None, "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
    ("the fourth quarter", MON, None, "2023-Q4", "2023-10-01", "2023-12-31", "quarter"),
    ("the fourth quarter", MON, "future", "2024-Q4", "2024-10-01", "2024-12-31", "quarter"),
    ("the first quarter of last year", MON, None, "2023-Q1", "2023-01-01", "2023-03-31",
     "quarter"),
    ("Q3 2023", MON, None, "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    # months and dates: never a day taken from the published date
    ("February 2022", MON, None, "2022-02", "2022-02-01", "2022-02-28", "month"),
    ("in February of 2022", MON, None, "2022-02", "2022-02-01", "2022-02-28", "month"),
    ("in February", MON, None, "2024-02", "2024-02-01", "2024-02-29", "month"),
    ("in September", MON, None, "2023-09", "2023-09-01", "2023-09-30", "month"),
    ("in September", MON, "future", "2024-09", "2024-09-01", "2024-09-30", "month"),
    ("in August", MON, None, "2024-08", "2024-08-01", "2024-08-31", "month"),
    ("last February", MON, None, "2024-02", "2024-02-01", "2024-02-29", "month"),
    ("February of last year", MON, None, "2023-02", "2023-02-01", "2023-02-28", "month"),
    ("mid-July", MON, None, "2024-07", "2024-07-01", "2024-07-31", "month"),
    ("early March", MON, None, "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("the end of March", MON, None, "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("In May", MON, None, "2024-05", "2024-05-01", "2024-05-31", "month"),
    ("Aug. 6", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("on Aug. 6", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("August 6", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("6 August", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("the 6th of August", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("Tuesday, Aug. 6", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("6 August 2024", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("August 6, 2024", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("Sept. 1", MON, None, "2024-09-01", "2024-09-01", "2024-09-01", "day"),
    ("Aug. 6", date(2024, 1, 3), None, "2023-08-06", "2023-08-06", "2023-08-06", "day"),
    ("Dec. 28", date(2025, 1, 3), None, "2024-12-28", "2024-12-28", "2024-12-28", "day"),
    ("Jan. 5", date(2024, 12, 20), "future", "2025-01-05", "2025-01-05", "2025-01-05", "day"),
    ("Aug. 24 last year", MON, None, "2023-08-24", "2023-08-24", "2023-08-24", "day"),
    ("the night of August 5-6", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("on the night of 5 to 6 August", MON, None, "2024-08-06", "2024-08-06", "2024-08-06",
     "day"),
    ("Christmas Day", MON, None, "2023-12-25", "2023-12-25", "2023-12-25", "day"),
    # numeric dates
    ("2024-08-06", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("06.08.2024", MON, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
    ("08/13/2024", MON, None, "2024-08-13", "2024-08-13", "2024-08-13", "day"),
    # seasons: northern hemisphere, winter labelled by the year of its December
    ("over the summer", MON, None, "2024-SU", "2024-06-01", "2024-08-31", "season"),
    ("this summer", MON, None, "2024-SU", "2024-06-01", "2024-08-31", "season"),
    ("last summer", MON, None, "2023-SU", "2023-06-01", "2023-08-31", "season"),
    ("last winter", MON, None, "2023-WI", "2023-12-01", "2024-02-29", "season"),
    ("this winter", MON, None, "2024-WI", "2024-12-01", "2025-02-28", "season"),
    ("the winter", date(2024, 1, 15), None, "2023-WI", "2023-12-01", "2024-02-29", "season"),
    ("last winter", date(2025, 1, 15), None, "2023-WI", "2023-12-01", "2024-02-29", "season"),
    ("the spring", MON, "future", "2025-SP", "2025-03-01", "2025-05-31", "season"),
    ("the fall of 2022", MON, None, "2022-FA", "2022-09-01", "2022-11-30", "season"),
    ("the winter of 2022-23", MON, None, "2022-WI", "2022-12-01", "2023-02-28", "season"),
    # years and decades
    ("in 2022", MON, None, "2022", "2022-01-01", "2022-12-31", "year"),
    ("since 2014", MON, None, "2014", "2014-01-01", "2014-12-31", "year"),
    ("mid-2022", MON, None, "2022", "2022-01-01", "2022-12-31", "year"),
    ("the 1990s", MON, None, "199", "1990-01-01", "1999-12-31", "decade"),
    ("the late 1990s", MON, None, "199", "1990-01-01", "1999-12-31", "decade"),
    ("the 90s", MON, None, "199", "1990-01-01", "1999-12-31", "decade"),
    ("the 2020s", MON, None, "202", "2020-01-01", "2029-12-31", "decade"),
    # vague references
    ("recently", MON, None, "PAST_REF", None, None, "other"),
    ("in recent days", MON, None, "PAST_REF", None, None, "other"),
    ("the past week", MON, None, "PAST_REF", None, None, "other"),
    ("the last week", MON, None, "PAST_REF", None, None, "other"),
    ("now", MON, None, "PRESENT_REF", None, None, "other"),
    ("currently", MON, None, "PRESENT_REF", None, None, "other"),
    ("at present", MON, None, "PRESENT_REF", None, None, "other"),
    ("in the coming days", MON, None, "FUTURE_REF", None, None, "other"),
    # without a published date: absolute values resolve, relative ones become *_REF
    ("yesterday", None, None, "PAST_REF", None, None, "other"),
    ("today", None, None, "PRESENT_REF", None, None, "other"),
    ("tomorrow", None, None, "FUTURE_REF", None, None, "other"),
    ("on Tuesday", None, None, "PAST_REF", None, None, "other"),
    ("on Tuesday", None, "future", "FUTURE_REF", None, None, "other"),
    ("last week", None, None, "PAST_REF", None, None, "other"),
    ("Aug. 6", None, None, "PAST_REF", None, None, "other"),
    ("February 2022", None, None, "2022-02", "2022-02-01", "2022-02-28", "month"),
    ("2024-08-06", None, None, "2024-08-06", "2024-08-06", "2024-08-06", "day"),
]

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
    "we", "12, the", "10-year-old", "for three hours", "72 hours", "three years", "may",
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
    if value.endswith("_REF"):
        return None, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, value
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
    assert (res.start_date, res.end_date) == _unit_span(res.value)


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
