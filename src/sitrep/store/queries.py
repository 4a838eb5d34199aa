"""Read queries for the API: filtered, sorted, paged events, their statistics, one event.

Every value a user gives is a bound parameter (``?``); column names come only
from the fixed tables below. The SQL is portable (``lower``, ``substr``,
``LIKE ... ESCAPE``, ``LIMIT/OFFSET``): weeks are folded from days in Python
rather than with a dialect's date functions. Lookups that the indexes of
``0003_query_indexes`` serve are tried first: a country or an event type is
first matched to its stored spelling, so the filter is an equality on an
indexed column.

Example:

    >>> from sitrep.store import Store
    >>> with Store.open(":memory:") as store:
    ...     page = find_events(store, EventQuery(country="Ukraine", limit=10))
    ...     page.total, page.events
    (0, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ..errors import InputError
from ..records import Event
from .database import Store
from .rows import EVENT_COLUMNS, escape_like, event_from_row, iso_date

__all__ = [
    "EventQuery",
    "EventPage",
    "SORTS",
    "PERIODS",
    "MAX_LIMIT",
    "find_events",
    "get_event",
    "event_stats",
    "has_table",
    "has_column",
]

#: The largest page of events one query returns.
MAX_LIMIT = 5000
#: Sort keys: a column and its direction; ``event_id`` always breaks ties.
SORTS = {
    "date": "event_date IS NULL, event_date, event_id",
    "-date": "event_date IS NULL, event_date DESC, event_id",
    "fatalities": "fatalities, event_id",
    "-fatalities": "fatalities DESC, event_id",
}
PERIODS = ("day", "week", "month")
_GROUPS = {"type": "event_type", "country": "country", "admin1": "admin1"}


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters, order and page of an events query; every filter given must hold.

    ``country``: a name, an ISO alpha-2 code or ISO numeric code. ``event_type``:
    an event type or a sub-event type. ``actor``, ``claimant`` and ``text``
    match part of a name (or of the ``notes``), case-insensitive. ``bbox`` is
    ``(west, south, east, north)`` in degrees. Dates are inclusive.
    """

    country: str | None = None
    admin1: str | None = None
    since: str | date | None = None
    until: str | date | None = None
    event_type: str | None = None
    actor: str | None = None
    claimant: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    article_id: str | None = None
    sort: str = "date"
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise InputError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}.")
        if not 0 <= self.limit <= MAX_LIMIT:
            raise InputError(f"limit must be between 0 and {MAX_LIMIT}, not {self.limit}.")
        if self.offset < 0:
            raise InputError(f"offset must be 0 or more, not {self.offset}.")
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
                raise InputError(
                    "bbox must be west,south,east,north in degrees with south <= north, "
                    f"not {self.bbox}."
                )


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of events, the number matching in all, and notes on filter values that no
    stored event has (a misspelt country, region or type)."""

    events: list[Event]
    total: int
    notes: list[str]


def has_table(store: Store, table: str) -> bool:
    """Whether ``table`` exists (asked of the backend's catalogue when it has one)."""
    name = _name(table)
    listed = getattr(store.conn, "tables", None)
    if callable(listed):
        return name in listed()
    try:
        store.conn.execute(f"SELECT 1 FROM {name} WHERE 1 = 0").fetchall()
    except Exception:  # noqa: BLE001 - any backend's "no such table"
        return False
    return True


def has_column(store: Store, table: str, column: str) -> bool:
    """Whether ``table`` exists and has ``column`` (read from an empty result's description)."""
    if not has_table(store, table):
        return False
    cursor = store.conn.execute(f"SELECT * FROM {_name(table)} WHERE 1 = 0")
    cursor.fetchall()
    return _name(column) in [d[0] for d in cursor.description]


def _name(identifier: str) -> str:
    if not identifier.replace("_", "").isalnum():
        raise InputError(f"not a table or column name: {identifier!r}")
    return identifier


def _rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """The one place the queries run: ``?`` placeholders, bound parameters."""
    return list(store.conn.execute(sql, list(params)).fetchall())


def _stored_spelling(store: Store, column: str, value: str) -> str | None:
    """The stored value of ``column`` equal to ``value`` ignoring case, or None."""
    exact = _rows(store, f"SELECT {column} FROM events WHERE {column} = ? LIMIT 1", [value])
    if exact:
        return str(exact[0][0])
    found = _rows(
        store, f"SELECT {column} FROM events WHERE lower({column}) = lower(?) LIMIT 1", [value]
    )
    return str(found[0][0]) if found else None


def _contains(text: str) -> str:
    return "%" + escape_like(text.strip().lower()) + "%"


def _where(store: Store, query: EventQuery) -> tuple[str, list[Any], list[str]]:
    """The WHERE clause (or ``""``), its parameters, and notes on values no event has."""
    where: list[str] = []
    params: list[Any] = []
    notes: list[str] = []
    if query.country and query.country.strip():
        value = query.country.strip()
        if value.isdecimal():
            where.append("iso = ?")
            params.append(int(value))
        elif len(value) == 2 and value.isalpha():
            where.append("country_code = ?")
            params.append(value.upper())
        else:
            spelled = _stored_spelling(store, "country", value)
            where.append("country = ?")
            params.append(spelled or value)
            if spelled is None:
                notes.append(f"no stored event is in a country named {value!r}")
    if query.admin1 and query.admin1.strip():
        value = query.admin1.strip()
        spelled = _stored_spelling(store, "admin1", value)
        where.append("admin1 = ?")
        params.append(spelled or value)
        if spelled is None:
            notes.append(f"no stored event is in a region named {value!r}")
    if query.since is not None:
        where.append("event_date >= ?")
        params.append(iso_date(query.since, "since"))
    if query.until is not None:
        where.append("event_date <= ?")
        params.append(iso_date(query.until, "until"))
    if query.event_type and query.event_type.strip():
        value = query.event_type.strip()
        kind = _stored_spelling(store, "event_type", value)
        if kind is not None:
            where.append("event_type = ?")
            params.append(kind)
        else:
            spelled = _stored_spelling(store, "sub_event_type", value)
            where.append("sub_event_type = ?")
            params.append(spelled or value)
            if spelled is None:
                notes.append(f"no stored event has the type or sub-event type {value!r}")
    if query.actor and query.actor.strip():
        actors = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
        where.append("(" + " OR ".join(f"lower({c}) LIKE ? ESCAPE '\\'" for c in actors) + ")")
        params += [_contains(query.actor)] * len(actors)
    if query.claimant and query.claimant.strip():
        where.append("lower(claimant) LIKE ? ESCAPE '\\'")
        params.append(_contains(query.claimant))
    if query.text and query.text.strip():
        columns = ("notes", "location")
        where.append("(" + " OR ".join(f"lower({c}) LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [_contains(query.text)] * len(columns)
    if query.bbox is not None:
        west, south, east, north = query.bbox
        where.append("latitude >= ? AND latitude <= ?")
        params += [south, north]
        if west <= east:
            where.append("longitude >= ? AND longitude <= ?")
            params += [west, east]
        else:  # across the antimeridian
            where.append("(longitude >= ? OR longitude <= ?)")
            params += [west, east]
    if query.article_id:
        where.append("article_id = ?")
        params.append(query.article_id)
    return (" WHERE " + " AND ".join(where)) if where else "", params, notes


def find_events(store: Store, query: EventQuery, *, count: bool = True) -> EventPage:
    """The page of events ``query`` asks for, and how many match in all."""
    where, params, notes = _where(store, query)
    sql = (
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} "
        f"ORDER BY {SORTS[query.sort]} LIMIT ? OFFSET ?"
    )
    rows = _rows(store, sql, [*params, query.limit, query.offset])
    events = [event_from_row(row) for row in rows]
    if not count:
        total = len(events)
    elif query.offset == 0 and len(events) < query.limit:
        total = len(events)
    else:
        total = int(_rows(store, f"SELECT COUNT(*) FROM events{where}", params)[0][0])
    return EventPage(events=events, total=total, notes=notes)


def get_event(store: Store, event_id: str) -> Event | None:
    """The stored event with this id, or None."""
    rows = _rows(
        store, f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?", [event_id]
    )
    return event_from_row(rows[0]) if rows else None


def _week(day: str) -> str:
    """The Monday of the ISO week of ``day`` (YYYY-MM-DD)."""
    start = date.fromisoformat(day)
    return (start - timedelta(days=start.weekday())).isoformat()


def _period_of(day: str, period: str) -> str:
    if period == "month":
        return day[:7]
    if period == "week":
        return _week(day)
    return day


def event_stats(store: Store, query: EventQuery, period: str = "day") -> dict[str, Any]:
    """Events and fatalities over time (by ``period``) and by type, country and admin1."""
    if period not in PERIODS:
        raise InputError(f"by must be one of {', '.join(PERIODS)}, not {period!r}.")
    where, params, notes = _where(store, replace(query, limit=0, offset=0))
    dated = (" AND " if where else " WHERE ") + "event_date IS NOT NULL"
    series: dict[str, list[int]] = {}
    for day, n, dead in _rows(
        store,
        "SELECT event_date, COUNT(*), COALESCE(SUM(fatalities), 0) FROM events"
        f"{where}{dated} GROUP BY event_date ORDER BY event_date",
        params,
    ):
        try:
            key = _period_of(str(day), period)
        except ValueError:
            continue  # a malformed stored date is left out of the timeline
        totals = series.setdefault(key, [0, 0])
        totals[0] += int(n)
        totals[1] += int(dead)
    result: dict[str, Any] = {
        "by": period,
        "timeline": [
            {"period": key, "events": n, "fatalities": dead}
            for key, (n, dead) in sorted(series.items())
        ],
        "notes": notes,
    }
    total = _rows(
        store, f"SELECT COUNT(*), COALESCE(SUM(fatalities), 0) FROM events{where}", params
    )
    result["events"], result["fatalities"] = int(total[0][0]), int(total[0][1])
    for name, column in _GROUPS.items():
        rows = _rows(
            store,
            f"SELECT {column}, COUNT(*), COALESCE(SUM(fatalities), 0) FROM events{where} "
            f"GROUP BY {column} ORDER BY COUNT(*) DESC, {column} IS NULL, {column}",
            params,
        )
        result[f"by_{name}"] = [
            {"key": key, "events": int(n), "fatalities": int(dead)} for key, n, dead in rows
        ]
    return result

