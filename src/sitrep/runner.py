"""Drive the pipeline over a stream of articles, with progress and timing.

Example:

    >>> from sitrep.runner import Run
    >>> run = Run()                                  # builds the default pipeline
    >>> for article in run.process(articles):       # doctest: +SKIP
    ...     print(article.id, len(article.events))
    >>> run.stats.articles_per_second                # doctest: +SKIP
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .pipeline import Failure, Pipeline, build_pipeline
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

    @property
    def given(self) -> int:
        return self.articles + self.failed + self.over_limit

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


class Run:
    """One pass of the pipeline over many articles."""

    def __init__(self, pipeline: Pipeline | None = None, settings: Settings | None = None) -> None:
        self._pipeline = pipeline
        self._settings = settings
        self.stats = RunStats()

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = build_pipeline(self._settings)
        return self._pipeline

    def process(self, articles: Iterable[Article], *, progress: bool = False) -> Iterator[Article]:
        """Yield each article with its records; failures are counted and skipped."""
        pipeline = self.pipeline  # load models before the clock starts
        bar = _progress_bar(progress)
        started = time.perf_counter()
        try:
            for article in pipeline.run(articles, on_failure=self._failed):
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
