"""Every SQL statement of clustering, in one place.

The tables (``clusters``, ``cluster_events``, ``contradictions``) are made by
migration ``0004_clusters``; docs/schema.md describes them. Statements use
``?`` placeholders, ``TEXT``/``INTEGER``/``REAL`` values and no SQLite-only
functions, so another backend can run them as they are; lists (sources,
claimants) are JSON text, grouping into lists is done in Python rather than
with ``GROUP_CONCAT``, and a row is replaced by delete-then-insert rather than
an upsert. They run on SQLite and PostgreSQL alike through
:class:`~sitrep.store.backend.Connection`, which also starts the transaction
the way each database wants.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from ..errors import StoreError
from ..store.backend import Connection
from .figures import Contradiction, Summary
from .match import Member

__all__ = [
    "ORDER_SEP", "candidate_clusters", "clear", "cluster_rows", "contradiction_rows", "drop",
    "link", "links", "members_of", "neighbours", "transaction", "unclustered",
    "unclustered_count", "unlink", "write_contradictions", "write_summary",
]  # fmt: skip

_MEMBER = """SELECT e.event_id, e.article_id, a.published, e.event_type, e.sub_event_type,
    e.event_date, e.time_precision, e.derived, e.evidence, e.iso, e.country, e.admin1, e.admin2,
    e.location, e.latitude, e.longitude, e.geo_precision, e.actor1, e.actor2, e.fatalities,
    e.injuries, e.fatalities_low, e.fatalities_high, e.injuries_low, e.injuries_high,
    e.claimant, e.source, ce.cluster_id
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN cluster_events ce ON ce.event_id = e.event_id"""

#: Joins the three parts of :attr:`Member.order`: below every printable character, so
#: the joined text sorts as the tuple (published, article id, event id) would.
ORDER_SEP = "\x1f"

#: The published order in SQL (a missing date first, on every backend).
_PUBLISHED_ORDER = "COALESCE(a.published, ''), {alias}.article_id, {alias}.event_id"


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: committed whole, or rolled back whole.

    A database error becomes a :class:`StoreError` that says what to do.
    """
    try:
        with conn.transaction():
            yield conn
    except conn.errors as exc:
        raise StoreError(
            f"clustering failed ({exc}); no cluster was changed. If the database is locked, "
            "wait for the other sitrep process and run `sitrep cluster`."
        ) from exc


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _member(row: Sequence[Any]) -> Member:
    (event_id, article_id, published, event_type, sub_type, event_date, precision, derived,
     evidence, iso, country, admin1, admin2, location, lat, lon, geo, actor1, actor2, fat, inj,
     fat_low, fat_high, inj_low, inj_high, claimant, source, cluster_id) = row  # fmt: skip
    derived_fields = json.loads(derived or "{}")
    return Member(
        event_id=event_id, article_id=article_id,
        order=ORDER_SEP.join((published or "", article_id, event_id)),
        event_type=event_type or "", sub_event_type=sub_type or "", day=_day(event_date),
        time_precision=precision, published_date=derived_fields.get("event_date") is not None,
        iso=iso, country=country, admin1=admin1, admin2=admin2, location=location,
        latitude=lat, longitude=lon, geo_precision=geo, actor1=actor1 or "", actor2=actor2 or "",
        fatalities=fat or 0, fatalities_stated="fatalities" in json.loads(evidence or "{}"),
        injuries=inj, bounds={"fatalities": (fat_low, fat_high), "injuries": (inj_low, inj_high)},
        claimant=claimant, source=source, event_date=event_date, cluster_id=cluster_id,
    )  # fmt: skip


def _sorted(rows: Any) -> list[Member]:
    """Members in published order, sorted here so that no database collation decides it."""
    return sorted((_member(row) for row in rows), key=lambda m: m.order)


def unclustered(conn: Connection) -> list[Member]:
    """Stored events in no cluster yet, in published order."""
    return _sorted(conn.execute(_MEMBER + " WHERE ce.event_id IS NULL"))


def unclustered_count(conn: Connection) -> int:
    """How many stored events are in no cluster yet."""
    sql = ("SELECT COUNT(*) FROM events e LEFT JOIN cluster_events ce "
           "ON ce.event_id = e.event_id WHERE ce.event_id IS NULL")
    return int(conn.execute(sql).fetchone()[0])


def members_of(conn: Connection, cluster_id: str) -> list[Member]:
    """The members of a cluster, in published order."""
    return _sorted(conn.execute(_MEMBER + " WHERE ce.cluster_id = ?", (cluster_id,)))


def _nearby(member: Member, reach_days: int, windows: dict[int, int], radius_km: float,
            head: str) -> tuple[str, list[Any]]:
    """``head`` (a SELECT ending in FROM ... WHERE) over every stored event that may match
    ``member``: one indexed range scan per time precision, by country, type and date
    window, narrowed by each event's own window and a box around the place (or the same
    admin2/admin1). Every event that :func:`~sitrep.clusters.match.compatible` accepts is
    among them."""
    day = member.day
    assert day is not None

    def around(days: int) -> tuple[str, str]:
        return (day - timedelta(days=days)).isoformat(), (day + timedelta(days=days)).isoformat()

    rest: list[str] = ["e.article_id <> ?"]
    rest_params: list[Any] = [member.article_id]
    place = ["e.latitude IS NULL"]
    if member.latitude is not None and member.longitude is not None:
        dlat = radius_km / 110.0
        dlon = radius_km / max(1.0, 111.0 * abs(_cos(member.latitude)))
        place.append("(e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?)")
        rest_params += [member.latitude - dlat, member.latitude + dlat,
                        member.longitude - dlon, member.longitude + dlon]
    if member.admin1:
        if member.admin2:
            place.append("(e.admin1 = ? AND e.admin2 = ?)")
            rest_params += [member.admin1, member.admin2]
        if (member.geo_precision or 3) >= 3 or member.latitude is None:
            place.append("e.admin1 = ?")
        else:  # matching counts a missing precision as coarse
            place.append("(e.admin1 = ? AND (e.geo_precision >= 3 OR e.geo_precision IS NULL))")
        rest_params.append(member.admin1)
    rest.append("(" + " OR ".join(place) + ")")
    # One index range scan per time precision, since a row's own window may be the wider
    # one; an event without a precision counts as day-precise.
    selects: list[str] = []
    params: list[Any] = []
    for precision, days in sorted(windows.items()):
        scans = [("e.time_precision = ?", [precision])]
        if precision == min(windows):
            scans.append(("e.time_precision IS NULL", []))
        for test, values in scans:
            selects.append(
                head + f" e.iso = ? AND e.event_type = ? AND {test} "
                "AND e.event_date BETWEEN ? AND ? AND " + " AND ".join(rest)
            )
            params += [member.iso, member.event_type, *values,
                       *around(max(reach_days, days)), *rest_params]
    return " UNION ".join(selects), params


def candidate_clusters(conn: Connection, member: Member, reach_days: int,
                       windows: dict[int, int], radius_km: float) -> list[str]:
    """Clusters holding an event that may match ``member`` (:func:`_nearby`), by id."""
    head = ("SELECT ce.cluster_id FROM events e "
            "JOIN cluster_events ce ON ce.event_id = e.event_id WHERE")
    sql, params = _nearby(member, reach_days, windows, radius_km, head)
    return [row[0] for row in conn.execute(sql + " ORDER BY 1", params)]


def neighbours(conn: Connection, member: Member, reach_days: int,
               windows: dict[int, int], radius_km: float) -> list[Member]:
    """Stored events that may match ``member`` (:func:`_nearby`), clustered or not, in
    published order."""
    sql, params = _nearby(member, reach_days, windows, radius_km, _MEMBER + " WHERE")
    return _sorted(conn.execute(sql, params))


def _cos(latitude: float) -> float:
    import math

    return math.cos(math.radians(latitude))


def link(conn: Connection, member: Member, cluster_id: str, score: float | None,
         now: str) -> None:
    conn.execute(
        "INSERT INTO cluster_events (event_id, cluster_id, article_id, score, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (member.event_id, cluster_id, member.article_id, score, now),
    )


def unlink(conn: Connection, event_id: str) -> None:
    """Take an event out of its cluster (it is placed again at once)."""
    conn.execute("DELETE FROM cluster_events WHERE event_id = ?", (event_id,))


def drop(conn: Connection, cluster_id: str) -> None:
    """Forget the row and contradictions of a cluster that has no member left."""
    conn.execute("DELETE FROM contradictions WHERE cluster_id = ?", (cluster_id,))
    conn.execute("DELETE FROM clusters WHERE cluster_id = ?", (cluster_id,))


def clear(conn: Connection) -> None:
    """Forget every cluster: link rows, cluster rows and contradictions. Events stay."""
    for table in ("contradictions", "clusters", "cluster_events"):
        conn.execute(f"DELETE FROM {table}")


_SUMMARY_COLUMNS = (
    "cluster_id", "event_type", "sub_event_type", "event_date", "time_precision", "location",
    "admin1", "admin2", "country", "iso", "latitude", "longitude", "fatalities", "injuries",
    "n_events", "n_articles", "sources", "claimants", "n_contradictions", "founder", "founded",
    "updated_at",
)  # fmt: skip


def write_summary(conn: Connection, cluster_id: str, summary: Summary, n_events: int,
                  n_contradictions: int, founder: Member, now: str) -> None:
    """Replace the cluster's own row (delete then insert: portable)."""
    conn.execute("DELETE FROM clusters WHERE cluster_id = ?", (cluster_id,))
    values = (
        cluster_id, summary.event_type, summary.sub_event_type, summary.event_date,
        summary.time_precision, summary.location, summary.admin1, summary.admin2,
        summary.country, summary.iso, summary.latitude, summary.longitude, summary.fatalities,
        summary.injuries, n_events, summary.n_articles, json.dumps(list(summary.sources)),
        json.dumps(list(summary.claimants)), n_contradictions, founder.event_id,
        founder.order.partition(ORDER_SEP)[0],
        now,
    )  # fmt: skip
    conn.execute(
        f"INSERT INTO clusters ({', '.join(_SUMMARY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_SUMMARY_COLUMNS))})",
        values,
    )


def write_contradictions(conn: Connection, cluster_id: str,
                         found: Sequence[Contradiction]) -> None:
    conn.execute("DELETE FROM contradictions WHERE cluster_id = ?", (cluster_id,))
    conn.executemany(
        "INSERT INTO contradictions (cluster_id, field, event_id, article_id, value, claimant, "
        "source) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(cluster_id, c.field, c.event_id, c.article_id, c.value, c.claimant, c.source)
         for c in found],
    )


# -- reading -------------------------------------------------------------------


def cluster_rows(conn: Connection, min_articles: int = 1,
                 limit: int | None = None) -> list[dict[str, Any]]:
    """Stored clusters with at least ``min_articles`` articles, by date then id."""
    sql = (f"SELECT {', '.join(_SUMMARY_COLUMNS)} FROM clusters WHERE n_articles >= ? "
           "ORDER BY event_date IS NULL, event_date, cluster_id")
    params: list[Any] = [min_articles]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = []
    for row in conn.execute(sql, params):
        rows.append(dict(zip(_SUMMARY_COLUMNS, row, strict=True)))
    return rows


def links(conn: Connection, cluster_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """``(cluster_id, event_id, article_id)`` of the given clusters, in published order."""
    found: list[tuple[str, str, str]] = []
    for start in range(0, len(cluster_ids), 500):
        chunk = list(cluster_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        found += [tuple(r) for r in conn.execute(
            "SELECT ce.cluster_id, ce.event_id, ce.article_id FROM cluster_events ce "
            "JOIN articles a ON a.id = ce.article_id "
            f"WHERE ce.cluster_id IN ({marks}) "
            "ORDER BY ce.cluster_id, " + _PUBLISHED_ORDER.format(alias="ce"), chunk)]
    return found


def contradiction_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every stored contradiction row, by cluster, field and published order."""
    columns = ("cluster_id", "field", "event_id", "article_id", "value", "claimant", "source")
    sql = (
        "SELECT c.cluster_id, c.field, c.event_id, c.article_id, c.value, c.claimant, c.source "
        "FROM contradictions c JOIN articles a ON a.id = c.article_id "
        "ORDER BY c.cluster_id, c.field, " + _PUBLISHED_ORDER.format(alias="c")
    )
    return [dict(zip(columns, row, strict=True)) for row in conn.execute(sql)]
