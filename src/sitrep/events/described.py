"""A short event description that no trigger word reads: the event model's row.

An ACLED-style description ("On 1 May 2022, QSD detained a civilian near the
Dawla roundabout in Ar-Raqqa city.") reports one event, often in words the
trigger rules do not know or reject. When such a text
(:func:`~sitrep.events.model_types.is_snippet`) gives the rules no row, and the
event model (:mod:`sitrep.events.classifier`) is at least :data:`DESCRIBED`
sure of its event type (:data:`DESCRIBED_CUED` when a trigger word of its kind tells
the event,
:data:`DESCRIBED_STRATEGIC` of a strategic development),
the main verb of its first sentence becomes the cue of one row of the model's
type and sub-type, unless the text says the event did not or may not happen, or
is background or a trend (that verb or a trigger word of the model's kind
negated, under a modal, under "threatened", "denied", "accused", "since…",
or a plural told as a trend: :func:`~sitrep.events.realis.unreal`), gives a
running toll, tells a trial ("convicted of shooting": ``data/events/court_verbs.txt``),
or tells deaths with no attack word by accident, or with no killing
told out of any armed conflict (as :mod:`sitrep.events.deaths` reads them). The
rules still read that row's actors, place and date from the sentence; its
trigger family, and so the actor slots the rules fill, comes from
``data/events/model_families.csv``; the model's inter codes then recast the
sides the rules could only guess (:mod:`sitrep.events.model_actors`).
``derived["event_type"]`` says ``"model"``.

A longer news report never gets such a row: there only a trigger word the
rules accept makes an event.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .. import reference
from . import classifier
from .actor_names import country_name
from .assemble import Row, build_row
from .classify import coarse
from .deaths import no_accident
from .draft import SentenceView, draft_cue
from .lexicon import IRREALIS_GOVERNORS, REPORTING_VERBS
from .model_actors import recast_actors
from .model_types import take_type
from .realis import unreal
from .triggers import Trigger, find_triggers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..gazetteer.protocol import Places
    from .context import Discourse

__all__ = ["described_row", "DESCRIBED", "DESCRIBED_CUED", "DESCRIBED_STRATEGIC"]

#: Event-type probability from which the model's reading makes a row of a description:
#: political violence or a demonstration …
DESCRIBED = 0.5
#: … and one told with a trigger word of the model's kind the rules made no row of
#: ("MNLA overtakes Ber"), where a text of prices or harvests, or of a case withdrawn
#: in court, has none.
DESCRIBED_CUED = 0.3
#: … and a strategic development, the kind the model gives a text that tells no event
#: at all (a bank's forecast, a court hearing), so it must be surer.
DESCRIBED_STRATEGIC = 0.5
#: How sure a cue found by the model is, against a trigger word's 0.3–1.0.
_STRENGTH = 0.2
_FAMILIES = {r["sub_event_type"]: (r["family"], r["weapon"] or None)
             for r in reference.table("events/model_families")}
_DEFAULT_FAMILY = ("change", None)
_STRATEGIC = "Strategic developments"
_COURT_VERBS = reference.words("events/court_verbs")
_VICTIM_VERBS = frozenset({"die", "dead"})
#: Why a mention did not happen that keeps the model from reading an event.
_IRREALIS = frozenset({"negated", "modal", "hypothetical", "background", "generic",
                       "habitual"})


def described_row(text: str, sents: list[Span], views: dict[int, SentenceView],
                  paras: list[int], ctx: Discourse, gazetteer: Places, *, totals: bool = False
                  ) -> Row | None:
    """The one row the model reads in the description ``text``, or None.

    ``views`` holds the :class:`SentenceView` of each sentence that may report the
    event (captions have none); ``paras`` the paragraph of each sentence; ``totals``
    whether the text gives a running toll ("72 soldiers killed in the war this year"),
    which is no event.
    """
    if totals:
        return None
    found = [t for sent in sents for t in find_triggers(sent)]
    pred = classifier.predict([text])[0]
    if pred.event_type_probability < (DESCRIBED_STRATEGIC if pred.event_type == _STRATEGIC
                                       else DESCRIBED_CUED):
        return None
    family, weapon = _FAMILIES.get(pred.sub_event_type, _DEFAULT_FAMILY)
    if pred.event_type_probability < DESCRIBED and not any(
            coarse(t.family) == coarse(family) and t.token.lemma_.lower() not in _VICTIM_VERBS
            for t in found):
        return None  # dying tells no deed
    if _told_unreal(found, family):
        return None  # "threatened to attack", "denied killing"
    if _deaths_out_of_conflict(sents, views, found):
        return None
    for i, sent in enumerate(sents):
        view = views.get(i)
        verb = _main_verb(sent, {t.token.i for t in found}) if view is not None else None
        if view is None or verb is None:
            continue
        if unreal(verb) in _IRREALIS or (verb.lemma_.lower() in IRREALIS_GOVERNORS and any(
                c.dep_ in ("xcomp", "ccomp") for c in verb.children)):
            return None  # "threatened to attack"; but "protesters demanded services" did
        if verb.lemma_.lower() in _COURT_VERBS:
            return None  # "a man was convicted of shooting his wife": a trial, not the deed
        trig = Trigger(verb, verb.idx, verb.idx + len(verb.text), family, _STRENGTH,
                       weapon=weapon)
        draft = draft_cue(trig, sent, i, paras[i], view)
        if draft is None:  # a vague time: background, not the event
            return None
        ctx.resolve_actors(draft, sent)
        cue = ctx.sentence_country(sent)
        for settled in ctx.settle(draft, sent):
            row = build_row(settled, ctx, cue, gazetteer, None)
            if row is not None:
                where = country_name(row.country_code, gazetteer) or ""
                take_type(row, pred.event_type, pred.sub_event_type, where)
                recast_actors(row, pred, where)
                row.derived["event_type"] = "model"
                return row
        return None
    return None


def _told_unreal(found: list[Trigger], family: str) -> bool:
    """The text tells the event the model reads as one that did not or may not happen: a
    trigger word of its kind (:func:`~sitrep.events.classify.coarse`) is unreal. A word of
    another kind told as a purpose or a demand ("a rally demanding his arrest", "no one was
    injured" by a bomb) does not say so; an unreal main verb ("police did not detain
    anyone") vetoes the row on its own."""
    kind = coarse(family)
    return any(coarse(t.family) == kind and unreal(t.token) in _IRREALIS for t in found)


def _deaths_out_of_conflict(sents: list[Span], views: dict[int, SentenceView],
                            found: list[Trigger]) -> bool:
    """Deaths told with no attack word, by accident or illness ("Three killed in a car
    crash"), or with no killing told in a text that speaks of no armed conflict
    ("Three people died in Ukraine")."""
    killed = any(c.category == "killed" for v in views.values() for c in v.counts)
    if not (found or killed) or any(t.family != "kill" or t.strength >= 0.5 for t in found):
        return False
    if not all(no_accident(s) for s in sents):
        return True
    return not any(v.setting for v in views.values()) and not any(_doer(t.token) for t in found)


def _doer(tok: Token) -> bool:
    """A killing with its killer named ("was killed by area residents", "gunmen shot") or
    told by a verb of killing in the passive, which has a killer ("a man was killed and his
    body was found"); dying names none ("three people died")."""
    if tok.lemma_.lower() in _VICTIM_VERBS:
        return False
    if tok.pos_ == "VERB" and tok.tag_ == "VBN":
        return True
    return any(c.dep_ == "agent" or (c.dep_ == "nsubj" and tok.pos_ == "VERB")
               for c in tok.children)


def _main_verb(sent: Span, cued: Collection[int] = ()) -> Token | None:
    """The sentence's root when it is a verb, else its first verb, or the head noun of a
    headline with no verb ("Police exchange fire with bandits"). A reporting root read
    as negated ("…, no casualties reported") gives way to the clause it tells. A root
    noun that is a trigger word (``cued``: "Clashes between the army and rebels (recently
    renamed …) in Akoke", even when the verb in brackets was read as the root) is
    the cue, whatever verb follows it; a sentence with no verb
    and no noun at its root is cued by its first common noun that names no entity
    ("On 14 May, in Rutshuru, a protest of several hundred residents")."""
    root = sent.root
    if root.pos_ == "VERB" and _bracketed(root):  # "(recently renamed …)" misparsed as root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i in cued), None)
        if subject is not None:
            return subject
    if root.pos_ == "VERB":
        if root.lemma_.lower() in REPORTING_VERBS and unreal(root) in _IRREALIS:
            told = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"),
                        None)
            return told or root
        return root
    if root.i in cued and root.pos_ in ("NOUN", "PROPN"):
        return root
    verb = next((t for t in sent if t.pos_ == "VERB"), None)
    if verb is None and root.pos_ in ("NOUN", "PROPN"):
        return root
    if verb is None:
        return next((t for t in sent if t.pos_ == "NOUN" and not t.ent_type_), None)
    return verb


def _bracketed(tok: Token) -> bool:
    """The word lies inside brackets of its sentence."""
    before = [t.text for t in tok.sent if t.i < tok.i and t.text in "()"]
    return bool(before) and before[-1] == "("
