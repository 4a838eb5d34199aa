"""Stored clusters and contradictions as plain rows, for the command line and the API.

A cluster row: ``cluster_id``, ``events`` (event ids), ``articles`` (article
ids), ``event_type``, ``sub_event_type``, ``event_date``, ``location``,
``admin1``, ``country``, ``fatalities``, ``injuries``, ``sources``,
``claimants`` and ``contradictions`` (the fields its sources disagree on).

A contradiction row: ``cluster_id``, ``field`` and ``values``, one per source
that states the field: ``value``, ``claimant``, ``source``, ``article_id``,
``event_id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..output.table import format_table
from ..store.backend import Connection
from . import sql

__all__ = [
    "list_clusters", "list_contradictions", "format_clusters", "format_contradictions",
]  # fmt: skip

_FIELDS = (
    "cluster_id", "events", "articles", "event_type", "sub_event_type", "event_date",
    "location", "admin1", "country", "fatalities", "injuries", "sources", "claimants",
    "contradictions",
)  # fmt: skip


def list_clusters(conn: Connection, *, min_articles: int = 1,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Clusters reported by at least ``min_articles`` articles, by date then id."""
    rows = sql.cluster_rows(conn, min_articles=min_articles, limit=limit)
    ids = [row["cluster_id"] for row in rows]
    events: dict[str, list[str]] = {i: [] for i in ids}
    articles: dict[str, list[str]] = {i: [] for i in ids}
    for cluster_id, event_id, article_id in sql.links(conn, ids):
        events[cluster_id].append(event_id)
        if article_id not in articles[cluster_id]:
            articles[cluster_id].append(article_id)
    fields: dict[str, list[str]] = {i: [] for i in ids}
    for row in sql.contradiction_rows(conn):
        contested = fields.get(row["cluster_id"])
        if contested is not None and row["field"] not in contested:
            contested.append(row["field"])
    found = []
    for row in rows:
        cluster_id = row["cluster_id"]
        found.append({
            "cluster_id": cluster_id,
            "events": events[cluster_id],
            "articles": articles[cluster_id],
            **{k: row[k] for k in ("event_type", "sub_event_type", "event_date", "location",
                                   "admin1", "country", "fatalities", "injuries")},
            "sources": json.loads(row["sources"]),
            "claimants": json.loads(row["claimants"]),
            "contradictions": fields[cluster_id],
        })  # fmt: skip
    return found


def list_contradictions(conn: Connection) -> list[dict[str, Any]]:
    """Every contradiction, one per cluster and field, each with all its sources' values."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in sql.contradiction_rows(conn):
        key = (row["cluster_id"], row["field"])
        grouped.setdefault(key, []).append(
            {k: row[k] for k in ("value", "claimant", "source", "article_id", "event_id")}
        )
    return [
        {"cluster_id": cluster_id, "field": field, "values": values}
        for (cluster_id, field), values in grouped.items()
    ]


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values)


def format_clusters(clusters: list[dict[str, Any]]) -> str:
    """One cluster per line."""
    headers = ("cluster_id", "date", "type", "location", "country", "fat", "events",
               "articles", "sources", "contradictions")
    widths = (18, 10, 26, 16, 12, 4, 6, 8, 40, 24)
    rows = [
        (c["cluster_id"], c["event_date"], c["event_type"], c["location"], c["country"],
         c["fatalities"], len(c["events"]), len(c["articles"]), _join(c["sources"]),
         _join(c["contradictions"]))
        for c in clusters
    ]  # fmt: skip
    return format_table(headers, rows, widths)


def format_contradictions(found: list[dict[str, Any]]) -> str:
    """One source's value per line, grouped by cluster and field."""
    headers = ("cluster_id", "field", "value", "claimant", "source", "article_id")
    widths = (18, 12, 34, 34, 24, 18)
    rows = [
        (c["cluster_id"], c["field"], v["value"], v["claimant"], v["source"], v["article_id"])
        for c in found for v in c["values"]
    ]  # fmt: skip
    return format_table(headers, rows, widths)
