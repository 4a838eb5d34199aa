"""The regex scan for candidate time expressions, and the trimming of a candidate."""

from __future__ import annotations

import pytest

from sitrep.time.finder import scan, strip_span


def found(text: str) -> set[str]:
    return {text[s:e] for s, e in scan(text)}


def test_scan_offers_overlapping_candidates_for_the_stage_to_choose():
    assert "the summer of 2022" in found("It began over the summer of 2022.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv launched the attack last Tuesday.", "last Tuesday"),
    ("It happened on Aug. 6, 2024.", "Aug. 6, 2024"),
    ("The war began in February 2022.", "February 2022"),
    ("KYIV, AUG 12 (Reuters) - Blasts.", "AUG 12"),
    ("Talks stalled a couple of weeks ago.", "a couple of weeks ago"),
    ("Losses rose in the third quarter.", "the third quarter"),
    ("Drones struck overnight.", "overnight"),
    ("Families fled at Christmas.", "at Christmas"),
])
def test_scan_finds_names_from_the_shared_month_weekday_and_number_lists(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "They may come, and march on.",  # lower-case "may"/"march" are never months
    "Troops withdrew thirteen days ago.",  # only the listed count words are read
])
def test_scan_ignores_lower_case_months_and_unlisted_counts(text):
    assert not {t for t in found(text) if "may" in t or "thirteen" in t}


def test_strip_span_drops_punctuation_a_possessive_and_a_dangling_and():
    text = "(Tuesday's and"
    start, end = strip_span(text, 0, len(text))
    assert text[start:end] == "Tuesday"
