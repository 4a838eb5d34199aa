"""Partitioned Parquet output, and reading it back into the store (``sitrep load``).

A run writes a folder::

    DIR/articles/part-00000.parquet   id, origin, published, source, text, record (contract JSON)
    DIR/events/part-00000.parquet     one row per event: every ACLED column, article_id, extras

Each part holds up to ``rows_per_part`` articles (and their events), numbered
in input order, so a folder read in name order gives the articles in the order
they were processed. The ``articles`` parts carry everything needed to rebuild
each article exactly (:func:`read_articles`); the ``events`` parts are for
analysis tools (pandas, DuckDB, Spark) and are not read back. Needs pyarrow
(``pip install 'sitrep[ray]'``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, ResourceError
from ..records import ACLED_COLUMNS, Article

__all__ = ["write_parquet", "read_articles", "EVENT_EXTRAS"]

#: Event fields written next to the ACLED columns.
EVENT_EXTRAS = ("article_id", "injuries", "displaced", "stage")
_PART = "part-{:05d}.parquet"


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ResourceError(
            "Parquet needs pyarrow; install it with `pip install 'sitrep[ray]'`."
        ) from exc
    return pyarrow


def write_parquet(
    articles: Iterable[Article], folder: str | Path, *, rows_per_part: int = 1000
) -> Iterator[Article]:
    """Write ``articles`` under ``folder`` as they pass; yield each one on.

    Refuses a folder that already holds parts, so two runs never mix.
    """
    pa = _pyarrow()
    root = Path(folder)
    if any(root.glob("*/part-*.parquet")):
        raise InputError(f"{root} already holds Parquet parts; give an empty or new folder.")
    for sub in ("articles", "events"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    pending: list[Article] = []
    part = 0
    for article in articles:
        pending.append(article)
        yield article
        if len(pending) >= rows_per_part:
            _write_part(pa, root, part, pending)
            part, pending = part + 1, []
    if pending or part == 0:
        _write_part(pa, root, part, pending)


def _write_part(pa: Any, root: Path, part: int, articles: list[Article]) -> None:
    rows = {
        "id": [a.id for a in articles],
        "origin": [a.origin for a in articles],
        "published": [a.published for a in articles],
        "source": [a.source for a in articles],
        "text": [a.text for a in articles],
        "record": [json.dumps(a.to_dict(), ensure_ascii=False) for a in articles],
    }
    pa.parquet.write_table(pa.table(rows), root / "articles" / _PART.format(part))
    events: dict[str, list[Any]] = {c: [] for c in (*ACLED_COLUMNS, *EVENT_EXTRAS)}
    for article in articles:
        for event in article.events:
            row = event.acled_row()
            for column in ACLED_COLUMNS:
                events[column].append(_scalar(row.get(column)))
            events["article_id"].append(event.article_id or article.id)
            events["injuries"].append(event.injuries)
            events["displaced"].append(event.displaced)
            events["stage"].append(event.stage)
    pa.parquet.write_table(pa.table(events), root / "events" / _PART.format(part))


def _scalar(value: Any) -> Any:
    """Parquet columns need one type; lists and dicts go as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def read_articles(folder: str | Path) -> Iterator[Article]:
    """The articles stored under ``folder`` by :func:`write_parquet`, in the order written."""
    pa = _pyarrow()
    parts = sorted(Path(folder).glob("articles/part-*.parquet"))
    if not parts:
        raise InputError(f"{folder}: no articles/part-*.parquet files; is this a sitrep "
                         "Parquet folder (written by --out-parquet)?")
    for path in parts:
        table = pa.parquet.read_table(path, columns=["record", "text", "origin"])
        for line, row in enumerate(table.to_pylist(), start=1):
            try:
                article = Article.from_dict(json.loads(row["record"]), row["text"])
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}: row {line}: not a sitrep article record ({exc})."
                                 ) from exc
            article.origin = row["origin"]
            yield article
