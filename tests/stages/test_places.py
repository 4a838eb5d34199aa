"""The places stage on hand-built articles: entities in, resolved places out."""

from __future__ import annotations

import re

import pytest

from sitrep.places.distance import distance_km
from sitrep.records import Article, Entity, Place
from sitrep.stages.base import Work
from sitrep.stages.places import PlacesStage

pytestmark = pytest.mark.gazetteer


km = distance_km


def article(text: str, *marked: tuple[str, str], dateline: list[Place] | None = None) -> Article:
    """An article whose entities are the given (text, label) pairs, found left to right."""
    art = Article(text=text, published="2024-08-12")
    at = 0
    for phrase, label in marked:
        start = text.index(phrase, at)
        art.entities.append(Entity(phrase, start, start + len(phrase), label))
        at = start + len(phrase)
    art.dateline_places = list(dateline or [])
    return art


def run(gazetteer, art: Article) -> list[Place]:
    PlacesStage(gazetteer)(Work(art))
    for place in art.places:
        assert art.text[place.start : place.end] == place.text
        assert place.stage == "places@6"
    return art.places


KURSK = (
    "The Russian president ordered the army to expel Ukrainian units that launched an offensive "
    "into the Kursk region, where Kyiv's forces have seized 28 towns. The president of Ukraine "
    "said Russia had carried out strikes from Kursk into the Sumy region. The governor of "
    "Belgorod said the authorities are evacuating parts of the region."
)
KURSK_ENTITIES = [("Russian", "NORP"), ("Ukrainian", "NORP"), ("Kursk", "GPE"),
                  ("Kyiv's", "GPE"), ("Ukraine", "GPE"), ("Russia", "GPE"), ("Kursk", "GPE"),
                  ("Sumy", "GPE"), ("Belgorod", "GPE")]


@pytest.mark.parametrize(
    "text, feature, admin1, cc, lat, lon",
    [
        ("Kursk region", "ADM1", "Kursk", "RU", 51.6, 36.1),
        ("Kyiv", "PPLC", "Kyiv City", "UA", 50.45, 30.52),
        ("Ukraine", "PCLI", None, "UA", 49.0, 32.0),  # the usual reference point
        ("Kursk", "PPLA", "Kursk", "RU", 51.73, 36.19),
        ("Sumy region", "ADM1", "Sumy", "UA", 50.9, 34.4),
        ("Belgorod", "ADM1", "Belgorod", "RU", 50.7, 37.4),
    ],
)
def test_running_example_places(gazetteer, text, feature, admin1, cc, lat, lon):
    places = run(gazetteer, article(KURSK, *KURSK_ENTITIES))
    found = [p for p in places if p.text == text]
    assert found, [p.text for p in places]
    place = found[0]
    assert (place.feature_code, place.admin1, place.country_code) == (feature, admin1, cc)
    assert km(place.latitude, place.longitude, lat, lon) < 50


def located(places: list[Place]) -> list[Place]:
    """The places that may locate an event (no demonyms, no dateline)."""
    return [p for p in places if p.role is None]


def test_demonyms_are_qualifiers_not_locations(gazetteer):
    places = run(gazetteer, article(KURSK, *KURSK_ENTITIES))
    qualifiers = [(p.text, p.country_code, p.role) for p in places if p.role is not None]
    assert qualifiers == [("Russian", "RU", "qualifier"), ("Ukrainian", "UA", "qualifier")]
    assert [p.text for p in located(places)] == ["Kursk region", "Kyiv", "Ukraine", "Russia",
                                                 "Kursk", "Sumy region", "Belgorod"]


def test_possessive_is_left_out_of_the_span(gazetteer):
    [place] = run(gazetteer, article("Kyiv's forces advanced.", ("Kyiv's", "GPE")))
    assert (place.text, place.start, place.end, place.name) == ("Kyiv", 0, 4, "Kyiv")


@pytest.mark.parametrize(
    "text, entity, span, admin1",
    [
        ("Shelling hit the Donetsk province overnight.", "Donetsk", "Donetsk province", "Donetsk"),
        ("Drones struck Kursk Oblast on Monday.", "Kursk", "Kursk Oblast", "Kursk"),
        ("Troops massed in Borno state.", "Borno", "Borno state", "Borno"),
    ],
)
def test_region_word_grows_the_span_and_gives_the_region(gazetteer, text, entity, span, admin1):
    [place] = run(gazetteer, article(text, (entity, "GPE")))
    assert (place.text, place.feature_code, place.admin1) == (span, "ADM1", admin1)


def test_plain_name_without_region_word_is_the_town(gazetteer):
    [place] = run(gazetteer, article("Shelling hit Donetsk overnight.", ("Donetsk", "GPE")))
    assert (place.feature_code, place.admin1, place.country_code) == ("PPLA", "Donetsk", "UA")


@pytest.mark.parametrize(
    "text, marked",
    [
        ("Strikes hit the Kursk and Belgorod regions.", [("Kursk", "GPE"), ("Belgorod", "GPE")]),
        ("Belgorod's governor said two were hurt.", [("Belgorod's", "GPE")]),
        ("The governor of Belgorod said two were hurt.", [("Belgorod", "GPE")]),
    ],
)
def test_region_context_gives_the_region_without_growing_the_span(gazetteer, text, marked):
    places = run(gazetteer, article(text, *marked))
    assert [p.text for p in places] == [re.sub("'s$", "", m[0]) for m in marked]
    assert all(p.feature_code == "ADM1" and p.country_code == "RU" for p in places)


def test_dateline_country_settles_an_ambiguous_name(gazetteer):
    beirut = gazetteer.lookup("Beirut")[0]
    dateline = [beirut.to_place("Beirut", -1, -1, "dateline@1")]
    [place] = run(gazetteer, article("Clashes in Tripoli killed two.", ("Tripoli", "GPE"),
                                     dateline=dateline))
    assert (place.country_code, place.country) == ("LB", "Lebanon")


def test_a_far_more_prominent_place_beats_the_context_country(gazetteer):
    kyiv = gazetteer.lookup("Kyiv")[0]
    dateline = [kyiv.to_place("Kyiv", -1, -1, "dateline@1")]
    [place] = run(gazetteer, article("Talks in Paris stalled.", ("Paris", "GPE"),
                                     dateline=dateline))
    assert place.country_code == "FR"


def test_demonym_in_the_text_settles_an_ambiguous_name(gazetteer):
    text = "The Lebanese army said clashes in Tripoli killed two."
    places = run(gazetteer, article(text, ("Lebanese", "NORP"), ("Tripoli", "GPE")))
    assert [(p.text, p.country_code) for p in located(places)] == [("Tripoli", "LB")]
    assert run(gazetteer, article("Clashes in Tripoli.", ("Tripoli", "GPE")))[0].country == "Libya"


@pytest.mark.parametrize(
    "text, marked, cc, admin1",
    [("Police in Moscow, Idaho, said so.", [("Moscow", "GPE"), ("Idaho", "GPE")], "US", "Idaho"),
     ("Fighting near Paris, Texas.", [("Paris", "GPE"), ("Texas", "GPE")], "US", "Texas")],
)
def test_place_followed_by_its_region_is_found_inside_it(gazetteer, text, marked, cc, admin1):
    first = run(gazetteer, article(text, *marked))[0]
    assert (first.text, first.country_code, first.admin1) == (marked[0][0], cc, admin1)


def test_facility_resolves_to_its_leading_place_name(gazetteer):
    text = "A missile hit Kramatorsk railway station."
    [place] = run(gazetteer, article(text, ("Kramatorsk railway station", "FAC")))
    assert (place.text, place.admin1, place.country_code) == ("Kramatorsk", "Donetsk", "UA")


@pytest.mark.parametrize(
    "text, marked",
    [("They fled over the summer.", [("the summer", "GPE")]),
     ("Talks in Narnia Ffoo stalled.", [("Narnia Ffoo", "GPE")]),
     ("Russians and Palestinians marched.", [("Russians", "NORP"), ("Palestinians", "NORP")]),
     ("Reuters reported it.", [("Reuters", "ORG")])],
)
def test_non_places_are_skipped(gazetteer, text, marked):
    assert run(gazetteer, article(text, *marked)) == []


def test_norp_that_names_a_big_place_is_a_place(gazetteer):
    [place] = run(gazetteer, article("Shelling hit Belgorod.", ("Belgorod", "NORP")))
    assert (place.country_code, place.admin1) == ("RU", "Belgorod")


def test_district_of_a_city_is_the_city(gazetteer):
    text = "Bombs hit a residential district of Kharkiv on Thursday."
    [place] = run(gazetteer, article(text, ("Kharkiv", "GPE")))
    assert (place.feature_code, place.admin1) == ("PPLA", "Kharkiv")


def test_leading_lowercase_words_are_trimmed(gazetteer):
    text = "Attacks rose across northeast Nigeria's Borno state."
    places = run(gazetteer, article(text, ("northeast Nigeria's", "GPE"), ("Borno", "GPE")))
    assert [(p.text, p.feature_code, p.country_code) for p in places] == [
        ("Nigeria", "PCLI", "NG"), ("Borno state", "ADM1", "NG")]


def test_street_is_not_resolved_to_a_town_of_that_name(gazetteer):
    text = "A shell hit a car on Sovetskaya Street in Shebekino."
    places = run(gazetteer, article(text, ("Sovetskaya Street", "FAC"), ("Shebekino", "GPE")))
    assert [(p.text, p.admin1) for p in located(places)] == [("Shebekino", "Belgorod")]
    # the street is a site of the town the report is about, at the town's point
    [street] = [p for p in places if p.role == "site"]
    town = located(places)[0]
    assert (street.text, street.geonameid, street.approximate) == ("Sovetskaya Street", None, True)
    assert (street.latitude, street.longitude, street.admin1) == (town.latitude, town.longitude,
                                                                  "Belgorod")


def test_obscure_namesake_abroad_is_skipped(gazetteer):
    text = "Malian soldiers died near Boni in the Mopti region."
    places = run(gazetteer, article(text, ("Malian", "NORP"), ("Boni", "GPE"), ("Mopti", "GPE")))
    # not Bonn, once called Boni: the Malian village ACLED codes events at
    assert [(p.text, p.country_code) for p in located(places)] == [("Boni", "ML"),
                                                                    ("Mopti region", "ML")]


@pytest.mark.parametrize(
    "text, entity, span, cc",
    [("Russia state media said so.", "Russia", "Russia", "RU"),
     ("Fighting near al Fashir went on.", "al Fashir", "al Fashir", "SD")],
)
def test_span_keeps_name_particles_and_skips_state_after_a_country(gazetteer, text, entity, span,
                                                                  cc):
    [place] = run(gazetteer, article(text, (entity, "GPE")))
    assert (place.text, place.country_code) == (span, cc)


@pytest.mark.parametrize(
    "text, marked, expected",
    [
        # "Country's Town": the town is looked for inside the country
        ("Shelling hit Ukraine's Gorlovka overnight.", [("Ukraine", "GPE"), ("Gorlovka", "GPE")],
         [("Ukraine", "Ukraine", "UA"), ("Gorlovka", "Horlivka", "UA")]),
        # a list of countries is no "town, region" pair ("China" in Japan is a hamlet)
        ("Officials in Mexico, China, Japan and Ukraine reported cases.",
         [("Mexico", "GPE"), ("China", "GPE"), ("Japan", "GPE"), ("Ukraine", "GPE")],
         [("Mexico", "Mexico", "MX"), ("China", "China", "CN"), ("Japan", "Japan", "JP"),
          ("Ukraine", "Ukraine", "UA")]),
        # a region's other names: Donbas and the separatist republics are the oblasts
        ("Separatists of the Donetsk People's Republic and the LPR fought in Donbas.",
         [("the Donetsk People's Republic", "GPE"), ("LPR", "GPE"), ("Donbas", "GPE")],
         [("Donetsk People's Republic", "Donetsk", "UA"), ("LPR", "Luhansk", "UA"),
          ("Donbas", "Donetsk", "UA")]),
        # "Georgia" next to Atlanta is the state, not the country
        ("Officials in Atlanta, Georgia said the storm hit Georgia and Florida.",
         [("Atlanta", "GPE"), ("Georgia", "GPE"), ("Georgia", "GPE"), ("Florida", "GPE")],
         [("Atlanta", "Atlanta", "US"), ("Georgia", "Georgia", "US"),
          ("Georgia", "Georgia", "US"), ("Florida", "Florida", "US")]),
        # ... and the country next to Tbilisi
        ("Russian troops entered Georgia, and Tbilisi protested.",
         [("Russian", "NORP"), ("Georgia", "GPE"), ("Tbilisi", "GPE")],
         [("Georgia", "Georgia", "GE"), ("Tbilisi", "Tbilisi", "GE")]),
    ],
)
def test_places_resolve_with_their_context(gazetteer, text, marked, expected):
    places = run(gazetteer, article(text, *marked))
    assert [(p.text, p.name, p.country_code) for p in located(places)] == expected


@pytest.mark.parametrize(
    "text, marked, name, feature",
    [
        ("EU ministers met in Brussels.", ("EU", "ORG"), "European Union", "RGN"),
        ("Aid flowed to Europe and the Middle East.", ("Europe", "LOC"), "Europe", "CONT"),
        ("Aid flowed to Europe and the Middle East.", ("the Middle East", "LOC"), "Middle East",
         "RGN"),
        ("A drone was downed over the Black Sea.", ("the Black Sea", "LOC"), "Black Sea", "SEA"),
    ],
)
def test_world_regions_are_places_without_a_country(gazetteer, text, marked, name, feature):
    places = run(gazetteer, article(text, marked))
    found = [p for p in places if p.name == name]
    assert found, [(p.text, p.name) for p in places]
    assert (found[0].feature_code, found[0].country_code, found[0].country) == (feature, None,
                                                                                 None)
    assert found[0].latitude is not None and found[0].geonameid != 0


def test_an_organisation_that_is_no_area_stays_out(gazetteer):
    places = run(gazetteer, article("NATO and the UN met in Kyiv.", ("NATO", "ORG"),
                                    ("UN", "ORG"), ("Kyiv", "GPE")))
    assert [p.text for p in places] == ["Kyiv"]


@pytest.mark.parametrize(
    "text, marked, span, name, admin1, cc, lat, lon",
    [
        ("Yemeni officials said strikes hit Hodeidah port and Sanaa.",
         [("Yemeni", "NORP"), ("Hodeidah", "GPE"), ("Sanaa", "GPE")],
         "Hodeidah", "Al Hudaydah", "Al Hudaydah", "YE", 14.80, 42.95),
        ("Syrian forces shelled Deir el-Zour and Aleppo overnight.",
         [("Syrian", "NORP"), ("Deir el-Zour", "GPE"), ("Aleppo", "GPE")],
         "Deir el-Zour", "Deir-ez-Zor", "Deir ez Zor", "SY", 35.34, 40.14),
        ("A drone struck a car in Nabatieh, a town in south Lebanon.",
         [("Nabatieh", "GPE"), ("Lebanon", "GPE")],
         "Nabatieh", "Nabatiye et Tahta", "Nabatieh", "LB", 33.38, 35.48),
        ("Somali troops retook villages in the Hiran region, officials in Somalia said.",
         [("Somali", "NORP"), ("Hiran", "GPE"), ("Somalia", "GPE")],
         "Hiran region", "Hiraan", "Hiraan", "SO", 4.1, 45.4),
        ("Tanks entered Deir al-Balah in central Gaza.",
         [("Deir al-Balah", "GPE"), ("Gaza", "GPE")],
         "Deir al-Balah", "Dayr al Balah", "Gaza Strip", "PS", 31.42, 34.35),
    ],
)
def test_places_outside_ukraine_resolve_to_the_town_with_acled_admin1(
        gazetteer, text, marked, span, name, admin1, cc, lat, lon):
    places = {p.text: p for p in run(gazetteer, article(text, *marked))}
    place = places[span]
    assert (place.name, place.admin1, place.country_code) == (name, admin1, cc)
    assert km(place.latitude, place.longitude, lat, lon) < 25


@pytest.mark.parametrize(
    "text, marked",
    [("Hamas and Hezbollah fighters clashed with troops in Rafah.",
      [("Hamas", "ORG"), ("Hezbollah", "GPE"), ("Rafah", "GPE")]),
     ("The Tatmadaw and JNIM were blamed; al-Shabaab denied it in Mogadishu.",
      [("Tatmadaw", "GPE"), ("JNIM", "GPE"), ("al-Shabaab", "GPE"), ("Mogadishu", "GPE")])],
)
def test_armed_groups_are_never_places(gazetteer, text, marked):
    places = run(gazetteer, article(text, *marked))
    assert [p.text for p in places] == [marked[-1][0]]
