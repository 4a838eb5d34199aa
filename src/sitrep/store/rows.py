"""Rows of the store to and from sitrep's records; the SQL that writes them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from ..errors import InputError
from ..records import ACLED_COLUMNS, Article, Event, Place, Plover
from .claims import CLAIM_COLUMNS, COUNT_COLUMNS, QUOTE_COLUMNS, claim_columns

__all__ = [
    "EVENT_COLUMNS",
    "INSERT_ARTICLE",
    "INSERT_COUNT",
    "INSERT_EVENT",
    "INSERT_QUOTE",
    "INSERT_PLACE",
    "article_row",
    "escape_like",
    "event_from_row",
    "event_rows",
    "iso_date",
    "place_rows",
]

_ARTICLE_COLUMNS = (
    "id", "published", "source", "agencies", "dateline", "title", "url", "language", "text",
    "origin", "ingested_at", "record", "pipeline",
)  # fmt: skip
_EXTRA_COLUMNS = (
    "injuries", "displaced", "article_id", "plover_event", "plover_mode", "evidence", "derived",
    "salience", "stage", "country_code",
)  # fmt: skip
EVENT_COLUMNS = (*ACLED_COLUMNS, *_EXTRA_COLUMNS)
_PLACE_FIELDS = (
    "text", "start", "end", "name", "geonameid", "latitude", "longitude", "country_code",
    "country", "admin1", "admin2", "feature_code", "population", "stage",
)  # fmt: skip
_PLACE_COLUMNS = (
    "article_id", "role", "seq",
    *("char_start" if f == "start" else "char_end" if f == "end" else f for f in _PLACE_FIELDS),
)  # fmt: skip


def _insert_sql(table: str, columns: tuple[str, ...], conflict: str) -> str:
    """``INSERT ... ON CONFLICT DO NOTHING``: SQLite's INSERT OR IGNORE, spelled portably."""
    marks = ", ".join("?" * len(columns))
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
        f"ON CONFLICT ({conflict}) DO NOTHING"
    )


INSERT_ARTICLE = _insert_sql("articles", _ARTICLE_COLUMNS, "id")
INSERT_EVENT = _insert_sql("events", (*EVENT_COLUMNS, *CLAIM_COLUMNS), "event_id")
INSERT_COUNT = _insert_sql("counts", COUNT_COLUMNS, "article_id, seq")
INSERT_QUOTE = _insert_sql("quotes", QUOTE_COLUMNS, "article_id, seq")
INSERT_PLACE = _insert_sql("places", _PLACE_COLUMNS, "article_id, role, seq")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _pipeline_tag(article: Article) -> str:
    records: list[Any] = [
        *article.dateline_places, *article.entities, *article.places, *article.times,
        *article.counts, *article.quotes, *article.events,
    ]  # fmt: skip
    return " ".join(sorted({r.stage for r in records if r.stage}))


def article_row(article: Article, now: str, pipeline: str | None) -> tuple[Any, ...]:
    return (
        article.id,
        article.published,
        article.source,
        _json(list(article.agencies)),
        _json(list(article.dateline)),
        article.title,
        article.url,
        article.language,
        article.text,
        article.origin,
        now,
        _json(article.to_dict()),
        _pipeline_tag(article) if pipeline is None else pipeline,
    )


def place_rows(article: Article) -> list[tuple[Any, ...]]:
    rows = []
    for role, places in (("body", article.places), ("dateline", article.dateline_places)):
        for seq, place in enumerate(places):
            rows.append((article.id, role, seq, *(getattr(place, f) for f in _PLACE_FIELDS)))
    return rows


def _country_codes(places: Iterable[Place]) -> dict[str, str]:
    codes: dict[str, str] = {}
    for place in places:
        if place.country and place.country_code:
            codes.setdefault(place.country.lower(), place.country_code)
    return codes


def event_rows(article: Article) -> list[tuple[Any, ...]]:
    codes = _country_codes([*article.places, *article.dateline_places])
    rows = []
    for event in article.events:
        extras = (
            event.injuries,
            event.displaced,
            article.id,
            event.plover.event,
            event.plover.mode,
            _json(event.evidence),
            _json(event.derived),
            event.salience,
            event.stage,
            codes.get(event.country.lower()) if event.country else None,
        )
        claims = claim_columns(article, event)
        rows.append((*(getattr(event, c) for c in ACLED_COLUMNS), *extras, *claims))
    return rows


def event_from_row(row: Any) -> Event:
    """An :class:`Event` from a row of ``SELECT <EVENT_COLUMNS> FROM events``."""
    return Event(
        **{c: row[c] for c in ACLED_COLUMNS},
        injuries=row["injuries"],
        displaced=row["displaced"],
        article_id=row["article_id"],
        plover=Plover(row["plover_event"], row["plover_mode"]),
        evidence=json.loads(row["evidence"]),
        derived=json.loads(row["derived"]),
        salience=row["salience"],
        stage=row["stage"] or "",
    )


# -- helpers -----------------------------------------------------------------


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def iso_date(value: str | date, name: str) -> str:
    """Normalise a ``since``/``until`` value to YYYY-MM-DD."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise InputError(f"{name} must be a date as YYYY-MM-DD, not {value!r}.") from exc
