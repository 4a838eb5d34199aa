"""The event store: articles, records and events in SQLite or PostgreSQL, migrated on open.

- :mod:`~sitrep.store.database`: :class:`Store`: opening, writing, and the queries;
- :mod:`~sitrep.store.backend`: :func:`connect` and :class:`Connection`, the one
  place where SQLite and PostgreSQL differ (placeholders, column types,
  transactions, connection setup, schema version);
- :mod:`~sitrep.store.writer`: :func:`write_batch`, the only code that writes
  articles, one transaction per batch (and ``replace``);
- :mod:`~sitrep.store.ingest`: resumable ingest, skipping what is stored;
- :mod:`~sitrep.store.rows`: records to table rows and back;
- :mod:`~sitrep.store.migrations`: the named, versioned schema migrations;
- :mod:`~sitrep.store.pgtemp`: a throwaway PostgreSQL server for tests and benchmarks.

Adding to the store:

- **a query**: write it once with ``?`` or ``:name`` placeholders and run it
  with ``store.conn.execute(sql, params)``; rows index by position and by
  column name on both databases. Keep to SQL both accept (``lower()``,
  ``LIKE ... ESCAPE``, ``CAST(x AS TEXT)``, ``ON CONFLICT``, ``LIMIT``/``OFFSET``);
  if a query truly needs each database's own spelling, branch on
  ``conn.dialect`` (``"sqlite"`` or ``"postgresql"``).
- **a table or column**: append a :class:`~sitrep.store.migrations.Migration`;
  ``TEXT``, ``INTEGER``, ``REAL`` and ``{autoid}`` are spelled per database.
  Rows that belong to an article or its events go into
  :data:`~sitrep.store.writer.DEPENDENT_TABLES`, so ``--replace`` removes them.
- **a writer** (e.g. worker processes): hand finished batches of articles to
  one process that calls :meth:`Store.write` (or :func:`write_batch`).
"""

from __future__ import annotations

from .backend import Connection, connect
from .database import AddResult, Store
from .writer import BatchResult, write_batch

__all__ = ["AddResult", "BatchResult", "Connection", "Store", "connect", "write_batch"]
