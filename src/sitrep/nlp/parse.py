"""Small questions about a parsed sentence, shared by the figure, speech and event rules."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["antecedent", "first_child"]

_RELATIVE = frozenset({"that", "which", "who", "whom"})


def first_child(tok: Token, deps: Collection[str],
                lemmas: Collection[str] | None = None) -> Token | None:
    """The first child of ``tok`` with one of ``deps`` (and one of ``lemmas``), or None."""
    for child in tok.children:
        if child.dep_ in deps and (lemmas is None or child.lemma_.lower() in lemmas):
            return child
    return None


def antecedent(tok: Token) -> Token:
    """What a relative pronoun stands for: ``that`` in "units that launched" is the units;
    any other token is itself."""
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok
