"""The read endpoints: events, one event with its evidence, articles, stats, the map layer.

Every read goes through :mod:`sitrep.store.queries` (bound parameters only);
no endpoint takes a file path. Filters are the same on ``/api/events``,
``/api/events.geojson`` and ``/api/stats``.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from ..clusters import list_clusters, list_contradictions
from ..errors import InputError
from ..store.queries import (
    MAX_LIMIT,
    EventQuery,
    event_stats,
    find_events,
    get_event,
    has_table,
)
from .evidence import event_spans
from .schemas import (
    ArticleOut,
    ArticleSummary,
    EventDetail,
    EventList,
    FeatureCollection,
    Stats,
    TableRows,
)
from .stores import StorePool, store_dependency

__all__ = ["router", "parse_bbox"]

router = APIRouter(prefix="/api", tags=["read"])
StoreDep = Annotated[StorePool, Depends(store_dependency)]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``"west,south,east,north"`` to four floats; InputError when it is not that."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or any(n != n or n in (float("inf"), float("-inf")) for n in numbers):
        raise InputError(f"bbox must be four numbers west,south,east,north, not {value!r}.")
    return numbers[0], numbers[1], numbers[2], numbers[3]


@dataclasses.dataclass
class Filters:
    """The filter query parameters shared by the event endpoints."""

    country: Annotated[str | None, Query(description="Name, ISO alpha-2 or ISO numeric.")] = None
    admin1: Annotated[str | None, Query(description="First-level region as ACLED names it.")] = (
        None
    )
    since: Annotated[str | None, Query(description="Earliest event date, YYYY-MM-DD.")] = None
    until: Annotated[str | None, Query(description="Latest event date, YYYY-MM-DD.")] = None
    type: Annotated[str | None, Query(description="Event type or sub-event type.")] = None
    actor: Annotated[str | None, Query(description="Part of an actor's name.")] = None
    claimant: Annotated[str | None, Query(description="Part of who gave the figures.")] = None
    q: Annotated[str | None, Query(description="Part of the notes or the location.")] = None
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None

    def query(self, **page: Any) -> EventQuery:
        return EventQuery(
            country=self.country, admin1=self.admin1, since=self.since, until=self.until,
            event_type=self.type, actor=self.actor, claimant=self.claimant, text=self.q,
            bbox=parse_bbox(self.bbox), **page,
        )  # fmt: skip


FiltersDep = Annotated[Filters, Depends()]
Sort = Annotated[str, Query(description="date, -date, fatalities or -fatalities.")]


@router.get("/events", response_model=EventList)
def list_events(
    stores: StoreDep,
    filters: FiltersDep,
    sort: Sort = "date",
    limit: Annotated[int, Query(ge=0, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventList:
    """Stored events matching every filter, each with its evidence; one page of them."""
    store = stores.get()
    page = find_events(store, filters.query(sort=sort, limit=limit, offset=offset))
    return EventList(total=page.total, limit=limit, offset=offset, events=page.events,
                     notes=page.notes)


@router.get("/events.geojson", response_model=FeatureCollection)
def events_geojson(
    stores: StoreDep,
    filters: FiltersDep,
    sort: Sort = "date",
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = MAX_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """The map layer: a FeatureCollection of the matching events (``properties``: the event)."""
    store = stores.get()
    page = find_events(store, filters.query(sort=sort, limit=limit, offset=offset), count=False)
    features = []
    for event in page.events:
        geometry = None
        if event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        features.append({"type": "Feature", "id": event.event_id, "geometry": geometry,
                         "properties": dataclasses.asdict(event)})
    return {"type": "FeatureCollection", "features": features}


@router.get("/events/{event_id}", response_model=EventDetail,
            responses={404: {"description": "No such event."}})
def show_event(stores: StoreDep, event_id: str) -> EventDetail:
    """One event, the spans of its evidence (and claimants), and its source article's text."""
    store = stores.get()
    event = get_event(store, event_id)
    if event is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r} in this store.")
    article = store.article(event.article_id) if event.article_id else None
    summary = None
    if article is not None:
        summary = ArticleSummary(id=article.id, title=article.title, source=article.source,
                                 published=article.published, url=article.url, text=article.text)
    return EventDetail(event=event, spans=event_spans(event, article),  # type: ignore[arg-type]
                       article=summary)


@router.get("/articles/{article_id}", response_model=ArticleOut,
            responses={404: {"description": "No such article."}})
def show_article(stores: StoreDep, article_id: str) -> dict[str, Any]:
    """An article with all its records (the output contract) and its body text."""
    store = stores.get()
    article = store.article(article_id)
    if article is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r} in this store.")
    data = article.to_dict()
    data["text"] = article.text
    return data


@router.get("/stats", response_model=Stats)
def stats(
    stores: StoreDep,
    filters: FiltersDep,
    by: Annotated[str, Query(description="day, week or month.")] = "day",
) -> dict[str, Any]:
    """Events and fatalities by day, week or month, and by type, country and admin1."""
    store = stores.get()
    return event_stats(store, filters.query(limit=0), by)


def _absent(table: str) -> TableRows:
    return TableRows(items=[], available=False,
                     note=f"this store has no {table} table; open it with this sitrep's "
                          "`sitrep ingest` or `sitrep cluster` to add it.")


_NONE_YET = ("no {what} yet: `sitrep ingest` links the events of several reports of one "
             "happening, and `sitrep cluster` relinks the whole store.")


@router.get("/clusters", response_model=TableRows)
def clusters(
    stores: StoreDep,
    min_articles: Annotated[int, Query(ge=1, description="Reported by at least this many.")] = 1,
    limit: Annotated[int, Query(ge=0, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TableRows:
    """Events from several reports linked as one happening: members, sources, claimants."""
    store = stores.get()
    if not has_table(store, "clusters"):
        return _absent("clusters")
    found = list_clusters(store.conn, min_articles=min_articles, limit=offset + limit)
    return TableRows(items=found[offset:], available=True,
                     note="" if found else _NONE_YET.format(what="clusters"))


@router.get("/contradictions", response_model=TableRows)
def contradictions(
    stores: StoreDep,
    limit: Annotated[int, Query(ge=0, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TableRows:
    """Where the sources of one cluster disagree: per cluster and field, each source's value,
    claimant, outlet and article."""
    store = stores.get()
    if not has_table(store, "contradictions"):
        return _absent("contradictions")
    found = list_contradictions(store.conn)
    return TableRows(items=found[offset:offset + limit], available=True,
                     note="" if found else _NONE_YET.format(what="contradictions"))
