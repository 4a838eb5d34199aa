"""The time vocabulary: shared month, weekday and number lists plus the time words."""

from __future__ import annotations

from sitrep import reference
from sitrep.time.lexicon import vocabulary


def test_months_and_weekdays_come_from_the_shared_lists():
    words = vocabulary()
    assert words.months["sept"] == 9 and words.months["may"] == 5
    assert words.weekdays["monday"] == 0 and words.weekdays["sunday"] == 6
    assert set(words.weekdays) == reference.words("common/weekdays")
    assert words.month_group.startswith("(january|") and words.month_group.endswith("|dec)")


def test_count_words_take_their_values_from_the_shared_numbers():
    numbers = vocabulary().numbers
    assert numbers["twelve"] == 12 and numbers["thirty"] == 30
    assert numbers["a couple of"] == 2 and numbers["an"] == 1
    assert "thirteen" not in numbers  # not read as a count in "thirteen days ago"


def test_time_words():
    words = vocabulary()
    assert words.holidays["orthodox christmas"] == (1, 7)
    assert words.decades["eighties"] == 8
    assert words.deictic["the day before yesterday"] == -2
    assert words.ordinals["final"] == 4
    assert words.seasons["fall"] == "FA"
    assert "so far" in words.present
