"""Parts of a larger figure told apart from whole figures (no model)."""

from __future__ import annotations

import pytest

from sitrep.figures.parts import is_part, is_partitive, more_parts
from sitrep.records import Count


def _count(text: str, phrase: str) -> Count:
    start = text.index(phrase)
    return Count(text=phrase, start=start, end=start + len(phrase), value=1, low=None,
                 high=None, category="killed", subject=None, claimant=None, stage="test")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("12 people were killed, including 3 children.", "including 3 children", True),
        ("Among the dead were 3 children.", "3 children", True),
        ("The dead included 3 children.", "3 children", True),
        ("12 people were killed.", "12 people", False),
        ("Gunmen killed 16 of them in the village.", "16 of them", False),
    ],
)
def test_is_part_reads_the_words_that_open_a_part(text: str, phrase: str, expected: bool) -> None:
    assert is_part(_count(text, phrase), text, 0) is expected


def test_is_part_looks_back_only_within_the_sentence() -> None:
    text = "Dozens died, among them soldiers. 12 people were injured."
    count = _count(text, "12 people")
    assert is_part(count, text, 0)
    assert not is_part(count, text, text.index("12 people"))


def test_is_partitive_reads_of_them_and_among_whom() -> None:
    assert is_partitive("four of them") and is_partitive("among whom")
    assert not is_partitive("four children")


def _figure(text: str, phrase: str, value: int, category: str = "killed") -> Count:
    start = text.index(phrase)
    return Count(text=phrase, start=start, end=start + len(phrase), value=value, low=value,
                 high=value, category=category, subject=None, claimant=None, stage="test")


def _at(count: Count) -> tuple[int, int]:
    return count.start, count.end


@pytest.mark.parametrize(
    ("text", "part", "after", "expected"),
    [
        ("At least nine people, including four policemen, one soldier and three militants "
         "were killed.", "including four policemen", "three militants", True),
        # a list goes on only through items that open with a figure
        ("Nine died, including a child, and gunmen later killed three guards.",
         "including a child", "three guards", False),
    ],
)
def test_the_rest_of_a_list_a_marker_opens_is_part_too(text: str, part: str, after: str,
                                                       expected: bool) -> None:
    first, last = _figure(text, part, 1), _figure(text, after, 3)
    found = more_parts([first, last], text, {_at(first)})
    assert found == ({_at(last)} if expected else set())


def test_a_breakdown_in_brackets_is_part_of_the_figure_before_it() -> None:
    text = ("The ambush killed five peacekeepers (four Nepalis and one Ghanaian) and "
            "wounded ten (nine Nepalis and one Ghanaian).")
    five = _figure(text, "five peacekeepers", 5)
    four = _figure(text, "four Nepalis", 4)
    one = _figure(text, "one Ghanaian", 1)
    ten = _figure(text, "ten", 10, "injured")
    nine = _figure(text, "nine Nepalis", 9, "injured")
    assert more_parts([five, four, one, ten, nine], text, set()) == {_at(four), _at(one),
                                                                      _at(nine)}
    text = "Gunmen killed 9 villagers in Ado (killing 5), Oke (killing 4) and Iba."
    nine, five, four = (_figure(text, p, v) for p, v in (("9 villagers", 9), ("5", 5),
                                                          ("4", 4)))
    assert more_parts([nine, five, four], text, set()) == {_at(five), _at(four)}


def test_bracketed_figures_that_add_up_to_more_are_no_breakdown() -> None:
    text = "Two soldiers were killed (and 5 rebels killed in a separate raid)."
    two, five = _figure(text, "Two soldiers", 2), _figure(text, "5 rebels", 5)
    assert more_parts([two, five], text, set()) == set()


def test_a_stated_coding_in_brackets_is_no_part_even_where_a_part_starts() -> None:
    text = "3 killed over two days (2 fatalities coded for 4 May, 1 for 5 May)."
    three, two = _figure(text, "3", 3), _figure(text, "2 fatalities", 2)
    coded = _figure(text, "2 fatalities coded for", 2)
    assert more_parts([three, two, coded], text, set()) == {_at(two)}
