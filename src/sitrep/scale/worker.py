"""What one worker does, whatever runs it: load the pipeline once, then process batches.

A worker is a process (the local pool) or a Ray actor. Either way it builds
the pipeline (spaCy model and gazetteer) once, when it starts, and then turns
each batch of articles into a :class:`BatchResult`: the articles it processed,
in input order, and the ones a stage failed on. Both are plain picklable
records, so they cross process and machine boundaries unchanged.
"""

from __future__ import annotations

import logging
import os
import resource
from dataclasses import dataclass, field

from ..pipeline import Failure, Pipeline, build_pipeline
from ..records import Article
from ..settings import Settings

__all__ = ["BatchResult", "Worker", "configure_logging", "init_process", "process_in_process",
           "peak_rss_mb"]


@dataclass(slots=True)
class BatchResult:
    """One batch's output: processed articles in input order, failures, and who did it."""

    articles: list[Article]
    failures: list[Failure] = field(default_factory=list)
    pid: int = 0
    peak_rss_mb: float = 0.0


class Worker:
    """A loaded pipeline that processes batches of articles."""

    def __init__(self, settings: Settings) -> None:
        self.pipeline: Pipeline = build_pipeline(settings)

    def process(self, batch: list[Article]) -> BatchResult:
        failed: list[Failure] = []
        done = list(self.pipeline.run(batch, on_failure=failed.append))
        self.pipeline.failures.clear()  # reported with the batch; do not keep them
        return BatchResult(done, failed, os.getpid(), peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_WORKER: Worker | None = None


def init_process(settings: Settings, log_level: int = logging.WARNING) -> None:
    """Pool initializer: log like the parent, and build this process's pipeline once."""
    global _WORKER
    configure_logging(log_level)
    _WORKER = Worker(settings)


def configure_logging(level: int) -> None:
    """Messages of sitrep's modules in a worker go to stderr as the command line's do."""
    logger = logging.getLogger("sitrep")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("sitrep: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def process_in_process(batch: list[Article]) -> BatchResult:
    """Pool task: process one batch with this process's pipeline."""
    if _WORKER is None:  # pragma: no cover - the pool always runs init_process first
        raise RuntimeError("worker used before init_process")
    return _WORKER.process(batch)
