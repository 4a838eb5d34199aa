"""Cue words used as figures of speech: "the fight against corruption", "a legal battle",
"tariffs that targeted China", "hit a record high" (:func:`figurative`).

War words run through business, politics and health news. A use is figurative, and
reports no event, when:

- a "fight", "battle", "war" or "struggle" is waged against, on or over something that
  is no armed side (``data/events/figurative_targets.txt``, or a word ending in -ism:
  "terrorism", "extremism"), or a verb of fighting takes such an object ("fighting
  AIDS");
- a modifier makes it a contest of no arms: "a legal battle", "competitive battles", "a
  trade war" (``figurative_modifiers.txt``);
- the subject of "target", "hit", "strike", "attack" or "push" wields no arms: "the
  tariffs targeted China", "the law targets journalists" (``figurative_subjects.txt``);
- the object makes the verb an idiom: "hit a record high", "struck a chord", "pushing
  the limits", "shot down the rumours" (``figurative_objects.txt``); a product or a
  message is "targeted to an audience" (``figurative_audiences.txt``); what an
  explosion is in or of makes it growth ("an explosion in HIV cases"), and what a
  demonstration is of a display ("a demonstration of military power":
  ``figurative_growth.txt``);
- "striking" is an adjective ("the most striking thing");
- one "pushes for" something or "pushes to" do it: a demand, not an advance ("pushed the
  attackers to the river" is one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import antecedent, first_child
from .lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["figurative"]

_TARGETS = reference.words("events/figurative_targets")
_MODIFIERS = reference.words("events/figurative_modifiers")
_SUBJECTS = reference.words("events/figurative_subjects")
_OBJECTS = reference.words("events/figurative_objects")
_AUDIENCES = reference.words("events/figurative_audiences")
_GROWN = reference.words("events/figurative_growth")
_CONTESTS = frozenset({"fight", "fighting", "battle", "war", "struggle", "combat", "clash"})
_AGAINST = frozenset({"against", "on", "over"})
_WIELDED = frozenset({"target", "hit", "strike", "attack", "push"})
_IDIOMS = frozenset({"hit", "strike", "push", "shoot"})
_GROWTH = frozenset({"explosion", "explode", "demonstration"})
#: What an explosion is "in" or "of", a demonstration "of"; whom a message is targeted
#: "to" or "at".
_GROWN_PREPS = frozenset({"in", "of"})
_AUDIENCE_PREPS = frozenset({"to", "at"})


def _abstract(tok: Token) -> bool:
    lemma = lemma_of(tok)
    return lemma in _TARGETS or tok.lower_ in _TARGETS or (
        lemma.endswith("ism") and tok.pos_ == "NOUN")


def _objects(tok: Token, preps: frozenset[str] = frozenset()) -> list[Token]:
    """The direct object, and the objects of ``preps`` ("against", "on", "over"
    by default)."""
    out = [c for c in tok.children if c.dep_ == "dobj"] if not preps else []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in (preps or _AGAINST):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def figurative(tok: Token) -> bool:
    """Whether the cue word at ``tok`` is used as a figure of speech (see the module)."""
    lemma = lemma_of(tok)
    if lemma in _CONTESTS:
        if any(_abstract(o) for o in _objects(tok)):
            return True  # "the fight against terrorism", "fighting AIDS"
        if any(c.dep_ in ("amod", "compound") and lemma_of(c) in _MODIFIERS
               for c in tok.children):
            return True  # "a legal battle", "a trade war"
    if lemma == "strike" and (tok.tag_ == "JJ" or tok.dep_ == "acomp"):
        return True  # "the most striking thing", "the resemblance is striking"
    if tok.pos_ == "VERB" and lemma in _WIELDED:
        subject = first_child(tok, ("nsubj",))
        if subject is not None and lemma_of(antecedent(subject)) in _SUBJECTS:
            return True  # "the tariffs targeted China"
    if lemma in _GROWTH and any(lemma_of(o) in _GROWN for o in _objects(tok, _GROWN_PREPS)):
        return True  # "an explosion in HIV cases", "a demonstration of military power"
    if lemma == "target" and any(lemma_of(o) in _AUDIENCES
                                 for o in _objects(tok, _AUDIENCE_PREPS)):
        return True  # "populist fare, targeted to an audience"
    if tok.pos_ == "VERB" and lemma in _IDIOMS:
        if any(lemma_of(o) in _OBJECTS for o in _objects(tok)):
            return True  # "hit a record high", "shot down the rumours"
        if lemma == "push" and any(
                (c.dep_ == "prep" and c.lower_ == "for")
                or (c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children))
                for c in tok.children):
            return True  # "pushes for a quick withdrawal", "pushed to hold talks"
    return False
