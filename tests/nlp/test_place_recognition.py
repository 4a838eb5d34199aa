"""Places the small model misses, merges or hides inside other names, found by
:func:`sitrep.nlp.entities.correct_entities`."""

from __future__ import annotations

import pytest

from sitrep.nlp.entities import correct_entities

pytestmark = pytest.mark.gazetteer


def places(nlp, gazetteer, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in correct_entities(doc, gazetteer) if s.label_ in {"GPE", "LOC"}]


@pytest.mark.parametrize("text, expected", [
    ("The Karnataka Assembly election is to be held in May.", "Karnataka"),
    ("The Butler County Coroner said the man had died.", "Butler County"),
    ("By JILL COLVIN, Associated Press WASHINGTON (AP) — China vowed to fight.", "WASHINGTON"),
])
def test_a_place_inside_an_organisation_or_office_is_found(nlp, gazetteer, text, expected):
    assert expected in places(nlp, gazetteer, text)


@pytest.mark.parametrize("text", [
    "Paris Hilton arrived at the party on Friday.",
    "Jordan Henderson scored twice for the club.",
])
def test_a_person_named_like_a_place_stays_a_person(nlp, gazetteer, text):
    assert places(nlp, gazetteer, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Soldiers opened fire in Robe, Bale, on Tuesday.", ["Robe", "Bale"]),
    ("He raced at Thruxton, Hampshire last year.", ["Thruxton", "Hampshire"]),
])
def test_a_place_and_its_region_merged_into_one_entity_are_cut(nlp, gazetteer, text, expected):
    found = places(nlp, gazetteer, text)
    assert all(name in found for name in expected), found


@pytest.mark.parametrize("text, expected", [
    ("On 21 February, the coalition conducted an air raid on Hayran district (Hajjah).",
     "Hajjah"),
    ("Gunmen attacked Zongon Aya community (Igabi LGA, Kaduna), killing two.", "Igabi"),
    ("CHARLESTON, W.Va. (AP) — A fire killed two people.", "W.Va."),
    ("A fire killed two people in Columbia, Mo. on Monday.", "Mo."),
])
def test_qualifiers_unit_words_and_abbreviations_mark_places(nlp, gazetteer, text, expected):
    assert expected in places(nlp, gazetteer, text)


def test_a_bare_state_abbreviation_is_no_place(nlp, gazetteer):
    assert "Mo." not in places(nlp, gazetteer, "Mo. Salah scored twice on Sunday.")


def test_a_headline_place_and_its_credited_source_are_cut(nlp, gazetteer):
    found = places(nlp, gazetteer, "Shelling kills two in Donetsk - Kyiv")
    assert "Donetsk" in found and "Kyiv" in found


def test_a_place_and_its_bracketed_regions_merged_into_one_organisation_are_cut(nlp, gazetteer):
    found = places(nlp, gazetteer, "Women protested in Owerri (Owerri Municipal, Imo) on Monday.")
    assert "Owerri" in found and "Imo" in found


def test_a_name_before_its_region_is_a_place(nlp, gazetteer):
    text = "On May 7, armed men kidnapped a woman in Kibende, Rutshuru (Nord-Kivu)."
    assert "Rutshuru" in places(nlp, gazetteer, text)


def test_a_person_before_a_title_is_no_place(nlp, gazetteer):
    text = "Jordan Henderson, England captain, scored twice."
    assert "Jordan Henderson" not in places(nlp, gazetteer, text)
