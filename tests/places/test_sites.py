"""Named sites the gazetteer does not know, placed at the report's home town."""

from __future__ import annotations

from sitrep.places.sites import home_town, site_places
from sitrep.records import Entity, Place


def town(name: str, start: int, lat: float, gid: int, code: str = "PPL",
         role: str | None = None) -> Place:
    return Place(name, start, start + len(name), name, gid, lat, 10.0, "XX", "Xland", None, None,
                 code, 1000, role=role)


def entity(text: str, phrase: str, label: str) -> Entity:
    start = text.index(phrase)
    return Entity(phrase, start, start + len(phrase), label)


def test_the_home_town_is_the_town_named_most():
    places = [town("Alpha", 0, 1.0, 1), town("Beta", 10, 2.0, 2), town("Beta", 20, 2.0, 2),
              town("Gamma", 30, 3.0, 3, code="ADM1")]
    assert home_town(places).name == "Beta"
    assert home_town([town("Gamma", 0, 3.0, 3, code="PCLI")]) is None
    assert home_town([], [town("Delta", -1, 4.0, 4)]).name == "Delta"


def test_an_unknown_street_or_venue_is_placed_at_the_home_town():
    text = "In Beta, a fire broke out on Lantern Street near the Beta Arms Hotel and Grove Arena."
    places = [town("Beta", 3, 2.0, 2)]
    ents = [entity(text, "Lantern Street", "FAC"), entity(text, "Grove Arena", "ORG")]
    found = list(site_places(text, ents, places, [], "places@0"))
    assert [(p.text, p.name, p.latitude, p.geonameid, p.approximate, p.role) for p in found] == [
        ("Lantern Street", "Lantern Street", 2.0, None, True, "site"),
        ("Grove Arena", "Grove Arena", 2.0, None, True, "site")]
    assert all(text[p.start:p.end] == p.text for p in found)


def test_no_site_without_a_site_word_a_home_town_or_when_a_place_covers_it():
    text = "Beta: Acme Holdings and Lantern Street and the Beta Arena."
    beta = town("Beta", 0, 2.0, 2)
    ents = [entity(text, "Acme Holdings", "ORG"), entity(text, "Lantern Street", "PERSON"),
            entity(text, "the Beta Arena", "FAC")]
    covered = town("Beta", text.index("Beta Arena"), 2.0, 2)
    found = list(site_places(text, ents, [beta, covered], [], "places@0"))
    assert [p.text for p in found] == ["Lantern Street"]
    assert list(site_places(text, ents, [], [], "places@0")) == []


def test_only_a_few_words_make_a_site_when_they_lead_the_name():
    text = "In Beta, Park Min-jun visited Rue Lamartine and the Airport Fees Directive office."
    ents = [entity(text, "Park Min-jun", "PERSON"), entity(text, "Rue Lamartine", "FAC"),
            entity(text, "the Airport Fees Directive", "ORG")]
    found = list(site_places(text, ents, [town("Beta", 3, 2.0, 2)], [], "places@0"))
    assert [p.text for p in found] == ["Rue Lamartine"]
