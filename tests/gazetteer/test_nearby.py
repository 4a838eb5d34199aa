"""Towns near a point, votes, towns by name."""

from __future__ import annotations

import random

from sitrep.gazetteer.nearby import TownGrid, majority, towns_by_key
from sitrep.gazetteer.rows import OWN, PlaceRow
from sitrep.places.distance import distance_km


def town(pid, lat, lon, cc="UA", fcode="PPL"):
    return PlaceRow(pid, f"t{pid}", lat, lon, cc, None, None, fcode, 0, None)


def test_nearest_agrees_with_a_search_of_every_town():
    rng = random.Random(7)
    towns = [town(i, rng.uniform(44, 60), rng.uniform(20, 40)) for i in range(1500)]
    grid = TownGrid(towns)
    for _ in range(300):
        lat, lon = rng.uniform(45, 59), rng.uniform(21, 39)
        best = min(towns, key=lambda t: (distance_km(lat, lon, t.lat, t.lon), t.id))
        assert grid.nearest(lat, lon) is best


def test_nearest_keeps_to_the_country_and_the_distance_asked():
    grid = TownGrid([town(1, 50.0, 30.0, "UA"), town(2, 50.0, 30.2, "BY")])
    assert grid.nearest(50.0, 30.19).id == 2
    assert grid.nearest(50.0, 30.19, "UA").id == 1
    assert grid.nearest(50.0, 30.19, "UA", within_km=5) is None
    assert grid.nearest(50.0, 30.19, "RU") is None


def test_regions_are_not_towns():
    grid = TownGrid([town(1, 50.0, 30.0, fcode="ADM2")])
    assert grid.nearest(50.0, 30.0) is None


def test_majority_breaks_ties_the_same_way_whatever_the_order():
    assert majority(["b", "a", "b"]) == "b"
    assert majority(["b", "a"]) == majority(["a", "b"]) == "a"
    assert majority([]) is None


def test_towns_by_key_lists_the_countrys_towns_by_id():
    places = {3: town(3, 50, 30), 1: town(1, 51, 31), 2: town(2, 52, 32, "RU"),
              4: town(4, 50, 30, fcode="ADM2")}
    names = {("pisky", 3): OWN, ("pisky", 1): OWN, ("pisky", 2): OWN, ("pisky", 4): OWN}
    assert [t.id for t in towns_by_key(places, names, "UA")["pisky"]] == [1, 3]
