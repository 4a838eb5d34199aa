"""What a cluster says as a whole, and where its sources disagree.

**Figures.** A cluster takes ACLED's conservative figures: its ``fatalities``
is the lowest toll any source states (a default for "no deaths mentioned" is
not a statement); its ``injuries`` likewise. Its type, date and place are
those of its most precise member (lowest ``geo_precision``, then
``time_precision``, then the earliest stored), its type the one most members
give.

**Contradictions.** Sources disagree on a field when two of them state values
that cannot both be true within their precision:

- ``fatalities``, ``injuries``: their bounds do not overlap ("at least 10" and
  "12" agree, "dozens" and "30" agree, "12" and "20" do not; see
  :mod:`sitrep.store.claims` for bounds);
- ``event_date``: two dates read from the text (not the published date) whose
  precision windows (the day; three days either side for a week; fifteen for a
  month) are more than a day apart (a night attack or a time zone puts
  honest reports a day apart);
- ``actor1``, ``actor2``: two known actors on one side differ and neither
  report names the other's actor anywhere (a blame dispute, not a swapped
  reading).

Each contradiction lists every source that states the field: value, claimant,
article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from .match import Member, actor_base, known_actors

__all__ = ["Contradiction", "Summary", "contradictions", "summarise", "describe_bounds"]

_DATE_HALF_WIDTH = {1: 0, 2: 3, 3: 15}
_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """One source's value of a field its cluster's sources disagree on."""

    field: str
    event_id: str
    article_id: str
    value: str
    claimant: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    """A cluster's own row: its representative values and conservative figures."""

    event_type: str
    sub_event_type: str
    event_date: str | None
    time_precision: int | None
    location: str | None
    admin1: str | None
    admin2: str | None
    iso: int | None
    country: str | None
    latitude: float | None
    longitude: float | None
    fatalities: int
    injuries: int | None
    sources: tuple[str, ...]
    claimants: tuple[str, ...]
    n_articles: int


def describe_bounds(low: int | None, high: int | None) -> str:
    """``12``, ``at least 10``, ``up to 40`` or ``15-20``."""
    if low is None:
        return "unknown"
    if high is None:
        return f"at least {low}"
    if low == high:
        return str(low)
    if low == 0:
        return f"up to {high}"
    return f"{low}-{high}"


def _overlap(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    (alow, ahigh), (blow, bhigh) = a, b
    assert alow is not None and blow is not None
    return (ahigh is None or blow <= ahigh) and (bhigh is None or alow <= bhigh)


def _rows(field: str, members: Sequence[Member], values: dict[str, str]) -> list[Contradiction]:
    return [
        Contradiction(field, m.event_id, m.article_id, values[m.event_id], m.claimant, m.source)
        for m in members if m.event_id in values
    ]  # fmt: skip


def _figure(field: str, members: Sequence[Member]) -> list[Contradiction]:
    stated = [m for m in members if m.bounds[field][0] is not None]
    clash = any(
        not _overlap(a.bounds[field], b.bounds[field])
        for i, a in enumerate(stated) for b in stated[i + 1:]
    )  # fmt: skip
    if not clash:
        return []
    return _rows(field, stated, {m.event_id: describe_bounds(*m.bounds[field]) for m in stated})


def _date(members: Sequence[Member]) -> list[Contradiction]:
    stated = [m for m in members if m.day is not None and not m.published_date]

    def span(m: Member) -> tuple[object, object]:
        assert m.day is not None
        half = timedelta(days=_DATE_HALF_WIDTH.get(m.time_precision or 1, 15))
        return m.day - half, m.day + half

    clash = any(
        span(a)[1] + _SLACK < span(b)[0] or span(b)[1] + _SLACK < span(a)[0]  # type: ignore[operator]
        for i, a in enumerate(stated) for b in stated[i + 1:]
    )  # fmt: skip
    if not clash:
        return []
    return _rows("event_date", stated, {m.event_id: m.event_date or "" for m in stated})


def _actor(field: str, members: Sequence[Member]) -> list[Contradiction]:
    named = [m for m in members if actor_base(getattr(m, field)) in known_actors(m)]
    clash = any(
        actor_base(getattr(a, field)) not in known_actors(b)
        and actor_base(getattr(b, field)) not in known_actors(a)
        for i, a in enumerate(named) for b in named[i + 1:]
    )  # fmt: skip
    if not clash:
        return []
    return _rows(field, named, {m.event_id: getattr(m, field) for m in named})


def contradictions(members: Sequence[Member]) -> list[Contradiction]:
    """Every disagreement among ``members``' sources, by field then published order."""
    ordered = sorted(members, key=lambda m: m.order)
    found: list[Contradiction] = []
    for field in ("fatalities", "injuries"):
        found += _figure(field, ordered)
    found += _date(ordered)
    for field in ("actor1", "actor2"):
        found += _actor(field, ordered)
    return found


def _lowest(members: Sequence[Member], field: str) -> int | None:
    stated = [m.bounds[field][0] for m in members if m.bounds[field][0] is not None]
    if stated:
        return min(v for v in stated if v is not None)
    if field == "fatalities":
        reported = [m.fatalities for m in members if m.fatalities_stated]
        return min(reported) if reported else 0
    return None


def summarise(members: Sequence[Member]) -> Summary:
    """The cluster row for ``members`` (module docstring)."""
    ordered = sorted(members, key=lambda m: m.order)
    best = min(ordered, key=lambda m: (m.geo_precision or 9, m.time_precision or 9, m.order))
    votes = Counter(m.sub_event_type for m in ordered)
    top = max(votes.values())
    sub_type = best.sub_event_type if votes[best.sub_event_type] == top else next(
        m.sub_event_type for m in ordered if votes[m.sub_event_type] == top
    )
    return Summary(
        event_type=best.event_type,
        sub_event_type=sub_type,
        event_date=best.event_date,
        time_precision=best.time_precision,
        location=best.location,
        admin1=best.admin1,
        admin2=best.admin2,
        iso=best.iso,
        country=best.country,
        latitude=best.latitude,
        longitude=best.longitude,
        fatalities=_lowest(ordered, "fatalities") or 0,
        injuries=_lowest(ordered, "injuries"),
        sources=tuple(sorted({m.source for m in ordered if m.source})),
        claimants=tuple(sorted({m.claimant for m in ordered if m.claimant})),
        n_articles=len({m.article_id for m in ordered}),
    )
