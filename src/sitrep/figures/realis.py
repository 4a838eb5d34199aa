"""Whether a casualty word tells of a deed done, or one only tried, wanted or alleged.

"Residents attempted to lynch a man", "accused of killing a police brigadier",
"gunmen would kill the hostages": no one was killed, so the figure or the one
person named counts nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from .categories import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["realis"]

#: Verbs under which a killing is only tried, wanted or alleged: "sought to kill".
_IRREALIS_HEADS = reference.words("figures/irrealis_heads")


def realis(cue: Token) -> bool:
    """Whether the casualty word ``cue`` tells of a done deed, not one tried or feared:
    "attempted to lynch a man", "accused of killing", "would kill"."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in cue.children):
        return False
    head = cue
    for _ in range(3):
        if head.dep_ not in ("xcomp", "pcomp", "ccomp", "conj", "prep", "advcl"):
            return True
        head = head.head
        if verb_lemma(head) in _IRREALIS_HEADS:
            return False
    return True
