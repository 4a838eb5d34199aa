"""Deaths reported without a number: ACLED's default figures.

ACLED codes "people were killed" with no figure as 3 deaths for a limited
attack and 10 for a large one (a massacre, a mass killing). The event's own
sentences, and those with no event of their own whose figures reach back to it
(``Toll.reached``), are read for a death word whose victims are plural and
unnumbered ("killing civilians", "soldiers died", "left residents dead", "an
unknown number of people were killed", "many were killed"); a negated one ("no
one was killed") gives nothing, nor one told as unreal ("stop killing our sons":
:func:`sitrep.events.realis.unreal`), nor a joint figure of the killed and the
injured ("killed or injured 2 militants", which ACLED counts as no death). The
figure is marked as derived (``derived["fatalities"] = "default"``) with the
death word as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import reference
from .realis import unreal

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["unnumbered_deaths", "LIMITED", "LARGE"]

LIMITED, LARGE = 3, 10
_DEATH_VERBS = frozenset({"kill", "die", "slay", "execute", "massacre"})
_DEATH_ADJ = frozenset({"dead"})
_LARGE_WORDS = frozenset({"massacre", "mass", "carnage", "bloodbath", "scores"})
_VICTIM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_INJURY_VERBS = frozenset({"injure", "wound", "hurt", "maim"})
#: Quantifiers that stand alone for unnumbered victims: "many were killed".
_QUANTIFIERS = reference.words("events/unnumbered_quantifiers")


def _plural_unnumbered(tok: Token) -> bool:
    if tok.lemma_.lower() == "number" and not any(c.like_num for c in tok.subtree):
        return True  # "an unknown number of people", "a number of the militants"
    if tok.lower_ in _QUANTIFIERS and not any(c.dep_ == "prep" for c in tok.children):
        return True  # "many were killed", but not "some of the 12 soldiers"
    if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ != "people":
        return False
    return not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in tok.children) and \
        not any(c.lower_ in ("no", "none") for c in tok.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _numbered_harm(tok: Token) -> bool:
    """ "killed or injured 2 militants": a joint figure of the killed and the injured,
    which ACLED counts as no death; no default either."""
    group = [tok, *[c for c in tok.children if c.dep_ == "conj"]]
    if tok.dep_ == "conj":
        group.append(tok.head)
    if not any(t.lemma_.lower() in _INJURY_VERBS for t in group):
        return False
    return any(c.like_num or c.dep_ == "nummod" for t in group for v in _victims(t)
               for c in v.subtree)


def _victims(tok: Token) -> list[Token]:
    if tok.lemma_.lower() in _DEATH_ADJ:  # "left residents dead", "soldiers are dead"
        head = tok.head
        return [c for c in head.children if c.dep_ in _VICTIM_DEPS and c.i != tok.i]
    return [c for c in tok.children if c.dep_ in _VICTIM_DEPS]


def unnumbered_deaths(sents: Iterable[Span]) -> tuple[int, tuple[int, int]] | None:
    """(ACLED's default figure, the death word's character span), or None."""
    for sent in sents:
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma not in _DEATH_VERBS and lemma not in _DEATH_ADJ:
                continue
            if _negated(tok) or (lemma in _DEATH_ADJ and _negated(tok.head)):
                continue
            victims = _victims(tok)
            if lemma == "kill" and tok.dep_ == "nsubj":
                continue  # "the killing" as a subject noun: no victims named
            if _numbered_harm(tok) or unreal(tok):
                continue  # also "signs saying 'Stop killing our sons'": no deaths told
            if victims and all(_plural_unnumbered(v) for v in victims):
                large = any(t.lemma_.lower() in _LARGE_WORDS for t in sent)
                return (LARGE if large else LIMITED), (tok.idx, tok.idx + len(tok.text))
    return None
