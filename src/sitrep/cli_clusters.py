"""``sitrep cluster``, ``clusters``, ``contradictions`` and ``quotes``: claims across reports.

Each reads the store named by ``--db`` (or the ``db`` setting); see
docs/clusters.md for what a cluster and a contradiction are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .errors import SitrepError
from .settings import Settings, load_settings

__all__ = ["COMMANDS", "cluster_store", "placed"]

_FORMAT = click.option("-f", "--format", "fmt", type=click.Choice(("table", "jsonl")),
                       default="table", show_default=True)
_CONFIG = click.option("--config", type=click.Path(dir_okay=False), help="Settings TOML file.")
_DB = click.option("--db", help="Store: a SQLite file or a postgresql:// URL "
              "(default: sitrep.db, or `db` in sitrep.toml).")


def _store(config: str | None, db: str | None) -> Any:
    from .store.database import Store

    settings: Settings = load_settings(config, db=db)
    if not Path(settings.db).exists():
        raise SitrepError(f"no store at {settings.db}; run `sitrep ingest PATH` first.")
    return Store.open(settings.db)


def cluster_store(store: Any, *, rebuild: bool = False, progress: bool = False) -> Any:
    """Cluster the store's new events (or all of them again), with a progress bar."""
    from .clusters import cluster_new
    from .clusters import rebuild as rebuild_all
    from .runner import progress_bar

    bar = progress_bar(progress, unit=" events")
    try:
        run = rebuild_all if rebuild else cluster_new
        return run(store.conn, progress=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()


def placed(result: Any) -> str:
    """What clustering the new events did, for an ingest's summary line."""
    text = f"; {result.joined} new event(s) joined a cluster, {result.founded} founded one"
    if result.again:
        text += (f"; {result.again} clustered event(s) placed again after them, "
                 f"{result.moved} of them moved")
    return text


def _emit(rows: list[dict[str, Any]], fmt: str, table: Any) -> None:
    if fmt == "table":
        click.echo(table(rows))
    else:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))


@click.command("cluster")
@_CONFIG
@_DB
def cluster(config: str | None, db: str | None) -> None:
    """Rebuild every cluster from the stored events (ingest keeps them up to date).

    Example: sitrep cluster --db events.db
    """
    with _store(config, db) as store:
        result = cluster_store(store, rebuild=True, progress=True)
    click.echo(f"sitrep: {result.events} event(s) in {result.founded} cluster(s).", err=True)


@click.command("clusters")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only clusters reported by at least this many articles.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many clusters.")
@_FORMAT
@_CONFIG
@_DB
def clusters(min_articles: int, limit: int | None, fmt: str, config: str | None,
             db: str | None) -> None:
    """List clusters: the events of different reports that describe one happening.

    Example: sitrep clusters --min-articles 2 --format jsonl
    """
    from .clusters.listing import format_clusters, list_clusters
    from .clusters.sql import unclustered_count

    with _store(config, db) as store:
        rows = list_clusters(store.conn, min_articles=min_articles, limit=limit)
        waiting = unclustered_count(store.conn)
    _emit(rows, fmt, format_clusters)
    if waiting:
        click.echo(f"sitrep: {waiting} stored event(s) are in no cluster yet (stored before "
                   "clustering, or clustering failed); run `sitrep cluster` to place them.",
                   err=True)


@click.command("contradictions")
@_FORMAT
@_CONFIG
@_DB
def contradictions(fmt: str, config: str | None, db: str | None) -> None:
    """List where the sources of one happening disagree: each value, claimant and article.

    Example: sitrep contradictions --format jsonl
    """
    from .clusters.listing import format_contradictions, list_contradictions

    with _store(config, db) as store:
        rows = list_contradictions(store.conn)
    _emit(rows, fmt, format_contradictions)


@click.command("quotes")
@click.option("--speaker", help="Part of the speaker's name (case-insensitive).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many quotes.")
@_FORMAT
@_CONFIG
@_DB
def quotes(speaker: str | None, limit: int | None, fmt: str, config: str | None,
           db: str | None) -> None:
    """List stored quotes and reported speech, with who said them.

    Example: sitrep quotes --speaker governor
    """
    from .output.table import format_table

    with _store(config, db) as store:
        rows = store.quotes(speaker=speaker, limit=limit)

    def table(found: list[dict[str, Any]]) -> str:
        return format_table(
            ("published", "source", "speaker", "cue", "content"),
            [(q["published"], q["source"], q["speaker"], q["cue"], q["content"]) for q in found],
            (10, 20, 30, 10, 70),
        )

    _emit(rows, fmt, table)


#: The commands this module adds to ``sitrep``.
COMMANDS = (cluster, clusters, contradictions, quotes)
