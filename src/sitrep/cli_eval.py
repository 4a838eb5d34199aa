"""``sitrep eval``: score sitrep against gold data kept outside the repository.

The gold data is read from ``--data DIR``, else ``$SITREP_EVAL_DATA``, else
``../shared/data`` beside the repository. A corpus whose data is absent is
skipped with a message and the command still exits 0. See docs/evaluation.md.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

__all__ = ["eval_group"]

EXIT_FAILED = 1  # as for `sitrep extract`: some article failed (reported on stderr)


def _common(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every evaluation takes."""
    for option in reversed([
        click.option("--data", "data", type=click.Path(file_okay=False),
                     help="Gold-data folder [default: $SITREP_EVAL_DATA, else ../shared/data "
                          "beside the repository]."),
        click.option("-f", "--format", "fmt", type=click.Choice(("table", "json")),
                     default="table", show_default=True,
                     help="Markdown tables, or one JSON object for machines."),
        click.option("-o", "--output", type=click.Path(dir_okay=False),
                     help="Write the report here, not to stdout."),
        click.option("--quiet", is_flag=True, help="No progress bar."),
        click.option("--config", type=click.Path(dir_okay=False), help="Settings TOML file."),
    ]):
        func = option(func)
    return func


@click.group("eval")
def eval_group() -> None:
    """Score sitrep against gold data (see docs/evaluation.md)."""


def _skip(root: Path, relative: str) -> None:
    from .evaluation.gold_data import skip_message

    click.echo(f"sitrep: {skip_message(root, relative)}", err=True)


def _emit(sections: list[tuple[str, dict[str, Any]]], fmt: str, output: str | None,
          render: Callable[[list[tuple[str, dict[str, Any]]]], str], started: float) -> None:
    """Write the report (if anything was scored), the run time on stderr, and the exit code."""
    from .evaluation.render import as_json

    seconds = time.perf_counter() - started
    if sections:
        text = (as_json({name: result for name, result in sections}) if fmt == "json"
                else render(sections))
        if output:
            Path(output).write_text(text + "\n", encoding="utf-8")
        else:
            click.echo(text)
    runs = "; ".join(f"{name}: {_done(r['run'])} in {r['run']['seconds']} s"
                     for name, r in sections)
    click.echo(f"sitrep: eval finished in {seconds:.1f} s" + (f" ({runs})." if runs else "."),
               err=True)
    if any(r["run"].get("failed") for _, r in sections):
        sys.exit(EXIT_FAILED)


def _done(run: dict[str, Any]) -> str:
    return f"{run['processed']} articles" if "processed" in run else "a saved output scored"


@eval_group.command("events")
@click.option("--corpus", type=click.Choice(("realnews", "acled", "all")), default="all",
              show_default=True, help="Which gold events to score against.")
@click.option("--limit", type=click.IntRange(min=0), default=2000, show_default=True,
              help="ACLED: a fixed sample of N held-apart rows (0: all of them).")
@click.option("--worst", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the commonest confusions to list.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="realnews: score this saved `sitrep extract` output instead of running.")
@_common
def events(corpus: str, limit: int, worst: int, predictions: str | None, data: str | None,
           fmt: str, output: str | None, quiet: bool, config: str | None) -> None:
    """Event rows against hand-coded reports (realnews) and ACLED descriptions (acled).

    Example: sitrep eval events --corpus acled --limit 500 --format json -o acled.json
    """
    from .evaluation import acled, realnews
    from .evaluation.gold_data import data_root, gold_file
    from .evaluation.running import eval_acled, eval_realnews
    from .settings import load_settings

    if predictions and corpus == "acled":
        raise click.UsageError("--predictions is a saved realnews output; use --corpus realnews.")
    started = time.perf_counter()
    root = data_root(data)
    settings = load_settings(config)
    sections: list[tuple[str, dict[str, Any]]] = []
    if corpus in ("realnews", "all"):
        folder = gold_file(root, realnews.FOLDER)
        if folder is None or not (folder / "gold.jsonl").exists():
            _skip(root, realnews.FOLDER)
        else:
            sections.append(("realnews", eval_realnews(
                folder, settings, progress=not quiet, worst=worst,
                predictions=Path(predictions) if predictions else None)))
    if corpus in ("acled", "all"):
        path = gold_file(root, acled.FILE)
        if path is None:
            _skip(root, acled.FILE)
        else:
            sections.append(("acled", eval_acled(path, settings, limit=limit,
                                                 progress=not quiet, worst=worst)))
    _emit(sections, fmt, output, _render_events, started)


def _render_events(sections: list[tuple[str, dict[str, Any]]]) -> str:
    from .evaluation.render import render_acled, render_realnews

    return "\n\n".join(render_realnews(r) if name == "realnews" else render_acled(r)
                       for name, r in sections)


@eval_group.command("geoparse")
@click.option("--corpus", type=click.Choice(("gwn", "geovirus", "all")), default="all",
              show_default=True, help="GeoWebNews, GeoVirus, or both.")
@click.option("--limit", type=click.IntRange(min=0), default=0, show_default=True,
              help="Only the first N articles of each corpus (0: all).")
@click.option("--errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="Also list the N commonest misses, false hits and worst distances.")
@_common
def geoparse(corpus: str, limit: int, errors: int, data: str | None, fmt: str,
             output: str | None, quiet: bool, config: str | None) -> None:
    """Toponym recognition and resolution on GeoWebNews and GeoVirus.

    Example: sitrep eval geoparse --corpus gwn --errors 10
    """
    from .evaluation.geo_corpora import CORPORA
    from .evaluation.gold_data import data_root, gold_file
    from .evaluation.running import eval_geoparse, place_stages
    from .settings import load_settings

    started = time.perf_counter()
    root = data_root(data)
    names = list(CORPORA) if corpus == "all" else [corpus]
    found = {name: gold_file(root, CORPORA[name]) for name in names}
    for name, path in found.items():
        if path is None:
            _skip(root, CORPORA[name])
    sections: list[tuple[str, dict[str, Any]]] = []
    stages = place_stages(load_settings(config)) if any(found.values()) else None
    for name, path in found.items():
        if path is not None:
            sections.append((name, eval_geoparse(name, path, None, limit=limit,
                                                 progress=not quiet, examples=errors,
                                                 stages=stages)))
    _emit(sections, fmt, output, _render_geo, started)


def _render_geo(sections: list[tuple[str, dict[str, Any]]]) -> str:
    from .evaluation.render import render_geoparse

    return render_geoparse([r for _, r in sections])


@eval_group.command("quotes")
@click.option("--limit", type=click.IntRange(min=0), default=0, show_default=True,
              help="Only the first N texts (0: all).")
@click.option("--errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="Also list N misses, false hits and wrong speakers.")
@_common
def quotes(limit: int, errors: int, data: str | None, fmt: str, output: str | None,
           quiet: bool, config: str | None) -> None:
    """Attributions (content, speaker, both) against PolNeAR's dev split.

    Example: sitrep eval quotes --errors 10 --format json -o quotes.json
    """
    from .evaluation.gold_data import data_root, gold_file
    from .evaluation.quotes import FOLDER, render_quotes
    from .evaluation.running import eval_quotes
    from .settings import load_settings

    started = time.perf_counter()
    root = data_root(data)
    folder = gold_file(root, FOLDER)
    sections: list[tuple[str, dict[str, Any]]] = []
    if folder is None:
        _skip(root, FOLDER)
    else:
        sections.append(("quotes", eval_quotes(folder, load_settings(config), limit=limit,
                                               progress=not quiet, examples=errors)))
    _emit(sections, fmt, output, lambda s: render_quotes(s[0][1]), started)
