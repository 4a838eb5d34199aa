"""The API's typed shapes (pydantic): what each endpoint answers and what it accepts.

Events are the store's :class:`sitrep.records.Event` dataclass itself, so the
API, the JSONL output and the OpenAPI schema at ``/docs`` cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..records import Event

__all__ = [
    "EventList",
    "EventDetail",
    "Span",
    "ArticleOut",
    "ArticleSummary",
    "Stats",
    "Bucket",
    "TimelinePoint",
    "TableRows",
    "ArticleIn",
    "ArticlesIn",
    "Ingested",
    "Problem",
    "FeatureCollection",
]


class EventList(BaseModel):
    """A page of events (each with its ``evidence``) and how many match in all."""

    total: int = Field(description="Events matching the filters, over all pages.")
    limit: int
    offset: int
    events: list[Event]
    notes: list[str] = Field(default_factory=list,
                             description="Filter values that no stored event has (a misspelt "
                                         "country, region or type).")


class Span(BaseModel):
    """One highlighted span of the source text: which field it supports, and its kind."""

    field: str = Field(description="The event field (or 'claimant') this span is evidence for.")
    kind: Literal["type", "actor", "place", "date", "figure", "claimant", "other"]
    start: int
    end: int
    text: str


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    text: str = Field(description="The body exactly as stored; spans index into it.")


class EventDetail(BaseModel):
    """One event, its evidence spans (claimants added) and its source article."""

    event: Event
    spans: list[Span]
    article: ArticleSummary | None


class ArticleOut(BaseModel):
    """An article with all its records: the output contract plus the body ``text``."""

    model_config = ConfigDict(extra="allow")

    article: dict[str, Any]
    text: str
    places: list[dict[str, Any]]
    times: list[dict[str, Any]]
    counts: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[Event]


class TimelinePoint(BaseModel):
    period: str = Field(description="YYYY-MM-DD (day, or the Monday of a week) or YYYY-MM.")
    events: int
    fatalities: int


class Bucket(BaseModel):
    key: str | None
    events: int
    fatalities: int


class Stats(BaseModel):
    """Counts and fatalities of the matching events over time and by group."""

    by: Literal["day", "week", "month"]
    events: int
    fatalities: int
    timeline: list[TimelinePoint]
    by_type: list[Bucket]
    by_country: list[Bucket]
    by_admin1: list[Bucket]
    notes: list[str]


class TableRows(BaseModel):
    """Rows of an optional table (clusters, contradictions); empty with a note if absent."""

    items: list[dict[str, Any]]
    available: bool
    note: str = ""


class FeatureCollection(BaseModel):
    """GeoJSON: one Feature per event, ``properties`` the whole event."""

    model_config = ConfigDict(extra="allow")

    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[dict[str, Any]]


class ArticleIn(BaseModel):
    """One article to extract, shaped as a line of the JSONL input (only ``text`` needed)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    id: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    source: str | None = None
    title: str | None = None
    url: str | None = None
    agencies: list[str] | None = None
    dateline: list[str] | None = None


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)


class Ingested(BaseModel):
    """What ``POST /api/articles`` did: the ids in input order, new and already stored."""

    ids: list[str]
    added: int
    unchanged: int
    events: int
    skipped: list[str]


class Problem(BaseModel):
    detail: str
