"""Rules for short, headline-style reports: running totals, places that name actors,
proxy forces and their names."""

from __future__ import annotations

import pytest

from sitrep.events.actors import ActorRef, actor_of, name_actor
from sitrep.events.locate import is_locative
from sitrep.events.proxies import backer_of, rebel_name
from sitrep.events.totals import is_running_total, running_totals
from sitrep.figures.coded import read_coded
from sitrep.records import Count, Place

pytestmark = pytest.mark.model


def _count(text: str, figure: str) -> Count:
    start = text.index(figure)
    return Count(figure, start, start + len(figure), 1, 1, None, "killed", None, None)


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(name, start, start + len(name), name, 1, 50.0, 30.0, "UA", "Ukraine", None,
                 None, "PPLC", 1000)


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("Over 200 people killed in DPR in shelling since year beginning - ombudsman.",
         "Over 200 people", True),
        ("Ukrainian attacks killed 11 militiamen over past month.", "11 militiamen", True),
        ("Five servicemen were killed over the past week, the army said.", "Five servicemen",
         True),
        ("72 Ukrainian soldiers killed in Russia's war this year.", "72 Ukrainian soldiers",
         True),
        ("The death toll from the war has risen to 13,000.", "13,000", True),
        ("Three civilians were killed in shelling on Monday.", "Three civilians", False),
        ("Ukraine death toll rises to 28: ministry.", "28", False),
        ("Two militiamen killed over past 24 hours.", "Two militiamen", False),
        ("Both sides are blamed for a long conflict that has left more than 900 dead.",
         "more than 900 dead", True),
        ("The insurgency, which has killed 4,000 people, goes on.", "4,000 people", True),
        ("The raid that killed 7 farmers was blamed on bandits.", "7 farmers", False),
    ],
)
def test_running_totals_are_told_from_one_events_toll(nlp, text, figure, expected):
    doc = nlp(text)
    assert is_running_total(doc, _count(text, figure)) is expected


def test_a_stated_coding_is_the_events_toll_not_a_running_total(nlp):
    text = "Two mines killed 15 and then 17 troops. Fatalities coded as 32 in total."
    [coded] = read_coded(text, "counts@1")
    assert running_totals(nlp(text), [coded]) == set()
    plain = "Mines killed 32 troops in total this month."
    assert running_totals(nlp(plain), [_count(plain, "32 troops")]) == {plain.index("32")}


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Kiev forces shell DPR 25 times.", "Kiev", False),
        ("Militiaman killed as Kiev troops shell DPR settlements.", "Kiev", False),
        ("Kyiv's forces have seized 28 towns.", "Kyiv", False),
        ("Ten Kiev military killed in attempt to attack positions.", "Kiev", False),
        ("Russia-led forces violate ceasefire.", "Russia", False),
        ("Six Ukraine soldiers killed in separatist east: Kiev.", "Kiev", False),
        ("Donetsk set to raise the issue at Minsk peace talks.", "Minsk", False),
        ("Two civilians were killed in Kyiv on Monday.", "Kyiv", True),
        ("A shell hit a bus station in Donetsk.", "Donetsk", True),
    ],
)
def test_places_that_name_an_actor_or_a_source_are_no_locations(nlp, text, name, expected):
    assert is_locative(nlp(text), _place(text, name)) is expected


def _head(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, head, backer",
    [
        ("Russia-led forces shelled the town.", "forces", "RU"),
        ("Pro-Russian rebels shelled the town.", "rebels", "RU"),
        ("Moscow-backed separatists attacked the village.", "separatists", "RU"),
        ("Ukrainian forces shelled the town.", "forces", None),
        ("Russian troops shelled the town.", "troops", None),
    ],
)
def test_backer_of_reads_led_backed_and_pro(nlp, gaz, text, head, backer):
    doc = nlp(text)
    assert backer_of(_head(doc, head), gaz) == backer


@pytest.mark.parametrize(
    "text, head, date, expected",
    [
        ("Russia-led forces shelled the town.", "forces", "2019-03-01",
         ("NAF: Novorossiya Armed Forces", 2)),
        ("Pro-Russian separatists shelled the town.", "separatists", "2015-02-01",
         ("NAF: Novorossiya Armed Forces", 2)),
        ("Rebels shelled the town.", "Rebels", "2015-02-01", ("NAF: Novorossiya Armed Forces", 2)),
        ("Two DPR militiamen were killed.", "militiamen", "2018-05-01",
         ("Novorossiya: Donetsk People's Republic", 2)),
        ("Rebels shelled the town.", "Rebels", "2024-02-01",
         ("Unidentified Armed Group (Ukraine)", 2)),
    ],
)
def test_separatists_in_ukraine_are_named_by_the_documented_convention(nlp, gaz, text, head,
                                                                       date, expected):
    ref = actor_of(_head(nlp(text), head), gaz)
    assert ref is not None and ref.country in (None, "UA")
    assert name_actor(ref, date, "UA", gaz) == expected


@pytest.mark.parametrize(
    "country, date, expected",
    [("UA", "2014-04-06", None), ("UA", "2014-04-07", ("NAF: Novorossiya Armed Forces", 2)),
     ("UA", "2022-02-24", None), ("SY", "2015-01-01", None)],
)
def test_rebel_name_covers_only_its_country_and_years(country, date, expected):
    assert rebel_name(country, date) == expected


def test_rebels_elsewhere_are_an_unidentified_rebel_group(gaz):
    assert name_actor(ActorRef("rebels"), "2020-01-01", "SY", gaz) == (
        "Unidentified Armed Group (Syria)", 2)


@pytest.mark.parametrize("text, total", [
    ("Four people were killed in the week of February 25-March 3 in Beni.", False),
    ("Forty people were killed in the week, officials said.", True),
])
def test_a_named_week_is_no_tally_but_the_week_is(text, total):
    from sitrep.events.totals import TOTAL_CUES

    assert bool(TOTAL_CUES.search(text)) is total
