"""When two stored events, from different reports, may be one happening.

Two events match when all four hold (thresholds in ``data/clusters/matching.toml``):

- **type**: the same ``event_type``, and sub-types of the same group
  (``data/clusters/subtypes.csv``: an air strike and a missile attack may be
  one strike; a chemical attack is never anything else);
- **date**: no further apart than the wider of their two windows (by
  ``time_precision``: 1 day, a week, a month; a date that is only the
  report's published date reaches 2 days back);
- **place**: within 25 km, or the same admin2 in the same admin1, or the same
  admin1 when either is coded only to its region (``geo_precision`` 3) or has
  no coordinates; never across countries;
- **actors**: no contradiction between known actors: when both name actors
  other than unidentified groups, at least one of them is shared (whatever
  its side, since reports disagree on who did it).

They never match when they come from the same article: the events stage has
already folded one report's retellings of a happening into one row.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import reference
from ..places.distance import distance_km

__all__ = [
    "Member", "actor_base", "compatible", "date_window", "known_actors", "score", "settings",
]

_BRANCH = re.compile(r"^(.*\))\s+\S.*$")


@functools.cache
def settings() -> dict[str, Any]:
    """The matching thresholds, from ``clusters/matching.toml``."""
    table = reference.mapping("clusters/matching")
    windows = {int(k): int(v) for k, v in table["date_window_days"].items()}
    return {
        "radius_km": float(table["radius_km"]),
        "windows": windows,
        "published_date_days": int(table["published_date_days"]),
    }


@functools.cache
def _groups() -> dict[str, str]:
    return {row["sub_event_type"]: row["group"] for row in reference.table("clusters/subtypes")}


@dataclass(slots=True)
class Member:
    """What clustering needs of one stored event (a row of ``events``)."""

    event_id: str
    article_id: str
    order: str  # published, article id and event id, joined: the order clustering takes
    event_type: str
    sub_event_type: str
    day: date | None
    time_precision: int | None
    published_date: bool  # the date is only the report's published date
    iso: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    actor1: str
    actor2: str
    fatalities: int
    fatalities_stated: bool
    injuries: int | None
    bounds: dict[str, tuple[int | None, int | None]]
    claimant: str | None
    source: str | None
    event_date: str | None
    cluster_id: str | None = None


def date_window(member: Member) -> int:
    """Days either side of ``member``'s date that another report's date may fall."""
    config = settings()
    windows: dict[int, int] = config["windows"]
    days = windows.get(member.time_precision or 1, max(windows.values()))
    if member.published_date:
        days = max(days, config["published_date_days"])
    return days


@functools.lru_cache(maxsize=65536)
def actor_base(actor: str) -> str:
    """An actor's name without a branch suffix: '... (2000-) Air Force' → '... (2000-)'."""
    found = _BRANCH.match(actor.strip())
    return (found.group(1) if found else actor.strip()).lower()


@functools.lru_cache(maxsize=65536)
def _known(actor1: str, actor2: str) -> frozenset[str]:
    return frozenset(
        actor_base(a) for a in (actor1, actor2)
        if a and not a.lower().startswith("unidentified")
    )  # fmt: skip


def known_actors(member: Member) -> frozenset[str]:
    """The actors ``member`` names, other than unidentified ones."""
    return _known(member.actor1, member.actor2)


def _same_type(a: Member, b: Member) -> bool:
    if a.event_type != b.event_type:
        return False
    if a.sub_event_type == b.sub_event_type:
        return True
    groups = _groups()
    group = groups.get(a.sub_event_type)
    return group is not None and group == groups.get(b.sub_event_type)


def _days_apart(a: Member, b: Member) -> int | None:
    if a.day is None or b.day is None:
        return None
    return abs((a.day - b.day).days)


def _km(a: Member, b: Member) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def _same_place(a: Member, b: Member) -> bool:
    if a.iso is None or a.iso != b.iso:
        return False
    km = _km(a, b)
    if km is not None and km <= settings()["radius_km"]:
        return True
    if a.admin1 and a.admin1 == b.admin1:
        if a.admin2 and a.admin2 == b.admin2:
            return True
        coarse = (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3
        return coarse or km is None
    return False


def compatible(a: Member, b: Member) -> bool:
    """True when ``a`` and ``b`` may be two reports of one happening (module docstring)."""
    if a.article_id == b.article_id or not _same_type(a, b):
        return False
    apart = _days_apart(a, b)
    if apart is None or apart > max(date_window(a), date_window(b)):
        return False
    if not _same_place(a, b):
        return False
    mine, theirs = known_actors(a), known_actors(b)
    return not (mine and theirs and not mine & theirs)


def score(a: Member, b: Member) -> float:
    """How alike two compatible events are, higher is closer: chooses between clusters.

    Nearer dates and places, the same sub-type, location name and actors, and
    tolls of the same size each add to it.
    """
    apart = _days_apart(a, b) or 0
    value = 1.0 - apart / (max(date_window(a), date_window(b)) + 1)
    km = _km(a, b)
    if km is not None:
        value += max(0.0, 1.0 - km / settings()["radius_km"])
    value += 0.5 * (a.sub_event_type == b.sub_event_type)
    value += 0.5 * (bool(a.location) and a.location == b.location)
    value += 0.5 * len(known_actors(a) & known_actors(b))
    if a.fatalities_stated and b.fatalities_stated:
        # Reports of one happening give tolls of one size: 48 and 87 dead, not 48 and 1.
        gap = abs(math.log1p(a.fatalities) - math.log1p(b.fatalities))
        value += 0.5 * max(0.0, 1.0 - gap / math.log(4))
    return round(value, 6)
