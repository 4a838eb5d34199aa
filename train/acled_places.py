"""Rebuild ``src/sitrep/data/gazetteer/acled_places.csv``: the places ACLED codes events at.

Usage: .venv/bin/python train/acled_places.py [--data CSV_GZ] [--index SQLITE] [--out CSV]
       [--check]

Reads the ACLED training descriptions (default ``../shared/data/acled-train/
acled-train.csv.gz`` beside the repository, or ``$SITREP_ACLED_TRAIN``); when the
file is absent it says so and exits 0 ("skipped"). Rows held apart by
:func:`sitrep.evaluation.split.is_held_apart` are never counted.

The rows are grouped by country (ISO number) and location name. A location becomes
one row of the table, a gazetteer entry, when its rows agree on where it is: the
commonest coded point is taken, and at least :data:`MIN_SHARE` of the rows must lie
within :data:`SAME_KM` of it (a name ACLED uses for two places far apart is left
out). Its admin1 and admin2 are the rows' commonest, and the point is rounded to
:data:`DECIMALS` decimals (about 100 m). Names the index holds as a country or a
region's own name are left out, as are ACLED's parts of a city ("Kabul - PD 5").
The builder adds only the entries the index lacks (:mod:`sitrep.gazetteer.acled_places`).

Rows are written sorted by key, so the same data gives the same bytes; ``--check``
writes nothing and exits 1 when the committed table differs.
"""

from __future__ import annotations

import csv
import gzip
import io
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

from acled_tables import ROOT, run

from sitrep.evaluation.split import is_held_apart
from sitrep.gazetteer.nearby import majority
from sitrep.places.distance import distance_km

DEFAULT_OUT = ROOT / "src" / "sitrep" / "data" / "gazetteer" / "acled_places.csv"
#: Rows of one location this near its commonest point agree on it (km).
SAME_KM = 25.0
#: Share of a location's rows that must agree on its point.
MIN_SHARE = 0.6
#: Decimals the point is rounded to.
DECIMALS = 3
_MISSING = frozenset({"", "<NA>", "NA", "nan"})

HEADER = """\
# The places ACLED codes events at, by country: villages and quarters that the
# place index's other sources (GeoNames towns of 500 people or more, districts)
# lack, with ACLED's admin1 and admin2 names.
# Derived by train/acled_places.py from the locations of ACLED's training rows
# (held-apart rows excluded); do not edit by hand, rerun it.
# Added to the place index by sitrep.gazetteer.acled_places.
#
# Columns:
#   key     country code and the location's name, joined by "|"
#   lat, lon  the location's point
#   admin1, admin2  ACLED's names of the regions it lies in
#   rows    how many training rows are coded there
"""


def _clean(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value in _MISSING else " ".join(value.split())


def read_codes(index: Path) -> dict[int, str]:
    """The index's country codes by ISO number."""
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        return {int(n): str(c) for c, n in db.execute(
            "SELECT code, iso_numeric FROM countries WHERE iso_numeric IS NOT NULL ORDER BY code")}


def read_locations(path: Path, codes: dict[int, str]
                   ) -> tuple[dict[tuple[str, str], list[tuple[float, float, str, str]]],
                              Counter[str]]:
    """(country code, location) -> the (lat, lon, admin1, admin2) of its training rows."""
    found: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    skipped: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row.get("event_id_cnty") or "").strip()
            if not key or is_held_apart(key):
                continue
            name = _clean(row.get("location"))
            try:
                lat, lon = float(row["latitude"]), float(row["longitude"])
                cc = codes.get(int(float(row["iso"])))
            except (KeyError, TypeError, ValueError):
                skipped["no point or ISO number"] += 1
                continue
            if not name or cc is None:
                skipped["no location or country"] += 1
                continue
            found[(cc, name)].append((lat, lon, _clean(row.get("admin1")),
                                      _clean(row.get("admin2"))))
    return found, skipped


def _numbered(name: str) -> bool:
    """A numbered part of a city, "Kabul - PD 5", "Bangui - 3rd Arrondissement": no
    report names it so."""
    return any(ch.isdigit() for ch in name)


def derive(found: dict[tuple[str, str], list[tuple[float, float, str, str]]]
           ) -> tuple[list[list[str]], Counter[str]]:
    """The table's rows, sorted by key; locations left out by reason."""
    out: list[list[str]] = []
    left: Counter[str] = Counter()
    for (cc, name), rows in sorted(found.items()):
        if _numbered(name):
            left["numbered part of a city"] += 1
            continue
        lat, lon = Counter((r[0], r[1]) for r in rows).most_common(1)[0][0]
        agree = [r for r in rows if distance_km(lat, lon, r[0], r[1]) <= SAME_KM]
        if len(agree) < MIN_SHARE * len(rows):
            left["rows far apart"] += 1
            continue
        admin1 = majority(r[2] for r in agree if r[2]) or ""
        admin2 = majority(r[3] for r in agree if r[3] and r[2] == admin1) or ""
        out.append([f"{cc}|{name}", f"{lat:.{DECIMALS}f}", f"{lon:.{DECIMALS}f}",
                    admin1, admin2, str(len(agree))])
    return out, left


def render(rows: list[list[str]]) -> str:
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["key", "lat", "lon", "admin1", "admin2", "rows"])
    writer.writerows(rows)
    return out.getvalue()


def _derive(data: Path, index: Path) -> str:
    found, skipped = read_locations(data, read_codes(index))
    rows, left = derive(found)
    for reason, n in sorted((skipped + left).items()):
        print(f"left out {n}: {reason}", file=sys.stderr)
    return render(rows)


def main(argv: list[str] | None = None) -> int:
    return run(__doc__.splitlines()[0], DEFAULT_OUT, _derive, argv)


if __name__ == "__main__":
    sys.exit(main())
