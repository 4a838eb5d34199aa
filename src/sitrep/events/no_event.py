"""Happenings told with a trigger word that ACLED codes no event (:func:`no_event`).

A trigger word and its sides can still tell no political violence, demonstration or
strategic development:

- an arrest of no one political ("arrested for failing to produce a licence"), or by
  police in a report of no conflict ("police arrested four vendors");
- an evacuation told only as a figure ("8,000 people have been evacuated"), not as an
  order;
- a deal, a sexual assault or a change to a group with no armed side, in a report of no
  conflict ("Alcoa signed agreements with three insurers", "a child who was raped", "she
  mobilizes both to confront the logjam"); a mobilisation needs a force word in its
  sentence ("mobilised 300 reservists");
- a withdrawal with no armed side leaving or left ("the case was withdrawn", "the airline
  pulled out for the same reasons").

The event model's cue on a short description (weaker than any trigger word,
:mod:`sitrep.events.described`) is read as the model's event, not by these word rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from .deaths import conflict_setting
from .lexicon import ARMED_NOUNS, MILITARY_NOUNS, MILITIA_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .actor_refs import ActorRef
    from .triggers import Trigger

__all__ = ["no_event"]

#: Words that make an arrest political ("suspected saboteurs", "opposition activists").
_POLITICAL = reference.words("events/political_arrest_words")
#: Families that are ACLED events only between armed sides or in a conflict.
_NEED_CONFLICT = frozenset({"agree", "sexual", "change"})
_MOBILISE = frozenset({"mobilise", "mobilize", "mobilisation", "mobilization"})
_FORCES = MILITARY_NOUNS | ARMED_NOUNS | MILITIA_NOUNS
#: The weakest trigger word's strength; the event model's cue is weaker.
_WORD_STRENGTH = 0.3


def _political(sent: Span) -> bool:
    return any(t.lemma_.lower() in _POLITICAL for t in sent)


def _armed_sides(trig: Trigger, agent: ActorRef | None, patient: ActorRef | None) -> bool:
    if trig.lemma in _MOBILISE:
        return any(t.lemma_.lower() in _FORCES for t in trig.token.sent)
    return any(r is not None and r.armed for r in (agent, patient))


def no_event(trig: Trigger, agents: list[ActorRef], agent: ActorRef | None,
             patient: ActorRef | None) -> bool:
    """Whether the trigger ``trig``, with the sides read for it (``agents`` as the
    sentence names them; ``agent`` and ``patient`` settled), tells no ACLED event."""
    family, tok = trig.family, trig.token
    if family == "arrest" and not _political(tok.sent) and (
            not agents or not conflict_setting(tok.doc)):
        return True
    if family == "evacuate" and agent is None and tok.pos_ == "VERB":
        return True
    word = trig.strength >= _WORD_STRENGTH
    if family in _NEED_CONFLICT and word and not _armed_sides(trig, agent, patient) \
            and not conflict_setting(tok.doc):
        return True
    return family == "withdraw" and word and not _armed_sides(trig, agent, patient)
