"""The one place that writes processed articles into the store, a batch per transaction.

:func:`write_batch` stores a list of processed articles in one transaction:
either every article of the batch is stored with all its places and events,
or (on any error, or if the process dies) none of it is. Whoever produces
articles (one process, worker processes, a cluster) hands finished batches to
a single writer that calls it; :meth:`Store.add_many
<sitrep.store.database.Store.add_many>` and :func:`sitrep.store.ingest.ingest`
are such writers.

An article already stored (same id) is left as it is, unless ``replace`` is
set and it was stored by another pipeline version: then its rows in
:data:`DEPENDENT_TABLES` and its own row are deleted and written anew, inside
the same transaction. A migration that adds a table whose rows belong to an
article or to its events must add it to :data:`DEPENDENT_TABLES` (children
before parents) so that a replacement removes them too.

Example:

    >>> from sitrep.records import Article
    >>> from sitrep.store import Store
    >>> with Store.open(":memory:") as store:
    ...     write_batch(store.conn, [Article(text="Shelling hit Kharkiv.")], pipeline="v1")
    BatchResult(added=1, replaced=0, unchanged=0)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ..records import Article
from .backend import Connection
from .claims import count_rows, quote_rows
from .rows import (
    INSERT_ARTICLE,
    INSERT_COUNT,
    INSERT_EVENT,
    INSERT_PLACE,
    INSERT_QUOTE,
    article_row,
    event_rows,
    place_rows,
)

__all__ = ["BatchResult", "DEPENDENT_TABLES", "stored_pipelines", "write_batch"]

log = logging.getLogger(__name__)

#: ``(table, column naming the article)``: rows removed when an article is replaced,
#: children before the rows they refer to. The clusters its events were in are
#: dissolved first (:func:`_dissolve`).
DEPENDENT_TABLES: tuple[tuple[str, str], ...] = (
    ("cluster_events", "article_id"),
    ("contradictions", "article_id"),
    ("counts", "article_id"),
    ("quotes", "article_id"),
    ("events", "article_id"),
    ("places", "article_id"),
)

_LOOKUP_CHUNK = 500


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Articles of a batch newly added, replaced, and left as they were."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __add__(self, other: BatchResult) -> BatchResult:
        return BatchResult(self.added + other.added, self.replaced + other.replaced,
                           self.unchanged + other.unchanged)


def write_batch(
    conn: Connection,
    articles: Sequence[Article],
    *,
    pipeline: str | None = None,
    replace: bool = False,
) -> BatchResult:
    """Store ``articles`` in one transaction; see the module docstring.

    ``pipeline`` names what produced the records (by default the sorted stage
    tags found on them). Database errors propagate after the rollback.
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    added = replaced = unchanged = 0
    with conn.transaction():
        known = stored_pipelines(conn, [a.id for a in articles])
        rows: list[tuple[object, ...]] = []
        fresh: list[Article] = []
        for article in articles:
            row = article_row(article, now, pipeline)
            version = str(row[-1])
            if article.id in known:
                if not replace or known[article.id] == version:
                    log.debug("article %s already stored; unchanged", article.id)
                    unchanged += 1
                    continue
                _forget(conn, article.id)
                replaced += 1
            else:
                added += 1
            known[article.id] = version
            rows.append(row)
            fresh.append(article)
        # One statement per table for the whole batch. ON CONFLICT still guards
        # against a concurrent writer that stored the same article meanwhile.
        conn.executemany(INSERT_ARTICLE, rows)
        conn.executemany(INSERT_PLACE, [r for a in fresh for r in place_rows(a)])
        conn.executemany(INSERT_COUNT, [r for a in fresh for r in count_rows(a)])
        conn.executemany(INSERT_QUOTE, [r for a in fresh for r in quote_rows(a)])
        events = [r for a in fresh for r in event_rows(a)]
        stored = conn.executemany(INSERT_EVENT, events)
        if stored < len(events):
            log.warning("%d event id(s) already stored for another article; those events "
                        "were skipped", len(events) - stored)
    return BatchResult(added, replaced, unchanged)


def _dissolve(conn: Connection, article_id: str) -> None:
    """Forget every cluster that holds an event of the article: its members, whatever
    their article, are in no cluster until clustering places them again, as a rebuild
    over the new records would."""
    held = "SELECT cluster_id FROM cluster_events WHERE article_id = ?"
    for table in ("contradictions", "clusters", "cluster_events"):
        conn.execute(f"DELETE FROM {table} WHERE cluster_id IN ({held})", (article_id,))


def _forget(conn: Connection, article_id: str) -> None:
    """Delete an article's dependent rows and its own row (inside the caller's transaction),
    after dissolving its clusters."""
    _dissolve(conn, article_id)
    for table, column in DEPENDENT_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def stored_pipelines(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """``{article id: pipeline}`` for those of ``ids`` already stored."""
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id, pipeline FROM articles WHERE id IN ({marks})"
        found.update((str(row[0]), str(row[1])) for row in conn.execute(sql, chunk))
    return found
