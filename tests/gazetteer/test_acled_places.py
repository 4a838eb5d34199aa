"""ACLED's places added to the index from the reference table, on small made-up tables."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.acled_places import add_acled_places
from sitrep.gazetteer.rows import ACLED_IDS, ACLED_PLACE, ALTERNATE, OWN, PlaceRow


def entry(name, lat, lon, admin1="Nord-Kivu", admin2="Beni", cc="CD"):
    return {"key": f"{cc}|{name}", "lat": str(lat), "lon": str(lon), "admin1": admin1,
            "admin2": admin2, "rows": "3"}


@pytest.fixture
def index():
    beni = PlaceRow(1, "Beni", 0.49, 29.47, "CD", "North Kivu", "Beni", "PPL", 230_000,
                    "CD.19")
    return {1: beni}, {("beni", 1): OWN}


def test_a_village_the_index_lacks_is_added_in_the_index_region_acled_names(index):
    places, names = index
    counts = add_acled_places(places, names, [entry("Kikuku", -0.95, 29.12)])
    assert counts == {"added": 1}
    kikuku = places[ACLED_IDS - 1]
    assert (kikuku.name, kikuku.cc, kikuku.admin1, kikuku.a1, kikuku.admin2, kikuku.fcode,
            kikuku.pop) == ("Kikuku", "CD", "North Kivu", "CD.19", "Beni", "PPL", 0)
    assert names[("kikuku", kikuku.id)] == OWN


def test_a_town_the_index_has_nearby_under_that_name_is_not_added_twice(index):
    places, names = index
    far = entry("Beni", 3.0, 25.0, admin1="Bas-Uele", admin2="Aketi")  # another Beni
    counts = add_acled_places(places, names, [entry("Beni", 0.50, 29.46), far])
    assert counts == {"in_index": 1, "added": 1}
    assert ACLED_IDS - 1 not in places and places[ACLED_IDS - 2].admin1 == "Bas-Uele"


def test_a_bracketed_other_name_finds_the_place_too(index):
    places, names = index
    add_acled_places(places, names, [entry("Hissa-e-Awal (Khinj)", 35.43, 69.74,
                                           "Panjshir", "Khinj", "AF")])
    pid = ACLED_IDS - 1
    assert names[("hissa e awal", pid)] == OWN and names[("khinj", pid)] == ALTERNATE
    assert places[pid].admin1 == "Panjshir"  # no index region of that name: ACLED's own


def test_rows_without_a_point_or_a_latin_name_are_counted_not_added(index):
    places, names = index
    bad = entry("Nowhere", 0, 0)
    bad["lat"] = ""
    counts = add_acled_places(places, names, [bad, entry("Тест", 1.0, 29.0)])
    assert counts == {"no_point": 1, "not_latin": 1}
    assert set(places) == {1}


@pytest.mark.gazetteer
def test_the_built_index_finds_a_village_only_acled_names(gazetteer):
    found = gazetteer.lookup("Kikuku", country_codes=["CD"])
    assert found and found[0].country_code == "CD"
    assert found[0].admin1 == "North Kivu" and found[0].latitude < 0  # the index's name


def test_a_district_namesake_town_is_added_beside_the_district(index):
    places, names = index
    places[2] = PlaceRow(2, "Gangaw", 22.3, 94.0, "MM", "Magway", "Gangaw", "ADM2", 0, None)
    names[("gangaw", 2)] = OWN
    counts = add_acled_places(places, names, [entry("Gangaw", 22.17, 94.13, "Magway",
                                                    "Gangaw", "MM")])
    assert counts == {"added": 1} and places[ACLED_IDS - 1].fcode == "PPL"


def test_a_town_the_index_has_is_marked_and_a_region_name_is_left_to_the_region(index):
    places, names = index
    places[3] = PlaceRow(3, "Somali", 7.0, 44.0, "ET", "Somali", None, "ADM1", 0, "ET.07")
    counts = add_acled_places(places, names, [entry("Beni", 0.50, 29.46),
                                              entry("Somali", 9.3, 42.8, "Somali", "", "ET")])
    assert counts == {"in_index": 1, "region_name": 1}
    assert places[1].flags & ACLED_PLACE and not places[3].flags & ACLED_PLACE


def test_a_city_part_is_found_by_its_own_name_but_not_a_compass_part():
    mogadishu = PlaceRow(1, "Mogadishu", 2.04, 45.34, "SO", "Banaadir", None, "PPLC", 2_500_000,
                         "SO.02")
    places, names = {1: mogadishu}, {("mogadishu", 1): OWN}
    counts = add_acled_places(places, names, [
        entry("Mogadishu-Hodan", 2.03, 45.31, "Banadir", "Banadir", "SO"),
        entry("Mogadishu - Northeast", 2.06, 45.36, "Banadir", "Banadir", "SO"),
        entry("Afgooye-Lafoole", 2.10, 45.10, "Lower Shabelle", "Afgooye", "SO")])
    assert counts == {"added": 3, "city_part": 1}
    assert names[("hodan", ACLED_IDS - 1)] == OWN
    assert not any(key in ("northeast", "lafoole") for key, _ in names)
