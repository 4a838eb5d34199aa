"""Demonyms used as adjectives and places inside organisations' names, as places with a role."""

from __future__ import annotations

import pytest

from sitrep.places.qualifiers import embedded_places, qualifier_places, region_adjective
from sitrep.records import Entity


def entities(text: str, *marked: tuple[str, str]) -> list[Entity]:
    found, at = [], 0
    for phrase, label in marked:
        start = text.index(phrase, at)
        found.append(Entity(phrase, start, start + len(phrase), label))
        at = start + len(phrase)
    return found


def qualifiers(gazetteer, text, *marked):
    return [(p.text, p.country_code, p.role)
            for p in qualifier_places(text, entities(text, *marked), gazetteer, "places@0")]


@pytest.mark.parametrize(
    "text, demonym, code",
    [("Kenyan police dispersed the crowd.", "Kenyan", "KE"),
     ("The Peruvian army moved north.", "Peruvian", "PE"),
     ("A Norwegian Refugee Council convoy arrived.", "Norwegian", "NO")],
)
def test_a_demonym_before_the_word_it_qualifies_is_its_country(gazetteer, text, demonym, code):
    assert qualifiers(gazetteer, text, (demonym, "NORP")) == [(demonym, code, "qualifier")]


@pytest.mark.parametrize(
    "text, demonym",
    [("Thousands of Kenyans marched.", "Kenyans"),             # the people
     ("The talks were held in Portuguese.", "Portuguese"),     # a language, at a full stop
     ("Officials said the Peruvians were safe.", "Peruvians"),
     ("The Chinese said nothing.", "Chinese"),                 # people, before a verb
     ("Speakers of Dutch and Czech were there.", "Dutch")],    # a language, before "and"
)
def test_people_and_languages_are_no_qualifiers(gazetteer, text, demonym):
    assert qualifiers(gazetteer, text, (demonym, "NORP")) == []


def test_a_region_adjective_names_its_region(gazetteer):
    [(text, code, role)] = qualifiers(gazetteer, "Latin American leaders met.",
                                      ("Latin American", "NORP"))
    assert (text, code, role) == ("Latin American", None, "qualifier")
    assert region_adjective("european") == "Europe"
    assert region_adjective("Tuesday") is None


def test_a_religious_or_political_group_is_no_place(gazetteer):
    assert qualifiers(gazetteer, "Sunni clerics objected.", ("Sunni", "NORP")) == []


def embedded(gazetteer, text, *marked, countries=()):
    return [(p.text, p.name, p.country_code, p.role, text[p.start:p.end] == p.text)
            for p in embedded_places(text, entities(text, *marked), gazetteer, countries,
                                     "places@0")]


def test_a_country_inside_an_organisation_name(gazetteer):
    text = "The Zambia Wildlife Authority closed the park."
    assert embedded(gazetteer, text, ("The Zambia Wildlife Authority", "ORG")) == [
        ("Zambia", "Zambia", "ZM", "embedded", True)]


def test_a_region_inside_an_organisation_name_is_chosen_by_the_article_countries(gazetteer):
    text = "A Georgia Department of Transportation crew cleared the road."
    found = embedded(gazetteer, text, ("Georgia Department of Transportation", "ORG"),
                     countries=("US",))
    assert [(t, cc) for t, _, cc, _, _ in found] == [("Georgia", "US")]


def test_a_possessive_and_a_demonym_inside_an_organisation_name(gazetteer):
    text = "Officials of Canada's Mounted Police and the Brazilian Football Confederation spoke."
    found = embedded(gazetteer, text, ("Canada's Mounted Police", "ORG"),
                     ("the Brazilian Football Confederation", "ORG"))
    assert [(t, cc, ok) for t, _, cc, _, ok in found] == [("Canada", "CA", True),
                                                          ("Brazilian", "BR", True)]


@pytest.mark.parametrize(
    "text, org",
    [("The Zambia Wildlife Authority said so.", "Zambia"),      # the whole name: no place in it
     ("The Food and Drug Administration approved it.", "The Food and Drug Administration"),
     ("The BC Ferries board met.", "The BC Ferries"),           # initials are not read
     ("Acme Widgets Holdings reported a loss.", "Acme Widgets Holdings")],
)
def test_organisations_without_a_well_known_place_give_none(gazetteer, text, org):
    assert embedded(gazetteer, text, (org, "ORG")) == []


def test_only_organisations_are_searched(gazetteer):
    text = "Zambia Smith spoke."
    assert embedded(gazetteer, text, ("Zambia Smith", "PERSON")) == []


@pytest.mark.parametrize(
    "text, expected",
    [("A Chilean court ruled.", [("Chilean", "CL")]),
     ("The North Korean envoy and Danish Prime Minister met.", [("North Korean", "KP"),
                                                               ("Danish", "DK")])],
)
def test_untagged_demonyms_before_a_word_are_qualifiers(gazetteer, text, expected):
    assert qualifiers(gazetteer, text) == [(n, cc, "qualifier") for n, cc in expected]


def test_words_inside_an_entity_are_not_read_again(gazetteer):
    text = "The Chilean Navy sailed."
    assert qualifiers(gazetteer, text, ("The Chilean Navy", "ORG")) == []


def test_the_parse_tells_people_from_qualifiers(gazetteer, nlp):
    text = "The French met the Dutch delegation."
    doc = nlp(text)
    found = [(p.text, p.country_code)
             for p in qualifier_places(text, [], gazetteer, "places@0", doc)]
    assert found == [("Dutch", "NL")]


def test_a_demonym_tagged_as_a_person_and_a_currency_country(gazetteer):
    text = "A Slovak court fined the firm US$40,000 on Monday."
    found = qualifiers(gazetteer, text, ("Slovak", "PERSON"), ("US$40,000", "MONEY"))
    assert found == [("Slovak", "SK", "qualifier"), ("US", "US", "qualifier")]


def test_a_person_whose_surname_is_a_demonym_is_no_place(gazetteer):
    text = "Karim Slovak spoke, and $500 was paid."
    assert qualifiers(gazetteer, text, ("Karim Slovak", "PERSON"), ("$500", "MONEY")) == []


def test_a_county_inside_an_organisation_name(gazetteer):
    text = "The Cuyahoga County Sheriff's Office said so."
    found = embedded(gazetteer, text, ("The Cuyahoga County Sheriff's Office", "ORG"),
                     countries=("US",))
    assert [(t, cc, ok) for t, _, cc, _, ok in found] == [("Cuyahoga County", "US", True)]
