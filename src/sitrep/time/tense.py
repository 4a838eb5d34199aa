"""The tense of the clause a time expression sits in, read from the parse.

"will meet on Tuesday" looks forward, "met on Tuesday" back; the resolver
takes the tense to decide the direction of bare weekdays, months and seasons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["clause_tense"]


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """ "future", "past" or "present" for the clause holding ``doc`` chars start..end.

    None when unknown, or when the date hangs off a noun ("a frost in May" inside
    "the harvest will be smaller after a frost in May"): the verb's tense then says
    nothing about the date.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(8):  # climb to the governing verb
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    future_auxiliaries = reference.words("time/future_auxiliaries")
    future_verbs = reference.words("time/future_verbs")
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 3:
        chain.append(chain[-1].head)  # "plans to meet", "are due"
    for v in chain:
        related = [c for c in v.children if c.dep_ in ("aux", "auxpass", "acomp", "xcomp")]
        if v.tag_ == "VBN" and any(c.lemma_ == "have" for c in related):
            return "past"  # "may have attacked", "has seized"
        if any(c.lower_ in future_auxiliaries for c in related):
            return "future"
        past = v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in related)
        if not past and (v.lemma_ in future_verbs or any(
                c.lemma_ in future_verbs and c.dep_ == "acomp" for c in related)):
            return "future"
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in verb.children):
        return "past"
    return "present"
