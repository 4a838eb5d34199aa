"""Entities read once per Doc answer as a walk over ``doc.ents`` would."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from sitrep.nlp.entity_bounds import entities, entity_at, entity_bounds, forget


def _doc() -> Doc:
    text = "Troops of the Northern Lights Brigade shelled Port Vale and Eastmoor today"
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, 3, 6, label="ORG"), Span(doc, 7, 9, label="GPE"),
                Span(doc, 10, 11, label="GPE")]
    return doc


def _walked(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    for ent in doc.ents:
        if ent.start < hi and ent.end > lo:
            lo, hi = min(lo, ent.start), max(hi, ent.end)
    return lo, hi


def test_the_entity_over_each_token_is_the_one_that_covers_it():
    doc = _doc()
    for tok in doc:
        covering = [(e.start, e.end, e.label_) for e in doc.ents if e.start <= tok.i < e.end]
        found = entity_at(doc, tok.i)
        assert [(found.start, found.end, found.label_)] == covering if found else not covering


def test_bounds_take_in_every_entity_a_range_overlaps():
    doc = _doc()
    for lo in range(len(doc)):
        for hi in range(lo + 1, len(doc) + 1):
            assert entity_bounds(doc, lo, hi) == _walked(doc, lo, hi), (lo, hi)
    assert entity_bounds(doc, 4, 5) == (3, 6)  # inside a name: the whole name
    assert entity_bounds(doc, 0, 2) == (0, 2)  # no name touched: unchanged


def test_entities_set_again_are_read_again_after_forget():
    doc = _doc()
    assert [e.text for e in entities(doc)] == ["Northern Lights Brigade", "Port Vale", "Eastmoor"]
    doc.ents = [Span(doc, 7, 9, label="LOC")]
    forget(doc)
    assert [e.label_ for e in entities(doc)] == ["LOC"]
    assert entity_at(doc, 4) is None
    assert entity_bounds(doc, 8, 10) == (7, 10)
