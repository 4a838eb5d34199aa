"""Counts of one that no figure phrase gives: "a civilian was killed", "Soldier killed".

A person noun after "a"/"an"/"another", or a bare singular one in headline
style ("Ukrainian soldier killed", "shelling kills civilian"), counts one
person, when something says what happened to them or the noun is part of a
larger figure. A killing counts one death whoever its victim: any singular
noun with a determiner ("the village head was shot dead", "killed the
traditional ruler"), a name ("Roger Muteba … died") or "he"/"she" ("he later
died of his wounds"), unless the noun names a thing (``not_victims``) or the
killing was only tried or alleged (:mod:`~sitrep.figures.realis`), nor when it
only tells who another figure's people are (an apposition). A victim the
parse hangs on the place before it ("On 13 Sept, in Tuao, Cagayan, a village head was
shot dead") still counts. "A suicide
bomber", "a suicide bombing" count the attacker's own death (subject
:data:`BOMBER`), which ACLED adds to the victims'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.model import doc_text
from ..records import Count
from .categories import (
    TRANSITIVE,
    category_of,
    cue_after,
    cue_before,
    is_person_noun,
    verb_category,
    verb_lemma,
    word_category,
)
from .claimants import headline_credit
from .parts import part_marker, part_parent
from .reading import Figure
from .realis import realis
from .subjects import (
    bare_singular,
    is_spaced_dash,
    loose_singular,
    phrase_start,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["read_singulars", "BOMBER"]

_ONE = frozenset({"a", "an", "another"})
#: Pronouns of one person: "he later died of his wounds".
_ONE_PRONOUNS = frozenset({"he", "she", "him", "her"})
_VICTIM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj"})
_NOT_PEOPLE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "MONEY", "CARDINAL",
                                "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
#: Singular nouns a killing may take that are no person ("killed a donkey").
_NOT_VICTIMS = reference.words("figures/not_victims")
_COLLECTIVE = reference.words("figures/collective_nouns")
#: Determiners of more than one, or of none: "many buffalo", "no civilian".
_NOT_ONE = frozenset({"no", "every", "each", "many", "several", "some", "few", "all", "both",
                      "any"})


def _victim(tok: Token) -> bool:
    """One person killed, named by any singular noun, a name or "he"/"she": "the village
    head was shot dead", "killed the traditional ruler", "Roger Muteba … died"."""
    if tok.dep_ not in _VICTIM_DEPS:
        return False
    if tok.pos_ == "PRON":
        if tok.lower_ not in _ONE_PRONOUNS:
            return False
    elif tok.tag_ not in ("NN", "NNP") or tok.ent_type_ in _NOT_PEOPLE_LABELS or not (
            tok.is_alpha and tok.pos_ in ("NOUN", "PROPN")):
        return False
    lower = tok.lower_
    if lower in _COLLECTIVE or lower in _NOT_VICTIMS or tok.lemma_.lower() in _NOT_VICTIMS:
        return False
    if word_category(tok) or tok.like_num:
        return False  # "the body", "the toll": a casualty word, read as a figure or not at all
    if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in _NOT_ONE for c in tok.children):
        return False
    named = tok.pos_ == "PRON" or tok.ent_type_ == "PERSON" or is_person_noun(tok)
    if not named and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return False  # "Mingin township died": a bare noun is a person only when listed
    found = category_of(tok)
    if found is None or found[0] != "killed" or not realis(found[1]):
        return False
    if tok.dep_ == "nsubj" and verb_lemma(found[1]) in TRANSITIVE:
        return False  # "The blast killed …": the subject of a killing is its agent
    return named or found[1].lemma_.lower() != "execute"  # "executed an operation"


#: "suicide bomber", "suicide bombing": the attacker died too.
_SUICIDE_NOUNS = reference.words("figures/suicide_attacks")
#: The subject of a suicide attacker's own death; tolls add it to the victims.
BOMBER = "suicide bomber"
_GRIEVANCE = frozenset({"against", "over", "about", "condemning", "denouncing"})


def _bomber(tok: Token, counts: list[Count]) -> Figure | None:
    """The attacker's own death that "a suicide bomber/bombing" tells of (ACLED counts it)."""
    noun = tok.head
    if tok.lower_ != "suicide" or tok.dep_ not in ("compound", "amod") or noun.i != tok.i + 1:
        return None
    if noun.lemma_.lower() not in _SUICIDE_NOUNS or noun.tag_ == "NNS":
        return None  # "two suicide bombers" is a figure of its own
    if noun.dep_ == "pobj" and noun.head.lower_ in _GRIEVANCE:
        return None  # "a protest against the suicide attack": no toll of this event
    if any(c.start <= tok.idx < c.end for c in counts):
        return None
    start, end = tok.idx, noun.idx + len(noun.text)
    count = Count(text=doc_text(tok.doc)[start:end], start=start, end=end, value=1, low=None,
                  high=None, category="killed", subject=BOMBER, claimant=None, stage="")
    return Figure(count, tok, noun, noun, None)


def _apposed(noun: Token, category: str, counts: list[Count], found: list[Figure]
                ) -> bool:
    """Whether ``noun`` only tells who the people of another figure of ``category`` are
    ("Tamboura Oumarou, a village councilman, was murdered"). "The brother of an activist
    was killed" and "the relative of a person found dead" parse alike, so a noun after
    "of" counts."""
    if noun.dep_ != "appos":
        return False
    owner = noun.head
    return owner.i != noun.i and (
        any(c.start <= owner.idx < c.end and c.category == category for c in counts)
        or any(f.noun is not None and f.noun.i == owner.i and f.count.category == category
               for f in found))


def _stranded(tok: Token) -> bool:
    """A victim the parse hangs on the place before it, its verb left with no subject:
    "On 13 Sept 2019, in Tuao, Cagayan, *a village head* was shot dead"."""
    if tok.dep_ != "appos" or tok.tag_ not in ("NN", "NNP") or not tok.is_alpha:
        return False
    if not any(c.dep_ == "det" for c in tok.children) or tok.lower_ in _COLLECTIVE \
            or tok.lower_ in _NOT_VICTIMS or tok.ent_type_ in _NOT_PEOPLE_LABELS:
        return False
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc) or tok.doc[nxt].dep_ != "auxpass":
        return False
    verb = tok.doc[nxt].head
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def read_singulars(doc: Doc, counts: list[Count], stage: str) -> list[Figure]:
    """The counts of one in ``doc`` that none of ``counts`` covers already."""
    out: list[Figure] = []
    for tok in doc:
        bomber = _bomber(tok, counts)
        if bomber is not None:
            bomber.count.stage = stage
            out.append(bomber)
            continue
        if bare_singular(tok):  # headline style: "Ukrainian soldier killed"
            noun, tok = tok, phrase_start(tok)
        elif loose_singular(tok):  # misparsed: "shelling kills civilian", "Civilian dies"
            noun, tok = tok, phrase_start(tok, surface=True)
        elif _victim(tok):  # "the village head was shot dead", "he later died"
            noun, tok = tok, tok.left_edge
        elif _stranded(tok):  # "…, Cagayan, a village head was shot dead"
            noun, tok = tok, tok.left_edge
        elif tok.lower_ in _ONE and tok.dep_ == "det":
            noun = tok.head
            if noun.i <= tok.i or noun.tag_ not in ("NN", "NNP"):
                continue
            if not is_person_noun(noun):
                continue
        else:
            continue
        if any(c.start <= tok.idx < c.end or c.start <= noun.idx < c.end for c in counts):
            continue
        if any(f.noun is not None and f.noun.i == noun.i for f in out):
            continue
        credit = headline_credit(noun.sent)
        if credit is not None and credit.start <= noun.idx < credit.end:
            continue  # the source a headline credits: "… - army spokesman"
        if any(is_spaced_dash(t) for t in doc[tok.i : noun.i]):
            tok = noun  # "… wounded - interior minister"
        stranded = doc[noun.right_edge.i + 1].head if _stranded(noun) else None
        found = (category_of(noun) or cue_after(doc, noun.i + 1, join=False)
                 or (verb_category(stranded, "patient") if stranded is not None else None)
                 or cue_before(tok))
        if found is not None and found[0] != "killed" and not is_person_noun(noun):
            continue  # a name or a title counts as a victim of a killing only
        if found is not None and not realis(found[1]):
            continue  # "attempted to lynch a man"
        if found is not None and _apposed(noun, found[0], counts, out):
            continue  # "Tamboura Oumarou, a village councilman, was murdered": one victim
        part_of = part_parent(noun)
        if found is None and part_of is None:
            continue
        start, end = tok.idx, noun.idx + len(noun.text)
        marker = part_marker(noun) if part_of is not None else None
        if marker is not None and marker.idx < start:
            start = marker.idx
        count = Count(
            text=doc_text(doc)[start:end], start=start, end=end, value=1, low=None, high=None,
            category=found[0] if found else "other", subject=subject_of(noun), claimant=None,
            stage=stage,
        )  # fmt: skip
        out.append(Figure(count, tok, noun, found[1] if found else None, part_of))
    return out
