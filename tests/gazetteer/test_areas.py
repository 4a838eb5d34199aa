"""Hand-written areas: world regions, seas, conflict areas and region aliases."""

from __future__ import annotations

from sitrep.gazetteer.areas import area_rows, continent_aliases, hand_written_areas, region_aliases


def test_world_regions_have_no_country_and_conflict_areas_one():
    areas = hand_written_areas()
    assert areas["Middle East"].country is None and areas["Middle East"].fcode == "RGN"
    assert areas["Black Sea"].fcode == "SEA"
    assert areas["Darfur"].country == "SD"
    assert areas["Eastern Ghouta"].admin1 == "SY.08"
    assert areas["European Union"].aliases == ("EU", "E.U.")


def test_area_rows_number_areas_in_table_order_after_the_continents():
    continent = {"geonameid": 6255146, "name": "Africa", "lat": 7.2, "lon": 21.1,
                 "population": 1, "code": "AF"}
    rows = area_rows([continent])
    assert rows[0].names == ("Africa", "African continent")
    assert [r.id for r in rows[1:3]] == [-10_000_001, -10_000_002]
    assert rows[1].name == next(iter(hand_written_areas()))


def test_region_and_continent_aliases():
    assert region_aliases()["Donbas"] == "UA.05"
    assert region_aliases()["LPR"] == "UA.14"
    assert continent_aliases()["EU"] == ("European continent",)
