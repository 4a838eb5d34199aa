"""The tense of the clause a time expression sits in, read from the parse.

"will meet on Tuesday" looks forward, "met on Tuesday" back; the resolver
takes the tense to decide the direction of bare weekdays, months and seasons.
An infinitive's date takes its governor's time: ahead after a verb that looks
ahead ("vowed to return by Monday", "planned to meet on Friday"), back after
another past verb ("asked him to resign on Monday") unless it is a deadline
("ordered them to withdraw by Friday"). What follows "since" is past.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["clause_tense", "signal_tense"]

_AHEAD = re.compile(r"(?i)(?:\b(?:ahead\s+of|upcoming|forthcoming|in\s+the\s+run-up\s+to)"
                    r"(?:\s+(?:the|this|next|a|an))?"
                    # "adjourned until Monday", "postponed the vote to March"
                    r"|\b(?:postpone|adjourn|defer|delay|extend|reschedul|put\s+off|push\w*\s+back)"
                    r"\w*(?:\s+[\w'’]+){0,3}?\s+(?:until|till|to))\s+$")
_SINCE = re.compile(r"(?i)\bsince\s+$")


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """ "future", "past" or "present" for the clause holding ``doc`` chars start..end.

    None when unknown, or when the date hangs off a noun ("a frost in May" inside
    "the harvest will be smaller after a frost in May"): the verb's tense then says
    nothing about the date. A date on the subject ("the summit on Friday will open",
    "Pakistan in May sent") takes its verb's tense.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # the first word that hangs outside the span: "Dec." of "slated for Dec. 1-15", where
    # the parser may hang the "15" on another verb
    word = next((t for t in span if not span.start <= t.head.i < span.end), span.root)
    verb = word
    while verb.dep_ in ("conj", "appos") and verb.head is not verb and verb.pos_ != "VERB":
        verb = verb.head  # "Saturday" of "on Friday and Saturday" is where "Friday" is
    for _ in range(8):  # climb to the governing verb
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN", "PRON"):
            if verb.dep_ not in ("nsubj", "nsubjpass") or verb.head.pos_ not in ("VERB", "AUX"):
                return None
            verb = verb.head  # the subject's date is its verb's: "the summit on Friday will"
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
        if v.dep_ == "acl" and v.lemma_ in future_verbs and word.head.head.i == v.i:
            # "the strike slated for Wednesday" looks ahead, "a car set ablaze on Sunday" back
            return "future" if word.head.lower_ == "for" else "past"
        past = v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in related)
        if not past and (v.lemma_ in future_verbs or any(
                c.lemma_ in future_verbs and c.dep_ == "acomp" for c in related)):
            return "future"
        if v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) and (
                    c.tag_ == "VB" or any(a.dep_ == "auxpass" for a in c.children))
                for c in v.children):
            return "future"  # "are to meet on Tuesday", "who is to conduct", "is to be elected"
    governors = chain[1:]  # an infinitive takes its governor's time: "vowed to return by
    # Monday", "asked him to resign on Monday"; a "was to last until June" is no past
    if verb.tag_ == "VB" and governors and all(v.lemma_ != "be" for v in governors):
        if any(v.lemma_ in future_verbs for v in governors):
            return "future"
        deadline = word.dep_ == "pobj" and word.head.lower_ in ("by", "until", "till")
        if not deadline and any(v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in v.children)
                                for v in governors):
            return "past"  # but "ordered them to withdraw by Friday" looks ahead
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in verb.children):
        return "past"
    if verb.lemma_ in reference.words("speech/saying_verbs"):
        return "past"  # "the ministry says Monday": what is said is said by now
    return "present"


def signal_tense(text: str, start: int) -> str | None:
    """ "future" after a word that looks ahead to the date ("ahead of Thursday's vote",
    "the upcoming May 1 election", "the talks were adjourned until Monday"), "past" after
    "since" ("the sharpest rise since May": a May gone by), else None."""
    if _AHEAD.search(text, max(0, start - 40), start):
        return "future"
    return "past" if _SINCE.search(text, max(0, start - 12), start) else None
