"""The main town of each admin1 region: where ACLED codes an event known only by its region.

ACLED codes an event that its sources place only in a province, state or oblast at
the region's main town, with geo_precision 3 ("in Upper Nile" is coded at Malakal).
The builder writes one main town per ``(country, admin1)`` into the index's
``seats`` table: the region's seat (PPLA), else the capital (PPLC) when it lies in
the region, else its most populous town; derived (approximate) points never serve.

    >>> from sitrep.gazetteer.rows import PlaceRow
    >>> towns = [PlaceRow(1, "Malakal", 9.5, 31.7, "SS", "Upper Nile", None, "PPL", 160_765, None),
    ...          PlaceRow(2, "Renk", 11.8, 32.8, "SS", "Upper Nile", None, "PPL", 20_000, None)]
    >>> main_towns(towns)
    [('SS', 'Upper Nile', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable

from .rows import APPROXIMATE, PlaceRow

__all__ = ["SEATS_SQL", "main_towns"]

#: The main town of one region, as :class:`~.lookup.Gazetteer` reads rows.
SEATS_SQL = ("SELECT p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.fcode, p.pop, "
             "p.flags, 0 FROM seats s JOIN places p ON p.id = s.place "
             "WHERE s.cc = ? AND s.admin1 = ?")

_RANK = {"PPLA": 0, "PPLC": 1}


def main_towns(places: Iterable[PlaceRow]) -> list[tuple[str, str, int]]:
    """``(country code, admin1, town id)`` per region, sorted: a seat before a capital
    before another town, then the more populous, then the lower id."""
    best: dict[tuple[str, str], tuple[int, int, int]] = {}
    for row in places:
        if not row.fcode.startswith("PPL") or not row.cc or not row.admin1 or \
                row.flags & APPROXIMATE:
            continue
        slot = (_RANK.get(row.fcode, 2), -row.pop, row.id)
        key = (row.cc, row.admin1)
        if key not in best or slot < best[key]:
            best[key] = slot
    return sorted((cc, admin1, slot[2]) for (cc, admin1), slot in best.items())
