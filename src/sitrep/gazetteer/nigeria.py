"""Nigerian towns and villages, from the ``ng-address-toolkit`` package.

``ng-address-toolkit/data/towns.json`` (0.1.5) lists 53,192 towns with their
state, LGA and a position. Most share their position with other towns of their
ward: such a point is the ward's, not the town's, and is marked approximate.
A town already in cities500 under the same name within
:data:`_SAME_TOWN_KM` is left to cities500. A state's admin1 is the one most of
its towns' nearest cities500 towns have; the LGA is the admin2.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..places.distance import distance_km
from .admin import ascii_name
from .index_file import add_name
from .names import normalize
from .nearby import TownGrid, majority, towns_by_key
from .rows import APPROXIMATE, NIGERIA_IDS, OWN, Names, PlaceRow
from .sources import package_file

__all__ = ["NigerianTown", "nigeria_files", "read_nigerian_towns", "add_nigeria"]

#: A cities500 town of the same name this near is the same town.
_SAME_TOWN_KM = 15.0
#: A cities500 town this near votes for its state's admin1.
_VOTE_KM = 50.0


@dataclass(frozen=True, slots=True)
class NigerianTown:
    name: str
    lat: float
    lon: float
    state: str  # two-letter state code ("BO")
    lga: str | None  # the LGA's name ("Maiduguri")
    record: int  # 1-based position in towns.json, for messages and ids


def nigeria_files() -> tuple[Path, Path]:
    """``towns.json`` and ``lgas.json`` in the installed ``ng-address-toolkit`` package."""
    return (package_file("ng-address-toolkit", "ng-address-toolkit/data/towns.json"),
            package_file("ng-address-toolkit", "ng-address-toolkit/data/lgas.json"))


def _load(path: Path) -> list[Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ResourceError(f"{path} cannot be read ({exc}); reinstall ng-address-toolkit.") \
            from exc
    if not isinstance(data, list):
        raise ResourceError(f"{path} is not a list of records; reinstall ng-address-toolkit.")
    return data


def read_nigerian_towns(towns: Path, lgas: Path, skipped: list[str] | None = None
                        ) -> list[NigerianTown]:
    """The towns in ``towns`` with their LGA names from ``lgas``; records without a name,
    state or position are described in ``skipped``."""
    lga_names = {(r.get("state_code"), r.get("alias")): r.get("name") for r in _load(lgas)
                 if isinstance(r, dict)}
    out = []
    for record, row in enumerate(_load(towns), start=1):
        try:
            town = NigerianTown(" ".join(str(row["name"]).split()), float(row["latitude"]),
                                float(row["longitude"]), str(row["state_code"]),
                                lga_names.get((row["state_code"], row.get("lga_alias"))), record)
        except (KeyError, TypeError, ValueError):
            town = None
        if town is None or not town.name or not town.state:
            if skipped is not None:
                skipped.append(f"{towns.name}, record {record}: no name, state or position")
            continue
        out.append(town)
    return out


def add_nigeria(towns: list[NigerianTown], places: dict[int, PlaceRow], names: Names,
                grid: TownGrid) -> dict[str, int]:
    """Add the towns cities500 lacks to ``places`` and ``names``; return counts."""
    known = towns_by_key(places, names, "NG")
    shared = Counter((t.lat, t.lon) for t in towns)
    states = _state_admin1(towns, grid)
    counts: Counter[str] = Counter()
    for town in towns:
        label = ascii_name(town.name)
        key = normalize(label)
        if not key or not key.isascii():
            counts["not_latin"] += 1
            continue
        if any(distance_km(t.lat, t.lon, town.lat, town.lon) <= _SAME_TOWN_KM
               for t in known.get(key, ())):
            counts["in_cities500"] += 1
            continue
        a1, admin1 = states.get(town.state, (None, None))
        approximate = shared[(town.lat, town.lon)] > 1
        pid = NIGERIA_IDS - town.record
        places[pid] = PlaceRow(
            id=pid, name=label, lat=round(town.lat, 5), lon=round(town.lon, 5), cc="NG",
            admin1=admin1, admin2=ascii_name(town.lga) if town.lga else None, fcode="PPL",
            pop=0, a1=a1, flags=APPROXIMATE if approximate else 0,
        )
        add_name(names, key, pid, OWN)
        counts["added_approximate" if approximate else "added"] += 1
    return dict(counts)


def _state_admin1(towns: list[NigerianTown], grid: TownGrid
                  ) -> dict[str, tuple[str | None, str | None]]:
    votes: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for state, lat, lon in sorted({(t.state, t.lat, t.lon) for t in towns}):
        near = grid.nearest(lat, lon, "NG", _VOTE_KM)
        if near is not None:
            votes[state].append((near.a1, near.admin1))
    return {state: top for state, held in sorted(votes.items())
            if (top := majority(held)) is not None}
