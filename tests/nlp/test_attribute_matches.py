"""The indexed attribute-ruler matcher finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler

from sitrep.nlp.attribute_matches import fast_matcher, use_fast_matcher

SENTENCES = [
    "Y'all ain't gonna believe it: there's a convoy, c'mon, let's go.",
    "There were   two blasts near the bridge\n\nand there is smoke.",
    "Officials said the rebels gotta leave; 'em all, wanna know?",
    "",
    " ",
    "IS IT TRUE THAT THEY'RE ATTACKING?",
]


def test_the_model_uses_the_indexed_matcher(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler), "load_model gives the ruler the indexed matcher"
    assert "set_annotations" in vars(ruler)


def test_same_matches_as_spacy_on_the_model(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    fast = fast_matcher(ruler)
    found = 0
    for doc in nlp.pipe(SENTENCES, disable=["attribute_ruler", "lemmatizer", "ner"]):
        expected = AttributeRuler.match(ruler, doc)
        assert fast(doc) == expected
        found += len(expected)
    assert found > 40


def test_same_attributes_as_spacy(nlp):
    text = "Y'all ain't gonna believe there's a convoy near the bridge."
    ours = nlp(text)
    with nlp.select_pipes(disable=["ner"]):
        ruler = nlp.get_pipe("attribute_ruler")
        fast = ruler.match
        del ruler.match  # spaCy's own Matcher again
        try:
            theirs = nlp(text)
        finally:
            ruler.match = fast
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in ours] == \
        [(t.pos_, t.lemma_, str(t.morph)) for t in theirs]


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_operators_the_model_does_not_use_are_compared_too():
    nlp, ruler = _ruler([
        {"patterns": [[{"LOWER": {"REGEX": "^sh?ell"}}]], "attrs": {"LEMMA": "shell"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}}, {"LOWER": "strike"}]],
         "attrs": {"LEMMA": "strike"}, "index": -1},
        {"patterns": [[{"IS_SPACE": True}], [{"LOWER": {"IN": ["x", "y"]}}]],
         "attrs": {"LEMMA": "blank"}},
        {"patterns": [[{"LOWER": {"REGEX": "^a"}}, {"LOWER": {"REGEX": "^b"}}]],
         "attrs": {"LEMMA": "ab"}},
    ])
    fast = fast_matcher(ruler)
    for text in ["Shelling and the strike, air strike  x y", "a b ab ba abc bcd", "strike strike"]:
        doc = nlp.make_doc(text)
        assert fast(doc) == AttributeRuler.match(ruler, doc)
        assert fast(doc), "every text matches something"


def test_a_pattern_with_an_operator_keeps_spacys_matcher():
    _, ruler = _ruler([{"patterns": [[{"LOWER": "air"}, {"LOWER": "raid", "OP": "?"}]],
                        "attrs": {"LEMMA": "air"}}])
    assert not use_fast_matcher(ruler)
    assert "match" not in vars(ruler)


def test_the_annotator_sets_what_spacy_sets():
    nlp, ruler = _ruler([
        {"patterns": [[{"LOWER": "air"}, {"LOWER": "raid"}]], "attrs": {"LEMMA": "airraid"},
         "index": -1},
        {"patterns": [[{"LOWER": "raid"}]], "attrs": {"LEMMA": "raid", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": "air"}, {"LOWER": "raid"}]], "attrs": {"MORPH": "Foreign=Yes"},
         "index": 1},
    ])
    assert use_fast_matcher(ruler)
    assert "set_annotations" in vars(ruler)
    ours = nlp("an air raid and a raid")
    del ruler.set_annotations, ruler.match
    theirs = nlp("an air raid and a raid")
    assert [(t.lemma_, str(t.morph)) for t in ours] == [(t.lemma_, str(t.morph)) for t in theirs]
    assert [t.lemma_ for t in ours][2] == "raid" and str(ours[2].morph) == "Foreign=Yes"


def test_an_index_outside_a_pattern_keeps_spacys_annotator():
    _, ruler = _ruler([{"patterns": [[{"LOWER": "air"}]], "attrs": {"LEMMA": "air"},
                        "index": 1}])
    assert use_fast_matcher(ruler)
    assert "match" in vars(ruler) and "set_annotations" not in vars(ruler)
