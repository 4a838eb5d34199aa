"""Lookups in the real index (built once per machine on first use)."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import open_gazetteer
from sitrep.places.distance import distance_km

pytestmark = pytest.mark.gazetteer


km = distance_km


@pytest.mark.parametrize(
    "name, expected, cc, admin1, lat, lon",
    [
        ("Kiev", "Kyiv", "UA", "Kyiv City", 50.45, 30.52),
        ("Kyiv", "Kyiv", "UA", "Kyiv City", 50.45, 30.52),
        ("Kursk", "Kursk", "RU", "Kursk", 51.73, 36.19),
        ("Moscow", "Moscow", "RU", "Moscow", 55.75, 37.62),
        ("Odessa", "Odesa", "UA", "Odesa", 46.48, 30.73),
        ("Zaporizhzhia", "Zaporizhia", "UA", "Zaporizhia", 47.84, 35.14),
        ("Pokrovsk", "Pokrovsk", "UA", "Donetsk", 48.28, 37.18),
        ("Gaza", "Gaza", "PS", "Gaza Strip", 31.50, 34.47),
        ("al-Fashir", "El Fasher", "SD", "North Darfur", 13.63, 25.35),
        ("Aleppo", "Aleppo", "SY", "Aleppo", 36.20, 37.16),
    ],
)
def test_lookup_finds_the_town_first(gazetteer, name, expected, cc, admin1, lat, lon):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.country_code, best.admin1) == (expected, cc, admin1)
    assert best.feature_code.startswith("PPL")
    assert km(best.latitude, best.longitude, lat, lon) < 5


def test_hyphen_and_space_spellings_match_the_same_town(gazetteer):
    spaced, hyphened = gazetteer.lookup("Kryvyi Rih")[0], gazetteer.lookup("Kryvyi-Rih")[0]
    assert spaced.geonameid == hyphened.geonameid
    assert spaced.admin1 == "Dnipropetrovsk"


@pytest.mark.parametrize(
    "name, admin1, cc, lat, lon",
    [
        ("Kursk region", "Kursk", "RU", 51.6, 36.1),
        ("Kursk Oblast", "Kursk", "RU", 51.6, 36.1),
        ("Sumy region", "Sumy", "UA", 50.9, 34.4),
        ("Belgorod region", "Belgorod", "RU", 50.7, 37.4),
        ("Donetsk province", "Donetsk", "UA", 48.0, 37.8),
        ("Kyiv region", "Kyiv", "UA", 50.3, 30.5),
        ("Moscow region", "Moscow Oblast", "RU", 55.7, 37.6),
        ("Borno State", "Borno", "NG", 11.8, 13.0),
    ],
)
def test_region_word_gives_the_admin1_region_near_its_centre(gazetteer, name, admin1, cc, lat,
                                                             lon):
    best = gazetteer.lookup(name)[0]
    assert best.feature_code == "ADM1"
    assert (best.name, best.admin1, best.country_code) == (admin1, admin1, cc)
    assert km(best.latitude, best.longitude, lat, lon) < 50


@pytest.mark.parametrize("name, admin1", [("North Darfur", "North Darfur"), ("Borno", "Borno"),
                                          ("Crimea", "Crimea"), ("Gaza Strip", "Gaza Strip")])
def test_region_names_without_a_same_named_town_give_the_region(gazetteer, name, admin1):
    best = gazetteer.lookup(name)[0]
    assert (best.feature_code, best.admin1) == ("ADM1", admin1)


@pytest.mark.parametrize(
    "name, code, acled",
    [("Russia", "RU", "Russia"), ("Ukraine", "UA", "Ukraine"), ("Syria", "SY", "Syria"),
     ("DRC", "CD", "Democratic Republic of Congo"), ("Palestine", "PS", "Palestine"),
     ("the US", "US", "United States"), ("Georgia", "GE", "Georgia")],
)
def test_country_names_give_the_country(gazetteer, name, code, acled):
    best = gazetteer.lookup(name)[0]
    assert (best.feature_code, best.country_code, best.name, best.country) == (
        "PCLI", code, acled, acled)
    assert gazetteer.country_for_name(name) == code


def test_country_hint_moves_that_countrys_place_first(gazetteer):
    assert gazetteer.lookup("Moscow")[0].country_code == "RU"
    idaho = gazetteer.lookup("Moscow", country_codes=["US"])[0]
    assert (idaho.country_code, idaho.admin1) == ("US", "Idaho")


def test_best_keeps_a_far_more_prominent_place_over_a_hinted_village(gazetteer):
    assert gazetteer.best("Paris", country_codes=["UA", "RU"]).country_code == "FR"
    assert gazetteer.best("Moscow", country_codes=["RU"]).country_code == "RU"


@pytest.mark.parametrize(
    "code, name, numeric, iso3",
    [("UA", "Ukraine", 804, "UKR"), ("RU", "Russia", 643, "RUS"),
     ("PS", "Palestine", 275, "PSE"), ("CD", "Democratic Republic of Congo", 180, "COD")],
)
def test_country_info_gives_acled_name_and_iso_codes(gazetteer, code, name, numeric, iso3):
    info = gazetteer.country_info(code)
    assert (info.code, info.name, info.iso_numeric, info.iso3) == (code, name, numeric, iso3)


def test_country_as_a_place_lies_inside_the_country(gazetteer):
    ukraine = gazetteer.country("ua")
    assert ukraine.feature_code == "PCLI" and ukraine.admin1 is None
    assert 44 < ukraine.latitude < 53 and 22 < ukraine.longitude < 41


@pytest.mark.parametrize(
    "word, code",
    [("Russian", "RU"), ("Ukrainians", "UA"), ("Israeli", "IL"), ("Palestinians", "PS"),
     ("Sudanese", "SD"), ("Congolese", "CD"), ("Burmese", "MM"), ("Kursk", None)],
)
def test_country_for_demonym(gazetteer, word, code):
    assert gazetteer.country_for_demonym(word) == code


@pytest.mark.parametrize("name, known", [("Kursk", True), ("Belgorod", True), ("Kyiv's", True),
                                         ("Sumy region", True), ("Army", False), ("", False)])
def test_is_place(gazetteer, name, known):
    assert gazetteer.is_place(name) is known


def test_candidate_becomes_a_place_record(gazetteer):
    best = gazetteer.lookup("Sumy region")[0]
    place = best.to_place("Sumy region", 10, 21, "places@1")
    assert (place.text, place.start, place.end, place.stage) == (
        "Sumy region", 10, 21, "places@1")
    assert (place.admin1, place.country, place.feature_code) == ("Sumy", "Ukraine", "ADM1")
    assert place.latitude == best.latitude and place.population == best.population


def test_open_gazetteer_is_cached(gazetteer):
    assert open_gazetteer() is open_gazetteer()


@pytest.mark.parametrize("name", ["Hamas", "West", "Kremlin", "States", "the States"])
def test_names_of_groups_and_generic_words_are_no_places(gazetteer, name):
    assert gazetteer.lookup(name) == []
    assert not gazetteer.is_place(name)


def test_region_word_still_finds_a_region_named_like_a_sea(gazetteer):
    best = gazetteer.lookup("Red Sea state")[0]
    assert (best.feature_code, best.country_code) == ("ADM1", "SD")


@pytest.mark.parametrize(
    "name, cc, lat, lon",
    [
        ("United States", "US", 39.83, -98.58),
        ("Mexico", "MX", 23.0, -102.0),
        ("Russia", "RU", 60.0, 100.0),
        ("China", "CN", 35.0, 105.0),
        ("Ukraine", "UA", 49.0, 32.0),
        ("Canada", "CA", 60.0, -95.0),
    ],
)
def test_countries_sit_at_their_usual_centre(gazetteer, name, cc, lat, lon):
    best = gazetteer.lookup(name)[0]
    assert (best.feature_code, best.country_code) == ("PCLI", cc)
    assert km(best.latitude, best.longitude, lat, lon) < 100


@pytest.mark.parametrize("name", ["US", "U.S.", "USA", "America", "United States of America"])
def test_short_forms_of_the_united_states_are_the_country(gazetteer, name):
    assert gazetteer.country_for_name(name) == "US"


@pytest.mark.parametrize(
    "name, expected, cc, feature",
    [
        ("Iowa", "Iowa", "US", "ADM1"),  # not the village in Louisiana
        ("Vermont", "Vermont", "US", "ADM1"),  # not the suburb of Melbourne
        ("California", "California", "US", "ADM1"),  # not the town in Maryland
        ("Wyoming", "Wyoming", "US", "ADM1"),  # not the town of 75,000 in Michigan
        ("Oklahoma", "Oklahoma", "US", "ADM1"),  # not Oklahoma City
        ("Donetsk", "Donetsk", "UA", "PPLA"),  # a city of 900,000 keeps its oblast's name
        ("Zaporizhzhia", "Zaporizhia", "UA", "PPLA"),
        ("Salisbury", "Salisbury", "GB", "PPL"),  # not Harare, once called Salisbury
        ("Gorlovka", "Horlivka", "UA", "PPL"),  # an old spelling still finds the town
    ],
)
def test_regions_outrank_small_towns_and_own_names_outrank_old_ones(
    gazetteer, name, expected, cc, feature
):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.country_code, best.feature_code) == (expected, cc, feature)


@pytest.mark.parametrize(
    "name, expected, feature, lat, lon",
    [
        ("Europe", "Europe", "CONT", 48.7, 9.1),
        ("Africa", "Africa", "CONT", 7.2, 21.1),
        ("EU", "European Union", "RGN", 49.8, 9.9),
        ("the European Union", "European Union", "RGN", 49.8, 9.9),
        ("Middle East", "Middle East", "RGN", 29.0, 42.0),
        ("Atlantic", "Atlantic Ocean", "OCN", 10.0, -30.0),
        ("Red Sea", "Red Sea", "SEA", 20.0, 38.5),
    ],
)
def test_continents_and_world_regions_have_no_country(gazetteer, name, expected, feature, lat,
                                                      lon):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.feature_code, best.country_code, best.country) == (
        expected, feature, None, None)
    assert km(best.latitude, best.longitude, lat, lon) < 50
    place = best.to_place(name, 0, len(name), "places@1")
    assert (place.country_code, place.admin1) == (None, None)


@pytest.mark.parametrize(
    "name, expected, cc, feature, admin1",
    [
        ("Donbas", "Donetsk", "UA", "ADM1", "Donetsk"),
        ("Donbass", "Donetsk", "UA", "ADM1", "Donetsk"),
        ("DPR", "Donetsk", "UA", "ADM1", "Donetsk"),
        ("Donetsk People's Republic", "Donetsk", "UA", "ADM1", "Donetsk"),
        ("LPR", "Luhansk", "UA", "ADM1", "Luhansk"),
        ("Luhansk People's Republic", "Luhansk", "UA", "ADM1", "Luhansk"),
        ("Gaza Strip", "Gaza Strip", "PS", "ADM1", "Gaza Strip"),
        ("West Bank", "West Bank", "PS", "ADM1", "West Bank"),
        ("Darfur", "Darfur", "SD", "RGN", None),
        ("Eastern Ghouta", "Eastern Ghouta", "SY", "RGN", "Rural Damascus"),
        ("Kurdistan Region", "Kurdistan Region", "IQ", "RGN", None),
    ],
)
def test_conflict_areas_resolve(gazetteer, name, expected, cc, feature, admin1):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.country_code, best.feature_code, best.admin1) == (
        expected, cc, feature, admin1)


@pytest.mark.parametrize(
    "hints, cc, feature",
    [((), "GE", "PCLI"), (("US",), "US", "ADM1"), (("GE", "US"), "GE", "PCLI")],
)
def test_georgia_is_the_state_only_in_a_report_on_the_united_states(gazetteer, hints, cc,
                                                                     feature):
    best = gazetteer.best("Georgia", country_codes=hints)
    assert (best.country_code, best.feature_code) == (cc, feature)


@pytest.mark.parametrize(
    "name, feature, admin1, admin2, cc, lat, lon",
    [
        ("Khan Younis", "PPL", "Gaza Strip", "Khan Yunis", "PS", 31.34, 34.31),
        ("Deir al-Balah", "PPL", "Gaza Strip", "Deir El Balah", "PS", 31.42, 34.35),
        ("Jenin", "PPL", "West Bank", "Jenin", "PS", 32.46, 35.30),
        ("Sanaa", "PPLC", "Amanat al Asimah", None, "YE", 15.35, 44.21),
        ("Taiz", "PPLA", "Taizz", None, "YE", 13.58, 44.02),
        ("Marib", "PPLA", "Marib", None, "YE", 15.46, 45.33),
        ("Afgoye", "PPL", "Lower Shabelle", None, "SO", 2.14, 45.12),
        ("Kismayo", "PPL", "Lower Juba", None, "SO", -0.36, 42.55),
        ("Lower Shabelle region", "ADM1", "Lower Shabelle", None, "SO", 2.2, 44.8),
        ("Jijiga", "PPLA", "Somali", None, "ET", 9.35, 42.80),
    ],
)
def test_admin1_names_follow_acled_outside_ukraine(gazetteer, name, feature, admin1, admin2,
                                                    cc, lat, lon):
    best = gazetteer.best(name)
    assert (best.feature_code.startswith(feature[:3]), best.admin1, best.country_code) == (
        True, admin1, cc)
    if admin2 is not None:
        assert best.admin2 == admin2
    assert km(best.latitude, best.longitude, lat, lon) < 25


@pytest.mark.parametrize(
    "variant, other", [("Deir el-Zour", "Deir ez-Zor"), ("Deir al-Zor", "Dayr az Zawr"),
                       ("Deir el-Balah", "Deir al-Balah"), ("Ras el-Ain", "Ras al-Ain")],
)
def test_arabic_article_spellings_find_the_same_town(gazetteer, variant, other):
    a, b = gazetteer.best(variant), gazetteer.best(other)
    assert a is not None and b is not None
    assert a.geonameid == b.geonameid and a.feature_code.startswith("PPL")


@pytest.mark.parametrize(
    "name, hints, expected, feature, lat, lon",
    [("Hodeidah", ["YE"], "Al Hudaydah", "PPLA", 14.80, 42.95),
     ("Hiran region", ["SO"], "Hiraan", "ADM1", 4.1, 45.4)],
)
def test_unknown_transliteration_matches_by_outline_in_the_articles_countries(
        gazetteer, name, hints, expected, feature, lat, lon):
    best = gazetteer.best(name, country_codes=hints)
    assert (best.name, best.feature_code, best.country_code) == (expected, feature, hints[0])
    assert km(best.latitude, best.longitude, lat, lon) < 25


@pytest.mark.parametrize(
    "name, hints",
    [("Hodeidah", []), ("MSF", ["SY"]), ("Oyegun", ["NG"]), ("Lindenwald", ["US"]),
     ("Houthis", ["YE"])],
)
def test_outline_match_needs_countries_a_major_town_and_no_acronym(gazetteer, name, hints):
    best = gazetteer.best(name, country_codes=hints)
    assert best is None or best.country_code not in hints


@pytest.mark.parametrize(
    "name, feature, admin1", [("Nabatieh", "PPLA", "Nabatieh"), ("Oklahoma", "ADM1", "Oklahoma")],
)
def test_seat_known_by_the_region_name_comes_first_only_if_it_holds_the_region(
        gazetteer, name, feature, admin1):
    best = gazetteer.lookup(name)[0]
    assert (best.feature_code, best.admin1) == (feature, admin1)
