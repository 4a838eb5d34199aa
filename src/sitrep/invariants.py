"""What must hold for every article, whatever its input: the checks the fuzz tests make.

    >>> from sitrep.records import Article, Entity
    >>> article = Article(text="Shelling hit Kyiv.")
    >>> article.entities.append(Entity("Kyiv", 13, 17, "GPE"))
    >>> problems(article)
    []
    >>> article.entities.append(Entity("Kyiv", 12, 16, "GPE"))
    >>> problems(article)
    ["Entity 'Kyiv' at [12, 16): the offsets cover ' Kyi', not its text"]

Every record's offsets lie inside ``Article.text`` and, where the record also
gives its text, cover exactly that text; header places carry (-1, -1). Counts,
tolls and salience are finite and non-negative; coordinates are on the globe;
the published date is a real ``YYYY-MM-DD`` day or unknown; the article
serialises to the output contract.
"""

from __future__ import annotations

import math
from typing import Any

from .records import Article
from .time import parse_iso_date

__all__ = ["problems"]


def problems(article: Article) -> list[str]:
    """Every broken promise in ``article``, as readable lines; empty when all hold."""
    found: list[str] = []
    text = article.text
    if article.published is not None and parse_iso_date(article.published) is None:
        found.append(f"published {article.published!r} is not a real YYYY-MM-DD day")
    for record in [*article.entities, *article.places, *article.times, *article.counts]:
        _covers(found, text, record, type(record).__name__)
    for place in article.dateline_places:
        if (place.start, place.end) != (-1, -1):
            _covers(found, text, place, "dateline place")
    for count in article.counts:
        for name in ("value", "low", "high"):
            _number(found, getattr(count, name), f"count {name}")
        if count.claimant:
            _inside(found, text, count.claimant.start, count.claimant.end, "claimant")
    for quote in article.quotes:
        if _inside(found, text, quote.content_start, quote.content_end, "quote content") and (
                text[quote.content_start : quote.content_end] != quote.content):
            found.append(f"quote at [{quote.content_start}, {quote.content_end}) misses its text")
        if quote.speaker_start is not None or quote.speaker_end is not None:
            _inside(found, text, quote.speaker_start, quote.speaker_end, "speaker")
    for event in article.events:
        for name in ("fatalities", "injuries", "displaced", "salience"):
            _number(found, getattr(event, name), f"event {name}")
        if event.latitude is not None and not (
                -90 <= event.latitude <= 90 and -180 <= (event.longitude or 0.0) <= 180):
            found.append(f"event at ({event.latitude}, {event.longitude}) is off the globe")
        for field, spans in sorted(event.evidence.items()):
            for start, end in spans:
                _inside(found, text, start, end, f"evidence {field}")
    try:
        article.to_dict()
    except Exception as exc:  # noqa: BLE001 - reported, not raised: this is a checker
        found.append(f"does not serialise: {type(exc).__name__}: {exc}")
    return found


def _inside(found: list[str], text: str, start: Any, end: Any, what: str) -> bool:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        found.append(f"{what} at [{start}, {end}) is outside the text (0..{len(text)})")
        return False
    return True


def _covers(found: list[str], text: str, record: Any, what: str) -> None:
    label = f"{what} {record.text!r} at [{record.start}, {record.end})"
    if _inside(found, text, record.start, record.end, label):
        if text[record.start : record.end] != record.text:
            found.append(f"{label}: the offsets cover {text[record.start:record.end]!r}, "
                         "not its text")


def _number(found: list[str], value: Any, what: str) -> None:
    if value is not None and not (math.isfinite(value) and value >= 0):
        found.append(f"{what} is {value!r}")
