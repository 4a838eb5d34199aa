"""A cluster's own figures, and where its sources disagree."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.clusters.figures import contradictions, describe_bounds, summarise


def _two(member, first, second, field="fatalities"):
    a = member(bounds={"fatalities": (None, None), "injuries": (None, None), field: first})
    b = member(event_id="ev2", article_id="a2", order="2",
               bounds={"fatalities": (None, None), "injuries": (None, None), field: second})
    return [a, b]


@pytest.mark.parametrize(("first", "second", "clash"), [
    ((10, None), (12, 12), False),   # "at least 10" and "12"
    ((12, None), (30, 30), False),   # "dozens" and "30"
    ((16, 24), (23, 23), False),     # "about 20" and "23"
    ((12, 12), (20, 20), True),
    ((32, None), (18, 18), True),    # "at least 32" and "18"
    ((0, 40), (41, 41), True),       # "up to 40" and "41"
])  # fmt: skip
@pytest.mark.parametrize("field", ["fatalities", "injuries"])
def test_figures_clash_only_when_their_bounds_do_not_meet(member, first, second, clash, field):
    found = contradictions(_two(member, first, second, field))
    assert bool(found) is clash
    if clash:
        assert {c.field for c in found} == {field}
        assert [c.value for c in found] == [describe_bounds(*first), describe_bounds(*second)]


def test_a_source_that_states_no_figure_disagrees_with_nobody(member):
    assert contradictions(_two(member, (12, 12), (None, None))) == []


def test_a_contradiction_names_each_claimant_and_article(member):
    found = contradictions(_two(member, (14, 14), (20, 20)))
    assert [(c.article_id, c.claimant, c.value) for c in found] == [
        ("a1", "the governor", "14"), ("a2", "the governor", "20")]


def test_dates_clash_beyond_their_precision_but_not_within_a_day(member):
    a = member(day=date(2024, 3, 11))
    one_day = member(event_id="ev2", article_id="a2", order="2", day=date(2024, 3, 12))
    weekly = member(event_id="ev3", article_id="a3", order="3", day=date(2024, 3, 15),
                    time_precision=2)
    assert contradictions([a, one_day]) == []
    assert {c.field for c in contradictions([a, weekly])} == set()  # a week is ±3 days, a day slack
    far = member(event_id="ev4", article_id="a4", order="4", day=date(2024, 3, 20),
                 time_precision=2)
    assert {c.field for c in contradictions([a, far])} == {"event_date"}
    published = member(event_id="ev5", article_id="a5", order="5", day=date(2024, 3, 20),
                       published_date=True)
    assert contradictions([a, published]) == []


def test_a_blame_dispute_is_an_actor_contradiction_but_a_swapped_reading_is_not(member):
    a = member()
    blame = member(event_id="ev2", article_id="a2", order="2",
                   actor1="Military Forces of Ukraine (2019-)")
    swapped = member(event_id="ev3", article_id="a3", order="3", actor1="Civilians (Ukraine)",
                     actor2="Military Forces of Russia (2000-)")
    unknown = member(event_id="ev4", article_id="a4", order="4",
                     actor1="Unidentified Armed Group (Ukraine)")
    assert [c.value for c in contradictions([a, blame]) if c.field == "actor1"] == [
        "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"]
    assert contradictions([a, swapped]) == []
    assert contradictions([a, unknown]) == []


def test_a_cluster_takes_the_lowest_stated_toll_and_the_most_precise_place(member):
    coarse = member(geo_precision=3, location="Kharkiv region", fatalities=20,
                    bounds={"fatalities": (20, 20), "injuries": (None, None)}, source="B")
    precise = member(event_id="ev2", article_id="a2", order="2", location="Saltivka",
                     fatalities=12, source="A", claimant="police")
    silent = member(event_id="ev3", article_id="a3", order="3", fatalities=0,
                    fatalities_stated=False, bounds={"fatalities": (None, None),
                                                     "injuries": (None, None)}, source="C")
    summary = summarise([coarse, precise, silent])
    assert (summary.location, summary.fatalities) == ("Saltivka", 12)
    assert summary.sources == ("A", "B", "C")
    assert summary.claimants == ("police", "the governor")
    assert summary.n_articles == 3
    assert summarise([silent]).fatalities == 0


@pytest.mark.parametrize(("bounds", "text"), [
    ((12, 12), "12"), ((10, None), "at least 10"), ((0, 40), "up to 40"), ((15, 20), "15-20"),
])  # fmt: skip
def test_bounds_are_described_as_a_reader_would_say_them(bounds, text):
    assert describe_bounds(*bounds) == text
