"""Parts of a larger figure told apart from whole figures (no model)."""

from __future__ import annotations

import pytest

from sitrep.figures.parts import is_part, is_partitive
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
