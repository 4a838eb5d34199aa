"""Drive the pipeline over a stream of articles, with progress and timing.

Example:

    >>> from sitrep.runner import Run
    >>> run = Run()                                  # builds the default pipeline
    >>> for article in run.process(articles):       # doctest: +SKIP
    ...     print(article.id, len(article.events))
    >>> run.stats.articles_per_second                # doctest: +SKIP

``Run(workers=2)`` processes the articles in two worker processes
(:func:`sitrep.scale.run_local`); ``Run(engine="ray")`` on a Ray cluster
(:func:`sitrep.scale.run_ray`). The output is the same whichever runs it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .pipeline import Failure, Pipeline, build_pipeline, default_version
from .records import Article
from .settings import Settings

__all__ = ["Run", "RunStats", "progress_bar"]

log = logging.getLogger(__name__)


@dataclass
class RunStats:
    """What a run did. Every article given is counted once: ``given`` = ``articles``
    (processed) + ``failed`` (a stage crashed on it) + ``over_limit`` (too large,
    or a stage over its time budget); ``failures`` says which and why."""

    articles: int = 0
    events: int = 0
    failed: int = 0
    over_limit: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker process id

    @property
    def given(self) -> int:
        return self.articles + self.failed + self.over_limit

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


ENGINES = ("local", "ray")


class Run:
    """One pass of the pipeline over many articles, in this process or in ``workers``."""

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        settings: Settings | None = None,
        *,
        workers: int = 1,
        engine: str = "local",
        address: str | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, not {workers}")
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self._pipeline = pipeline
        self._settings = settings
        self.workers = workers
        self.engine = engine
        self.address = address
        self.stats = RunStats()

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = build_pipeline(self._settings)
        return self._pipeline

    @property
    def version(self) -> str:
        """The pipeline version the records get (:attr:`Pipeline.version`). The default
        pipeline's is read from its stage classes, so asking loads no model: with workers,
        only the workers load it."""
        return self._pipeline.version if self._pipeline is not None else default_version()

    def process(
        self, articles: Iterable[Article], *, progress: bool = False, total: int | None = None
    ) -> Iterator[Article]:
        """Yield each article with its records, in input order; failures are counted and skipped.

        ``total`` (if known) lets the progress bar show the time left.
        """
        source = self._source(articles)
        bar = _progress_bar(progress, total=total)
        started = time.perf_counter()
        try:
            for article in source:
                self.stats.articles += 1
                self.stats.events += len(article.events)
                self.stats.seconds = time.perf_counter() - started
                if bar is not None:
                    bar.update(1)
                yield article
        finally:
            self.stats.seconds = time.perf_counter() - started
            if bar is not None:
                bar.close()

    def _source(self, articles: Iterable[Article]) -> Iterator[Article]:
        if self.engine == "ray":
            from .scale.ray_engine import run_ray

            return run_ray(articles, workers=self.workers, settings=self._settings,
                           address=self.address, on_failure=self._failed, on_batch=self._batch)
        if self.workers > 1:
            from .scale.local import run_local

            return run_local(articles, workers=self.workers, settings=self._settings,
                             on_failure=self._failed, on_batch=self._batch)
        pipeline = self.pipeline  # load models before the clock starts
        return self._measured(pipeline.run(articles, on_failure=self._failed))

    def _measured(self, articles: Iterator[Article]) -> Iterator[Article]:
        from .scale.worker import peak_rss_mb

        yield from articles
        self.stats.peak_rss_mb[os.getpid()] = peak_rss_mb()

    def _batch(self, result: Any) -> None:
        """A worker's batch came back: note its peak memory."""
        self.stats.peak_rss_mb[result.pid] = max(result.peak_rss_mb,
                                                 self.stats.peak_rss_mb.get(result.pid, 0.0))

    def _failed(self, failure: Failure) -> None:
        if failure.limit:
            self.stats.over_limit += 1
        else:
            self.stats.failed += 1
        self.stats.failures.append(failure)


def _progress_bar(enabled: bool, unit: str = " articles", total: int | None = None) -> Any:
    """A progress bar on stderr, only when asked for and stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=unit, total=total, file=sys.stderr, leave=False)


progress_bar = _progress_bar
