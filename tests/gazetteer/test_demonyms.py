"""Demonyms and everyday country names (no index needed)."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.demonyms import country_aliases, demonym_index


@pytest.mark.parametrize(
    "word, code",
    [("russian", "RU"), ("russians", "RU"), ("israelis", "IL"), ("palestinians", "PS"),
     ("sudanese", "SD"), ("somalis", "SO"), ("burkinabe", "BF"), ("congolese", "CD"),
     ("burmese", "MM"), ("afghans", "AF"), ("frenchmen", "FR")],
)
def test_demonym_index_has_singular_and_plural(word, code):
    assert demonym_index()[word] == code



def test_no_plural_is_made_for_words_ending_in_s_or_ese():
    index = demonym_index()
    assert "swiss" in index and "swisss" not in index
    assert "sudaneses" not in index


def test_country_aliases_give_the_alpha2_code():
    aliases = country_aliases()
    assert (aliases["Britain"], aliases["DRC"], aliases["Türkiye"]) == ("GB", "CD", "TR")
