"""Helpers shared by the evaluation scripts in bench/.

The gold data lives outside the repository, in ``../shared/data`` (never copy
it in). Each script takes ``--data DIR`` to point elsewhere and exits 0 with a
message when the folder is missing, so a fresh clone can run them harmlessly.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sitrep.places.distance import distance_km

T = TypeVar("T")
U = TypeVar("U")

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def base_parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the options every evaluation script shares."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the shared data folder (default: ../shared/data)")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser


def data_file(data: Path, relative: str) -> Path | None:
    """``data/relative`` when it exists; otherwise say so on stderr and return None."""
    if not data.is_dir():
        print(f"{_shown(data)} not found; pass --data DIR — skipping", file=sys.stderr)
        return None
    path = data / relative
    if not path.exists():
        print(f"{_shown(path)} not found; pass --data DIR — skipping", file=sys.stderr)
        return None
    return path


def _shown(path: Path) -> str:
    return "../shared/data" if path == DEFAULT_DATA else str(path)


def progress[T](items: Sequence[T] | Iterable[T], *, total: int | None = None,
             label: str = "", quiet: bool = False, every: float = 1.0) -> Iterator[T]:
    """Yield ``items`` unchanged, writing ``label n/total`` to stderr about once a second."""
    if total is None and isinstance(items, Sequence):
        total = len(items)
    shown = time.monotonic()
    count = 0
    for count, item in enumerate(items, 1):
        yield item
        now = time.monotonic()
        if not quiet and now - shown >= every:
            shown = now
            of = f"/{total}" if total else ""
            print(f"\r{label} {count}{of}", end="", file=sys.stderr, flush=True)
    if not quiet and count:
        print(f"\r{label} {count}{'/' + str(total) if total else ''} done", file=sys.stderr)


haversine_km = distance_km  # the name the eval scripts use


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def distance_stats(errors: Sequence[float], *, within: float = 161.0) -> dict[str, Any]:
    """Median, mean and share within ``within`` km of a list of errors (km)."""
    if not errors:
        return {"n": 0, "median_km": None, "mean_km": None, f"acc@{within:g}km": None}
    return {
        "n": len(errors),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        f"acc@{within:g}km": round(sum(e <= within for e in errors) / len(errors), 4),
    }


def share(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def report(title: str, metrics: dict[str, Any], *, as_json: bool) -> None:
    """Print ``metrics`` as JSON, or as a two-column table with nested dicts flattened."""
    if as_json:
        print(json.dumps(metrics, indent=2, ensure_ascii=False))
        return
    rows = list(_flatten(metrics))
    width = max((len(k) for k, _ in rows), default=0)
    print(title)
    print("-" * len(title))
    for key, value in rows:
        print(f"{key:<{width}}  {_fmt(value)}")


def _flatten(metrics: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in metrics.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1 else f"{value:,.1f}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def build_stages(*names: str) -> Any:
    """A :class:`sitrep.pipeline.Pipeline` of the named stages, built as ``build_pipeline`` does.

    ``names`` is a subset of dateline, entities, places, quotes, in pipeline order; the
    model and the gazetteer are loaded once (the first call builds the gazetteer index).
    """
    from sitrep.gazetteer import open_gazetteer
    from sitrep.nlp.model import load_model
    from sitrep.pipeline import Pipeline
    from sitrep.settings import load_settings
    from sitrep.stages.dateline import DatelineStage
    from sitrep.stages.entities import EntitiesStage
    from sitrep.stages.places import PlacesStage
    from sitrep.stages.quotes import QuotesStage

    settings = load_settings()
    gazetteer = open_gazetteer(settings.gazetteer_path)
    makers = {
        "dateline": lambda: DatelineStage(gazetteer),
        "entities": lambda: EntitiesStage(load_model(settings.model), gazetteer),
        "places": lambda: PlacesStage(gazetteer),
        "quotes": lambda: QuotesStage(),
    }
    return Pipeline([makers[n]() for n in names], batch_size=settings.batch_size)


def best_pairs[T, U](scored: Iterable[tuple[float, int, int]], left: Sequence[T], right: Sequence[U]
               ) -> list[tuple[T, U]]:
    """One-to-one (left[i], right[j]) pairs from ``(score, i, j)``, the highest scores first."""
    used_l: set[int] = set()
    used_r: set[int] = set()
    out = []
    for _, i, j in sorted(scored, key=lambda t: -t[0]):
        if i not in used_l and j not in used_r:
            used_l.add(i)
            used_r.add(j)
            out.append((left[i], right[j]))
    return out
