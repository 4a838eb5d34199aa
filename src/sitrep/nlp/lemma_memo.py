"""Remember the rule lemmatizer's answer for each form, tag and morphology.

spaCy's rule lemmatizer caches its answer per (form, part of speech,
morphology) only when it had to apply its rules; for the majority of tokens,
base forms and punctuation, it works the answer out again every time, asking
the token for its morphology as a dict. The answer depends on those three
alone, so :func:`use_lemma_memo` puts a memo of every answer, keyed as spaCy's
own cache is, in front of the lemmatizer's ``lemmatize``: the same lemmas, in
a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Token

__all__ = ["use_lemma_memo"]

#: The memo is emptied when it holds this many answers.
MAX_ANSWERS = 100_000


def use_lemma_memo(lemmatizer: Lemmatizer) -> bool:
    """Memoise a rule lemmatizer's ``lemmatize``; True if it is one (other modes are left)."""
    if getattr(lemmatizer, "mode", None) != "rule":
        return False
    lemmatize: Callable[[Token], list[str]] = lemmatizer.lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def remembered(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        forms = memo.get(key)
        if forms is None:
            if len(memo) >= MAX_ANSWERS:
                memo.clear()
            forms = memo[key] = lemmatize(token)
        return list(forms)

    lemmatizer.lemmatize = remembered
    return True
