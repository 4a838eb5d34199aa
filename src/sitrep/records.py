"""The typed document: an :class:`Article` and the records stages attach to it.

Every record carries character offsets (``start`` inclusive, ``end``
exclusive) into ``Article.text``, the body exactly as received, and the name
and version of the stage that made it (``stage``, e.g. ``"places@1"``).

``to_dict`` gives the JSON shape of the I/O contract (docs/schema.md); the
field names here are that contract's and must not be renamed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Article",
    "Entity",
    "Place",
    "TimeExpr",
    "Claimant",
    "Count",
    "Quote",
    "Plover",
    "Event",
    "ACLED_COLUMNS",
    "COUNT_CATEGORIES",
    "TIME_PRECISIONS",
    "content_id",
]

COUNT_CATEGORIES = (
    "killed",
    "injured",
    "killed_or_injured",
    "displaced",
    "evacuated",
    "missing",
    "abducted",
    "arrested",
    "detained",
    "released",
    "captured",
    "other",
)

TIME_PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "other")

ACLED_COLUMNS = (
    "event_id",
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
)


def content_id(*parts: str, prefix: str = "") -> str:
    """A stable 16-hex-digit id from the given strings."""
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")  # never fails on odd text
    digest = hashlib.sha256(data).hexdigest()[:16]
    return prefix + digest


@dataclass(slots=True)
class Entity:
    text: str
    start: int
    end: int
    label: str  # PERSON ORG GPE LOC NORP FAC ...
    stage: str = ""


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    country_code: str | None  # ISO 3166-1 alpha-2
    country: str | None
    admin1: str | None  # ACLED-style name ("Kursk"), never a code
    admin2: str | None
    feature_code: str | None  # GeoNames-style: PPL, PPLC, ADM1, PCLI ...
    population: int | None
    stage: str = ""
    #: The point is derived, not the place's own (a village at its council's centre):
    #: an event placed there has geo_precision 2.
    approximate: bool = False
    #: What the mention does, when it does not name where something happens: "qualifier"
    #: (a demonym used as an adjective: "Syrian", "the Ukrainian army"), "embedded" (a
    #: place inside an organisation's name), "dateline" (the place a report was filed
    #: from, "KYIV, Ukraine (Reuters) -") or "site" (an unknown street or building, at
    #: its town's point). None for an ordinary place mention. Events are never located
    #: at a place with a role.
    role: str | None = None


@dataclass(slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str  # TIMEX3: 2024-08-06, 2024-08, 2024-W32, 2024-SU, PAST_REF ...
    start_date: str | None  # ISO span the expression covers
    end_date: str | None
    precision: str  # one of TIME_PRECISIONS
    stage: str = ""


@dataclass(slots=True)
class Claimant:
    name: str
    start: int
    end: int


@dataclass(slots=True)
class Count:
    text: str
    start: int
    end: int
    value: int | None  # conservative figure to use ("at least 12" -> 12)
    low: int | None
    high: int | None
    category: str  # one of COUNT_CATEGORIES
    subject: str | None  # civilians, children, soldiers ...
    claimant: Claimant | None
    stage: str = ""


@dataclass(slots=True)
class Quote:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str
    content: str
    content_start: int
    content_end: int
    direct: bool
    via: str | None  # outlet or agency that relayed it ("TASS")
    stage: str = ""


@dataclass(slots=True)
class Plover:
    event: str
    mode: str | None = None


@dataclass(slots=True)
class Event:
    """One ACLED-style event row plus sitrep's extras (see docs/schema.md)."""

    event_id: str
    event_date: str | None
    time_precision: int | None
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str = ""
    inter1: int = 0
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    interaction: int = 0
    civilian_targeting: str = ""
    iso: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    # sitrep extras
    injuries: int | None = None
    displaced: int | None = None
    article_id: str = ""
    plover: Plover = field(default_factory=lambda: Plover("ASSAULT"))
    evidence: dict[str, list[list[int]]] = field(default_factory=dict)
    derived: dict[str, str] = field(default_factory=dict)
    salience: float = 0.0
    stage: str = ""

    def acled_row(self) -> dict[str, Any]:
        """The event as a dict of exactly ACLED's columns, in order."""
        return {name: getattr(self, name) for name in ACLED_COLUMNS}


@dataclass(slots=True)
class Article:
    """One report and everything the stages found in it."""

    text: str
    id: str = ""
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    agencies: list[str] = field(default_factory=list)
    dateline: list[str] = field(default_factory=list)
    title: str | None = None
    language: str = "en"
    url: str | None = None
    origin: str | None = None  # "file.txt" or "file.jsonl:12": where it was read
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dateline_places: list[Place] = field(default_factory=list)  # resolved header places
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.published or "", self.source or "", prefix="a")

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object for this article."""
        return {
            "article": {
                "id": self.id,
                "published": self.published,
                "source": self.source,
                "agencies": list(self.agencies),
                "dateline": list(self.dateline),
                "title": self.title,
                "language": self.language,
                "url": self.url,
                "dateline_places": [dataclasses.asdict(p) for p in self.dateline_places],
                "warnings": list(self.warnings),
            },
            "entities": [dataclasses.asdict(r) for r in self.entities],
            "places": [dataclasses.asdict(r) for r in self.places],
            "times": [dataclasses.asdict(r) for r in self.times],
            "counts": [dataclasses.asdict(r) for r in self.counts],
            "quotes": [dataclasses.asdict(r) for r in self.quotes],
            "events": [dataclasses.asdict(r) for r in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str) -> Article:
        """Rebuild an article from ``to_dict`` output and its body text."""
        meta = data["article"]
        art = cls(
            text=text,
            id=meta["id"],
            published=meta.get("published"),
            source=meta.get("source"),
            agencies=list(meta.get("agencies") or []),
            dateline=list(meta.get("dateline") or []),
            title=meta.get("title"),
            language=meta.get("language") or "en",
            url=meta.get("url"),
            warnings=list(meta.get("warnings") or []),
        )
        art.dateline_places = [Place(**p) for p in meta.get("dateline_places") or []]
        art.entities = [Entity(**r) for r in data.get("entities", [])]
        art.places = [Place(**r) for r in data.get("places", [])]
        art.times = [TimeExpr(**r) for r in data.get("times", [])]
        art.counts = [_count_from_dict(r) for r in data.get("counts", [])]
        art.quotes = [Quote(**r) for r in data.get("quotes", [])]
        art.events = [_event_from_dict(r) for r in data.get("events", [])]
        return art


def _count_from_dict(row: dict[str, Any]) -> Count:
    row = dict(row)
    claimant = row.pop("claimant", None)
    return Count(**row, claimant=Claimant(**claimant) if claimant else None)


def _event_from_dict(row: dict[str, Any]) -> Event:
    row = dict(row)
    plover = row.pop("plover", None) or {"event": "ASSAULT"}
    return Event(**row, plover=Plover(**plover))
