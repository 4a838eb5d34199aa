"""Run the pipeline on more than one core, or on a Ray cluster, with the same output.

The API:

- :func:`run_local` (``sitrep … --workers N``): N worker processes on this
  machine, each loading the model and the gazetteer once.
- :func:`run_ray` (``sitrep ingest … --engine ray [--address …]``): a pool of
  Ray actors, each holding a loaded pipeline; Ray is the optional extra
  ``sitrep[ray]``.
- :func:`write_parquet` / :func:`read_articles`: partitioned Parquet output
  (``--out-parquet DIR``) and reading it back (``sitrep load DIR``).
- :class:`Unstored`: leave out articles the store already holds (resuming an
  interrupted ingest).

Every engine cuts the input into batches of ``batch_size`` articles, keeps a
bounded number in flight and yields the processed articles in input order;
the caller is the only writer. Each article is processed independently of its
batch, so ids and records do not depend on the engine, the batch size or the
number of workers (``tests/scale`` checks it).

Example:

    >>> from sitrep.readers import ReadReport, read_inputs
    >>> from sitrep.scale import run_local
    >>> articles = read_inputs(["examples/"], report=ReadReport())   # doctest: +SKIP
    >>> for article in run_local(articles, workers=2):                # doctest: +SKIP
    ...     print(article.id, [e.event_type for e in article.events])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["run_local", "run_ray", "write_parquet", "read_articles", "Unstored", "BatchResult"]

_HOMES = {
    "run_local": "local",
    "run_ray": "ray_engine",
    "write_parquet": "parquet",
    "read_articles": "parquet",
    "Unstored": "resume",
    "BatchResult": "worker",
}

if TYPE_CHECKING:
    from .local import run_local
    from .parquet import read_articles, write_parquet
    from .ray_engine import run_ray
    from .resume import Unstored
    from .worker import BatchResult


def __getattr__(name: str) -> Any:
    """Import lazily: ``import sitrep.scale`` loads neither the model nor Ray."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
