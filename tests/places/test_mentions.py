"""Which entities name a place, and over which span."""

from __future__ import annotations

import pytest

from sitrep.places.mentions import Mention, find_mentions
from sitrep.records import Entity

pytestmark = pytest.mark.gazetteer


def mentions(gazetteer, text: str, *marked: tuple[str, str]) -> list[Mention]:
    entities = []
    at = 0
    for phrase, label in marked:
        start = text.index(phrase, at)
        entities.append(Entity(phrase, start, start + len(phrase), label))
        at = start + len(phrase)
    return list(find_mentions(text, entities, gazetteer))


@pytest.mark.parametrize(
    "text, entity, name, region",
    [
        ("Drones struck Kursk Oblast on Monday.", "Kursk", "Kursk Oblast", False),
        ("Troops entered Krasnodar krai.", "Krasnodar", "Krasnodar krai", False),
        ("The governor of Belgorod spoke.", "Belgorod", "Belgorod", True),
        ("Belgorod's governor spoke.", "Belgorod's", "Belgorod", True),
        ("Fighting near al Fashir went on.", "al Fashir", "al Fashir", False),
        ("Shelling hit the Donetsk People's Republic.", "the Donetsk People's Republic",
         "Donetsk People's Republic", False),
        ("Russia state media said so.", "Russia", "Russia", False),
    ],
)
def test_spans_grow_over_region_words_and_lose_leading_words(gazetteer, text, entity, name,
                                                             region):
    [mention] = mentions(gazetteer, text, (entity, "GPE"))
    assert (text[mention.start : mention.end], mention.name, mention.region) == (
        name, name, region)


def test_regions_listed_before_a_plural_region_word_mean_regions(gazetteer):
    found = mentions(gazetteer, "Strikes hit the Kursk and Belgorod regions.",
                     ("Kursk", "GPE"), ("Belgorod", "GPE"))
    assert [(m.name, m.region, m.query) for m in found] == [
        ("Kursk", True, "Kursk region"), ("Belgorod", True, "Belgorod region")]


@pytest.mark.parametrize(
    "text, marked",
    [("They fled over the summer.", ("the summer", "GPE")),
     ("Russians marched.", ("Russians", "NORP")),
     ("NATO met.", ("NATO", "ORG")),
     ("Reuters reported it.", ("Reuters", "PERSON"))],
)
def test_people_organisations_and_lowercase_phrases_are_no_mentions(gazetteer, text, marked):
    assert mentions(gazetteer, text, marked) == []


def test_an_organisation_that_is_a_world_region_is_a_mention(gazetteer):
    [mention] = mentions(gazetteer, "Ministers of the EU met.", ("the EU", "ORG"))
    assert (mention.name, mention.label) == ("EU", "ORG")


@pytest.mark.parametrize("text, entity, label", [
    ("The Saudi-led coalition struck Hajjah.", "Saudi", "NORP"),
    ("Russian forces shelled the village.", "Russian", "NORP"),
])
def test_a_demonym_is_never_a_place(gazetteer, text, entity, label):
    assert mentions(gazetteer, text, (entity, label)) == []


@pytest.mark.parametrize("text, entity, name", [
    ("Protesters gathered in Makassar city on Monday.", "Makassar city", "Makassar"),
    ("Fighting broke out in Kyaukme Township.", "Kyaukme Township", "Kyaukme"),
])
def test_a_trailing_local_unit_word_is_left_out_of_the_name(gazetteer, text, entity, name):
    [found] = mentions(gazetteer, text, (entity, "GPE"))
    assert (found.name, text[found.start:found.end]) == (name, entity)


def test_an_unknown_name_keeps_its_unit_word(gazetteer):
    [found] = mentions(gazetteer, "Fighting in Qwzxv Township.", ("Qwzxv Township", "GPE"))
    assert found.name == "Qwzxv Township"


def test_a_state_abbreviation_is_looked_up_as_the_state(gazetteer):
    [found] = mentions(gazetteer, "CAMP MURRAY, Wash. - A soldier said.", ("Wash.", "GPE"))
    assert (found.name, found.region, found.query) == ("Washington", True, "Washington region")


@pytest.mark.parametrize("text, entity, name", [
    ("Militias clashed in Uvira, Sud-Kivu, on Monday.", "Sud", "Sud-Kivu"),
    ("Gunmen attacked a bus in Kasai-Central.", "Central", "Kasai-Central"),
    ("The army arrested miners in the Ennedi-Ouest Region.", "Region", "Ennedi-Ouest Region"),
])
def test_a_name_cut_at_a_hyphen_or_a_lone_region_word_grows_to_the_whole(gazetteer, text,
                                                                         entity, name):
    [mention] = mentions(gazetteer, text, (entity, "GPE"))
    assert text[mention.start : mention.end] == name


def test_a_hyphen_joins_nothing_the_gazetteer_does_not_know(gazetteer):
    text = "Rebels held Beni-Zzyzxqa road."
    [mention] = mentions(gazetteer, text, ("Beni", "GPE"))
    assert text[mention.start : mention.end] == "Beni"


def test_a_region_word_alone_is_no_place(gazetteer):
    assert mentions(gazetteer, "The Region was calm.", ("The Region", "GPE")) == []


@pytest.mark.parametrize(
    "text, name, label",
    [("Kerala signed the accord.", "Kerala", "PERSON"),
     ("Malta voted against the plan.", "Malta", "ORG")],
)
def test_a_person_or_organisation_named_as_a_country_or_region_is_a_place(gazetteer, text, name,
                                                                        label):
    start = text.index(name)
    found = list(find_mentions(text, [Entity(name, start, start + len(name), label)], gazetteer))
    assert [(m.name, m.start, m.end) for m in found] == [(name, start, start + len(name))]


@pytest.mark.parametrize(
    "text, marked",
    [("Michael Jordan scored. Jordan then left.", [("Michael Jordan", "PERSON"),
                                                   ("Jordan", "PERSON")]),
     ("Alice Smith of Acme spoke.", [("Alice Smith", "PERSON"), ("Acme", "ORG")])],
)
def test_people_and_organisations_that_are_no_country_stay_unplaced(gazetteer, text, marked):
    ents, at = [], 0
    for phrase, label in marked:
        start = text.index(phrase, at)
        ents.append(Entity(phrase, start, start + len(phrase), label))
        at = start + len(phrase)
    assert list(find_mentions(text, ents, gazetteer)) == []
