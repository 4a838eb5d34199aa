"""Figures of different sides' dead add up across sentences; restatements do not."""

from __future__ import annotations

from sitrep.events.tolls import total
from sitrep.events.victim_sides import side_of, sides_of
from sitrep.records import Count


def _at(text: str, phrase: str, value: int, subject: str | None) -> Count:
    start = text.index(phrase)
    return Count(phrase, start, start + len(phrase), value, None, None, "killed", subject, None)


def test_side_of_reads_the_last_word_of_the_subject():
    assert side_of(_at("two policemen", "two policemen", 2, "policemen")) == "state"
    assert side_of(_at("3 IPOB militants", "3 IPOB militants", 3, "IPOB militants")) == "armed"
    assert side_of(_at("four villagers", "four villagers", 4, "villagers")) == "civilian"
    assert side_of(_at("five people", "five people", 5, "people")) is None
    assert side_of(_at("a man", "a man", 1, "man")) is None
    assert side_of(_at("12", "12", 12, None)) is None


def test_sides_of_a_sentence_is_unknown_when_any_figure_has_no_side():
    text = "two soldiers and three people"
    soldiers, people = _at(text, "two soldiers", 2, "soldiers"), _at(text, "three people", 3,
                                                                      "people")
    assert sides_of([soldiers]) == frozenset({"state"})
    assert sides_of([soldiers, people]) is None


def test_dead_of_different_sides_in_different_sentences_add_up():
    text = "A soldier was killed in the ambush. Three civilians also died in the crossfire."
    bounds = [(0, 35), (36, len(text))]
    soldier = _at(text, "A soldier", 1, "soldier")
    civilians = _at(text, "Three civilians", 3, "civilians")
    assert total([soldier, civilians], ("killed",), {0, 1}, bounds)[0] == 4


def test_restatements_and_unnamed_dead_still_take_the_smallest_figure():
    text = "Four soldiers were killed in the ambush. The army said three troops died."
    bounds = [(0, 40), (41, len(text))]
    four, three = _at(text, "Four soldiers", 4, "soldiers"), _at(text, "three troops", 3,
                                                                   "troops")
    assert total([four, three], ("killed",), {0, 1}, bounds)[0] == 3
    text = "A soldier was killed in the ambush. Five people died in all."
    bounds = [(0, 35), (36, len(text))]
    soldier, five = _at(text, "A soldier", 1, "soldier"), _at(text, "Five people", 5, "people")
    assert total([soldier, five], ("killed",), {0, 1}, bounds)[0] == 1
