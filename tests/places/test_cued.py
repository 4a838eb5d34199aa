"""Town names the entity model missed, read from the locative word before them."""

from __future__ import annotations

import pytest

from sitrep.places.cued import cued_mentions
from sitrep.places.mentions import Mention
from sitrep.records import Entity

pytestmark = pytest.mark.gazetteer


def cued(gazetteer, text: str, *marked: tuple[str, str], doc=None,
         taken: tuple[Mention, ...] = ()) -> list[tuple[str, str]]:
    entities = []
    for phrase, label in marked:
        start = text.index(phrase)
        entities.append(Entity(phrase, start, start + len(phrase), label))
    return [(text[m.start:m.end], m.name)
            for m in cued_mentions(text, entities, gazetteer, doc, taken)]


def test_an_untagged_town_after_in_is_a_mention(gazetteer):
    assert cued(gazetteer, "Herders and farmers fought in Taveta overnight.") == [
        ("Taveta", "Taveta")]


def test_a_town_tagged_as_a_person_or_an_organisation_is_a_mention(gazetteer):
    text = "Two men were shot near Taveta and a shop burnt at Moyale."
    assert cued(gazetteer, text, ("Taveta", "PERSON"), ("Moyale", "ORG")) == [
        ("Taveta", "Taveta"), ("Moyale", "Moyale")]


def test_a_trailing_unit_word_stays_in_the_span_but_not_in_the_name(gazetteer):
    assert cued(gazetteer, "Crowds gathered in Taveta Town on Sunday.",
                ("Taveta Town", "PERSON")) == [("Taveta Town", "Taveta")]


@pytest.mark.parametrize("text, marked", [
    ("Gunmen raided a shop at Moyale Police station.", None),   # a building's name
    ("She studied at Taveta College for a year.", None),
    ("He spoke at Taveta's town hall.", None),                   # an owner
    ("Protesters gathered at Donald Trump's hotel.", ("Donald Trump", "PERSON")),
    ("A crowd booed at Donald Trump.", ("Donald Trump", "PERSON")),  # "Donald" is a town
])
def test_a_name_that_is_more_than_a_town_is_no_mention(gazetteer, text, marked):
    assert cued(gazetteer, text, *([marked] if marked else [])) == []


@pytest.mark.parametrize("text, marked", [
    ("Nothing happened in Taveta that week.", ("Taveta", "GPE")),   # a place: its own mention
    ("They met in Christmas week.", ("Christmas", "DATE")),          # a time
    ("The bill was passed in Parliament.", None),                    # a common word
    ("Talks were held in Jordan.", None),                            # a country, not a town
    ("Troops deployed in Borno.", None),                             # a region, not a town
    ("Men were seen in Xqzwv Yyrtq.", None),                         # no such place
    ("A drone was found in the fields of Taveta.", None),            # no cue right before it
])
def test_other_names_after_a_cue_are_no_mentions(gazetteer, text, marked):
    assert cued(gazetteer, text, *([marked] if marked else [])) == []


def test_a_name_another_mention_covers_is_left_to_it(gazetteer):
    text = "Clashes erupted in Taveta again."
    start = text.index("Taveta")
    taken = (Mention(start, start + 6, "Taveta", False, "GPE"),)
    assert cued(gazetteer, text, taken=taken) == []


def test_words_that_are_not_proper_nouns_are_no_mentions(gazetteer, nlp):
    text = "Police fired in Taveta. She works in Reading rooms."
    assert cued(gazetteer, text) == [("Taveta", "Taveta"), ("Reading", "Reading")]
    assert cued(gazetteer, text, doc=nlp(text)) == [("Taveta", "Taveta")]  # "Reading": a verb
