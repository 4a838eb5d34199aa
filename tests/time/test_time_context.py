"""Plausibility checks on candidate time expressions, without a parse."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.context import end_before_counted_number, is_plausible

PUBLISHED = date(2024, 8, 12)


def plausible(text: str, piece: str) -> bool:
    start = text.index(piece)
    return is_plausible(text, None, PUBLISHED, start, start + len(piece))


@pytest.mark.parametrize(("text", "piece", "expected"), [
    ("Fighting flared in May.", "May", True),  # after a month signal
    ("May God help us.", "May", False),
    ("Rain delayed winter crops.", "winter", False),  # a season before a noun
    ("Clubs eye the winter transfer window.", "the winter", False),
    ("Gunmen fled after an overnight raid.", "overnight", True),  # the raid's time
    ("Clubs rested through the winter.", "the winter", True),
    ("It began in 2014.", "2014", True),
    ("About 2000 strikes hit.", "2000", False),
    ("It began in 2099.", "2099", False),  # more than ten years after publication
    ("Thousands joined the Women's March in Washington.", "March", False),  # a name's
    ("Crowds held a 'Mother's March for Ukraine' rally.", "March", False),
])
def test_is_plausible_without_a_doc(text, piece, expected):
    assert plausible(text, piece) is expected


def test_a_trailing_number_that_counts_people_is_cut_off():
    text = "In May 10 people died."
    assert end_before_counted_number(text, None, 3, 9) == 6
    assert end_before_counted_number("In May 10 was", None, 3, 9) is None


@pytest.mark.parametrize(("text", "piece"), [
    ("Talks resume ahead of December 21 talks.", "December 21"),
    ("Officials will deliver by April 10 guidelines for bids.", "April 10"),
    ("On May 10 people gathered in the square.", "May 10"),
])
def test_a_day_after_a_word_that_takes_a_day_is_kept(text, piece):
    start = text.index(piece)
    assert end_before_counted_number(text, None, start, start + len(piece)) is None
