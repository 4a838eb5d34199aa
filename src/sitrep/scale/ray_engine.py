"""The same pipeline on a Ray cluster: a pool of actors, each holding a loaded pipeline.

Ray is optional (``pip install 'sitrep[ray]'``). Without ``address`` a
private local Ray instance is started with ``workers`` CPUs; ``"auto"`` joins
the cluster this machine belongs to, ``"ray://host:10001"`` a remote one
(every node needs sitrep installed and, like any run, builds the gazetteer
index on first use). ``workers`` actors of one CPU each are created; each
builds the pipeline once. Batches go out with a bounded number in flight and
come back in input order, so the output is the same as the local runner's.
Results come back to the caller, which writes them: to the store, to JSONL,
or to partitioned Parquet (:mod:`sitrep.scale.parquet`).

Example:

    >>> from sitrep.scale import run_ray
    >>> for article in run_ray(articles, workers=2):        # doctest: +SKIP
    ...     print(article.id, len(article.events))
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import ResourceError
from ..pipeline import Failure
from ..records import Article
from ..settings import Settings, load_settings
from .ordered import batches, in_order
from .worker import BatchResult, Worker, configure_logging

__all__ = ["run_ray", "import_ray"]

log = logging.getLogger(__name__)


def import_ray() -> Any:
    """The ``ray`` module, or a clear error saying how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise ResourceError(
            "the Ray engine needs Ray; install it with `pip install 'sitrep[ray]'`."
        ) from exc
    return ray


class _Actor:
    """Ray actor body: one loaded pipeline, fed batch after batch."""

    def __init__(self, settings: Settings, log_level: int) -> None:
        configure_logging(log_level)
        self.worker = Worker(settings)

    def process(self, batch: list[Article]) -> BatchResult:
        return self.worker.process(batch)


def run_ray(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    settings: Settings | None = None,
    address: str | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_batch: Callable[[BatchResult], None] | None = None,
) -> Iterator[Article]:
    """Process ``articles`` on ``workers`` Ray actors; yield them in input order.

    Ray is started (or joined, with ``address``) on first use and left running
    for the rest of the process, as Ray expects; ``ray.shutdown()`` stops it.
    """
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    ray = import_ray()
    settings = settings or load_settings()
    if not ray.is_initialized():
        if address:
            ray.init(address=address, include_dashboard=False, log_to_driver=True)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=True)
    level = logging.getLogger("sitrep").getEffectiveLevel()
    remote = ray.remote(num_cpus=1)(_Actor)
    actors = [remote.remote(settings, level) for _ in range(workers)]
    from ray.util import ActorPool

    pool = ActorPool(actors)

    def submit(batch: list[Article]) -> None:
        pool.submit(lambda actor, b: actor.process.remote(b), batch)

    def wait(_: None) -> BatchResult:
        result: BatchResult = pool.get_next()
        return result

    try:
        tasks = batches(articles, settings.batch_size)
        for result in in_order(tasks, submit, wait, in_flight=2 * workers):
            if on_batch is not None:
                on_batch(result)
            for failure in result.failures:
                if on_failure is not None:
                    on_failure(failure)
            yield from result.articles
    finally:
        for actor in actors:
            ray.kill(actor)
