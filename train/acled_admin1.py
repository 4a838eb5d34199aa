"""Rebuild ``src/sitrep/data/places/acled_admin1.csv``: ACLED's admin1 names for the index's.

Usage: .venv/bin/python train/acled_admin1.py [--data CSV_GZ] [--index SQLITE] [--out CSV]
       [--check]

Reads the ACLED training descriptions (default ``../shared/data/acled-train/
acled-train.csv.gz`` beside the repository, or ``$SITREP_ACLED_TRAIN``); when the
file is absent it says so and exits 0 ("skipped"). Rows held apart by
:func:`sitrep.evaluation.split.is_held_apart` are never counted.

Each counted row's coded point falls in the place index: the nearest town of the
row's country (matched by ISO number) within :data:`REACH_KM`, GeoNames towns
only (derived points and the places ``train/acled_places.py`` adds are skipped).
That town's admin1 (and admin2) name in the index votes for the row's ACLED
admin1. Then, with :func:`sitrep.gazetteer.nearby.majority` (ties go to the first
name in sort order):

- an index admin1 with at least :data:`MIN_ROWS` votes whose majority ACLED name
  differs from it and holds at least :data:`MIN_SHARE` of its votes gets a row
  ``cc|admin1|``;
- an index admin2 with at least :data:`MIN_ROWS` votes whose majority ACLED name
  differs from what its admin1 already gives and holds :data:`MIN_SHARE` of its
  votes gets a row ``cc|admin1|admin2`` (one province split between two of ACLED's
  regions: Shan's districts, Iraqi Kurdistan's governorates).

Where ACLED renamed a country's regions on a date (``places/acled_admin1_changes``:
Myanmar split Shan and Bago, Nepal's development regions gave way to its
provinces), the rows dated before it and the rows since vote apart, by the name
the rows above give and the admin2: a name, or a district of it, whose era's
majority differs gets a row ``cc|name|admin2|era`` (``era`` "before" or "since";
admin2 empty for the whole region), with the same thresholds.

Rows are written sorted by key, so the same data and index give the same bytes;
``--check`` writes nothing and exits 1 when the committed table differs.
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
from sitrep.gazetteer.nearby import TownGrid, majority
from sitrep.gazetteer.rows import ACLED_IDS, APPROXIMATE, PlaceRow
from sitrep.places.acled_names import change_dates

DEFAULT_OUT = ROOT / "src" / "sitrep" / "data" / "places" / "acled_admin1.csv"
#: The coded point must lie this near a town of the index.
REACH_KM = 25.0
#: Votes a region needs before its name is changed.
MIN_ROWS = 3
#: Share of a region's votes its majority ACLED name needs.
MIN_SHARE = 0.6
_MISSING = frozenset({"", "<NA>", "NA", "nan"})

HEADER = """\
# ACLED's admin1 names where the place index names a region otherwise, by country:
# "North Kivu" is Nord-Kivu, "Jawa Barat" West Java, "Nineveh" Ninewa, and Shan's
# districts are ACLED's Shan-North, Shan-East and Shan-South.
# Derived by train/acled_admin1.py from where the coded points of ACLED's training
# rows (held-apart rows excluded) fall in the index; do not edit by hand, rerun it.
# Applied to every resolved place (sitrep.places.acled_names).
#
# Columns:
#   key     country code, index admin1 and, optionally, index admin2, joined by "|";
#           or, for a country ACLED renamed regions of on a date, its name from the
#           rows above, admin2 (or nothing) and "before" or "since" that date
#   acled   ACLED's admin1 name
"""


def read_towns(index: Path) -> tuple[list[PlaceRow], dict[int, str]]:
    """The index's real towns with an admin1, and its country codes by ISO number."""
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        towns = [PlaceRow(*row) for row in db.execute(
            "SELECT id, name, lat, lon, cc, admin1, admin2, fcode, pop, a1, flags FROM places "
            "WHERE fcode LIKE 'PPL%' AND cc IS NOT NULL AND admin1 IS NOT NULL AND id > ? "
            "ORDER BY id", (ACLED_IDS,))  # not the places ACLED's own locations added
            if not row[10] & APPROXIMATE]
        codes = {int(n): str(c) for c, n in db.execute(
            "SELECT code, iso_numeric FROM countries WHERE iso_numeric IS NOT NULL ORDER BY code")}
    return towns, codes


Era = tuple[str, str, str, str]  # country code, index admin1, index admin2 or "", era


def count_votes(path: Path, grid: TownGrid, codes: dict[int, str]
                ) -> tuple[dict[tuple[str, str], Counter[str]],
                           dict[tuple[str, str, str], Counter[str]], Counter[str],
                           dict[Era, Counter[str]]]:
    """ACLED admin1 names by index admin1, by index admin2 and, in a country that
    renamed its regions, by both and era; skipped rows by reason."""
    by_admin1: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_admin2: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    by_era: dict[Era, Counter[str]] = defaultdict(Counter)
    changes = change_dates()
    skipped: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            key = (row.get("event_id_cnty") or "").strip()
            if not key or is_held_apart(key):
                continue
            reason = ""
            acled = (row.get("admin1") or "").strip()
            try:
                lat, lon = float(row["latitude"]), float(row["longitude"])
                cc = codes.get(int(float(row["iso"])))
            except (KeyError, TypeError, ValueError):
                lat = lon = 0.0
                cc, reason = None, "no point or ISO number"
            if not reason and acled in _MISSING:
                reason = "no admin1"
            elif not reason and cc is None:
                reason = "ISO number unknown to the index"
            town = None if reason else grid.nearest(lat, lon, cc, within_km=REACH_KM)
            if not reason and (town is None or not town.admin1):
                reason = f"no town within {REACH_KM:g} km"
            if reason:
                skipped[reason] += 1
                continue
            assert town is not None and town.admin1 and cc
            by_admin1[(cc, town.admin1)][acled] += 1
            if town.admin2:
                by_admin2[(cc, town.admin1, town.admin2)][acled] += 1
            date = (row.get("event_date") or "").strip()
            if cc in changes and date:
                era = "before" if date < changes[cc] else "since"
                by_era[(cc, town.admin1, town.admin2 or "", era)][acled] += 1
    return by_admin1, by_admin2, skipped, by_era


def _winner(votes: Counter[str]) -> str | None:
    """The majority name, if the region has enough votes and it has enough of them."""
    total = sum(votes.values())
    top = majority(votes.elements())
    if top is None or total < MIN_ROWS or votes[top] < MIN_SHARE * total:
        return None
    return top


def derive(by_admin1: dict[tuple[str, str], Counter[str]],
           by_admin2: dict[tuple[str, str, str], Counter[str]]) -> dict[str, str]:
    """The table's rows: ``"cc|admin1|"`` or ``"cc|admin1|admin2"`` -> ACLED's admin1."""
    table: dict[str, str] = {}
    region_name: dict[tuple[str, str], str] = {}
    for (cc, admin1), votes in sorted(by_admin1.items()):
        top = _winner(votes)
        region_name[(cc, admin1)] = top or admin1
        if top is not None and top != admin1:
            table[f"{cc}|{admin1}|"] = top
    for (cc, admin1, admin2), votes in sorted(by_admin2.items()):
        top = _winner(votes)
        if top is not None and top != region_name.get((cc, admin1), admin1):
            table[f"{cc}|{admin1}|{admin2}"] = top
    return table


def derive_eras(table: dict[str, str], by_era: dict[Era, Counter[str]]) -> dict[str, str]:
    """The era rows: ``"cc|name|admin2|era"`` or ``"cc|name||era"`` -> ACLED's admin1
    in that era, where ``name`` is what ``table`` gives the index's admin1 and admin2."""
    named: dict[tuple[str, str, str, str], Counter[str]] = defaultdict(Counter)
    for (cc, admin1, admin2, era), votes in by_era.items():
        name = (table.get(f"{cc}|{admin1}|{admin2}") if admin2 else None) \
            or table.get(f"{cc}|{admin1}|", admin1)
        named[(cc, name, "", era)] += votes
        if admin2:
            named[(cc, name, admin2, era)] += votes
    rows: dict[str, str] = {}
    for (cc, name, admin2, era), votes in sorted(named.items()):
        top = _winner(votes)
        given = name if not admin2 else rows.get(f"{cc}|{name}||{era}", name)
        if top is not None and top != given:
            rows[f"{cc}|{name}|{admin2}|{era}"] = top
    return rows


def render(table: dict[str, str]) -> str:
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["key", "acled"])
    for key in sorted(table):
        writer.writerow([key, table[key]])
    return out.getvalue()


def _derive(data: Path, index: Path) -> str:
    towns, codes = read_towns(index)
    by_admin1, by_admin2, skipped, by_era = count_votes(data, TownGrid(towns), codes)
    for reason, n in sorted(skipped.items()):
        print(f"skipped {n} rows: {reason}", file=sys.stderr)
    table = derive(by_admin1, by_admin2)
    return render(table | derive_eras(table, by_era))


def main(argv: list[str] | None = None) -> int:
    return run(__doc__.splitlines()[0], DEFAULT_OUT, _derive, argv)


if __name__ == "__main__":
    sys.exit(main())
