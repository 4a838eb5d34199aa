"""A plain-text table of events for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..records import Event

__all__ = ["format_events", "format_table"]

_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("date", "event_date", 10),
    ("type", "event_type", 26),
    ("sub-type", "sub_event_type", 30),
    ("actor1", "actor1", 34),
    ("actor2", "actor2", 34),
    ("location", "location", 18),
    ("admin1", "admin1", 14),
    ("country", "country", 12),
    ("fat", "fatalities", 4),
    ("inj", "injuries", 4),
)


def format_table(headers: Sequence[str], rows: Iterable[Sequence[object]],
                 widths: Sequence[int]) -> str:
    """Left-aligned columns, cut to ``widths`` with an ellipsis."""

    def cell(value: object, width: int) -> str:
        text = "" if value is None else str(value)
        return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)

    lines = ["  ".join(cell(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(cell(v, w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def format_events(events: Iterable[Event]) -> str:
    """The events as a readable table, one line each."""
    rows = [[getattr(e, attr) for _, attr, _ in _COLUMNS] for e in events]
    return format_table([c[0] for c in _COLUMNS], rows, [c[2] for c in _COLUMNS])
