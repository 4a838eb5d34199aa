"""Figures a description states as its own coding."""

from __future__ import annotations

import pytest

from sitrep.events.tolls import total
from sitrep.figures.coded import is_coded, read_coded, read_split
from sitrep.records import Count


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rebels raided a camp. Unknown fatalities coded as 10.", 10),
        ("Troops repelled the attack, heavy losses, coded as 7, on the rebel side.", 7),
        ("12 fatalities split across 3 events, coded as 4.", 4),
        ("The number of deaths was coded as 3 by default.", 3),
        ("Militants overran a post. Unknown fataities coded as 10.", 10),
        ("Two rebels were killed in two days of clashes (recorded as one fatality per day).", 1),
        ("Twelve fatalities occurred over two days (disaggregated as six per day).", 6),
        ("10 fighters died in the raids (coded as five per day).", 5),
        ("31 killed over two days (20 fatalities coded for 3 May, 11 for 4 May).", 20),
        ("Two guards died, and a wounded guard died later (total of 3 fatalities).", 3),
        ("23 fighters and 5 civilians died (total fatalities of 28 coded across 3 events).",
         9),
    ],
)
def test_a_stated_coding_is_a_killed_count(text, value):
    [count] = read_coded(text, "counts@1")
    assert count.category == "killed" and count.value == value
    assert text[count.start:count.end] == count.text and is_coded(count)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes went on for a week. Coded as 8 events.",
        "Fatalities coded as 2 separate events in the same village.",
        "The attacks were coded as 3 events; 20 people were killed.",
        "Two soldiers were killed in the ambush.",
        "The army said a total of 27 fatalities were recorded in the province this month.",
        "Police recorded 5 deaths a day during the unrest.",
    ],
)
def test_events_coded_or_plain_tolls_are_no_stated_coding(text):
    assert read_coded(text, "counts@1") == []


def test_the_stated_coding_is_the_whole_toll():
    text = "8 fatalities were reported. 8 fatalities split across 2 events, coded as 4."
    [coded] = read_coded(text, "counts@1")
    eight = Count("8 fatalities", 28, 40, 8, 8, None, "killed", None, None)
    first = Count("8 fatalities", 0, 12, 8, 8, None, "killed", None, None)
    sentences = [(0, 28), (28, len(text))]
    value, used = total([first, eight, coded], ("killed",), {0}, sentences)
    assert (value, used) == (4, [coded])
    assert total([first, eight], ("killed",), {0}, sentences)[0] == 8


def _killed(text: str, piece: str, value: int) -> Count:
    start = text.index(piece)
    return Count(piece, start, start + len(piece), value, value, None, "killed", None, None)


@pytest.mark.parametrize(
    "text, piece, value, share",
    [
        ("Nine fighters were killed over two days (fatalities split across three events).",
         "Nine fighters", 9, 3),
        ("Police said 25 bandits were killed. Fatalities distributed across 2 events.",
         "25 bandits", 25, 12),
    ],
)
def test_a_split_toll_codes_this_events_share(text, piece, value, share):
    [count] = read_split(text, [_killed(text, piece, value)], "counts@1")
    assert count.value == share and is_coded(count)
    assert text[count.start:count.end] == count.text


def test_a_split_with_no_toll_before_it_or_a_stated_coding_gives_nothing():
    text = "Clashes went on. Fatalities split across 3 events."
    assert read_split(text, [], "counts@1") == []
    text = "6 fatalities split across 2 events, coded as 2."
    counts = [_killed(text, "6 fatalities", 6), *read_coded(text, "counts@1")]
    assert read_split(text, counts, "counts@1") == []
