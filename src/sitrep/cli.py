"""The ``sitrep`` command: thin wrappers over the library.

Exit codes: 0 everything was read and processed; 1 some input was skipped or
failed (each one reported on stderr with its file and line); 2 bad usage;
3 a fatal error (its message says what to do).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from .cli_clusters import COMMANDS as CLUSTER_COMMANDS
from .cli_clusters import cluster_store, placed
from .cli_eval import eval_group
from .cli_scale import estimated_total, make_run, parquet_load, run_options
from .errors import SitrepError, StoreError
from .settings import Settings, load_settings

__all__ = ["main", "cli"]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3
OUTPUT_FORMATS = ("jsonl", "acled-csv", "geojson")
INPUT_FORMATS = ("txt", "jsonl", "html")

log = logging.getLogger("sitrep")


def settings_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--config`` and ``--db``, shared by every command that uses the store."""

    @click.option("--config", type=click.Path(dir_okay=False), help="Settings TOML file.")
    @click.option("--db", help="Store: a SQLite file or a postgresql:// URL "
                  "(default: sitrep.db, or `db` in sitrep.toml).")
    @functools.wraps(func)
    def wrapper(*args: Any, config: str | None, db: str | None, **kwargs: Any) -> Any:
        return func(*args, settings=load_settings(config, db=db), **kwargs)

    return wrapper


def config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--config`` alone, for commands that never touch the store."""

    @click.option("--config", type=click.Path(dir_okay=False), help="Settings TOML file.")
    @functools.wraps(func)
    def wrapper(*args: Any, config: str | None, **kwargs: Any) -> Any:
        return func(*args, settings=load_settings(config), **kwargs)

    return wrapper


def limit_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--batch-size``, ``--max-article-bytes`` and ``--article-seconds``, over the settings."""

    @click.option("--batch-size", type=int, help="Articles per batch [default: 32].")
    @click.option("--max-article-bytes", type=int,
                  help="Skip (and report) any article larger than this [default: 2000000].")
    @click.option("--article-seconds", type=float,
                  help="Skip an article a stage spends longer on; 0: no budget [default: 60].")
    @functools.wraps(func)
    def wrapper(*args: Any, settings: Settings, batch_size: int | None,
                max_article_bytes: int | None, article_seconds: float | None,
                **kwargs: Any) -> Any:
        given = {"batch_size": batch_size, "max_article_bytes": max_article_bytes,
                 "article_seconds": article_seconds}
        changed: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        return func(*args, settings=dataclasses.replace(settings, **changed), **kwargs)

    return wrapper


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Inputs: paths, ``-`` for stdin, or ``--text`` with its metadata."""
    for option in reversed(
        [
            click.argument("inputs", nargs=-1),
            click.option("--text", "text", help="One article given on the command line."),
            click.option("--published", help="Published date (YYYY-MM-DD) for --text."),
            click.option("--source", help="Outlet name for --text."),
            click.option("--input-format", type=click.Choice(INPUT_FORMATS),
                         help="Read every input as this format, whatever its suffix."),
        ]
    ):
        func = option(func)
    return func


@click.group()
@click.version_option(package_name="sitrep")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn war and crisis reports into evidence-backed, ACLED-compatible events."""
    _configure_logging(max(logging.WARNING - 10 * verbose, logging.DEBUG))


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg, unused-ignore]
    """Writes to whatever ``sys.stderr`` is at the time of each message."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("sitrep: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def _configure_logging(level: int) -> None:
    """Messages from every sitrep module go to stderr; nothing else is touched."""
    log.handlers = [h for h in log.handlers if not isinstance(h, _StderrHandler)]
    log.addHandler(_StderrHandler())
    log.setLevel(level)
    log.propagate = False


def _read(inputs: tuple[str, ...], text: str | None, published: str | None,
          source: str | None, input_format: str | None,
          settings: Settings) -> tuple[Iterator[Any], Any]:
    from .readers import ReadReport, article_from_text, read_inputs

    report = ReadReport()
    if text is not None:
        return iter([article_from_text(text, published=published, source=source)]), report
    if not inputs:
        raise click.UsageError("give INPUT paths, '-' for stdin, or --text; see --help.")
    articles = read_inputs(inputs, input_format=input_format, stdin=sys.stdin, report=report,
                           max_bytes=settings.max_article_bytes)
    return articles, report


def _finish(report: Any, run: Any) -> None:
    """Summarise on stderr and exit 1 if anything was skipped, over a limit or failed."""
    skipped, stats = len(report.skipped), run.stats
    click.echo(
        f"sitrep: {stats.articles} article(s), {stats.events} event(s) in "
        f"{stats.seconds:.2f}s ({stats.articles_per_second:.1f} articles/s); "
        f"{skipped} input(s) skipped, {stats.over_limit} over a limit, {stats.failed} failed.",
        err=True,
    )
    if run.stats.peak_rss_mb:
        log.info("peak memory per worker: %s MB", ", ".join(
            f"{mb:.0f}" for _, mb in sorted(run.stats.peak_rss_mb.items())))
    if skipped or stats.failed or stats.over_limit:
        sys.exit(EXIT_SKIPPED)


@cli.command()
@input_options
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
              help="Output format [default: from the -o suffix, else jsonl].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option("--include-text", is_flag=True,
              help="Add the body that offsets index as article.text (jsonl; useful for HTML).")
@run_options
@config_option
@limit_options
def extract(inputs: tuple[str, ...], text: str | None, published: str | None,
            source: str | None, input_format: str | None, fmt: str | None, output: str | None,
            include_text: bool, workers: int, engine: str, address: str | None,
            settings: Settings) -> None:
    """Extract places, times, counts, quotes and events from reports.

    INPUTS are .txt, .jsonl or .html files, folders (walked), or - for stdin.

    Example: sitrep extract examples/01-kursk-incursion.txt --format acled-csv
    """
    from .output.exporters import format_for_path, write, write_jsonl

    fmt = fmt or (format_for_path(output) if output else None) or "jsonl"
    run = make_run(settings, workers, engine, address)
    articles, report = _read(inputs, text, published, source, input_format, settings)
    total = estimated_total(inputs, text, input_format)
    processed = run.process(articles, progress=True, total=total)
    with (open(output, "w", encoding="utf-8", newline="") if output else _stdout()) as fh:
        if include_text and fmt == "jsonl":
            write_jsonl(processed, fh, include_text=True)
        else:
            write(fmt, processed, fh)
    _finish(report, run)


def _stdout() -> Any:
    import contextlib

    return contextlib.nullcontext(sys.stdout)


@cli.command()
@input_options
@run_options
@click.option("--out-parquet", type=click.Path(file_okay=False),
              help="Write partitioned Parquet to this new folder instead of the store "
                   "(import it later with `sitrep load`).")
@click.option("--replace", is_flag=True,
              help="Re-extract articles stored by another pipeline version and replace "
                   "their records.")
@settings_option
@limit_options
def ingest(inputs: tuple[str, ...], text: str | None, published: str | None,
           source: str | None, input_format: str | None, workers: int, engine: str,
           address: str | None, out_parquet: str | None, replace: bool,
           settings: Settings) -> None:
    """Extract reports and store them; ingesting the same input twice adds nothing.

    New events then join the clusters of other reports of the same happening.

    INPUTS are .txt, .jsonl or .html files, folders (walked), or - for stdin.
    Articles already stored are skipped before extraction, so an interrupted
    ingest, run again, resumes where it stopped. Commits every `commit_every`
    articles (sitrep.toml, default 500).

    Example: sitrep ingest examples/ --db events.db --workers 2
    """
    from .store.backend import shown
    from .store.database import Store
    from .store.ingest import ingest as ingest_articles

    run = make_run(settings, workers, engine, address)
    articles, report = _read(inputs, text, published, source, input_format, settings)
    total = estimated_total(inputs, text, input_format)
    if out_parquet:
        from .scale.parquet import write_parquet

        for _ in write_parquet(run.process(articles, progress=True, total=total), out_parquet):
            pass
        click.echo(f"sitrep: Parquet written to {out_parquet}.", err=True)
        _finish(report, run)
        return
    with Store.open(settings.db) as store:
        result = ingest_articles(
            store, articles, lambda todo: run.process(todo, progress=True, total=total),
            pipeline=run.version, replace=replace, batch_size=settings.commit_every,
        )
        placed = _cluster(store)
    replaced = f", {result.replaced} replaced" if replace else ""
    click.echo(f"sitrep: {result.added} new article(s){replaced}, {result.unchanged} already "
               f"stored in {shown(settings.db)}{placed}.", err=True)
    _finish(report, run)


def _cluster(store: Any) -> str:
    """Place new events into clusters; what happened, for the summary line."""
    try:
        clustered = cluster_store(store, progress=True)
    except StoreError as exc:  # the articles are stored; clustering can be rerun
        log.warning("%s", exc)
        return "; their events are not clustered yet"
    return placed(clustered)


@cli.command()
@click.option("--country", help="Country name or ISO code.")
@click.option("--admin1", help="First-level region, as ACLED names it (e.g. Kursk).")
@click.option("--since", help="Earliest event date, YYYY-MM-DD.")
@click.option("--until", help="Latest event date, YYYY-MM-DD.")
@click.option("--type", "event_type", help="ACLED event type or sub-event type.")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--claimant", help="Part of the name of who gave the event (case-insensitive).")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "jsonl", "csv")),
              default="table", show_default=True)
@settings_option
def events(country: str | None, admin1: str | None, since: str | None, until: str | None,
           event_type: str | None, actor: str | None, claimant: str | None,
           limit: int | None, fmt: str,
           settings: Settings) -> None:
    """List stored events.

    Example: sitrep events --country Ukraine --since 2024-08-01 --format csv
    """
    from .store.backend import is_postgres
    from .store.database import Store

    if not is_postgres(settings.db) and not Path(settings.db).exists():
        raise SitrepError(f"no store at {settings.db}; run `sitrep ingest PATH` first.")
    with Store.open(settings.db) as store:
        found = store.events(country=country, admin1=admin1, since=since, until=until,
                             event_type=event_type, actor=actor, claimant=claimant,
                             limit=limit)
    _print_events(found, fmt)


def _print_events(found: list[Any], fmt: str) -> None:
    import dataclasses
    import json

    from .output.table import format_events

    if fmt == "table":
        click.echo(format_events(found))
    elif fmt == "jsonl":
        for event in found:
            click.echo(json.dumps(dataclasses.asdict(event), ensure_ascii=False))
    else:
        from .output.exporters import write_events_csv

        write_events_csv(found, sys.stdout)


def serve_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--host`` and ``--port`` of the web server."""
    func = click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
                        help="Port to listen on.")(func)
    return click.option("--host", default="127.0.0.1", show_default=True,
                        help="Address to listen on (0.0.0.0 opens it to the network).")(func)


@cli.command()
@click.option("--examples", type=click.Path(file_okay=False), default=None,
              help="Folder of reports (default: the bundled examples/).")
@click.option("--serve", "then_serve", is_flag=True,
              help="Then serve the map page over the demo store until Ctrl-C.")
@serve_options
@settings_option
def demo(examples: str | None, then_serve: bool, host: str, port: int,
         settings: Settings) -> None:
    """Ingest the demo reports and print their events, with the speed.

    Example: sitrep demo --db demo.db --serve
    """
    from .demo import run_demo

    code = run_demo(examples, settings)
    if then_serve and code != EXIT_FATAL:
        from .service.server import serve_forever

        serve_forever(settings, host, port)
    sys.exit(code)


@cli.command()
@serve_options
@settings_option
def serve(host: str, port: int, settings: Settings) -> None:
    """Serve the API and the map-and-timeline page over a store until Ctrl-C.

    Reading is open; POST /api/articles needs SITREP_API_TOKEN (see docs/service.md).

    Example: sitrep serve --db demo.db --port 8000
    """
    from .service.server import serve_forever

    if "://" not in settings.db and not Path(settings.db).exists():
        raise SitrepError(f"no store at {settings.db}; run `sitrep ingest PATH` first.")
    serve_forever(settings, host, port)


@cli.command("build-gazetteer")
@click.option("--path", type=click.Path(dir_okay=False), help="Where to write the index.")
@config_option
def build_gazetteer(path: str | None, settings: Settings) -> None:
    """Build the offline place index from the installed data packages (GeoNames,
    geoBoundaries, KATOTTG, Nigerian towns; see docs/gazetteer.md).

    Tables in the data_dir overlay (ACLED admin1 names, areas…) are built in.

    Example: sitrep build-gazetteer
    """
    from . import reference
    from .gazetteer import build_index, index_path

    reference.use_overlay(settings.data_dir or None)
    target = index_path(path or settings.gazetteer_path)
    if log.level > logging.INFO:
        _configure_logging(logging.INFO)  # the build logs its progress at INFO
    click.echo(f"sitrep: gazetteer written to {build_index(target)}", err=True)


cli.add_command(eval_group)
cli.add_command(parquet_load)
for _command in CLUSTER_COMMANDS:
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``sitrep`` console script."""
    try:
        cli.main(args=argv, prog_name="sitrep", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_FATAL)
    except SitrepError as exc:
        click.echo(f"sitrep: error: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
