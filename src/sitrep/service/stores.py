"""One open store per server thread: the API's way to reach :class:`sitrep.store.Store`.

A SQLite connection belongs to the thread that opened it, and FastAPI runs
each request in a worker thread, so every worker thread opens the store once
and keeps it (endpoints call :meth:`StorePool.get` in their own thread); all
of them are closed when the server stops. (A ``:memory:`` database would
differ per thread: serve a file or a server URL.)
"""

from __future__ import annotations

import logging
import threading

from fastapi import Request

from ..store import Store

__all__ = ["StorePool", "store_dependency"]

log = logging.getLogger(__name__)


class StorePool:
    """Opens ``db`` once per thread, on first use."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._open: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.db)
            self._local.store = store
            with self._lock:
                self._open.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._open = self._open, []
        for store in stores:
            try:
                store.close()
            except Exception as exc:  # noqa: BLE001 - a connection of a finished thread
                log.debug("closing %s: %s", store, exc)


async def store_dependency(request: Request) -> StorePool:
    """FastAPI dependency: the app's pool. It is async so that it runs on the event loop;
    the endpoint (run in a worker thread) then takes that thread's store with ``get()``."""
    pool: StorePool = request.app.state.stores
    return pool

