"""Digits that str.isdigit() accepts but int() refuses (superscripts) are no numbers."""

from __future__ import annotations

import pytest

from sitrep.records import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Shelling killed ¹ people in Kharkiv on Monday.",
    "²3 civilians were hurt in Kharkiv within ³ days.",
])
def test_superscript_digits_never_crash_a_stage(pipeline, text):
    article = pipeline.process(Article(text=text, published="2024-05-07"))
    assert not article.warnings or all("failed" not in w for w in article.warnings)
    assert all(c.value is None or c.value >= 0 for c in article.counts)


def test_arabic_indic_digits_are_numbers(pipeline):
    article = pipeline.process(Article(text="Shelling killed ٣٠ people in Kharkiv.",
                                       published="2024-05-07"))
    assert [c.value for c in article.counts if c.category == "killed"] == [30]
