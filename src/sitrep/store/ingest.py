"""Resumable ingest: skip what the store already holds, extract the rest, commit in batches.

:func:`ingest` reads articles, asks the store which of their ids it already
holds (and from which pipeline version), runs the pipeline only over the
others, and writes them a batch per transaction through
:func:`~sitrep.store.writer.write_batch`. An ingest that is killed part way
loses at most the batch it was writing; run again over the same input, it
skips every article already stored and finishes the rest, so the store ends
exactly as an uninterrupted run would leave it.

With ``replace``, articles stored by another pipeline version are extracted
again and their records replaced; those stored by this version are skipped
as usual, so an interrupted ``replace`` run resumes too.

Example:

    >>> from sitrep.records import Article
    >>> from sitrep.store import Store
    >>> stamp = lambda articles: articles            # a pipeline that adds nothing
    >>> with Store.open(":memory:") as store:
    ...     first = ingest(store, [Article(text="Shelling hit Kharkiv.")], stamp, pipeline="v1")
    ...     again = ingest(store, [Article(text="Shelling hit Kharkiv.")], stamp, pipeline="v1")
    >>> first, again
    (AddResult(added=1, unchanged=0, replaced=0), AddResult(added=0, unchanged=1, replaced=0))
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from ..records import Article
from .database import AddResult, Store
from .writer import stored_pipelines

__all__ = ["ingest"]

log = logging.getLogger(__name__)

_LOOKAHEAD = 256


def ingest(
    store: Store,
    articles: Iterable[Article],
    process: Callable[[Iterable[Article]], Iterable[Article]],
    *,
    pipeline: str,
    replace: bool = False,
    batch_size: int = 500,
) -> AddResult:
    """Store ``process(articles)``, skipping articles already stored; see the module docstring.

    ``process`` runs the pipeline over the articles it is given (lazily, in
    order) and ``pipeline`` is its version (:attr:`Pipeline.version
    <sitrep.pipeline.Pipeline.version>`), recorded with each article.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be 1 or more, not {batch_size}")
    skipped = [0]
    pending = _unstored(store, articles, pipeline, replace, skipped)
    result = store.add_many(process(pending), pipeline=pipeline, batch_size=batch_size,
                            replace=replace)
    if skipped[0]:
        log.info("%d article(s) already stored; skipped", skipped[0])
    return AddResult(added=result.added, unchanged=result.unchanged + skipped[0],
                     replaced=result.replaced)


def _unstored(
    store: Store, articles: Iterable[Article], pipeline: str, replace: bool, skipped: list[int]
) -> Iterator[Article]:
    """The articles that need extracting, in input order; counts the others in ``skipped``."""
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= _LOOKAHEAD:
            yield from _needing_work(store, chunk, pipeline, replace, skipped)
            chunk = []
    if chunk:
        yield from _needing_work(store, chunk, pipeline, replace, skipped)


def _needing_work(
    store: Store, chunk: list[Article], pipeline: str, replace: bool, skipped: list[int]
) -> list[Article]:
    stored = stored_pipelines(store.conn, [a.id for a in chunk])
    todo = []
    for article in chunk:
        version = stored.get(article.id)
        if version is None or (replace and version != pipeline):
            todo.append(article)
        else:
            skipped[0] += 1
    return todo
