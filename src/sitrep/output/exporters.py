"""Write processed articles as JSONL, ACLED-style CSV or GeoJSON, streaming.

Every writer takes an iterable of :class:`~sitrep.records.Article` and a text
file handle, writes as it goes (flushing after each article, so a long run
can be followed with ``tail -f``), and returns how many records it wrote.

- ``jsonl``: one line per article, :meth:`Article.to_dict` (the contract's
  object), in input order.
- ``acled-csv``: a header, then one row per event. The columns are ACLED's, in
  ACLED's order (:data:`sitrep.records.ACLED_COLUMNS`), followed by sitrep's
  extras ``injuries, displaced, article_id, plover_event, plover_mode``
  (:data:`CSV_COLUMNS`). Unknown values (None) are empty cells; rows end in
  ``\\n``. Evidence spans are not in the CSV; use JSONL or GeoJSON for them.
- ``geojson``: one ``FeatureCollection`` with one ``Feature`` per event. The
  geometry is a ``Point`` with ``[longitude, latitude]`` (GeoJSON's order),
  or ``null`` when the location is unknown; ``properties`` is the whole event
  (the JSONL event object: ACLED columns, extras, ``plover``, ``evidence`` and
  ``derived``).

An event without its own ``article_id`` gets its article's id on export.

Example:

    >>> import io
    >>> from sitrep.records import Article
    >>> out = io.StringIO()
    >>> write("acled-csv", [Article(text="Nothing happened.")], out)
    0
    >>> out.getvalue().split(",")[:3]
    ['event_id', 'event_date', 'time_precision']
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import Any, TextIO

from ..errors import ConfigError
from ..records import ACLED_COLUMNS, Article, Event

__all__ = [
    "CSV_COLUMNS",
    "EXPORTERS",
    "format_for_path",
    "write",
    "write_acled_csv",
    "write_events_csv",
    "write_geojson",
    "write_jsonl",
]

#: The ACLED CSV layout: ACLED's columns in order, then sitrep's extras.
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + (
    "injuries",
    "displaced",
    "article_id",
    "plover_event",
    "plover_mode",
)

Exporter = Callable[[Iterable[Article], TextIO], int]


def write_jsonl(articles: Iterable[Article], fh: TextIO, *, include_text: bool = False) -> int:
    """One JSON object per article; returns the number of articles written.

    With ``include_text`` the body that the offsets index is added as
    ``article.text`` (useful for HTML input, whose body is extracted).
    """
    written = 0
    for article in articles:
        data = article.to_dict()
        if include_text:
            data["article"]["text"] = article.text
        fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        fh.flush()
        written += 1
    return written


def write_acled_csv(articles: Iterable[Article], fh: TextIO) -> int:
    """A header and one row per event (:data:`CSV_COLUMNS`); returns the number of rows."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for article in articles:
        for event in article.events:
            writer.writerow(_csv_cell(v) for v in _csv_values(event, article.id))
            rows += 1
        fh.flush()
    fh.flush()
    return rows


def write_events_csv(events: Iterable[Event], fh: TextIO) -> int:
    """Stored events (no articles at hand) in the same layout as :func:`write_acled_csv`."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for event in events:
        writer.writerow(_csv_cell(v) for v in _csv_values(event, event.article_id))
        rows += 1
    return rows


def write_geojson(articles: Iterable[Article], fh: TextIO) -> int:
    """A FeatureCollection with one Feature per event; returns the number of features."""
    fh.write('{"type": "FeatureCollection", "features": [')
    features = 0
    for article in articles:
        for event in article.events:
            fh.write(",\n" if features else "\n")
            fh.write(json.dumps(_feature(event, article), ensure_ascii=False))
            features += 1
        fh.flush()
    fh.write("\n]}\n" if features else "]}\n")
    fh.flush()
    return features


#: Output formats by name, as ``--format`` spells them.
EXPORTERS: dict[str, Exporter] = {
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
}

_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "acled-csv", ".geojson": "geojson"}


def write(format: str, articles: Iterable[Article], fh: TextIO) -> int:
    """Write ``articles`` to ``fh`` in the named format; returns the records written.

    Raises :class:`~sitrep.errors.ConfigError` for a format not in :data:`EXPORTERS`.
    """
    try:
        exporter = EXPORTERS[format]
    except KeyError:
        known = ", ".join(EXPORTERS)
        raise ConfigError(f"unknown output format {format!r}; use one of: {known}.") from None
    return exporter(articles, fh)


def format_for_path(path: str) -> str | None:
    """The output format an ``-o`` file name implies (``.csv`` -> ``acled-csv``), or None."""
    return _SUFFIXES.get(PurePath(path).suffix.lower())


def _event_dict(event: Event, article: Article) -> dict[str, Any]:
    data = dataclasses.asdict(event)
    data["article_id"] = event.article_id or article.id
    return data


def _csv_values(event: Event, article_id: str) -> list[Any]:
    """ACLED's columns (:meth:`Event.acled_row`), then the extras of :data:`CSV_COLUMNS`."""
    extras = [event.injuries, event.displaced, event.article_id or article_id,
              event.plover.event, event.plover.mode]
    return [*event.acled_row().values(), *extras]


def _csv_cell(value: Any) -> Any:
    return "" if value is None else value


def _feature(event: Event, article: Article) -> dict[str, Any]:
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": geometry,
        "properties": _event_dict(event, article),
    }
