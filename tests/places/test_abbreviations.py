"""Standard abbreviations of place names."""

from __future__ import annotations

import pytest

from sitrep.places.abbreviations import abbreviation


@pytest.mark.parametrize("text, name, anywhere, region", [
    ("W.Va.", "West Virginia", True, True),
    ("U.S.", "United States", True, False),
    ("Mo.", "Missouri", False, True),
    ("WIS.", "Wisconsin", False, True),
])
def test_abbreviations_expand(text, name, anywhere, region):
    found = abbreviation(text)
    assert found is not None
    assert (found.name, found.anywhere, found.region) == (name, anywhere, region)


@pytest.mark.parametrize("text", ["Mo", "Missouri", "mo.", "USA"])
def test_other_words_are_no_abbreviations(text):
    assert abbreviation(text) is None


def test_capitals_find_the_first_abbreviation_written_so():
    from sitrep.places.abbreviations import _tables

    table, _ = _tables()
    for key in table:
        first = next(v for k, v in table.items() if k.upper() == key.upper())
        assert abbreviation(key.upper()) == (table.get(key.upper()) or first)
    assert abbreviation(" W.VA. ") == abbreviation("W.Va.")
