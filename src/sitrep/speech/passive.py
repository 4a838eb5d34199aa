"""Passive attributions: "it was announced that …", "X was confirmed", "is thought to …".

A verb of saying or believing in the passive attributes its clause, its
infinitive, or else its subject. Its source is the agent ("was denied by
Kyiv"); without one the attribution has no named source (speaker null). A
passive that hedges a figure or a state ("were reported killed", "was said
dead") is not an attribution here: the counts stage reads those.

    >>> [(a.cue, doc[s:e].text) for a, (s, e) in passive_attributions(doc)]  # doctest: +SKIP
    [('announced', 'a curfew')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution import Attribution, noun_phrase
from .cues import CUE_LEMMAS, is_source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["passive_attributions"]

_EXPLETIVE = frozenset({"it", "there"})
#: "was quoted as saying", "was cited by": relays, read with their speech verb.
_RELAYS = frozenset({"quote", "cite"})
_STATE_DEPS = frozenset({"oprd", "acomp"})


def passive_attributions(doc: Doc) -> list[tuple[Attribution, tuple[int, int]]]:
    """(attribution, content token range) for each passive cue with a content."""
    found = []
    for verb in doc:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in CUE_LEMMAS or \
                verb.lemma_.lower() in _RELAYS:
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "neg" for c in kids):
            continue
        if any(c.dep_ in _STATE_DEPS or (c.dep_ == "xcomp" and c.tag_ in ("VBN", "JJ"))
               for c in kids):
            continue  # "were reported killed", "was said dead"
        content = _content(verb, kids)
        if content is not None:
            found.append((Attribution(verb.lower_, verb.i, _agent(kids), None, "passive"),
                          content))
    return found


def _content(verb: Token, kids: list[Token]) -> tuple[int, int] | None:
    for child in kids:
        if child.dep_ in ("ccomp", "xcomp") and child.i > verb.i:
            start = child.left_edge.i
            if verb.doc[start].lower_ == "that":
                start += 1
            return start, child.right_edge.i + 1
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _EXPLETIVE or subject.pos_ == "PRON":
        return None
    return subject.left_edge.i, subject.right_edge.i + 1


def _agent(kids: list[Token]) -> tuple[int, int] | None:
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if obj is None or not (is_source(obj) or obj.pos_ in ("NOUN", "PROPN", "NUM")):
        return None
    return noun_phrase(obj)
