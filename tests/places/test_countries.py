"""The countries an article is about, most cited first."""

from __future__ import annotations

import pytest

from sitrep.places.countries import article_countries
from sitrep.places.mentions import find_mentions
from sitrep.records import Article, Entity

pytestmark = pytest.mark.gazetteer


def countries(gazetteer, text: str, *marked: tuple[str, str], dateline=(),
              groups=()) -> tuple[str, ...]:
    art = Article(text=text)
    at = 0
    for phrase, label in marked:
        start = text.index(phrase, at)
        art.entities.append(Entity(phrase, start, start + len(phrase), label))
        at = start + len(phrase)
    art.dateline_places = [gazetteer.lookup(name)[0].to_place(name, -1, -1, "dateline@1")
                           for name in dateline]
    return article_countries(gazetteer, art, list(find_mentions(text, art.entities, gazetteer)),
                             groups)


def test_countries_and_demonyms_named_in_the_text_count(gazetteer):
    assert countries(gazetteer, "The Lebanese army said clashes killed two.",
                     ("Lebanese", "NORP")) == ("LB",)


def test_the_dateline_counts_twice(gazetteer):
    found = countries(gazetteer, "Russia said Ukraine attacked.", ("Russia", "GPE"),
                      ("Ukraine", "GPE"), dateline=["Kyiv"])
    assert found[0] == "UA" and set(found) == {"UA", "RU"}


def test_ambiguous_names_say_nothing(gazetteer):
    assert countries(gazetteer, "Clashes in Tripoli.", ("Tripoli", "GPE")) == ()


def test_a_country_that_shares_its_name_with_a_region_is_not_counted_by_name(gazetteer):
    assert "GE" not in countries(gazetteer, "Storms hit Georgia.", ("Georgia", "GPE"))


def test_an_armed_groups_home_country_settles_a_village_of_namesakes(gazetteer):
    text = "Gunmen of the group attacked Kasinga village, killing two farmers."
    assert countries(gazetteer, text, ("Kasinga", "GPE")) == ()
    assert countries(gazetteer, text, ("Kasinga", "GPE"), groups=("CD",)) == ("CD",)


def test_a_group_counts_only_where_one_of_the_namesakes_lies(gazetteer):
    text = "Militants attacked Kasinga village, killing two farmers."
    assert countries(gazetteer, text, ("Kasinga", "GPE"), groups=("ML",)) == ()


def test_a_place_that_tells_its_country_beats_the_groups_home(gazetteer):
    assert countries(gazetteer, "Militants attacked a bus in Kenya.", ("Kenya", "GPE"),
                     groups=("SO",)) == ("KE",)


def test_a_region_known_only_by_another_name_tells_no_country(gazetteer):
    # "Amara" is Ethiopia's Amhara by another name, and Iraq's Al Amarah by a third
    assert countries(gazetteer, "Bombs went off in Amara.", ("Amara", "GPE")) == ()
    assert countries(gazetteer, "Protests in Amhara.", ("Amhara", "GPE")) == ("ET",)
