"""Claims as the store keeps them: who gave each figure and event, and how far a figure reaches.

A stored event keeps its **claimant**: whoever the report says gave it. It is
taken, in order, from the claimant of the count behind its ``fatalities`` (or
``injuries``), then from the attribution whose content holds the event's
trigger words ("... killing 12 people, the governor said"): of several, the
narrowest direct quote or reported clause
(:func:`sitrep.speech.claims.claimant_at`, as for a count), never a wider one
around it nor a stance ("blamed") or belief cue. Counts and quotes
are stored in their own tables with their claimant or speaker, so both can be
queried by who said them.

Each event's figures are also kept as **bounds**, ``[low, high]``, read from
the counts behind them: "at least 10" is ``[10, None]`` (no ceiling), "up to
40" ``[0, 40]``, "between 15 and 20" ``[15, 20]``, an exact 12 ``[12, 12]`` and
an approximate one ("about 20") 20 % either side. Two sources agree on a figure
when their bounds overlap (:mod:`sitrep.clusters.contradictions`). An event
that states no figure has no bounds (``low`` is ``None``).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from typing import Any

from .. import reference
from ..records import Article, Claimant, Count, Event
from ..speech.claims import claimant_at

__all__ = [
    "APPROXIMATION",
    "Bounds",
    "event_bounds",
    "event_claimant",
    "count_rows",
    "quote_rows",
    "claim_columns",
]

#: How far either side of an approximate figure ("about 20") its bounds reach.
APPROXIMATION = 0.2

Bounds = tuple[int | None, int | None]


def _approximate(count: Count) -> bool:
    text = count.text.lower()
    words = reference.ordered_words("clusters/approximate")
    return any(text.startswith(word + " ") for word in words)


def count_bounds(count: Count) -> Bounds:
    """``(low, high)`` of one count; ``high`` None means no ceiling."""
    if count.low is not None or count.high is not None:
        return (count.low or 0, count.high)
    if count.value is None:
        return (None, None)
    if _approximate(count):
        margin = math.ceil(count.value * APPROXIMATION)
        return (max(count.value - margin, 0), count.value + margin)
    return (count.value, count.value)


def _spans(event: Event, field: str) -> set[tuple[int, int]]:
    return {(int(s[0]), int(s[1])) for s in event.evidence.get(field, []) if len(s) == 2}


_CATEGORY = {"fatalities": "killed", "injuries": "injured"}


def _counts_behind(article: Article, event: Event, field: str) -> list[Count]:
    """The counts of ``field``'s category that its evidence spans overlap."""
    spans = sorted(_spans(event, field))
    return [
        c for c in article.counts
        if c.category == _CATEGORY[field] and any(s < c.end and c.start < e for s, e in spans)
    ]  # fmt: skip


def _attacker(count: Count) -> bool:
    """The suicide attacker's own death, which ACLED adds to the toll but reports rarely do."""
    return count.value == 1 and "suicide" in count.text.lower()


def event_bounds(article: Article, event: Event, field: str) -> Bounds:
    """The bounds of ``fatalities`` or ``injuries`` as the report states them.

    Read from the counts behind the field, leaving out a suicide attacker's
    own death. ``(None, None)`` when the report states no figure: the value is
    a default (no deaths mentioned, or deaths with no number), or zero with no
    count behind it.
    """
    value = getattr(event, field)
    if value is None or event.derived.get(field) == "default":
        return (None, None)
    counts = [c for c in _counts_behind(article, event, field) if not _attacker(c)]
    if not counts:
        return (value, value) if value > 0 else (None, None)
    bounds = [count_bounds(c) for c in counts]
    if any(low is None for low, _ in bounds):
        return (value, value) if value > 0 else (None, None)
    low = sum(b[0] or 0 for b in bounds)
    highs = [b[1] for b in bounds]
    high = None if any(h is None for h in highs) else sum(h or 0 for h in highs)
    return (low, high)


def event_claimant(article: Article, event: Event) -> Claimant | None:
    """Who the report says gave this event: see the module docstring."""
    own = getattr(event, "claimant", None)
    if isinstance(own, Claimant):
        return own
    for field in ("fatalities", "injuries"):
        for count in _counts_behind(article, event, field):
            if count.claimant is not None:
                return count.claimant
    for start, end in sorted(_spans(event, "event_type")):
        found = claimant_at(article.quotes, start, end)
        if found is not None:
            return found
    return None


def claim_columns(article: Article, event: Event) -> tuple[Any, ...]:
    """The claim columns of a stored event row, in :data:`CLAIM_COLUMNS` order."""
    who = event_claimant(article, event)
    fat = event_bounds(article, event, "fatalities")
    inj = event_bounds(article, event, "injuries")
    return (
        who.name if who else None,
        who.start if who else None,
        who.end if who else None,
        *fat,
        *inj,
    )


#: Columns added to ``events`` by migration ``0003_claims``.
CLAIM_COLUMNS = (
    "claimant", "claimant_start", "claimant_end",
    "fatalities_low", "fatalities_high", "injuries_low", "injuries_high",
)  # fmt: skip

COUNT_COLUMNS = (
    "article_id", "seq", "text", "char_start", "char_end", "value", "low", "high", "category",
    "subject", "claimant", "claimant_start", "claimant_end", "stage",
)  # fmt: skip

QUOTE_COLUMNS = (
    "article_id", "seq", "speaker", "speaker_start", "speaker_end", "cue", "content",
    "content_start", "content_end", "direct", "via", "stage",
)  # fmt: skip


def count_rows(article: Article) -> list[tuple[Any, ...]]:
    rows = []
    for seq, c in enumerate(article.counts):
        who = c.claimant
        rows.append((
            article.id, seq, c.text, c.start, c.end, c.value, c.low, c.high, c.category,
            c.subject, who.name if who else None, who.start if who else None,
            who.end if who else None, c.stage,
        ))  # fmt: skip
    return rows


def quote_rows(article: Article) -> list[tuple[Any, ...]]:
    return [
        (
            article.id, seq, q.speaker, q.speaker_start, q.speaker_end, q.cue, q.content,
            q.content_start, q.content_end, int(q.direct), q.via, q.stage,
        )  # fmt: skip
        for seq, q in enumerate(article.quotes)
    ]


def claim_updates(articles: Iterable[Article]) -> list[tuple[Any, ...]]:
    """``(claim columns..., event_id)`` for every event of ``articles``: a backfill."""
    return [(*claim_columns(a, e), e.event_id) for a in articles for e in a.events]


def backfill_claims(conn: Any) -> None:
    """Fill claims for articles stored before ``0003_claims``, from their records."""
    import json

    from .rows import INSERT_COUNT, INSERT_QUOTE

    update = (
        "UPDATE events SET " + ", ".join(f"{c} = ?" for c in CLAIM_COLUMNS)
        + " WHERE event_id = ?"
    )
    rows = conn.execute("SELECT id, text, record FROM articles ORDER BY id").fetchall()
    for article_id, text, record in rows:
        try:
            article = Article.from_dict(json.loads(record), text)
        except (ValueError, KeyError, TypeError) as exc:
            logging.getLogger(__name__).warning(
                "article %s: stored record unreadable (%s); its claims are left empty",
                article_id, exc)
            continue
        article.id = article_id
        conn.executemany(INSERT_COUNT, count_rows(article))
        conn.executemany(INSERT_QUOTE, quote_rows(article))
        conn.executemany(update, claim_updates([article]))
