"""The tense of a time expression's clause, read from the spaCy parse."""

from __future__ import annotations

import pytest

from sitrep.time.tense import clause_tense


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The talks will resume on Tuesday.", "future"),
    ("The ministers plan to meet on Wednesday.", "future"),
    ("The ministers met on Wednesday.", "past"),
    ("Ukraine may have struck the bridge on Sunday.", "past"),
    ("The harvest will be smaller after a late frost in May.", None),
])
def test_clause_tense(nlp, text, expected):
    piece = text.split()[-1].rstrip(".")
    start = text.index(piece)
    assert clause_tense(nlp(text), start, start + len(piece)) == expected
