"""A smaller place the article names inside the country or region an event is placed in."""

from __future__ import annotations

from sitrep.events.within import inside, level, smaller_place
from sitrep.records import Place


def _place(name: str, start: int, code: str, cc: str = "AA", admin1: str | None = "North",
           admin2: str | None = None, lat: float = 1.0, lon: float = 1.0) -> Place:
    return Place(text=name, start=start, end=start + len(name), name=name, geonameid=None,
                 latitude=lat, longitude=lon, country_code=cc, country=cc, admin1=admin1,
                 admin2=admin2, feature_code=code, population=None)


COUNTRY = _place("Aland", 0, "PCLI", admin1=None)
PROVINCE = _place("North", 0, "ADM1")
DISTRICT = _place("Hilltop", 0, "ADM2", admin2="Hilltop", lat=1.0, lon=1.0)


def test_levels_order_towns_regions_and_countries():
    assert [level(p) for p in (_place("T", 0, "PPLA"), DISTRICT, PROVINCE, COUNTRY)] == \
        [0, 2, 3, 4]
    assert level(_place("Sea", 0, "SEA")) == 5


def test_a_town_lies_inside_its_province_and_country_not_another():
    town = _place("Ria", 10, "PPL")
    elsewhere = _place("Ria", 10, "PPL", admin1="South")
    assert inside(town, PROVINCE) and inside(town, COUNTRY)
    assert not inside(elsewhere, PROVINCE) and inside(elsewhere, COUNTRY)
    assert not inside(PROVINCE, DISTRICT) and not inside(COUNTRY, PROVINCE)
    assert not inside(_place("Ria", 10, "PPL", cc="BB"), COUNTRY)


def test_a_district_holds_its_towns_by_name_or_by_distance():
    by_name = _place("Kel", 10, "PPL", admin2="Hilltop", lat=3.0, lon=3.0)
    near = _place("Mo", 10, "PPL", admin1="Other spelling", lat=1.1, lon=1.1)
    far = _place("Zo", 10, "PPL", admin1="Other spelling", lat=3.0, lon=3.0)
    assert inside(by_name, DISTRICT) and inside(near, DISTRICT) and not inside(far, DISTRICT)


def test_the_previous_events_place_comes_first_then_the_nearest_in_the_text():
    text = "A" * 50 + "\n" + "B" * 50
    early, late = _place("Early", 5, "PPL"), _place("Late", 60, "PPL")
    assert smaller_place(PROVINCE, [], [early, late], text, anchor=70) is late
    assert smaller_place(PROVINCE, [], [early, late], text, anchor=10) is early
    assert smaller_place(PROVINCE, [early], [late], text, anchor=70) is early
    assert smaller_place(PROVINCE, [], [_place("Away", 60, "PPL", admin1="South")], text,
                         anchor=70) is None


def test_inside_a_region_only_the_paragraphs_places_count_and_not_its_namesake():
    text = "A" * 50 + "\n" + "B" * 50
    other_paragraph = _place("Far", 60, "PPL")
    namesake = _place("North", 20, "PPLA")
    assert smaller_place(PROVINCE, [], [other_paragraph], text, anchor=10) is None
    assert smaller_place(COUNTRY, [], [other_paragraph], text, anchor=10) is other_paragraph
    assert smaller_place(PROVINCE, [], [namesake], text, anchor=10) is None
