"""Times told from another time, and the members of lists and ranges told in words."""

from __future__ import annotations

import pytest

from sitrep.time import resolve
from sitrep.time.anaphora import resolve_anaphor
from sitrep.time.lists import members

PUBLISHED = "2024-08-12"


@pytest.mark.parametrize(("reference", "text", "value"), [
    ("7 January 2022", "the next day", "2022-01-08"),
    ("7 January 2022", "two days later", "2022-01-09"),
    ("7 January 2022", "the day before", "2022-01-06"),
    ("7 January 2022", "that same day", "2022-01-07"),
    ("7 January 2022", "later that year", "2022"),
    ("7 January 2022", "a year earlier", "2021"),
    ("7 January 2022", "a week later", "2022-W02"),
    ("March 2023", "a year earlier", "2022-03"),
    ("March 2023", "the following month", "2023-04"),
    ("the third quarter of 1989", "a year earlier", "1988-Q3"),
    ("the third quarter of 1989", "the year-ago quarter", "1988-Q3"),
    ("the third quarter of 1989", "the previous quarter", "1989-Q2"),
    ("summer 2014", "a year later", "2015-SU"),
    ("2019", "the previous year", "2018"),
    ("the second half of 1989", "a year earlier", "1988-H2"),
    # a unit named as such is that unit, whatever the reference's grain
    ("March 2023", "the previous year", "2022"),
    ("the third quarter of 1989", "later that year", "1989"),
    ("summer 2014", "the following year", "2015"),
    ("March 2023", "the year before", "2022"),
    # a part of the day told from a day is that day's part, as TIMEX3 writes it
    ("7 January 2022", "the next morning", "2022-01-08TMO"),
    ("7 January 2022", "the following night", "2022-01-08TNI"),
    ("7 January 2022", "the previous evening", "2022-01-06TEV"),
    ("7 January 2022", "later that night", "2022-01-07TNI"),
    ("7 January 2022", "that same afternoon", "2022-01-07TAF"),
])
def test_an_anaphor_steps_from_its_reference_in_the_finer_grain(reference, text, value):
    ref = resolve(reference, PUBLISHED)
    assert ref is not None
    got = resolve_anaphor(text, ref)
    assert got is not None and got.value == value


@pytest.mark.parametrize(("reference", "text"), [
    ("in March", "the next day"),  # no day to step from
    ("in March", "the next morning"),
    ("2019", "the following month"),
    ("recently", "the next day"),  # a vague reference anchors nothing
])
def test_an_anaphor_without_a_fine_enough_reference_is_unresolved(reference, text):
    assert resolve_anaphor(text, resolve(reference, PUBLISHED)) is None


def test_an_anaphor_without_any_reference_is_unresolved():
    assert resolve_anaphor("the next day", None) is None
    assert resolve("the next day", PUBLISHED) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Sunday and Monday", ["Sunday", "Monday"]),
    ("1994, 1995 and 1997", ["1994", "1995", "1997"]),
    ("between 5 and 8 August", ["5 August", "8 August"]),
    ("August 5 and 8", ["August 5", "August 8"]),
    ("December 24 and 25, 2006", ["December 24 2006", "December 25, 2006"]),
    ("January to October", ["January", "October"]),
    ("Sunday, Monday and Tuesday", ["Sunday", "Monday", "Tuesday"]),
])
def test_members_of_a_list_borrow_what_they_leave_out(text, expected):
    parts = members(text)
    assert parts is not None
    assert [says for _, _, says in parts] == expected
    for start, end, says in parts:
        assert text[start:end].split(",")[0] in says


@pytest.mark.parametrize("text", [
    "Tuesday, Aug. 6", "August 6, 2024", "5-7 August", "the night of 5 to 6 August", "Monday",
])
def test_one_time_is_not_a_list(text):
    assert members(text) is None
