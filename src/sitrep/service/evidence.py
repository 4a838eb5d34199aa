"""The spans the page highlights for one event: its evidence, and who gave its figures.

Each span says which event field it supports and its kind (``type``,
``actor``, ``place``, ``date``, ``figure``, ``claimant``, ``other``), so the
page can colour them. Claimants are not event fields: a figure's claimant is
the one of the article's counts whose span overlaps the event's figure
evidence. Spans outside the text are dropped; the order is by start, then end,
then field.
"""

from __future__ import annotations

from .. import reference
from ..records import Article, Event

__all__ = ["event_spans", "kind_of"]

_FIGURES = ("fatalities", "injuries", "displaced")


def kind_of(field: str) -> str:
    """The highlight kind of an evidence field (``other`` for fields the page does not colour).

    The kinds are the table ``data/service/evidence_kinds.csv``.
    """
    for row in reference.table("service/evidence_kinds"):
        if row["field"] == field:
            return row["kind"]
    return "other"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def event_spans(event: Event, article: Article | None) -> list[dict[str, object]]:
    """Highlight spans for ``event`` over ``article.text`` (figure claimants included)."""
    text = article.text if article is not None else ""
    spans: list[tuple[int, int, str, str]] = []
    seen: set[tuple[int, int, str]] = set()

    def add(start: int, end: int, field: str, kind: str) -> None:
        if not (0 <= start < end <= len(text)) or (start, end, field) in seen:
            return
        seen.add((start, end, field))
        spans.append((start, end, field, kind))

    for field in sorted(event.evidence):
        for pair in event.evidence[field]:
            if len(pair) == 2:
                add(int(pair[0]), int(pair[1]), field, kind_of(field))
    figures = [
        (int(p[0]), int(p[1]))
        for field in _FIGURES
        for p in event.evidence.get(field, [])
        if len(p) == 2
    ]
    if article is not None and figures:
        for count in article.counts:
            if count.claimant is None:
                continue
            if any(_overlaps((count.start, count.end), span) for span in figures):
                add(count.claimant.start, count.claimant.end, "claimant", "claimant")
    spans.sort(key=lambda s: (s[0], s[1], s[2]))
    return [
        {"field": field, "kind": kind, "start": start, "end": end, "text": text[start:end]}
        for start, end, field, kind in spans
    ]
