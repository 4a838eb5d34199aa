"""The places ACLED codes events at that the other sources lack, from a reference table.

``gazetteer/acled_places`` (derived by ``train/acled_places.py`` from the locations of
ACLED's training rows) lists villages, camps and quarters by country with their point
and ACLED's admin1 and admin2 names: "Kikuku" in Nord-Kivu, "Wondo" in Burkina
Faso's Sahel. An entry whose name the index already gives a town of its country
within :data:`_SAME_TOWN_KM` is left to that town (but a district's namesake town is
added: ACLED codes "in Gangaw" at the town, not the township's middle); the others
are added as towns with no known population. Both are marked
:data:`~.rows.ACLED_PLACE`: among namesakes, a place ACLED codes events at weighs as a
sizeable town (:mod:`.ranking`), so "Beni" is the Congolese town, not Bolivia's
department, even where the article names no country. Each lies in the index's admin1
region that ACLED's admin1 name stands for
(:func:`~sitrep.places.acled_names.acled_admin1`), else under ACLED's name. A name
with a bracketed other name ("Hissa-e-Awal (Khinj)") is found by each, and ACLED's
part of a city ("Mogadishu-Hodan") by its own name too, as reports call it ("in
Hodan"). An entry named
like a country or admin1 region of its country that no town there carries ("Somali")
is left to the region.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .. import reference
from ..places.acled_names import acled_admin1
from ..places.distance import distance_km
from .index_file import add_name
from .names import normalize
from .rows import ACLED_IDS, ACLED_PLACE, ALTERNATE, OWN, Names, PlaceRow

__all__ = ["add_acled_places"]

#: A town of the same name this near is the same place (km).
_SAME_TOWN_KM = 15.0
#: A city part's city must lie this near it (km).
_CITY_KM = 25.0
_BRACKET = re.compile(r"\s*\(([^)]*)\)\s*")
#: ACLED's part of a city: "Mogadishu-Hodan", "Baghdad - Karkh", "Cape Town - Khayelitsha".
_CITY_PART = re.compile(r"(?P<city>[^-]+?)(?:\s+-\s+|-)(?P<part>[A-Z][^-]+)")


def _keys(name: str) -> list[tuple[str, int]]:
    """The name's keys: the whole name, then without and inside its brackets."""
    keys = [(normalize(name), OWN)]
    inner = _BRACKET.search(name)
    if inner:
        keys += [(normalize(_BRACKET.sub(" ", name)), OWN), (normalize(inner.group(1)), ALTERNATE)]
    return [(k, kind) for k, kind in keys if k and k.isascii()]


def add_acled_places(places: dict[int, PlaceRow], names: Names,
                     table: Iterable[dict[str, str]] | None = None) -> dict[str, int]:
    """Add the places of ``table`` (default: the reference table) that the index lacks to
    ``places`` and ``names``; return counts."""
    counts: Counter[str] = Counter()
    towns = _towns(places, names)
    regions = _regions(places)
    named = _region_names(places)
    rows = reference.table("gazetteer/acled_places") if table is None else table
    for n, row in enumerate(rows, start=1):
        cc, _, name = row["key"].partition("|")
        keys = _keys(name)
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError):
            counts["no_point"] += 1
            continue
        if not cc or not keys:
            counts["not_latin"] += 1
            continue
        same = [t for key, _ in keys for t in towns.get((cc, key), ())
                if distance_km(t.lat, t.lon, lat, lon) <= _SAME_TOWN_KM]
        if same:
            for town in same:
                town.flags |= ACLED_PLACE
            counts["in_index"] += 1
            continue
        if any((cc, key) in named for key, _ in keys):
            counts["region_name"] += 1  # "Somali": the region, whose seat has its own name
            continue
        pid = ACLED_IDS - n
        acled = row.get("admin1") or ""
        admin1, a1 = regions.get(cc, {}).get(acled, (acled or None, None))
        places[pid] = PlaceRow(
            id=pid, name=name, lat=lat, lon=lon, cc=cc, admin1=admin1,
            admin2=row.get("admin2") or None, fcode="PPL", pop=0, a1=a1, flags=ACLED_PLACE)
        for key, kind in keys:
            add_name(names, key, pid, kind)
        part = _city_part(name, cc, lat, lon, towns)
        if part and (cc, part) not in named:
            add_name(names, part, pid, OWN)
            counts["city_part"] += 1
        counts["added"] += 1
    return dict(counts)


def _city_part(name: str, cc: str, lat: float, lon: float,
               towns: dict[tuple[str, str], list[PlaceRow]]) -> str | None:
    """The key of a city part's own name ("Hodan" of "Mogadishu-Hodan") when the name
    before it is a town of the country nearby; a compass part ("Washington DC -
    Northwest") has no name of its own."""
    match = _CITY_PART.fullmatch(name)
    if match is None:
        return None
    part = normalize(match.group("part"))
    compass = reference.words("nlp/compass_words")
    if len(part) < 3 or not part.isascii() or any(w in compass for w in part.split()):
        return None
    city = towns.get((cc, normalize(match.group("city"))), ())
    return part if any(distance_km(t.lat, t.lon, lat, lon) <= _CITY_KM for t in city) \
        else None


def _towns(places: dict[int, PlaceRow], names: Names) -> dict[tuple[str, str], list[PlaceRow]]:
    """(country code, normalised name) -> the towns that carry the name."""
    out: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for key, pid in names:
        row = places.get(pid)
        if row is not None and row.cc and row.fcode.startswith("PPL"):
            out[(row.cc, key)].append(row)
    return out


def _region_names(places: dict[int, PlaceRow]) -> set[tuple[str, str]]:
    """(country code, normalised name) of every country and admin1 region."""
    out = set()
    for row in places.values():
        if row.cc and row.fcode in ("ADM1", "PCLI"):
            out.add((row.cc, normalize(row.name)))
        if row.cc and row.admin1:
            out.add((row.cc, normalize(row.admin1)))
    return out


def _regions(places: dict[int, PlaceRow]) -> dict[str, dict[str, tuple[str, str | None]]]:
    """Country code -> ACLED's admin1 name -> the index's name and code of that region,
    so that an added place lies in the region the index's other places name."""
    out: dict[str, dict[str, tuple[str, str | None]]] = {}
    for pid in sorted(places):
        row = places[pid]
        if row.cc and row.admin1 and row.a1:
            acled = acled_admin1(row.cc, row.admin1) or row.admin1
            out.setdefault(row.cc, {}).setdefault(acled, (row.admin1, row.a1))
    return out
