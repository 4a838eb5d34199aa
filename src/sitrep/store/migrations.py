"""Named, recorded schema migrations, the same on SQLite and PostgreSQL.

Each :class:`Migration` is applied once, in order, inside its own
transaction. Its name and time go into the ``_migrations`` table; the number
applied is the schema version (on SQLite also kept in ``PRAGMA
user_version``). A database written by a newer sitrep (a version above
:data:`SCHEMA_VERSION`) is refused, never guessed at. On PostgreSQL an
advisory lock makes concurrent openers wait for one another.

To change the schema, append a migration with the next number. Never edit,
rename or reorder one that has been released: databases in the wild have
recorded it.

One SQL text serves both databases (see :mod:`sitrep.store.backend`):
``TEXT``/``INTEGER``/``REAL`` columns (64-bit integers and doubles on
PostgreSQL), ``{autoid}`` for an auto-numbered key, JSON kept as ``TEXT``, no
expression indexes, and no reserved words as column names (offsets are
``char_start`` and ``char_end``).

``0003_claims`` keeps claims: each event's claimant and figure bounds, and
the ``counts`` and ``quotes`` tables (filled from the stored records for
articles stored before it). ``0004_clusters`` adds ``clusters``,
``cluster_events`` (the link rows) and ``contradictions``
(:mod:`sitrep.clusters`). Clusters are link rows only; source articles and
events are never deleted or rewritten, except when ``--replace`` stores an
article anew (:mod:`sitrep.store.writer`). ``0005_query_indexes`` adds the
indexes that the API's filters use (:mod:`sitrep.store.queries`).

Example:

    >>> from sitrep.store.backend import connect
    >>> conn = connect(":memory:")
    >>> migrate(conn)[-3:]
    ['0003_claims', '0004_clusters', '0005_query_indexes']
    >>> migrate(conn)
    []
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import StoreError
from .backend import Connection

__all__ = ["Migration", "MIGRATIONS", "SCHEMA_VERSION", "migrate", "schema_version", "applied"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema change: a name (``NNNN_what``), the statements that make it, and
    optionally a ``backfill`` run after them that fills new columns from old rows."""

    name: str
    statements: tuple[str, ...]
    backfill: Callable[[Connection], None] | None = None

    def apply(self, conn: Connection) -> None:
        for sql in self.statements:
            conn.raw.execute(conn.ddl(sql))
        if self.backfill is not None:
            self.backfill(conn)


_INITIAL = Migration(
    "0001_initial",
    (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            published TEXT,
            source TEXT,
            agencies TEXT NOT NULL,
            dateline TEXT NOT NULL,
            title TEXT,
            url TEXT,
            language TEXT,
            text TEXT NOT NULL,
            origin TEXT,
            ingested_at TEXT NOT NULL,
            record TEXT NOT NULL,
            pipeline TEXT NOT NULL
        )""",
        """CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            event_date TEXT,
            time_precision INTEGER,
            disorder_type TEXT,
            event_type TEXT,
            sub_event_type TEXT,
            actor1 TEXT,
            assoc_actor_1 TEXT,
            inter1 INTEGER,
            actor2 TEXT,
            assoc_actor_2 TEXT,
            inter2 INTEGER,
            interaction INTEGER,
            civilian_targeting TEXT,
            iso INTEGER,
            country TEXT,
            admin1 TEXT,
            admin2 TEXT,
            admin3 TEXT,
            location TEXT,
            latitude REAL,
            longitude REAL,
            geo_precision INTEGER,
            source TEXT,
            source_scale TEXT,
            notes TEXT,
            fatalities INTEGER,
            tags TEXT,
            injuries INTEGER,
            displaced INTEGER,
            plover_event TEXT,
            plover_mode TEXT,
            evidence TEXT NOT NULL,
            derived TEXT NOT NULL,
            salience REAL,
            stage TEXT
        )""",
        """CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles (id),
            role TEXT NOT NULL,
            seq INTEGER NOT NULL,
            text TEXT,
            char_start INTEGER,
            char_end INTEGER,
            name TEXT,
            geonameid INTEGER,
            latitude REAL,
            longitude REAL,
            country_code TEXT,
            country TEXT,
            admin1 TEXT,
            admin2 TEXT,
            feature_code TEXT,
            population INTEGER,
            stage TEXT,
            PRIMARY KEY (article_id, role, seq)
        )""",
    ),
)

_COUNTRY_CODE = Migration(
    "0002_event_country_code",
    (
        "ALTER TABLE events ADD COLUMN country_code TEXT",
        # Backfill from the article's own resolved places with the same country.
        """UPDATE events SET country_code = (
            SELECT p.country_code FROM places p
            WHERE p.article_id = events.article_id
              AND p.country = events.country
              AND p.country_code IS NOT NULL
            ORDER BY p.role, p.seq
            LIMIT 1
        ) WHERE country IS NOT NULL""",
        "CREATE INDEX events_by_date ON events (event_date, event_id)",
        "CREATE INDEX events_by_article ON events (article_id)",
        "CREATE INDEX events_by_country_code ON events (country_code)",
        "CREATE INDEX articles_by_published ON articles (published)",
    ),
)

_CLAIMS = Migration(
    "0003_claims",
    (
        "ALTER TABLE events ADD COLUMN claimant TEXT",
        "ALTER TABLE events ADD COLUMN claimant_start INTEGER",
        "ALTER TABLE events ADD COLUMN claimant_end INTEGER",
        "ALTER TABLE events ADD COLUMN fatalities_low INTEGER",
        "ALTER TABLE events ADD COLUMN fatalities_high INTEGER",
        "ALTER TABLE events ADD COLUMN injuries_low INTEGER",
        "ALTER TABLE events ADD COLUMN injuries_high INTEGER",
        """CREATE TABLE counts (
            article_id TEXT NOT NULL REFERENCES articles (id),
            seq INTEGER NOT NULL,
            text TEXT,
            char_start INTEGER,
            char_end INTEGER,
            value INTEGER,
            low INTEGER,
            high INTEGER,
            category TEXT,
            subject TEXT,
            claimant TEXT,
            claimant_start INTEGER,
            claimant_end INTEGER,
            stage TEXT,
            PRIMARY KEY (article_id, seq)
        )""",
        """CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles (id),
            seq INTEGER NOT NULL,
            speaker TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue TEXT,
            content TEXT,
            content_start INTEGER,
            content_end INTEGER,
            direct INTEGER,
            via TEXT,
            stage TEXT,
            PRIMARY KEY (article_id, seq)
        )""",
    ),
    backfill=lambda conn: _backfill_claims(conn),
)

_CLUSTERS = Migration(
    "0004_clusters",
    (
        """CREATE TABLE clusters (
            cluster_id TEXT PRIMARY KEY,
            event_type TEXT,
            sub_event_type TEXT,
            event_date TEXT,
            time_precision INTEGER,
            location TEXT,
            admin1 TEXT,
            admin2 TEXT,
            country TEXT,
            iso INTEGER,
            latitude REAL,
            longitude REAL,
            fatalities INTEGER,
            injuries INTEGER,
            n_events INTEGER NOT NULL,
            n_articles INTEGER NOT NULL,
            sources TEXT NOT NULL,
            claimants TEXT NOT NULL,
            n_contradictions INTEGER NOT NULL,
            founder TEXT NOT NULL,
            founded TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE cluster_events (
            event_id TEXT PRIMARY KEY REFERENCES events (event_id),
            cluster_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            score REAL,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE contradictions (
            cluster_id TEXT NOT NULL,
            field TEXT NOT NULL,
            event_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            value TEXT,
            claimant TEXT,
            source TEXT,
            PRIMARY KEY (cluster_id, field, event_id)
        )""",
        "CREATE INDEX cluster_events_by_cluster ON cluster_events (cluster_id, event_id)",
        # The candidate lookup: one range scan per time precision.
        "CREATE INDEX events_for_clusters ON events (iso, event_type, time_precision, event_date)",
        "CREATE INDEX clusters_by_date ON clusters (event_date, cluster_id)",
    ),
)

_QUERY_INDEXES = Migration(
    "0005_query_indexes",
    (
        # The API's filters (sitrep.store.queries) are equalities on these columns,
        # then a date range or the date order.
        "CREATE INDEX events_by_iso_type_day ON events (iso, event_type, event_date)",
        "CREATE INDEX events_by_country_type_day ON events (country, event_type, event_date)",
        "CREATE INDEX events_by_code_type_day ON events (country_code, event_type, event_date)",
        "CREATE INDEX events_by_type_day ON events (event_type, event_date)",
        "CREATE INDEX events_by_subtype_day ON events (sub_event_type, event_date)",
        "CREATE INDEX events_by_admin1_day ON events (admin1, event_date)",
    ),
)

#: Every migration, in the order it is applied.
MIGRATIONS: tuple[Migration, ...] = (
    _INITIAL, _COUNTRY_CODE, _CLAIMS, _CLUSTERS, _QUERY_INDEXES
)

#: The schema version this code writes: the number of migrations.
SCHEMA_VERSION = len(MIGRATIONS)

_LEDGER = """CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def _backfill_claims(conn: Connection) -> None:
    """Fill claims for articles stored before ``0003_claims``, from their records."""
    from .claims import backfill_claims

    backfill_claims(conn)


def as_connection(conn: Connection | sqlite3.Connection) -> Connection:
    """``conn`` as a :class:`Connection`; a bare autocommit :mod:`sqlite3` one is wrapped."""
    if isinstance(conn, Connection):
        return conn
    return Connection(conn, "sqlite", "the database")


def schema_version(conn: Connection | sqlite3.Connection) -> int:
    """The schema version recorded in the database (0 for a new one)."""
    conn = as_connection(conn)
    version = conn.user_version()
    if version is not None:
        return version
    if "_migrations" not in conn.tables():
        return 0
    return int(conn.execute("SELECT COUNT(*) FROM _migrations").fetchone()[0])


def applied(conn: Connection | sqlite3.Connection) -> list[tuple[str, str]]:
    """``(name, applied_at)`` of each recorded migration, oldest first."""
    conn = as_connection(conn)
    conn.execute(_LEDGER)
    return [
        (row[0], row[1])
        for row in conn.execute("SELECT name, applied_at FROM _migrations ORDER BY name")
    ]


def migrate(
    conn: Connection | sqlite3.Connection,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    where: str = "the database",
) -> list[str]:
    """Apply the migrations ``conn`` lacks, each in its own transaction.

    ``conn`` is a :class:`Connection` or an autocommit :mod:`sqlite3`
    connection (``isolation_level=None``). Returns the names applied. Raises
    :class:`StoreError` when the database is newer than ``migrations`` or when
    a migration fails; a failed one is rolled back whole, leaving the database
    at the version before it.
    """
    conn = as_connection(conn)
    known = len(migrations)
    current = schema_version(conn)
    if current > known:
        raise StoreError(_newer(where, current, known))
    done: list[str] = []
    for number, migration in enumerate(migrations, start=1):
        if number <= current:
            continue
        try:
            conn.begin()
            conn.lock_migrations()
        except conn.errors as exc:
            conn.rollback()
            raise StoreError(
                f"{where}: could not start migration {migration.name} ({exc}); "
                "close other programs using the database and try again."
            ) from exc
        try:
            now = schema_version(conn)
            if now >= number:  # another process got here first
                conn.commit()
                if now > known:
                    raise StoreError(_newer(where, now, known))
                continue
            conn.execute(_LEDGER)
            migration.apply(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.set_user_version(number)
            conn.commit()
        except conn.errors as exc:
            conn.rollback()
            raise StoreError(
                f"{where}: migration {migration.name} failed ({_first_line(exc)}) and was "
                f"rolled back; the database is still at schema version {number - 1}. Restore "
                "a backup or report this as a bug."
            ) from exc
        log.info("%s: applied migration %s", where, migration.name)
        done.append(migration.name)
    return done


def _newer(where: str, current: int, known: int) -> str:
    return (f"{where} has schema version {current}, but this sitrep only knows up to "
            f"version {known}; upgrade sitrep (pip install -U sitrep) to open it.")


def _first_line(exc: Any) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
