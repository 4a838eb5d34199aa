"""The demo: ingest the bundled reports, print their events and the speed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .settings import Settings

__all__ = ["run_demo", "default_examples"]


def default_examples() -> Path:
    """The repository's ``examples/`` folder, or ``./examples``."""
    here = Path(__file__).resolve().parents[2] / "examples"
    return here if here.is_dir() else Path("examples")


def run_demo(examples: str | None, settings: Settings) -> int:
    """Ingest ``examples`` into the store, print the events table; return the exit code."""
    from .output.table import format_events
    from .readers import ReadReport, read_inputs
    from .runner import Run
    from .store.backend import shown
    from .store.database import Store

    folder = Path(examples) if examples else default_examples()
    if not folder.is_dir():
        click.echo(f"sitrep: no examples folder at {folder}; pass --examples DIR.", err=True)
        return 3
    report = ReadReport()
    run = Run(settings=settings)
    click.echo(f"sitrep demo: loading the model and gazetteer, reading {folder}/ …", err=True)
    run.pipeline  # noqa: B018 - load before timing
    articles = list(run.process(read_inputs([str(folder)], report=report), progress=True))
    with Store.open(settings.db) as store:
        result = store.add_many(articles, pipeline=run.version)
        _cluster(store)
    events = [e for a in articles for e in a.events]
    events.sort(key=lambda e: (e.country or "", e.event_date or "", e.admin1 or ""))
    click.echo(format_events(events))
    click.echo("")
    click.echo(
        f"{run.stats.articles} reports → {len(events)} events in {run.stats.seconds:.2f}s "
        f"= {run.stats.articles_per_second:.1f} articles/s "
        f"({result.added} new, {result.unchanged} already in {shown(settings.db)})."
    )
    for skip in report.skipped:
        click.echo(f"skipped: {skip}", err=True)
    return 1 if report.skipped or run.stats.failed else 0


def _cluster(store: object) -> None:
    """Link the new events into clusters, as ``sitrep ingest`` does (for the page's views)."""
    from .clusters import cluster_new
    from .errors import StoreError

    try:
        cluster_new(store.conn)  # type: ignore[attr-defined]
    except StoreError as exc:
        click.echo(f"sitrep demo: events not clustered ({exc}); run `sitrep cluster`.", err=True)


if __name__ == "__main__":  # pragma: no cover
    from .settings import load_settings

    sys.exit(run_demo(None, load_settings()))
