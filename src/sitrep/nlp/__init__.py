"""The language model and what sitrep corrects in its output.

- :mod:`~sitrep.nlp.model`: loads the spaCy model once, from an installed
  package (never a hub), and builds a Doc's text once.
"""

from __future__ import annotations

from .model import doc_text, load_model

__all__ = ["doc_text", "load_model"]
