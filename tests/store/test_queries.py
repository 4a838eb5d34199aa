"""The API's read queries: filters as bound values, counts, pages, optional tables."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError
from sitrep.records import Article, Event, content_id
from sitrep.store import Store
from sitrep.store.queries import (
    EventQuery,
    event_stats,
    find_events,
    get_event,
    has_column,
    has_table,
)


def _event(article: Article, day: str, kind: str, country: str, dead: int) -> Event:
    return Event(event_id=content_id(article.id, day, kind, country, prefix="ev"),
                 event_date=day, time_precision=1, disorder_type="Political violence",
                 event_type=kind, sub_event_type="Armed clash", actor1="Rebels",
                 country=country, iso={"Mali": 466, "Chad": 148}[country], fatalities=dead,
                 latitude=15.0, longitude=0.0, article_id=article.id,
                 evidence={"event_type": [[0, 4]]})


@pytest.fixture
def store():
    with Store.open(":memory:") as store:
        for n in range(6):
            article = Article(text=f"Clash {n}.", published="2024-01-0" + str(n + 1))
            country = "Mali" if n % 2 else "Chad"
            article.events = [_event(article, f"2024-01-0{n + 1}", "Battles", country, n)]
            store.add(article)
        yield store


def test_a_page_and_the_total_over_all_pages(store: Store) -> None:
    page = find_events(store, EventQuery(country="mali", limit=2, offset=1))
    assert page.total == 3
    assert [e.event_date for e in page.events] == ["2024-01-04", "2024-01-06"]
    assert find_events(store, EventQuery(country="466")).total == 3


def test_sort_by_fatalities_breaks_ties_by_id(store: Store) -> None:
    events = find_events(store, EventQuery(sort="-fatalities")).events
    assert [e.fatalities for e in events] == [5, 4, 3, 2, 1, 0]


def test_get_event_by_id(store: Store) -> None:
    first = find_events(store, EventQuery(limit=1)).events[0]
    assert get_event(store, first.event_id) == first
    assert get_event(store, "ev-none") is None


@pytest.mark.parametrize(
    "bad",
    [dict(sort="event_date; DROP TABLE events"), dict(limit=-1), dict(offset=-5),
     dict(bbox=(10.0, 50.0, 20.0, 40.0)), dict(limit=10**6)],
)
def test_bad_queries_are_refused_with_a_reason(bad: dict) -> None:
    with pytest.raises(InputError):
        EventQuery(**bad)


def test_stats_fold_days_into_weeks_and_months(store: Store) -> None:
    weeks = event_stats(store, EventQuery(), "week")["timeline"]
    # 2024-01-01 is a Monday: days 1-6 are one week.
    assert weeks == [{"period": "2024-01-01", "events": 6, "fatalities": 15}]
    by_country = event_stats(store, EventQuery(), "month")["by_country"]
    # Equal counts are ordered by name.
    assert by_country == [{"key": "Chad", "events": 3, "fatalities": 6},
                          {"key": "Mali", "events": 3, "fatalities": 9}]


def test_optional_tables_are_probed_not_assumed(store: Store) -> None:
    assert has_table(store, "events") and not has_table(store, "no_such_table")
    assert has_column(store, "events", "country_code")
    assert not has_column(store, "events", "no_such_column")
    assert not has_column(store, "no_such_table", "event_id")
    with pytest.raises(InputError):
        has_table(store, "events; DROP TABLE events")


def test_a_value_no_event_has_is_noted(store: Store) -> None:
    assert find_events(store, EventQuery(country="Mali")).notes == []
    page = find_events(store, EventQuery(country="Maly", event_type="Battels"))
    assert page.events == []
    assert page.notes == ["no stored event is in a country named 'Maly'",
                          "no stored event has the type or sub-event type 'Battels'"]
