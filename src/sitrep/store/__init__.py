"""The event store: articles, records and events in SQLite, migrated on open.

- :mod:`~sitrep.store.database`: :class:`Store`, the only writer, and its queries;
- :mod:`~sitrep.store.rows`: records to table rows and back;
- :mod:`~sitrep.store.migrations`: the named, versioned schema migrations.
"""

from __future__ import annotations

from .database import AddResult, Store

__all__ = ["AddResult", "Store"]
