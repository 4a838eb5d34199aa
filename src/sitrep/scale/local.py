"""N worker processes on this machine, each with its own loaded pipeline.

Workers are started with ``spawn`` (no state is shared or inherited by
accident; the same code path on Linux, macOS and Windows). Each builds the
pipeline once and processes batches of ``settings.batch_size`` articles with
``nlp.pipe``. The calling process only reads input, hands out batches and
receives results, in input order: ids and output are the same as with one
worker, because every article is processed independently of its batch.

Example:

    >>> from sitrep.scale import run_local
    >>> for article in run_local(articles, workers=2):      # doctest: +SKIP
    ...     print(article.id, len(article.events))
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import SitrepError
from ..pipeline import Failure
from ..records import Article
from ..settings import Settings, load_settings
from .ordered import closing_batches, in_order
from .worker import BatchResult, init_process, process_in_process

__all__ = ["run_local", "BatchObserver"]

log = logging.getLogger(__name__)

BatchObserver = Callable[[BatchResult], None]


def run_local(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    settings: Settings | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_batch: BatchObserver | None = None,
) -> Iterator[Article]:
    """Process ``articles`` in ``workers`` processes; yield them in input order.

    Articles a stage failed on are left out and passed to ``on_failure``;
    ``on_batch`` sees every :class:`BatchResult` (worker pid, peak memory).
    """
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    settings = settings or load_settings()
    level = logging.getLogger("sitrep").getEffectiveLevel()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_process,
        initargs=(settings, level),
    )

    def wait(future: Future[BatchResult]) -> BatchResult:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise SitrepError(
                "a worker process failed to start or died (see the message above; out of "
                "memory, or killed); run again with fewer "
                "--workers or a smaller batch_size. Articles already stored are kept."
            ) from exc

    try:
        tasks = closing_batches(articles, settings.batch_size, workers)
        results = in_order(tasks, lambda b: pool.submit(process_in_process, b), wait,
                           in_flight=2 * workers)
        for result in results:
            if on_batch is not None:
                on_batch(result)
            for failure in result.failures:
                if on_failure is not None:
                    on_failure(failure)
            yield from result.articles
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
