"""Did it happen? Negated, hypothetical, background and habitual mentions of events.

:func:`unreal` climbs the dependency tree from a trigger and says why the
event did not happen as reported: ``negated`` ("did not attack", "No group
claimed the attack"), ``modal`` ("may launch"), ``infinitive`` ("ordered the
army to expel"; but "tried to march" did march), ``hypothetical`` (under
"threatened", "denied", "accused", "the threat of"), ``background`` ("since
the invasion began", "killed since February", "ahead of strikes", "without
a fight"), ``habitual`` ("struck almost daily") or ``generic`` (plural event
nouns told as a trend: "a wave of attacks", "the attacks have grown more
frequent", "facing a rising number of attacks"). Reported speech is kept:
climbing stops at "said", "told", "according to".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import first_child
from .lexicon import (
    CUES,
    FACTIVE_GOVERNORS,
    HABITUAL,
    IRREALIS_GOVERNORS,
    MODALS,
    REPORTING_VERBS,
    SKIP_MARKS,
    SKIP_PREPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["unreal", "prior_clause", "PRIOR_MARKS"]

#: Clauses that tell what happened before the event ("after a driver died in custody").
PRIOR_MARKS = frozenset({"after", "since", "before", "until", "following"})
#: Dependencies climbed from a trigger to what governs it: its arguments' heads …
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "acomp", "agent", "dative",
                            "csubj", "attr", "oprd"})
#: … and the clauses and phrases it sits in.
_CLAUSE_DEPS = frozenset({"prep", "xcomp", "ccomp", "advcl", "conj", "compound", "pcomp",
                          "npadvmod"})
_CLIMB = _ARGUMENT_DEPS | _CLAUSE_DEPS
_TREND_NOUNS = reference.words("events/trend_nouns")
_TREND_VERBS = reference.words("events/trend_verbs")
_TREND_ADJECTIVES = reference.words("events/trend_adjectives")
#: Trend nouns that are only a quantity unless a trend adjective qualifies them.
_QUANTITY_NOUNS = frozenset({"number"})
_GATHERING = reference.words("events/gathering_verbs")
_CROWD_FAMILIES = frozenset({"protest", "labour"})


def _factive(governor: Token, trigger: Token) -> bool:
    """Whether the infinitive under ``governor`` happened: "tried to march"; a crowd that
    "gathered to protest" protested."""
    lemma = governor.lemma_.lower()
    if lemma in FACTIVE_GOVERNORS:
        return True
    cue = CUES.get(trigger.lemma_.lower())
    return lemma in _GATHERING and cue is not None and cue.family in _CROWD_FAMILIES


def _perfect_infinitive(verb: Token) -> bool:
    """"claimed to have arrested", "is said to have fled": a past fact, as reported."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have"
                                      for c in verb.children)


def _negated(tok: Token, *, no_subject: bool = True) -> bool:
    """``no_subject``: a subject with "no" negates too ("no group attacked")."""
    for child in tok.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in ("nobody", "none", "neither")
            or (no_subject and any(c.dep_ == "det" and c.lower_ == "no" for c in child.children))
        ):
            return True
    return False


def _denied_report(verb: Token) -> bool:
    """A reporting verb that denies what it tells ("did not report", "nobody said"); but
    "…, no casualties (were) reported" tells of the casualties, not of the clause beside."""
    return _negated(verb, no_subject=False)


def _habitual(verb: Token) -> bool:
    for child in verb.children:
        if child.lemma_.lower() in HABITUAL:
            return True
        if child.dep_ == "npadvmod" and child.lemma_.lower() in ("day", "night", "week") and \
                first_child(child, ("det", "nummod", "amod"), {"every", "each"}):
            return True
    return False


def _trend(tok: Token) -> bool:
    """A plural event noun with no number of its own, told as a trend."""
    if tok.tag_ != "NNS" or any(c.dep_ == "nummod" for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("most", "many"):
        return head.head.dep_ == "nsubj"  # "most of the attacks have happened around Tank"
    if tok.dep_ == "pobj" and head.lower_ in ("of", "in"):
        noun = head.head
        if noun.lemma_.lower() in _QUANTITY_NOUNS:  # "a rising number", not "a number"
            return any(c.dep_ == "amod" and c.lower_ in _TREND_ADJECTIVES
                       for c in noun.children)
        return noun.lemma_.lower() in _TREND_NOUNS  # "a wave of attacks"
    if tok.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "nsubj":
        verb = head if tok.dep_ in ("nsubj", "nsubjpass") else head.head
        return verb.lemma_.lower() in _TREND_VERBS
    return False


def unreal(tok: Token) -> str | None:
    """Why the trigger at ``tok`` is not a reported fact, or None if it is one."""
    if tok.pos_ == "NOUN" and _trend(tok):
        return "generic"
    cur = tok
    for _ in range(12):
        if _negated(cur):
            return "negated"
        if cur.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ in SKIP_MARKS for c in cur.children):
                return "background"
            if any(c.dep_ == "aux" and c.lower_ in MODALS for c in cur.children):
                return "modal"
            if _habitual(cur):
                return "habitual"
            clause = [cur, *(c for c in cur.children if c.dep_ == "conj")]
            perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have")
                          for v in (cur, cur.head) for c in v.children)
            if perfect and (any(c.dep_ == "prep" and c.lower_ == "since" for c in cur.children)
                            or any(c.dep_ == "advcl" and first_child(c, ("mark",), {"since"})
                                   for v in clause for c in v.children)):
                return "background"  # "killed since the incursion began": a running total
            if any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children) and \
                    cur.dep_ in ("xcomp", "advcl", "ccomp", "acl", "relcl") and \
                    not _factive(cur.head, tok) and not _perfect_infinitive(cur):
                return "infinitive"
        head = cur.head
        if cur.dep_ == "relcl" and head.i != cur.i and head.lemma_.lower() in CUES:
            cur = head  # "accused of an attack that killed a teenager": as real as the attack
            continue
        if head.i == cur.i or cur.dep_ not in _CLIMB:
            return None
        if cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBZ") and head.dep_ != "ROOT" and \
                any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
            cur = head.head  # "used gas to disperse them and detained 100": a finite verb
            continue
        if cur.dep_ == "pobj" and (head.lower_ in SKIP_PREPS or (
                head.lower_ in ("of", "to") and head.head.lower_ in SKIP_PREPS)):
            return "background"  # "since the invasion", "ahead of missile strikes"
        hlemma = head.lemma_.lower()
        if hlemma in IRREALIS_GOVERNORS and cur.dep_ in (
            "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "advcl", "nsubj"
        ):
            return "hypothetical"
        if hlemma in REPORTING_VERBS and cur.dep_ in ("ccomp", "xcomp"):
            return "negated" if _denied_report(head) else None
        cur = head
    return None


def prior_clause(tok: Token) -> tuple[int, int] | None:
    """Character span of the "after…"/"since…" clause holding ``tok``, if any."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if any(c.dep_ == "mark" and c.lower_ in PRIOR_MARKS for c in cur.children):
            sub = list(cur.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return None
