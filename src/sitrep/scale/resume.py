"""Resume an interrupted ingest: leave out articles whose id is already stored.

Ids are content hashes known before any processing, so an article the store
already holds need not go through the pipeline again. The store commits in
transactions of many articles; a run killed part-way keeps every batch it
committed, and a second run over the same input processes only the rest and
ends with the same rows as an uninterrupted run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..records import Article
from .ordered import batches

__all__ = ["Unstored"]


@dataclass
class Unstored:
    """Filter an article stream down to those ``store`` does not hold; counts the rest."""

    store: Any  # sitrep.store.database.Store
    chunk: int = 500
    already: int = 0

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for batch in batches(articles, self.chunk):
            have = self._stored([a.id for a in batch])
            for article in batch:
                if article.id in have:
                    self.already += 1
                else:
                    yield article

    def _stored(self, ids: list[str]) -> frozenset[str]:
        marks = ", ".join("?" * len(ids))
        rows = self.store.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", ids)
        return frozenset(row[0] for row in rows)
