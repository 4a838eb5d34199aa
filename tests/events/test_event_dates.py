from __future__ import annotations

import pytest

from sitrep.events.dates import event_day, is_vague, time_precision
from sitrep.records import TimeExpr


def t(text: str, value: str, start: str | None, end: str | None, precision: str) -> TimeExpr:
    return TimeExpr(text, 0, len(text), value, start, end, precision)


@pytest.mark.parametrize(
    "time, precision",
    [
        (t("on Tuesday", "2024-08-06", "2024-08-06", "2024-08-06", "day"), 1),
        (t("last week", "2024-W18", "2024-04-29", "2024-05-05", "week"), 2),
        (t("in February", "2024-02", "2024-02-01", "2024-02-29", "month"), 3),
        (t("over the summer", "2024-SU", "2024-06-01", "2024-08-31", "season"), 3),
        (t("between Monday and Wednesday", "x", "2024-08-05", "2024-08-07", "other"), 2),
    ],
)
def test_time_precision_follows_acled(time, precision):
    assert time_precision(time) == precision


@pytest.mark.parametrize(
    "time, vague",
    [
        (t("last year", "2023", "2023-01-01", "2023-12-31", "year"), True),
        (t("in recent years", "PAST_REF", None, None, "other"), True),
        (t("on Saturday", "PAST_REF", None, None, "other"), False),  # unknown, not vague
        (t("over the summer", "2024-SU", "2024-06-01", "2024-08-31", "season"), False),
        # counted back from the telling, with no day or month of its own
        (t("last week", "2024-W18", "2024-04-29", "2024-05-05", "week"), True),
        (t("two weeks ago", "2024-W17", "2024-04-22", "2024-04-28", "week"), True),
        (t("earlier this month", "2024-05", "2024-05-01", "2024-05-31", "month"), True),
        (t("this week", "2024-W19", "2024-05-06", "2024-05-12", "week"), False),
        (t("in March", "2024-03", "2024-03-01", "2024-03-31", "month"), False),
        (t("last March", "2023-03", "2023-03-01", "2023-03-31", "month"), False),
        (t("last Friday", "2024-05-03", "2024-05-03", "2024-05-03", "day"), False),
    ],
)
def test_is_vague_tells_background_times_from_unplaced_days(time, vague):
    assert is_vague(time) is vague


@pytest.mark.parametrize(
    "time, published, day",
    [
        (t("in March", "2024-03", "2024-03-01", "2024-03-31", "month"),
         "2024-05-08", "2024-03-15"),
        (t("this month", "2024-05", "2024-05-01", "2024-05-31", "month"),
         "2024-05-08", "2024-05-08"),
        (t("on Tuesday", "2024-05-07", "2024-05-07", "2024-05-07", "day"),
         "2024-05-08", "2024-05-07"),
        (t("this week", "2024-W19", "2024-05-06", "2024-05-12", "week"),
         "2024-05-08", "2024-05-06"),
    ],
)
def test_event_day_codes_a_month_on_its_15th_and_never_after_publication(time, published, day):
    assert event_day(time, published) == day
