"""The place index: its size, build and load time, lookup speed, and coverage of coded events.

Usage:
    .venv/bin/python bench/places.py [--index PATH] [--build] [--coverage] [--json]

Sections (each printed as a small table):

- **index**: the index file's size, place and name counts, and how many places carry
  an approximate (derived) point;
- **build** (with ``--build``): a fresh build into a temporary folder, timed;
- **load**: opening the index in a fresh interpreter (``Gazetteer(path)`` and a first
  lookup), the median of three runs;
- **lookup**: milliseconds per lookup over a fixed sample of the index's own names,
  each asked once (no cache hits);
- **articles**: milliseconds per article of the places stage (the resolution of every
  place mention) over the reports in ``examples/``, the model's time left out;
- **coverage** (with ``--coverage``, needs ``../shared/data``): the share of coded
  events whose location name has a candidate within 25 km of the coded point. For
  ACLED, the held-apart rows of ``acled-train/acled-train.csv.gz``
  (:func:`sitrep.evaluation.split.is_held_apart`) by ``location``, ``admin2`` and
  ``admin3``, overall and for the countries with the most rows; for UCDP GED Ukraine,
  the rows with ``where_prec`` 1 or 2 by ``where_coordinates`` ("Horlivka town" ->
  "Horlivka"). A name counts when any candidate of ``lookup(name)`` lies within 25 km.

This is a benchmark, not a test: figures vary with the machine's load.
"""

from __future__ import annotations

import csv
import gzip
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from common import base_parser, data_file, report, share

from sitrep.gazetteer import Gazetteer, build_index, index_path
from sitrep.places.distance import distance_km

_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: Coded names that are no place name ("Unknown").
_NONE = {"", "<NA>", "NA", "unknown"}
#: UCDP's trailing type words ("Horlivka town", "Kiev city").
_UCDP_TYPES = ("town", "village", "city", "settlement", "oblast")
_WITHIN_KM = 25.0
_LOOKUP_SAMPLE = 2000


def index_facts(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        places = conn.execute("SELECT count(*) FROM places").fetchone()[0]
        names = conn.execute("SELECT count(*) FROM names").fetchone()[0]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(places)")]
        approx = (conn.execute("SELECT count(*) FROM places WHERE flags & 2").fetchone()[0]
                  if "flags" in columns else None)
        version = dict(conn.execute("SELECT key, value FROM meta")).get("version")
    finally:
        conn.close()
    return {"path": str(path), "version": version, "size_mb": round(path.stat().st_size / 1e6, 1),
            "places": places, "names": names, "approximate_points": approx}


def time_build() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "gazetteer.sqlite"
        started = time.perf_counter()
        build_index(target)
        seconds = time.perf_counter() - started
        size = target.stat().st_size / 1e6
    return {"seconds": round(seconds, 1), "size_mb": round(size, 1)}


def time_load(path: Path, runs: int = 3) -> dict[str, Any]:
    code = ("import sys, time; from sitrep.gazetteer.lookup import Gazetteer; "
            "t = time.perf_counter(); g = Gazetteer(sys.argv[1]); g.lookup('Kharkiv'); "
            "print(time.perf_counter() - t)")
    seconds = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, str(path)], check=True,
                             capture_output=True, text=True).stdout
        seconds.append(float(out.strip().splitlines()[-1]))
    return {"seconds_median": round(statistics.median(seconds), 3), "runs": runs}


def time_lookups(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        keys = [r[0] for r in conn.execute("SELECT DISTINCT key FROM names ORDER BY key")]
    finally:
        conn.close()
    step = max(1, len(keys) // _LOOKUP_SAMPLE)
    sample = keys[::step][:_LOOKUP_SAMPLE]
    gaz = Gazetteer(path)
    started = time.perf_counter()
    found = sum(bool(gaz.lookup(key)) for key in sample)
    ms = (time.perf_counter() - started) * 1000 / len(sample)
    return {"names": len(sample), "found": found, "ms_per_lookup": round(ms, 3)}


def time_articles(path: Path) -> dict[str, Any]:
    from sitrep.nlp.model import load_model
    from sitrep.readers import ReadReport, read_inputs
    from sitrep.stages.base import Work
    from sitrep.stages.dateline import DatelineStage
    from sitrep.stages.entities import EntitiesStage
    from sitrep.stages.places import PlacesStage

    gaz = Gazetteer(path)
    articles = list(read_inputs([str(_EXAMPLES)], report=ReadReport()))
    works = [Work(a) for a in articles]
    for stage in (DatelineStage(gaz), EntitiesStage(load_model(), gaz)):
        works = list(stage.pipe(works))
    places = PlacesStage(gaz)
    started = time.perf_counter()
    works = list(places.pipe(works))
    ms = (time.perf_counter() - started) * 1000 / max(1, len(works))
    found = sum(len(w.article.places) for w in works)
    return {"articles": len(works), "places": found, "ms_per_article": round(ms, 2)}


def _near(gaz: Gazetteer, name: str, lat: float, lon: float) -> bool:
    return any(distance_km(lat, lon, c.latitude, c.longitude) <= _WITHIN_KM
               for c in gaz.lookup(name, limit=1000))


def acled_coverage(gaz: Gazetteer, path: Path, top: int, show: list[str]) -> dict[str, Any]:
    from sitrep.evaluation.split import is_held_apart

    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    rows_by_country: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if not is_held_apart(row["event_id_cnty"]):
                continue
            lat, lon = float(row["latitude"]), float(row["longitude"])
            rows_by_country[row["country"]] += 1
            for field in ("location", "admin2", "admin3"):
                name = (row[field] or "").strip()
                if name in _NONE or name.lower() in _NONE:
                    continue
                hit = _near(gaz, name, lat, lon)
                for scope in ("all", row["country"]):
                    slot = tally[(scope, field)]
                    slot[0] += hit
                    slot[1] += 1
    countries = [c for c, _ in sorted(rows_by_country.items(), key=lambda kv: (-kv[1], kv[0]))]
    out: dict[str, Any] = {}
    shown = countries[:top] + [c for c in show if c in rows_by_country and c not in countries[:top]]
    for scope in ["all", *shown]:
        out[scope] = {field: share(*tally[(scope, field)]) for field in
                      ("location", "admin2", "admin3") if tally[(scope, field)][1]}
        out[scope]["rows"] = tally[(scope, "location")][1]
    return out


def ucdp_coverage(gaz: Gazetteer, path: Path) -> dict[str, Any]:
    hits = total = 0
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[1:]  # row 2 is the HXL tag row
    for row in rows:
        if row["where_prec"] not in ("1", "2"):
            continue
        name = row["where_coordinates"].split("(")[0].strip()
        words = name.split()
        if len(words) > 1 and words[-1].lower() in _UCDP_TYPES:
            name = " ".join(words[:-1])
        total += 1
        hits += _near(gaz, name, float(row["latitude"]), float(row["longitude"]))
    return {"rows": total, "location": share(hits, total)}


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=None,
                        help="the index file (default: the one sitrep uses)")
    parser.add_argument("--build", action="store_true", help="also time a fresh build")
    parser.add_argument("--coverage", action="store_true",
                        help="coverage of coded events (needs ../shared/data)")
    parser.add_argument("--countries", type=int, default=8,
                        help="countries shown in the ACLED coverage (most rows first)")
    parser.add_argument("--show", default="Ukraine,Nigeria,Syria,Yemen,Sudan,Somalia",
                        help="countries always shown in the ACLED coverage (comma-separated)")
    parser.add_argument("--no-articles", action="store_true",
                        help="skip the per-article timing (which loads the model)")
    args = parser.parse_args()
    path = args.index or index_path()
    if not path.exists():
        from sitrep.gazetteer import open_gazetteer
        open_gazetteer(str(path))
    metrics: dict[str, Any] = {"index": index_facts(path)}
    if args.build:
        metrics["build"] = time_build()
    metrics["load"] = time_load(path)
    metrics["lookup"] = time_lookups(path)
    if not args.no_articles:
        metrics["articles"] = time_articles(path)
    if args.coverage:
        gaz = Gazetteer(path)
        acled = data_file(args.data, "acled-train/acled-train.csv.gz")
        if acled is not None:
            metrics["acled_within_25km"] = acled_coverage(
                gaz, acled, args.countries, [c.strip() for c in args.show.split(",") if c.strip()])
        ucdp = data_file(args.data, "ucdp-ged-ukraine-2014-2021/conflict_data_ukr.csv")
        if ucdp is not None:
            metrics["ucdp_ukraine_within_25km"] = ucdp_coverage(gaz, ucdp)
    report("place index", metrics, as_json=args.json)


if __name__ == "__main__":
    main()
