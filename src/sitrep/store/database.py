"""The store: where sitrep keeps its results, in SQLite or PostgreSQL.

:meth:`Store.open` takes a SQLite path or a ``postgresql://`` URL; both run
the same SQL through :mod:`sitrep.store.backend`. Article ids are content
hashes (or the id the input gave), so adding the same article twice changes
nothing: the first copy stays exactly as it was, unless it is replaced by a
newer pipeline's records (``replace=True``). The schema is built and upgraded
by :mod:`sitrep.store.migrations` when the store opens; writes go through
:mod:`sitrep.store.writer`, a transaction per batch of articles.

Tables: ``articles`` (metadata columns, the body ``text`` and ``record``, the
whole :meth:`Article.to_dict` as JSON), ``events`` (one row per event, every
ACLED column plus sitrep's extras; ``evidence`` and ``derived`` as JSON; its
claimant and figure bounds, :mod:`sitrep.store.claims`), ``places`` (each
resolved place, ``role`` ``body`` or ``dateline``), ``counts`` and ``quotes``
(each with its claimant or speaker). Entities and times live in the article
``record``. Clusters across articles are kept by :mod:`sitrep.clusters`.

Example:

    >>> from sitrep.records import Article
    >>> with Store.open(":memory:") as store:
    ...     store.add(Article(text="Shelling hit Kharkiv.", published="2024-05-01"))
    ...     store.add(Article(text="Shelling hit Kharkiv.", published="2024-05-01"))
    ...     store.stats()["articles"]
    True
    False
    1
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import InputError, StoreError
from ..records import Article, Event
from .backend import Connection, connect, shown
from .migrations import migrate, schema_version
from .rows import EVENT_COLUMNS, escape_like, event_from_row, iso_date
from .writer import BatchResult, write_batch

__all__ = ["Store", "AddResult"]

log = logging.getLogger(__name__)

@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Store.add_many` did: articles newly added, those already there, and
    those replaced by a newer pipeline's records."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0


class Store:
    """A database of processed articles and their events, SQLite or PostgreSQL.

    Open it with :meth:`Store.open`; use it as a context manager to close it.
    """

    def __init__(self, conn: Connection, path: str) -> None:
        self._conn: Connection | None = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (or create) the store at ``path`` and apply pending migrations.

        ``path`` is a SQLite file, ``":memory:"`` for a throwaway store, or a
        ``postgresql://user:password@host/dbname`` URL. Raises
        :class:`StoreError` when it cannot be opened, is not a database, or was
        written by a newer sitrep.
        """
        where = str(path)
        conn = connect(where)
        try:
            migrate(conn, where=shown(where))
            for warning in conn.warnings():
                log.warning("%s: %s", shown(where), warning)
        except conn.errors as exc:
            conn.close()
            raise StoreError(
                f"{shown(where)} is not a usable {conn.dialect} database ({exc}); give another "
                "--db, or move the file away and run again."
            ) from exc
        except StoreError:
            conn.close()
            raise
        return cls(conn, where)

    # -- lifecycle -------------------------------------------------------

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else "open"
        return f"<Store {shown(self.path)} {state}>"

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise StoreError(
                f"the store {shown(self.path)} is closed; open it again with Store.open()."
            )
        return self._conn

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.conn.dialect

    # -- writing ---------------------------------------------------------

    def add(self, article: Article, *, pipeline: str | None = None) -> bool:
        """Store one article with its records; True if new, False if its id was already there.

        An article whose id is already stored changes nothing, even if its
        records differ. ``pipeline`` names what produced the records; by default
        it is the sorted stage tags found on them (``"entities@1 events@1 ..."``).
        """
        return self.add_many([article], pipeline=pipeline).added == 1

    def add_many(
        self,
        articles: Iterable[Article],
        *,
        pipeline: str | None = None,
        batch_size: int = 500,
        replace: bool = False,
    ) -> AddResult:
        """Store many articles, one transaction per ``batch_size`` of them.

        With ``replace``, an article already stored by another ``pipeline``
        is stored anew (see :mod:`sitrep.store.writer`).
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be 1 or more, not {batch_size}")
        total = BatchResult()
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                total += self.write(batch, pipeline=pipeline, replace=replace)
                batch = []
        if batch:
            total += self.write(batch, pipeline=pipeline, replace=replace)
        return AddResult(added=total.added, unchanged=total.unchanged, replaced=total.replaced)

    def write(
        self, batch: list[Article], *, pipeline: str | None = None, replace: bool = False
    ) -> BatchResult:
        """Store one batch in one transaction (:func:`~sitrep.store.writer.write_batch`)."""
        conn = self.conn
        try:
            return write_batch(conn, batch, pipeline=pipeline, replace=replace)
        except conn.errors as exc:
            raise StoreError(
                f"{shown(self.path)}: write failed ({exc}); nothing from this batch was saved. "
                "If the database is locked, wait for the other sitrep process and retry."
            ) from exc

    # -- reading ---------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, rebuilt with all its records, or None."""
        row = self.conn.execute(
            "SELECT record, text, origin FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        try:
            article = Article.from_dict(json.loads(row["record"]), row["text"])
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                f"{shown(self.path)}: the stored record of article {article_id} is damaged "
                f"({exc}); delete the database and ingest the input again."
            ) from exc
        article.origin = row["origin"]
        for event in article.events:
            event.article_id = event.article_id or article.id
        return article

    def events(
        self,
        *,
        country: str | None = None,
        admin1: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        claimant: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Stored events matching every filter given, by ``event_date`` then ``event_id``.

        ``country`` is a country name, an ISO alpha-2 code or an ISO numeric
        code; ``admin1`` a first-level region name; ``event_type`` an event type
        or a sub-event type (all case-insensitive). ``since`` and ``until`` are
        inclusive dates (YYYY-MM-DD). ``actor`` matches part of ``actor1``,
        ``actor2`` or an associated actor; ``claimant`` part of the name of who
        gave the event (case-insensitive). Events without a date sort last.
        """
        where: list[str] = []
        params: list[Any] = []
        if country:
            value = country.strip()
            where.append(
                "(lower(country) = lower(?) OR lower(country_code) = lower(?) "
                "OR CAST(iso AS TEXT) = ?)"
            )
            params += [value, value, value.lstrip("0") or "0"]
        if admin1:
            where.append("lower(admin1) = lower(?)")
            params.append(admin1.strip())
        if since is not None:
            where.append("event_date >= ?")
            params.append(iso_date(since, "since"))
        if until is not None:
            where.append("event_date <= ?")
            params.append(iso_date(until, "until"))
        if event_type:
            where.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
            params += [event_type.strip()] * 2
        if actor:
            pattern = _contains(actor)
            columns = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
            where.append("(" + " OR ".join(f"lower({c}) LIKE ? ESCAPE '\\'" for c in columns) + ")")
            params += [pattern] * len(columns)
        if claimant:
            where.append("lower(claimant) LIKE ? ESCAPE '\\'")
            params.append(_contains(claimant))
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY event_date IS NULL, event_date, event_id"
        if limit is not None:
            if limit < 0:
                raise InputError(f"limit must be 0 or more, not {limit}.")
            sql += " LIMIT ?"
            params.append(int(limit))
        return [event_from_row(row) for row in self.conn.execute(sql, params)]

    def quotes(self, *, speaker: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored quotes, each a dict with its ``article_id``, ``published`` and ``source``.

        ``speaker`` matches part of the speaker's name (case-insensitive).
        Ordered by published date, article and position in it.
        """
        sql = (
            "SELECT q.article_id, a.published, a.source, q.speaker, q.speaker_start, "
            "q.speaker_end, q.cue, q.content, q.content_start, q.content_end, q.direct, q.via "
            "FROM quotes q JOIN articles a ON a.id = q.article_id"
        )
        params: list[Any] = []
        if speaker:
            sql += " WHERE lower(q.speaker) LIKE ? ESCAPE '\\'"
            params.append(_contains(speaker))
        sql += " ORDER BY a.published IS NULL, a.published, q.article_id, q.seq"
        if limit is not None:
            if limit < 0:
                raise InputError(f"limit must be 0 or more, not {limit}.")
            sql += " LIMIT ?"
            params.append(int(limit))
        found = []
        for row in self.conn.execute(sql, params):
            quote = dict(row)
            quote["direct"] = bool(quote["direct"])
            found.append(quote)
        return found

    def stats(self) -> dict[str, Any]:
        """Counts of stored articles, events and places, and the schema version."""
        conn = self.conn

        def count(table: str) -> int:
            return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        return {
            "articles": count("articles"),
            "events": count("events"),
            "places": count("places"),
            "schema_version": schema_version(conn),
        }


def _contains(text: str) -> str:
    """A LIKE pattern for "contains ``text``", lowercased, its wildcards escaped."""
    return "%" + escape_like(text.strip().lower()) + "%"
