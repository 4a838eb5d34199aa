"""Figures in digits, words and vague terms read as ACLED codes them (no model)."""

from __future__ import annotations

import pytest

from sitrep.figures.numbers import (
    Quantity,
    find_quantities,
    is_vague_figure,
    parse_number,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", Quantity(12, None, None)),
        ("At least 12", Quantity(12, 12, None)),
        ("no fewer than 30", Quantity(30, 30, None)),
        ("more than 120,000", Quantity(120_000, 120_000, None)),
        ("over 1,000", Quantity(1_000, 1_000, None)),
        ("12 or more", Quantity(12, 12, None)),
        ("40-odd", Quantity(40, 40, None)),
        ("about 2,000", Quantity(2_000, None, None)),
        ("some 300", Quantity(300, None, None)),
        ("an estimated 1,500", Quantity(1_500, None, None)),
        ("nearly 300", Quantity(300, None, 300)),
        ("up to 40", Quantity(40, None, 40)),
        ("fewer than 10", Quantity(10, None, 10)),
        ("between 10 and 15", Quantity(10, 10, 15)),
        ("10-15", Quantity(10, 10, 15)),
        ("10\u201315", Quantity(10, 10, 15)),
        ("10 to 15", Quantity(10, 10, 15)),
        ("two or three", Quantity(2, 2, 3)),
        ("twelve", Quantity(12, None, None)),
        ("Twelve", Quantity(12, None, None)),
        ("one hundred and twenty-one", Quantity(121, None, None)),
        ("twenty-one", Quantity(21, None, None)),
        ("a dozen", Quantity(12, None, None)),
        ("two dozen", Quantity(24, None, None)),
        ("dozens", Quantity(12, 12, None)),
        ("tens", Quantity(10, 10, None)),
        ("scores", Quantity(20, 20, None)),
        ("hundreds", Quantity(100, 100, None)),
        ("thousands", Quantity(1_000, 1_000, None)),
        ("tens of thousands", Quantity(10_000, 10_000, None)),
        ("hundreds of thousands", Quantity(100_000, 100_000, None)),
        ("several hundred", Quantity(300, 300, None)),
        ("3.5 million", Quantity(3_500_000, None, None)),
        ("1.2m", Quantity(1_200_000, None, None)),
        ("half a million", Quantity(500_000, None, None)),
        ("a", Quantity(1, None, None)),
        ("an", Quantity(1, None, None)),
        ("two", Quantity(2, None, None)),
        ("several", Quantity(None, 3, None)),
        ("a few", Quantity(None, 2, None)),
        ("many", Quantity(None, None, None)),
        ("no one", Quantity(0, None, None)),
        ("none", Quantity(0, None, None)),
    ],
)
def test_parse_quantity_reads_figure_and_bounds(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["", "the", "some of", "people", "at least", "killed"])
def test_parse_quantity_gives_none_for_text_without_a_figure(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("121", 121), ("120,000", 120_000), ("3.5 million", 3_500_000), ("a hundred", 100),
     ("twelve thousand five hundred", 12_500), ("people", None)],
)  # fmt: skip
def test_parse_number_reads_bare_figures(text, expected):
    assert parse_number(text) == expected


def test_find_quantities_gives_phrases_with_offsets():
    text = (
        "Kyiv's forces have seized 28 towns and 120,000 civilians have fled. At least 12 "
        "civilians were killed and 121 injured, including 10 children."
    )
    found = find_quantities(text)
    assert [m.text for m in found] == ["28", "120,000", "At least 12", "121", "10"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert found[2].quantity == Quantity(12, 12, None)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("one hundred and twenty-one people", "one hundred and twenty-one"),
        ("tens of thousands of people fled", "tens of thousands"),
        ("no fewer than 12 soldiers", "no fewer than 12"),
        ("between 10 and 15 people", "between 10 and 15"),
        ("about 1.2m people", "about 1.2m"),
        ("Twelve civilians died", "Twelve"),
        ("no one was hurt", "no one"),
    ],
)
def test_find_quantities_takes_the_whole_phrase(text, phrase):
    assert [m.text for m in find_quantities(text)] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "a 10-year-old boy",
        "on the 12th floor",
        "turnout was 12% lower",
        "about 30 percent of voters",
        "it cost $12 to enter",
        "a 10km queue",
        "at 10:30 on 12/08/2024",
        "the COVID-19 wards",
        "someone often asks",
    ],
)
def test_find_quantities_skips_ordinals_ages_units_money_and_times(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, vague", [
    ("dozens of people", True),
    ("several hundred residents", True),
    ("scores", True),
    ("At least 40 people", False),
    ("12 civilians", False),
    ("two soldiers", False),
])
def test_a_vague_figure_is_an_order_of_size_with_no_number_written(text, vague):
    assert is_vague_figure(text) is vague
