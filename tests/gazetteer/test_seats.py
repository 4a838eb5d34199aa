"""A region's main town: where an event known only by its region is coded."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.rows import APPROXIMATE, PlaceRow
from sitrep.gazetteer.seats import main_towns
from sitrep.places.distance import distance_km


def town(pid: int, fcode: str, pop: int, admin1: str = "North", flags: int = 0) -> PlaceRow:
    return PlaceRow(pid, f"T{pid}", 1.0, 2.0, "XX", admin1, None, fcode, pop, None, flags)


def test_a_seat_beats_a_bigger_town_and_a_capital_beats_other_towns():
    rows = [town(1, "PPL", 900_000), town(2, "PPLA", 5_000), town(3, "PPLC", 2_000_000, "South"),
            town(4, "PPL", 3_000_000, "South"), town(5, "PPL", 10, "East")]
    assert main_towns(rows) == [("XX", "East", 5), ("XX", "North", 2), ("XX", "South", 3)]


def test_the_most_populous_town_then_the_lower_id_without_a_seat():
    rows = [town(7, "PPL", 100), town(6, "PPL", 100), town(8, "PPL", 50)]
    assert main_towns(rows) == [("XX", "North", 6)]


def test_derived_points_and_regions_never_serve():
    rows = [town(1, "PPL", 0, flags=APPROXIMATE), town(2, "ADM2", 10**6), town(3, "PPL", 1)]
    assert main_towns(rows) == [("XX", "North", 3)]


@pytest.mark.parametrize("cc, admin1, lat, lon", [
    ("SS", "Upper Nile", 9.53, 31.66),   # Malakal
    ("IQ", "Muthanna", 31.33, 45.28),    # As Samawah
    ("RU", "Kursk", 51.73, 36.19),       # Kursk
])
def test_the_index_knows_each_regions_main_town(gazetteer, cc, admin1, lat, lon):
    seat = gazetteer.seat(cc, admin1)
    assert seat is not None and seat.feature_code.startswith("PPL")
    assert (seat.country_code, seat.admin1) == (cc, admin1)
    assert distance_km(seat.latitude, seat.longitude, lat, lon) < 15


def test_an_unknown_region_has_no_main_town(gazetteer):
    assert gazetteer.seat("SS", "Nowhere Province") is None
