"""geoBoundaries districts: reading the table and adding the units to the index."""

from __future__ import annotations

from sitrep.gazetteer.districts import Boundary, add_districts, country_codes, read_boundaries
from sitrep.gazetteer.nearby import TownGrid
from sitrep.gazetteer.rows import DISTRICT_IDS, OWN, PlaceRow


def row(pid, name, lat, lon, cc, fcode, a1="XX.01", admin1="North", admin2=None):
    return PlaceRow(pid, name, lat, lon, cc, admin1, admin2, fcode, 0, a1)


def index():
    """Two countries: Sudan with a town and one admin2 region, Chad with a town."""
    places = {
        1: row(1, "Sudan", 15.0, 30.0, "SD", "PCLI", None, None),
        2: row(2, "Chad", 15.0, 19.0, "TD", "PCLI", None, None),
        10: row(10, "Kutum", 14.2, 24.66, "SD", "PPL", "SD.02", "North Darfur", "Kutum"),
        11: row(11, "Abeche", 13.83, 20.83, "TD", "PPL", "TD.01", "Ouaddai"),
        -5: row(-5, "Kutum", 14.0, 24.5, "SD", "ADM2", "SD.02", "North Darfur", "Kutum"),
    }
    names = {("sudan", 1): OWN, ("chad", 2): OWN, ("kutum", 10): OWN, ("abeche", 11): OWN,
             ("kutum", -5): OWN}
    return places, names


def unit(name, lat, lon, country="Sudan", region="Northern Darfur", line=2):
    return Boundary(name, lat, lon, country, region, line)


def test_read_boundaries_keeps_good_rows_and_reports_bad_ones(tmp_path):
    path = tmp_path / "geo-boundaries.csv"
    path.write_text("name,shape_id,lon,lat,admin1,admin2\n"
                    "Kutum,1B2,24.6,14.1,Sudan,North Darfur\n"
                    ",1B3,24.6,14.1,Sudan,North Darfur\n"
                    "Tina,1B4,x,14.1,Sudan,North Darfur\n", encoding="utf-8")
    skipped: list[str] = []
    units = read_boundaries(path, skipped)
    assert [(u.name, u.lat, u.lon, u.country, u.region, u.line) for u in units] == [
        ("Kutum", 14.1, 24.6, "Sudan", "North Darfur", 2)]
    assert skipped == ["geo-boundaries.csv, line 3: no name or position",
                       "geo-boundaries.csv, line 4: no name or position"]


def test_country_codes_by_the_indexs_names_and_the_exceptions_table():
    places, names = index()
    codes = country_codes({"Sudan", "Chad", "Congo", "Atlantis"}, places, names)
    assert codes == {"Sudan": "SD", "Chad": "TD", "Congo": "CG"}


def test_a_unit_takes_the_admin_names_of_its_nearest_town():
    places, names = index()
    counts = add_districts([unit("Um Kadada District", 14.3, 24.9, line=7)], places, names,
                           TownGrid(places.values()))
    added = places[DISTRICT_IDS - 7]
    assert counts == {"added": 1}
    assert (added.name, added.cc, added.a1, added.admin1) == ("Um Kadada", "SD", "SD.02",
                                                              "North Darfur")
    assert added.fcode == "ADM2" and added.admin2 == "Um Kadada" and added.pop == 0
    assert names[("um kadada district", added.id)] == names[("um kadada", added.id)] == OWN


def test_a_unit_filed_under_the_wrong_country_takes_the_country_it_lies_in():
    places, names = index()
    add_districts([unit("Abeche Rural", 13.85, 20.85, country="Sudan", line=9)], places, names,
                  TownGrid(places.values()))
    assert places[DISTRICT_IDS - 9].cc == "TD"
    assert places[DISTRICT_IDS - 9].admin1 == "Ouaddai"


def test_a_unit_that_is_an_admin2_region_moves_it_to_its_centroid():
    places, names = index()
    counts = add_districts([unit("Kutum", 14.1, 24.6)], places, names,
                           TownGrid(places.values()))
    assert counts == {"merged": 1}
    assert (places[-5].lat, places[-5].lon) == (14.1, 24.6)
    assert not any(pid <= DISTRICT_IDS for pid in places)


def test_many_units_per_admin2_region_are_admin3_inside_their_towns_admin2():
    places, names = index()
    units = [unit(f"Unit {i}", 14.2 + i / 100, 24.7, line=10 + i) for i in range(3)]
    add_districts(units, places, names, TownGrid(places.values()))
    added = [places[DISTRICT_IDS - 10 - i] for i in range(3)]
    assert {a.fcode for a in added} == {"ADM3"}
    assert {a.admin2 for a in added} == {"Kutum"}


def test_an_admin3_unit_named_like_its_district_leaves_the_district_where_it_is():
    places, names = index()
    units = [unit("Kutum", 14.1, 24.6, line=20)] + [
        unit(f"Unit {i}", 14.2 + i / 100, 24.7, line=21 + i) for i in range(2)]
    add_districts(units, places, names, TownGrid(places.values()))
    assert (places[-5].lat, places[-5].lon) == (14.0, 24.5)
    assert places[DISTRICT_IDS - 20].fcode == "ADM3"


def test_skipped_countries_get_no_units():
    places, names = index()
    counts = add_districts([unit("Um Kadada", 14.3, 24.9)], places, names,
                           TownGrid(places.values()), skip=frozenset({"SD"}))
    assert counts == {} and len(places) == 5


def border_index():
    """The test index with a Sudanese town near the Chadian border."""
    places, names = index()
    places[12] = row(12, "Forobaranga", 13.45, 21.3, "SD", "PPL", "SD.03", "West Darfur")
    names[("forobaranga", 12)] = OWN
    return places, names


def test_a_unit_much_nearer_a_foreign_town_than_any_of_its_label_is_in_that_country():
    places, names = border_index()  # Abeche (Chad) about 12 km off, Forobaranga 55 km
    add_districts([unit("Abeche Rural", 13.75, 20.9, line=30)], places, names,
                  TownGrid(places.values()))
    assert (places[DISTRICT_IDS - 30].cc, places[DISTRICT_IDS - 30].admin1) == ("TD",
                                                                                "Ouaddai")


def test_a_unit_only_a_little_nearer_a_foreign_town_keeps_its_label():
    places, names = border_index()  # Abeche about 31 km off, Forobaranga about 36 km
    add_districts([unit("Tandalti", 13.62, 21.02, line=31)], places, names,
                  TownGrid(places.values()))
    assert (places[DISTRICT_IDS - 31].cc, places[DISTRICT_IDS - 31].admin1) == (
        "SD", "West Darfur")
