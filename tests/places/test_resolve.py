"""Choosing the place a mention stands for among its namesakes."""

from __future__ import annotations

import pytest

from sitrep.places.mentions import Mention
from sitrep.places.resolve import container, resolve_mention, resolve_mentions

pytestmark = pytest.mark.gazetteer


def mention(text: str, name: str, label: str = "GPE", region: bool = False) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, region, label)


@pytest.mark.parametrize(
    "text, first, second",
    [("Police in Moscow, Idaho, said so.", "Moscow", "Idaho"),
     ("Blahodatne in the Donetsk region fell.", "Blahodatne", "Donetsk"),
     ("Shelling hit Ukraine's Gorlovka.", "Gorlovka", "Ukraine")],
)
def test_container_is_the_place_that_qualifies_another(gazetteer, text, first, second):
    inner, outer = mention(text, first), mention(text, second)
    assert container(gazetteer, text, inner, [inner, outer]) == outer


def test_a_list_of_countries_has_no_container(gazetteer):
    text = "Officials in Mexico, China said so."
    mexico, china = mention(text, "Mexico"), mention(text, "China")
    assert container(gazetteer, text, mexico, [mexico, china]) is None


def test_the_city_of_a_name_is_the_town_not_the_province(gazetteer):
    text = "Strikes hit the city of Nabatieh."
    place = resolve_mention(gazetteer, text, mention(text, "Nabatieh"), ["LB"], stage="t@1")
    assert place is not None and place.feature_code.startswith("PPL")


def test_a_street_is_never_the_leading_place_of_a_facility(gazetteer):
    text = "A shell hit Sovetskaya Street."
    street = mention(text, "Sovetskaya Street", label="FAC")
    assert resolve_mention(gazetteer, text, street, ["RU"], stage="t@1") is None


def test_each_span_resolves_once_and_carries_the_stage(gazetteer):
    text = "Shelling hit Kharkiv overnight."
    kharkiv = mention(text, "Kharkiv")
    places = resolve_mentions(gazetteer, text, [kharkiv, kharkiv], ["UA"], "t@1")
    assert [(p.text, p.country_code, p.stage) for p in places] == [("Kharkiv", "UA", "t@1")]


def _places(gazetteer, text: str, *names: str, countries=()) -> list[tuple[str, str, str]]:
    found = []
    at = 0
    for name in names:
        start = text.index(name, at)
        found.append(Mention(start, start + len(name), name, False, "GPE"))
        at = start + len(name)
    return [(p.text, p.feature_code or "", p.country_code or "")
            for p in resolve_mentions(gazetteer, text, found, countries, "t@1")]


def test_a_qualifier_in_brackets_chooses_the_namesake(gazetteer):
    text = "On 2 June, in Sucre (Chuquisaca), parents staged a demonstration."
    assert _places(gazetteer, text, "Sucre", "Chuquisaca")[0][2] == "BO"


def test_a_district_qualified_by_a_state_makes_the_state_nigerian(gazetteer):
    text = "A Niger militia attacked Erena (Shiroro LGA, Niger), killing one."
    got = _places(gazetteer, text, "Niger", "Shiroro", "Niger")
    assert [(cc, code) for _, code, cc in got][::2] == [("NG", "ADM1"), ("NG", "ADM1")]
    assert got[1][2] == "NG"  # the LGA, or the town ACLED codes its events at


def test_a_stated_state_chooses_the_smaller_namesake(gazetteer):
    text = "A man was shot in Alexandria, Louisiana."
    got = _places(gazetteer, text, "Alexandria", "Louisiana")
    assert got[0] == ("Alexandria", "PPL", "US")
