"""Deaths told as the cause of another happening give that happening no toll."""

from __future__ import annotations

import pytest

from sitrep.events.causes import cause_span
from sitrep.events.tolls import Toll, assign_counts
from sitrep.records import Count


def at(text: str, figure: str) -> Count:
    start = text.index(figure)
    return Count(figure, start, start + len(figure), 2, 2, None, "killed", None, None)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Traders protested the killing of two hawkers by the police.", "two hawkers"),
        ("Students rioted after the death of a classmate in custody.", "a classmate"),
        ("Riots followed the brutal murder of three farmers.", "three farmers"),
        ("Crowds marched against the lynching of 4 herders.", "4 herders"),
        ("Mourners held a vigil for two men killed last week.", "two men"),
        ("Thousands attended the funeral of five soldiers.", "five soldiers"),
        ("Workers blocked the highway following the death of Kenya Power (KP) employee.",
         "employee"),
    ],
)
def test_deaths_told_as_a_cause_are_found(text, figure):
    count = at(text, figure)
    span = cause_span(count, text, 0)
    assert span is not None
    assert span[1] == count.end
    assert text[span[0]:].split()[0] in ("the", "for", "of")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Gunmen killed two hawkers after the market closed.", "two hawkers"),
        ("The death toll rose to 12 people.", "12 people"),
        ("The attack caused the death of three farmers.", "three farmers"),
        ("Police fired on the crowd, killing 4 herders.", "4 herders"),
        ("Traders protested the killing of two farmers by police who shot 3 more.", "3 more"),
    ],
)
def test_deaths_of_the_happening_itself_are_no_cause(text, figure):
    assert cause_span(at(text, figure), text, 0) is None


TEXT = "Students rioted in the town on Monday after the killing of two classmates."
SENTENCES = [(0, len(TEXT))]


def test_a_riot_over_deaths_gets_no_toll_but_the_killing_itself_keeps_it():
    count = at(TEXT, "two classmates")
    riot = Toll({0}, [TEXT.index("rioted")], "2024-06-03")
    assign_counts([count], [riot], SENTENCES, [0], {0}, {}, TEXT)
    assert riot.counts == []
    killing = Toll({0}, [TEXT.index("killing")], "2024-06-03")
    assign_counts([count], [killing], SENTENCES, [0], {0}, {}, TEXT)
    assert killing.counts == [count]
