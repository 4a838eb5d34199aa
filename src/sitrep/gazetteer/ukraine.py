"""Ukraine's raions, communities and settlements (KATOTTG), placed on the map.

The codifier (:mod:`.katottg`) names 136 raions, 1,772 communities (hromadas)
and about 29,700 settlements, in Cyrillic and without coordinates. Their points
are derived, per oblast:

1. the oblast's admin1 is the one most of its uniquely named settlements have
   in cities500, and its geoBoundaries region the one holding most of its
   communities' names (the units there are the councils before the 2020 reform);
2. a community takes the centroid of the council unit that carries its name
   (the council of its centre); when several do, the one nearest its villages;
   when none does, the middle of its villages found in cities500 (approximate);
3. a settlement that is in cities500 (by its name, loosely romanised:
   :func:`~.translit.loose_key`) within :data:`_OWN_POINT_KM` of its
   community's point (or, without one, once in its admin1) is that town, which
   gains the national romanisation and the Cyrillic as alternate names;
   otherwise it takes the centroid of the council named after it
   ("Андріївка" -> "Андріївська"), else its community's point: both approximate;
4. a raion takes the middle of its communities' points (approximate), unless the
   index has an admin2 region of that name in its admin1 already.

Names are romanised by the national system (:mod:`.translit`); the Cyrillic
is kept as an alternate name. A community also answers to its centre's name
with a region word ("Andriivka hromada"), a raion likewise ("Bakhmut raion").
"""

from __future__ import annotations

import functools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..places.distance import distance_km
from .districts import Boundary
from .index_file import add_name
from .katottg import SETTLEMENTS, Unit
from .names import normalize
from .nearby import majority, towns_by_key
from .rows import ALTERNATE, APPROXIMATE, OWN, UKRAINE_IDS, WITH_REGION_WORD, Names, PlaceRow
from .translit import adjective_stems, loose_key, romanize

__all__ = ["add_ukraine", "loose_names"]

#: A cities500 town of a settlement's name this near its community's point is the settlement.
_OWN_POINT_KM = 30.0
#: A council named after a settlement must lie this near its community's point.
_COUNCIL_KM = 30.0

Point = tuple[float, float]


def add_ukraine(units: list[Unit], councils: list[Boundary], places: dict[int, PlaceRow],
                names: Names) -> dict[str, int]:
    """Add the KATOTTG entries to ``places`` and ``names`` (see the module docstring);
    ``councils`` are Ukraine's geoBoundaries units. Returns counts of what was done."""
    towns: dict[str, list[PlaceRow]] = defaultdict(list)
    for key, rows in sorted(towns_by_key(places, names, "UA").items()):
        held = towns[loose_key(key)]
        held.extend(r for r in rows if all(r is not h for h in held))
    by_region: dict[str, dict[str, list[Boundary]]] = defaultdict(lambda: defaultdict(list))
    for council in councils:
        by_region[council.region][normalize(council.name)].append(council)
    children: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        if unit.parents:
            children[unit.parents[0]].append(unit)
    existing = {(r.a1, normalize(r.name)) for r in places.values()
                if r.cc == "UA" and r.fcode == "ADM2"}
    counts: Counter[str] = Counter()
    for oblast in (u for u in units if u.category in "OK"):
        members = [oblast, *children[oblast.code]]
        _Oblast(members, towns, by_region, places, names, existing, counts).place()
    return dict(counts)


def loose_names(places: dict[int, PlaceRow], names: Names) -> set[tuple[str, int]]:
    """(loose key, place) for the names of Ukraine's towns, villages and communities whose
    loose key differs from the name's own."""
    out = set()
    for key, pid in names:
        row = places.get(pid)
        if row is None or row.cc != "UA" or not (row.fcode.startswith("PPL")
                                                 or row.fcode == "ADM3"):
            continue
        loose = loose_key(key)
        if loose != key and loose.isascii():
            out.add((loose, pid))
    return out


@functools.lru_cache(maxsize=100_000)
def _key(cyrillic: str) -> str:
    return normalize(romanize(cyrillic))


def _middle(points: Iterable[Point]) -> Point | None:
    pts = list(points)
    if not pts:
        return None
    return (round(statistics.median(p[0] for p in pts), 5),
            round(statistics.median(p[1] for p in pts), 5))


def _nearest[T](items: Iterable[tuple[Point, T]], to: Point, within: float) -> T | None:
    """The item whose point is nearest ``to`` (the first of equals), if within ``within`` km."""
    best: tuple[float, T] | None = None
    for point, item in items:
        km = distance_km(point[0], point[1], to[0], to[1])
        if km <= within and (best is None or km < best[0]):
            best = (km, item)
    return best[1] if best is not None else None


class _Oblast:
    """One oblast (or city with special status) and everything in it."""

    def __init__(self, members: list[Unit], towns: dict[str, list[PlaceRow]],
                 by_region: dict[str, dict[str, list[Boundary]]], places: dict[int, PlaceRow],
                 names: Names, existing: set[tuple[str | None, str]], counts: Counter[str]):
        self.members, self.towns, self.places, self.names = members, towns, places, names
        self.existing, self.counts = existing, counts
        self.settlements = [u for u in members if u.category in SETTLEMENTS]
        self.hromadas = [u for u in members if u.category == "H"]
        self.raions = {u.code: u for u in members if u.category == "P"}
        self.a1, self.admin1 = self._admin1()
        self.councils = self._councils(by_region)

    def _admin1(self) -> tuple[str | None, str | None]:
        votes = []
        for unit in self.settlements:
            found = {(t.a1, t.admin1) for t in self.towns.get(loose_key(_key(unit.name)), ())}
            if len(found) == 1:
                votes.append(found.pop())
        return majority(votes) or (None, None)

    def _councils(self, by_region: dict[str, dict[str, list[Boundary]]]
                  ) -> dict[str, list[Boundary]]:
        keys = [_key(h.name) for h in self.hromadas]
        region = majority(r for k in keys for r in sorted(by_region) if k in by_region[r])
        return by_region[region] if region is not None else {}

    def _own_towns(self, unit: Unit) -> list[PlaceRow]:
        return [t for t in self.towns.get(loose_key(_key(unit.name)), ()) if t.a1 == self.a1]

    def place(self) -> None:
        if self.a1 is None:
            self.counts["oblast_without_admin1"] += 1
            return
        by_hromada: dict[str, list[Unit]] = defaultdict(list)
        for unit in self.settlements:
            by_hromada[unit.parents[-1] if len(unit.parents) > 2 else ""].append(unit)
        points: dict[str, tuple[Point, bool]] = {}
        for hromada in self.hromadas:
            found = self._hromada_point(hromada, by_hromada[hromada.code])
            if found is not None:
                points[hromada.code] = found
                self._add_region(hromada, "ADM3", *found, by_hromada[hromada.code])
        for unit in self.settlements:
            home = points.get(unit.parents[-1]) if len(unit.parents) > 2 else None
            self._place_settlement(unit, home[0] if home else None)
        raion_of = {h.code: h.parents[-1] for h in self.hromadas if h.parents}
        for code, raion in sorted(self.raions.items()):
            middle = _middle(p for h, (p, _) in sorted(points.items()) if raion_of.get(h) == code)
            if middle is not None:
                self._add_region(raion, "ADM2", middle, True, [])

    def _hromada_point(self, hromada: Unit, settlements: list[Unit]) -> tuple[Point, bool] | None:
        """(point, approximate) of a community, or None."""
        own = [towns[0] for u in settlements if len(towns := self._own_towns(u)) == 1]
        cluster = _middle((t.lat, t.lon) for t in own)
        named = self.councils.get(_key(hromada.name), [])
        if len(named) == 1:
            return (named[0].lat, named[0].lon), False
        if named and cluster is not None:
            council = _nearest((((c.lat, c.lon), c) for c in named), cluster, float("inf"))
            if council is not None:
                return (council.lat, council.lon), False
        if cluster is not None:
            self.counts["hromada_from_villages"] += 1
            return cluster, True
        self.counts["hromada_unplaced"] += 1
        return None

    def _place_settlement(self, unit: Unit, home: Point | None) -> None:
        candidates = self._own_towns(unit)
        if home is not None:
            town = _nearest((((t.lat, t.lon), t) for t in candidates), home, _OWN_POINT_KM)
        else:
            town = candidates[0] if len(candidates) == 1 else None
        if town is not None:
            self.counts["settlement_in_cities500"] += 1
            add_name(self.names, _key(unit.name), town.id, ALTERNATE)
            add_name(self.names, normalize(unit.name), town.id, ALTERNATE)
            return
        forms = {_key(stem + "а") for stem in adjective_stems(unit.name)}
        councils = [c for k in sorted(forms) for c in self.councils.get(k, ())]
        if home is not None:
            council = _nearest((((c.lat, c.lon), c) for c in councils), home, _COUNCIL_KM)
        else:
            council = councils[0] if len(councils) == 1 else None
        point = (council.lat, council.lon) if council is not None else home
        if point is None:
            self.counts["settlement_unplaced"] += 1
            return
        where = "council" if council is not None else "hromada"
        self.counts[f"settlement_at_{where}"] += 1
        pid = UKRAINE_IDS - unit.line
        self.places[pid] = PlaceRow(
            id=pid, name=romanize(unit.name), lat=round(point[0], 5), lon=round(point[1], 5),
            cc="UA", admin1=self.admin1, admin2=self._raion_name(unit), fcode="PPL", pop=0,
            a1=self.a1, flags=APPROXIMATE,
        )
        add_name(self.names, _key(unit.name), pid, OWN)
        add_name(self.names, normalize(unit.name), pid, ALTERNATE)

    def _raion_name(self, unit: Unit) -> str | None:
        raion = next((self.raions[c] for c in unit.parents if c in self.raions), None)
        return romanize(raion.name) if raion is not None else None

    def _add_region(self, unit: Unit, fcode: str, point: Point, approximate: bool,
                    settlements: list[Unit]) -> None:
        label = romanize(unit.name)
        if fcode == "ADM2" and (self.a1, normalize(label)) in self.existing:
            self.counts["raion_in_index"] += 1
            return
        pid = UKRAINE_IDS - unit.line
        self.places[pid] = PlaceRow(
            id=pid, name=label, lat=round(point[0], 5), lon=round(point[1], 5), cc="UA",
            admin1=self.admin1, admin2=label if fcode == "ADM2" else self._raion_name(unit),
            fcode=fcode, pop=0, a1=self.a1, flags=APPROXIMATE if approximate else 0,
        )
        self.counts["raion" if fcode == "ADM2" else "hromada"] += 1
        add_name(self.names, normalize(label), pid, OWN)
        add_name(self.names, normalize(unit.name), pid, ALTERNATE)
        ending = "а" if fcode == "ADM3" else "ий"
        pool = settlements or [u for u in self.settlements  # a raion's centre is a town
                               if u.category in "MT" and unit.code in u.parents]
        wanted = normalize(label)
        for centre in pool:  # "Andriivka hromada", "Bakhmut raion"
            if any(_key(stem + ending) == wanted for stem in adjective_stems(centre.name)):
                add_name(self.names, _key(centre.name), pid, WITH_REGION_WORD)
                break
