"""The words around a name that make it a place, and the words that never are one."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitrep import reference
from sitrep.nlp.place_context import (
    is_never_a_place,
    is_place_noun,
    is_place_preposition,
    owner,
    place_context,
)


@pytest.mark.parametrize("word", ["March", "sunday", "Summer", "Tonight", "Passover", "Army"])
def test_months_days_seasons_and_institutions_are_never_places(word):
    assert is_never_a_place(word)


@pytest.mark.parametrize("word", ["Kursk", "Marchenko", "Springfield"])
def test_names_are_not_ruled_out(word):
    assert not is_never_a_place(word)


def test_place_nouns_join_region_settlement_and_marker_words():
    assert all(map(is_place_noun, ["region", "regions", "oblast", "town", "area"]))
    assert not is_place_noun("krai")  # a local region word only grows a mention's span
    assert not is_place_noun("port")


def test_place_prepositions():
    assert is_place_preposition("near") and not is_place_preposition("after")


def test_an_overlay_adds_to_the_words(tmp_path):
    (tmp_path / "nlp").mkdir()
    (tmp_path / "nlp" / "not_places.txt").write_text("Springfield\n".lower())
    try:
        reference.use_overlay(tmp_path)
        assert is_never_a_place("Springfield")
    finally:
        reference.use_overlay(None)
    assert not is_never_a_place("Springfield")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, context",
    [
        ("Russian forces shelled the town of Orikhiv again.", "Orikhiv", "strong"),
        ("Residents of the Kursk region fled.", "Kursk", "strong"),
        ("Fighting went on near Orikhiv overnight.", "Orikhiv", "weak"),
        ("Fighting went on in eastern Orikhiv overnight.", "Orikhiv", "weak"),
        ("Orikhiv was quiet overnight.", "Orikhiv", ""),
    ],
)
def test_place_context(nlp, text, name, context):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert place_context(doc[start : start + 1], []) == context


@pytest.mark.model
def test_owner_is_the_place_before_a_possessive(nlp):
    doc = nlp("Shelling hit Ukraine's Gorlovka overnight.")
    ukraine, gorlovka = doc[2:3], doc[4:5]
    done = [Span(doc, 2, 3, label="GPE")]
    assert owner(gorlovka, done) == done[0]
    assert owner(gorlovka, []) is None and owner(ukraine, done) is None
