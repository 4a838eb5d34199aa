"""Where the pipeline runs (``--workers``, ``--engine``, ``--address``) and ``sitrep load``.

See docs/scale.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from .settings import Settings, load_settings

__all__ = ["run_options", "make_run", "estimated_total", "parquet_load"]


def run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--workers``, ``--engine`` and ``--address``, shared by extract and ingest."""
    for option in reversed(
        [
            click.option("-w", "--workers", type=click.IntRange(min=1), default=1,
                         show_default=True,
                         help="Worker processes (or Ray actors), each with its own model."),
            click.option("--engine", type=click.Choice(("local", "ray")), default="local",
                         show_default=True,
                         help="Run on this machine, or on Ray (needs sitrep[ray])."),
            click.option("--address",
                         help="Ray cluster to join: auto, or ray://host:port [default: "
                              "start a private local Ray]."),
        ]
    ):
        func = option(func)
    return func


def make_run(settings: Settings, workers: int, engine: str, address: str | None) -> Any:
    """The :class:`~sitrep.runner.Run` the options ask for."""
    from .runner import Run

    if address and engine != "ray":
        raise click.UsageError("--address needs --engine ray.")
    return Run(settings=settings, workers=workers, engine=engine, address=address)


def estimated_total(inputs: tuple[str, ...], text: str | None,
                    input_format: str | None) -> int | None:
    """About how many articles the inputs hold, for the progress bar's time left."""
    from .scale.estimate import estimate_articles

    return None if text is not None else estimate_articles(inputs, input_format)


@click.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--config", type=click.Path(dir_okay=False), help="Settings TOML file.")
@click.option("--db", help="Store: a SQLite file or a postgresql:// URL "
              "(default: sitrep.db, or `db` in sitrep.toml).")
def parquet_load(folder: str, config: str | None, db: str | None) -> None:
    """Import a Parquet folder written by `ingest --out-parquet` into the store.

    Its events then join the clusters of other reports, as with ingest.

    Example: sitrep load out/ --db events.db
    """
    from .cli_clusters import cluster_store, placed
    from .errors import StoreError
    from .scale.parquet import read_articles
    from .store.database import Store

    settings = load_settings(config, db=db)
    with Store.open(settings.db) as store:
        result = store.add_many(read_articles(folder))
        try:
            summary = placed(cluster_store(store, progress=True))
        except StoreError as exc:
            click.echo(f"sitrep: {exc}", err=True)
            summary = "; their events are not clustered yet"
    click.echo(f"sitrep: {result.added} new article(s), {result.unchanged} already stored "
               f"in {settings.db}{summary}.", err=True)
