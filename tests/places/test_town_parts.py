"""A town told by one of its parts ("Rutshuru Centre") is that town."""

from __future__ import annotations

import pytest

from sitrep.places.town_parts import town_part_places
from sitrep.records import Entity

pytestmark = pytest.mark.gazetteer


def found(gazetteer, text, name, countries):
    start = text.index(name)
    entity = Entity(name, start, start + len(name), "ORG", "entities@2")
    return [(p.text, p.name, p.country_code)
            for p in town_part_places(text, [entity], [], gazetteer, countries, "places@0")]


def test_a_town_centre_is_the_town(gazetteer):
    text = "The rebels took control of Rutshuru Centre on Saturday."
    assert found(gazetteer, text, "Rutshuru Centre", ["CD"]) == [
        ("Rutshuru Centre", "Rutshuru", "CD")]


@pytest.mark.parametrize("text, name, countries", [
    ("Fighting reached Cape Town on Monday.", "Cape Town", ["ZA"]),  # the whole name is known
    ("The rebels took control of Rutshuru Centre.", "Rutshuru Centre", ["KE"]),  # other country
    ("Talks were held at the Carnegie Library.", "Carnegie Library", ["US"]),  # not a town part
])
def test_other_names_are_no_town_part(gazetteer, text, name, countries):
    assert found(gazetteer, text, name, countries) == []
