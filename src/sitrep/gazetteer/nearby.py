"""Towns near a point, and towns by name, for the builder's added sources.

The sources without admin names that the index can use (geoBoundaries
districts, Nigerian towns, KATOTTG settlements) take them from the cities500
towns around them: :class:`TownGrid` finds the nearest town of a country in a
grid of cells about 17 km wide, and :func:`majority` settles what a group of
points votes for.

    >>> grid = TownGrid([PlaceRow(1, "Sumy", 50.91, 34.80, "UA", "Sumy", None, "PPLA", 0, "UA.21")])
    >>> grid.nearest(50.8, 34.9, "UA").name
    'Sumy'
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from typing import TypeVar

from ..places.distance import distance_km
from .rows import Names, PlaceRow

__all__ = ["TownGrid", "majority", "towns_by_key"]

K = TypeVar("K", bound=Hashable)

#: Cell size in degrees (about 17 km of latitude).
_CELL = 0.15
#: Rings of cells searched around a point before giving up (about 165 km).
_MAX_RINGS = 10


class TownGrid:
    """The towns (PPL… rows with a country) in cells of :data:`_CELL` degrees."""

    def __init__(self, places: Iterable[PlaceRow]) -> None:
        self._cells: dict[tuple[str | None, int, int], list[tuple[float, float, int, PlaceRow]]]
        self._cells = defaultdict(list)
        for row in places:
            if row.fcode.startswith("PPL") and row.cc:
                entry = (row.lat, row.lon, row.id, row)
                self._cells[(None, *_cell(row.lat, row.lon))].append(entry)
                self._cells[(row.cc, *_cell(row.lat, row.lon))].append(entry)

    def nearest(self, lat: float, lon: float, cc: str | None = None,
                within_km: float = math.inf) -> PlaceRow | None:
        """The town (of country ``cc``, if given) nearest to the point, if one lies within
        ``within_km`` and the cells searched (ties go to the lower id)."""
        row0, col0 = _cell(lat, lon)
        squeeze = max(math.cos(math.radians(lat)), 0.1)  # a degree of longitude, in latitude's
        cells = self._cells
        best: tuple[float, int] | None = None
        found: PlaceRow | None = None
        for ring in range(_MAX_RINGS + 1):
            for row in range(row0 - ring, row0 + ring + 1):
                step = 1 if abs(row - row0) == ring else max(2 * ring, 1)
                for col in range(col0 - ring, col0 + ring + 1, step):
                    for t_lat, t_lon, t_id, town in cells.get((cc, row, col), ()):
                        dy, dx = t_lat - lat, (t_lon - lon) * squeeze
                        slot = (dy * dy + dx * dx, t_id)
                        if best is None or slot < best:
                            best, found = slot, town
            reach = ring * _CELL * squeeze
            if best is not None and best[0] <= reach * reach:
                break  # nothing in a further ring can be nearer
        if found is None or distance_km(lat, lon, found.lat, found.lon) > within_km:
            return None
        return found


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor(lon / _CELL)


def majority[K](votes: Iterable[K]) -> K | None:
    """The most common vote (ties broken by the votes' sort order); None without votes."""
    counted = Counter(votes)
    if not counted:
        return None
    top = max(counted.values())
    return sorted((v for v, n in counted.items() if n == top), key=repr)[0]


def towns_by_key(places: dict[int, PlaceRow], names: Names, cc: str) -> dict[str, list[PlaceRow]]:
    """Normalised name -> the towns of country ``cc`` that carry it, by id."""
    out: dict[str, list[PlaceRow]] = defaultdict(list)
    for key, pid in sorted(k for k in names if _is_town(places.get(k[1]), cc)):
        out[key].append(places[pid])
    return out


def _is_town(row: PlaceRow | None, cc: str) -> bool:
    return row is not None and row.cc == cc and row.fcode.startswith("PPL")
