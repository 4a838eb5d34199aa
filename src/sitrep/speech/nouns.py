"""Noun cues: claims, allegations, statements and remarks named by a noun.

"Russia's claim that the town fell", "allegations of abuse", "his pledge to
rebuild", "criticism of the plan by rights groups". The content is the noun's
"that" clause, infinitive, or "of/about/for/against/on/over" phrase; the
source its possessor or "by/from" phrase, or the subject of the verb that
voices it ("advocates expressed concern about …"), else none (a sourceless
claim).

    >>> [(a.cue, a.speaker_text(doc)) for a, _ in noun_attributions(doc)]  # doctest: +SKIP
    [('claim', 'Russia')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from .attribution import Attribution, noun_phrase
from .cues import is_source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CLAIM_NOUNS", "noun_attributions"]

#: Nouns that name a claim or stance (lemmas).
CLAIM_NOUNS = reference.words("speech/claim_nouns")
_TOPIC_PREPS = frozenset({"of", "about", "for", "against", "on", "over"})
_BY_PREPS = frozenset({"by", "from"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})
#: A time or place is when or where it was said, not what: "a statement on Saturday".
_NOT_TOPICS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})


def noun_attributions(doc: Doc) -> list[tuple[Attribution, tuple[int, int]]]:
    """(attribution, content token range) for each claim noun with a content."""
    found = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CLAIM_NOUNS:
            continue
        content = _content(tok)
        if content is None:
            continue
        speaker = _source(tok)
        found.append((Attribution(tok.lower_, tok.i, speaker, None, "noun"), content))
    return found


def _content(noun: Token) -> tuple[int, int] | None:
    for child in noun.rights:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and any(
                g.dep_ == "mark" and g.lower_ in ("that", "to") or g.dep_ == "aux"
                and g.lower_ == "to" for g in child.children):
            start = child.left_edge.i
            if noun.doc[start].lower_ == "that":
                start += 1
            return start, child.right_edge.i + 1
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in _NOT_TOPICS and not (
                    child.lower_ == "of" and is_source(obj) and obj.pos_ == "PROPN"):
                return obj.left_edge.i, obj.right_edge.i + 1
    return None


def _source(noun: Token) -> tuple[int, int] | None:
    for child in noun.children:
        if child.dep_ == "poss" and (is_source(child) or child.lower_ in _POSSESSIVES):
            return noun_phrase(child)
        if child.dep_ == "compound" and child.pos_ == "PROPN" and is_source(child):
            return noun_phrase(child)  # "Kremlin claims", "Trump claims"
        if child.dep_ == "prep" and child.lower_ in _BY_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and is_source(obj):
                return noun_phrase(obj)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        # "advocates have expressed concern about …": whoever voices the claim
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and is_source(subj):
            return noun_phrase(subj)
    return None
