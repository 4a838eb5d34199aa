"""Choosing an article's namesakes together: qualifiers, one sense per name, coherence."""

from __future__ import annotations

from sitrep.gazetteer.lookup import Candidate
from sitrep.places.joint import Choice, fits_inside, settle

_IDS = iter(range(1, 10_000))


def cand(name: str, code: str, cc: str, admin1: str | None, lat: float, lon: float,
         pop: int = 0, admin2: str | None = None) -> Candidate:
    return Candidate(next(_IDS), name, lat, lon, cc, cc, admin1, admin2, code, pop)


NIGER = cand("Niger", "PCLI", "NE", None, 16.0, 8.0, 22_000_000)
NIGER_STATE = cand("Niger", "ADM1", "NG", "Niger", 10.0, 6.0, 1_300_000)
SHIRORO = cand("Shiroro", "ADM2", "NG", "Niger", 9.9, 6.7, 7_500, "Shiroro")
KHARKIV = cand("Kharkiv", "PPLA", "UA", "Kharkiv", 49.98, 36.25, 1_400_000)
KHARKIV_OBLAST = cand("Kharkiv", "ADM1", "UA", "Kharkiv", 49.6, 36.5, 3_000_000)
ALEX_EG = cand("Alexandria", "PPLA", "EG", "Alexandria", 31.2, 29.9, 5_000_000)
ALEX_VA = cand("Alexandria", "PPL", "US", "Virginia", 38.8, -77.0, 160_000)
ALEX_LA = cand("Alexandria", "PPL", "US", "Louisiana", 31.3, -92.4, 48_000)
LOUISIANA = cand("Louisiana", "ADM1", "US", "Louisiana", 31.0, -92.0, 3_000_000)
PARIS = cand("Paris", "PPLC", "FR", "Ile-de-France", 48.85, 2.35, 2_100_000)
PARIS_AR = cand("Paris", "PPL", "US", "Arkansas", 35.29, -93.73, 3_500)
LONDON = cand("London", "PPLC", "GB", "England", 51.5, -0.12, 8_900_000)
LONDON_AR = cand("London", "PPL", "US", "Arkansas", 35.33, -93.25, 1_000)


def test_a_place_fits_inside_its_country_region_and_district():
    assert fits_inside(SHIRORO, NIGER_STATE)
    assert not fits_inside(SHIRORO, NIGER)
    assert fits_inside(KHARKIV, KHARKIV_OBLAST)
    assert not fits_inside(KHARKIV_OBLAST, KHARKIV_OBLAST)
    assert not fits_inside(ALEX_VA, LOUISIANA)


def test_the_qualifier_chooses_the_state_not_the_country_and_every_mention_follows():
    # "a Niger communal militia attacked Erena (Shiroro LGA, Niger)"
    militia = Choice("Niger", [NIGER, NIGER_STATE], NIGER)
    shiroro = Choice("Shiroro", [SHIRORO], SHIRORO, container=2)
    state = Choice("Niger", [NIGER, NIGER_STATE], NIGER)
    assert settle([militia, shiroro, state]) == [NIGER_STATE, SHIRORO, NIGER_STATE]


def test_the_qualifier_of_an_unknown_place_is_the_region():
    # "shelled near Novomlynsk, Kharkiv": the village is unknown
    village = Choice("Novomlynsk", [], None, container=1)
    region = Choice("Kharkiv", [KHARKIV, KHARKIV_OBLAST], KHARKIV)
    assert settle([village, region]) == [None, KHARKIV_OBLAST]


def test_a_namesake_outside_the_stated_region_is_dropped():
    # "Banmauk Township in Sagaing Region": the only Banmauk known is in India
    banmauk = cand("Banmauk", "ADM3", "IN", "Manipur", 24.8, 93.9, 2_000)
    sagaing = cand("Sagaing", "ADM1", "MM", "Sagaing", 24.5, 95.3, 1_000_000)
    got = settle([Choice("Banmauk", [banmauk], banmauk, container=1),
                  Choice("Sagaing", [sagaing], sagaing)])
    assert got == [None, sagaing]


def test_a_list_of_towns_is_no_qualifier():
    # "After Paris, London is the second destination": not the Arkansas pair
    got = settle([Choice("Paris", [PARIS, PARIS_AR], PARIS, container=1),
                  Choice("London", [LONDON, LONDON_AR], LONDON)])
    assert got == [PARIS, LONDON]


def test_a_namesake_in_a_region_the_article_names_wins():
    alexandria = Choice("Alexandria", [ALEX_EG, ALEX_VA, ALEX_LA], ALEX_VA)
    louisiana = Choice("Louisiana", [LOUISIANA], LOUISIANA)
    assert settle([alexandria, louisiana])[0] == ALEX_LA
    alone = Choice("Alexandria", [ALEX_EG, ALEX_VA, ALEX_LA], ALEX_EG)
    assert settle([alone]) == [ALEX_EG]  # nothing else placed: the default stands


def test_a_city_of_a_million_is_not_displaced_by_a_region_elsewhere():
    alexandria = Choice("Alexandria", [ALEX_EG, ALEX_LA], ALEX_EG)
    louisiana = Choice("Louisiana", [LOUISIANA], LOUISIANA)
    assert settle([alexandria, louisiana])[0] == ALEX_EG


def test_a_small_stray_gives_way_to_the_namesake_near_the_dateline():
    far = cand("Novoselivka", "PPL", "UA", "Crimea", 45.3, 33.6, 900)
    near = cand("Novoselivka", "PPL", "UA", "Chernihiv", 51.4, 31.4, 800)
    chernihiv = cand("Chernihiv", "PPLA", "UA", "Chernihiv", 51.5, 31.3, 290_000)
    village = Choice("Novoselivka", [far, near], far)
    assert settle([village]) == [far]
    village = Choice("Novoselivka", [far, near], far)
    # the country fits already: a namesake in the same country is kept...
    assert settle([village], anchors=[chernihiv]) == [far]
    abroad = cand("Novoselivka", "PPL", "RU", "Kursk", 51.7, 36.1, 900)
    village = Choice("Novoselivka", [abroad, near], abroad)
    # ... one abroad, far from everything the article places, is not
    assert settle([village], anchors=[chernihiv]) == [near]


MOZAMBIQUE = cand("Mozambique", "PCLI", "MZ", None, -18.0, 35.0, 30_000_000)
PALMA_ES = cand("Palma", "PPLA", "ES", "Illes Balears", 39.57, 2.65, 400_000)
PALMA_MZ = cand("Palma", "PPL", "MZ", "Cabo Delgado", -10.77, 40.47, 0)


def test_a_namesake_in_the_articles_country_beats_a_city_abroad():
    palma = Choice("Palma", [PALMA_ES, PALMA_MZ], PALMA_ES)
    country = Choice("Mozambique", [MOZAMBIQUE], MOZAMBIQUE)
    assert settle([country, palma])[1] == PALMA_MZ


def test_a_town_abroad_with_no_namesake_at_home_is_dropped():
    patu = cand("Patu", "PPL", "BR", "Rio Grande do Norte", -6.1, -37.6, 12_000)
    afghanistan = cand("Afghanistan", "PCLI", "AF", None, 33.0, 65.0, 38_000_000)
    daykundi = cand("Daykundi", "ADM1", "AF", "Daykundi", 33.7, 66.0, 500_000)
    got = settle([Choice("Afghanistan", [afghanistan], afghanistan),
                  Choice("Daykundi", [daykundi], daykundi), Choice("Patu", [patu], patu)])
    assert got == [afghanistan, daykundi, None]
    # a country named in passing is no reason to doubt a town ("a show in Clacton")
    got = settle([Choice("Afghanistan", [afghanistan], afghanistan),
                  Choice("Patu", [patu], patu)])
    assert got == [afghanistan, patu]
    assert settle([Choice("Patu", [patu], patu)]) == [patu]  # nothing else placed
