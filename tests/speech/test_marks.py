"""Quotation marks paired into quoted passages (no model)."""

from __future__ import annotations

import pytest

from sitrep.speech.marks import find_quote_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will respond," the governor said.', ["We will respond"]),
        ("“We will respond,” he said, “and win.”", ["We will respond", "and win."]),
        ("'We will not surrender,' the mayor said.", ["We will not surrender"]),
        ("The region's governors' offices and Kyiv's forces.", []),
        ('He said: "We left.\n\n"We came back," he added.', ["We left.", "We came back"]),
        ("« Nous resterons », a-t-il dit.", ["Nous resterons"]),
        ("the so-called ‘referendum’ in “occupied” areas", ["occupied", "referendum"]),
    ],
)
def test_find_quote_marks_pairs_marks_and_excludes_them(text: str, expected: list[str]) -> None:
    found = sorted(text[m.start : m.end] for m in find_quote_marks(text))
    assert found == sorted(expected)


def test_find_quote_marks_ends_unclosed_quote_at_paragraph_break() -> None:
    text = '"We have evacuated everyone.\n\n"The shelling continues," Smirnov wrote.'
    marks = find_quote_marks(text)
    assert [(m.start, m.end, m.close) for m in marks][0] == (1, 28, None)
    assert text[marks[1].start : marks[1].end] == "The shelling continues"
