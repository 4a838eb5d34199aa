"""Where an event happened: the most specific place its clause names, and ACLED's precision."""

from __future__ import annotations

import pytest

from sitrep.events.locate import choose_places, geo_precision
from sitrep.records import Place


def place(text: str, name: str, code: str, cc: str, admin1: str | None,
          admin2: str | None = None, at: int = 0) -> Place:
    return Place(name, at, at + len(name), name, 1, 10.0, 7.0, cc, cc, admin1, admin2, code,
                 1000)


@pytest.mark.parametrize("code, near, expected", [
    ("PPL", False, 1), ("PPLA", True, 2), ("ADM2", False, 3), ("ADM1", False, 3),
    ("ADM1", True, 2), ("PCLI", False, 3), ("PCLI", True, 3),
])
def test_geo_precision(code, near, expected):
    assert geo_precision(place("X", "X", code, "NG", "Kaduna"), near) == expected


def _located(nlp, text: str, *specs: tuple[str, str, str | None, str | None]) -> list[str]:
    doc = nlp(text)
    places = []
    for name, code, admin1, admin2 in specs:
        start = text.index(name)
        places.append(Place(name, start, start + len(name), name, 1, 10.0, 7.0, "NG", "Nigeria",
                            admin1, admin2, code, 1000))
    trigger = next(t for t in doc if t.lemma_ in ("attack", "recapture"))
    found = choose_places(trigger, next(doc.sents), places, set(), allow_person_places=False)
    return [f.place.name for f in found]


def test_a_district_in_brackets_beats_its_state(nlp):
    text = "Gunmen attacked Erena community (Shiroro LGA, Niger), killing one resident."
    got = _located(nlp, text, ("Shiroro", "ADM2", "Niger", "Shiroro"),
                   ("Niger", "ADM1", "Niger", None))
    assert got[0] == "Shiroro"


def test_a_town_beats_the_district_it_lies_in(nlp):
    text = "Troops attacked Kagoro in Kaura district on Monday."
    got = _located(nlp, text, ("Kagoro", "PPL", "Kaduna", "Kaura"),
                   ("Kaura", "ADM2", "Kaduna", "Kaura"))
    assert got[0] == "Kagoro"


def test_a_place_in_another_region_does_not_displace_the_best(nlp):
    text = "Gunmen attacked Kaduna state, a day after a raid on Gusau."
    got = _located(nlp, text, ("Kaduna", "ADM1", "Kaduna", None),
                   ("Gusau", "PPLA", "Zamfara", "Gusau"))
    assert got[0] == "Kaduna"


def _where(nlp, text: str, *names: str) -> list[str]:
    doc = nlp(text)
    places = []
    for name in names:
        start = text.index(name)
        places.append(Place(name, start, start + len(name), name, 1, 10.0, 7.0, "ET", "Ethiopia",
                            None, None, "PPL", 1000))
    trigger = next(t for t in doc if t.lemma_ in ("demonstration", "shelling", "kill"))
    found = choose_places(trigger, trigger.sent, places, set(), allow_person_places=False)
    return [f.place.name for f in found]


def test_a_place_after_a_date_and_colon_is_no_credited_source(nlp):
    text = ("8 October 2019: A court decision to postpone hearings sparked street "
            "demonstrations in Bahir Dar.")
    assert _where(nlp, text, "Bahir Dar") == ["Bahir Dar"]


def test_the_source_a_headline_credits_is_no_location(nlp):
    assert _where(nlp, "Two soldiers killed in shelling: Kiev", "Kiev") == []


def test_a_dash_inside_a_place_name_credits_nothing(nlp):
    text = "Two men were killed in shelling in the Adl area of Baghdad - Karkh."
    assert _where(nlp, text, "Baghdad - Karkh") == ["Baghdad - Karkh"]


def test_a_town_whose_region_follows_in_brackets_beats_the_region(nlp):
    text = ("On 12 May 2022, a group of people held a peaceful protest in front of the council "
            "building in Kediri city (East Java province). They demanded a probe.")
    doc = nlp(text)
    places = []
    for name, code in (("Kediri city", "PPL"), ("East Java province", "ADM1")):
        start = text.index(name)
        places.append(Place(name, start, start + len(name), name.split()[0], 1, -7.8, 112.0,
                            "ID", "Indonesia", "East Java", None, code, 1000))
    trigger = next(t for t in doc if t.lemma_ == "protest")
    found = choose_places(trigger, next(doc.sents), places, set(), allow_person_places=False)
    assert found[0].place.name == "Kediri"  # the region is closer to "protest" in the tree


@pytest.mark.parametrize("text, side", [
    ("Rebels attacked Zaria, a major embarrassment for Kaduna.", "Kaduna"),
    ("Rebels attacked Zaria in a blow to Kaduna.", "Kaduna"),
])
def test_a_side_an_outcome_is_judged_for_is_no_location(nlp, text, side):
    got = _located(nlp, text, ("Zaria", "PPL", "Kaduna", None), (side, "PPLA", "Kaduna", None))
    assert got == ["Zaria"]
    alone = _located(nlp, text.replace("Zaria", "the town"), (side, "PPLA", "Kaduna", None))
    assert alone == []


def test_a_place_that_names_an_office_is_not_where_it_happened(nlp):
    text = "The attack in Kano drew condemnation from the Borno governor and Kaduna officials."
    got = _located(nlp, text, ("Kano", "PPLA", "Kano", None),
                   ("Borno", "ADM1", "Borno", None), ("Kaduna", "ADM1", "Kaduna", None))
    assert got == ["Kano"]
    alone = "The attack drew condemnation from the Borno governor."
    assert _located(nlp, alone, ("Borno", "ADM1", "Borno", None)) == []
