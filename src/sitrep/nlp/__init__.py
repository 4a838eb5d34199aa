"""The language model and what sitrep corrects in its output.

- :mod:`~sitrep.nlp.model`: loads the spaCy model once, from an installed
  package (never a hub), and builds a Doc's text once;
- :mod:`~sitrep.nlp.spacy_import`, :mod:`~sitrep.nlp.attribute_matches`,
  :mod:`~sitrep.nlp.lemma_memo`, :mod:`~sitrep.nlp.matrix_products`: the same
  model, faster: spaCy imported without its command line, the attribute ruler's
  matches from an index of its patterns, the lemmatizer's answers remembered,
  the layers' matrix products by numpy's OpenBLAS in one thread;
- :mod:`~sitrep.nlp.entities`: the model's entities with its known errors fixed,
  by the rules of :mod:`~sitrep.nlp.place_context`, :mod:`~sitrep.nlp.place_labels`,
  :mod:`~sitrep.nlp.place_spans` and :mod:`~sitrep.nlp.person_names`;
- :mod:`~sitrep.nlp.entity_bounds`: a Doc's entities and the entity over each
  token, read once per Doc (spaCy rebuilds ``doc.ents`` on every access);
- :mod:`~sitrep.nlp.parse`: small questions about the parse that several
  subsystems ask (the first child with a dependency label).
"""

from __future__ import annotations

from .model import doc_text, load_model

__all__ = ["doc_text", "load_model"]
