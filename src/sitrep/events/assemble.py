"""From a settled mention to an ACLED row: type, actors, names, evidence, merging.

:func:`build_row` classifies a :class:`~sitrep.events.context.Settled`
mention, puts its actors in ACLED's slots for its event type (the
protesters first in a protest, the police second; the attacker first in a
strike, its civilian victims second) and names them. :func:`merge_rows`
applies ACLED's unit of analysis: one event is one type, the same actor,
one location, one day, so mentions that agree on those become one row, with
the most specific sub-type and all their evidence.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Place
from .actors import STATE_KINDS, ActorRef, name_actor, settle_kind
from .classify import (
    SUBTYPE_BY_WEAPON,
    TERRITORY,
    classify,
    disorder_type,
    territory_subtype,
)
from .context import Discourse, Settled
from .deaths import death_sides
from .locate import geo_precision
from .no_event import no_event

if TYPE_CHECKING:

    from ..gazetteer.protocol import Places

__all__ = ["Row", "absorb", "build_row", "merge_rows", "take_evidence", "SUBTYPE_RANK"]

log = logging.getLogger(__name__)

_CROWD = frozenset({"protesters", "crowd", "civilians", "rioters"})
_OPPONENT = frozenset({"military", "police", "government", "group", "unidentified", "militia",
                       "rebels"})
_TARGETS = frozenset({"civilians", "military", "police", "group", "unidentified", "militia",
                      "rebels",
                      "government"})

_ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1")
_AIR_STRIKE = "Air/drone strike"

#: Lower is more specific; merged rows keep the most specific sub-type.
SUBTYPE_RANK = {
    "Non-state actor overtakes territory": 0, "Government regains territory": 0,
    "Suicide bomb": 0, "Chemical weapon": 1, "Remote explosive/landmine/IED": 2, "Grenade": 3,
    "Air/drone strike": 4, "Shelling/artillery/missile attack": 5,
    "Abduction/forced disappearance": 0, "Sexual violence": 0,
    "Excessive force against protesters": 0, "Protest with intervention": 1,
}


@dataclass(slots=True)
class Row:
    """An event with every ACLED value decided but its counts."""

    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    actor2: str
    inter2: int
    assoc_actor_1: str
    place: Place | None
    geo_precision: int | None
    event_date: str | None
    time_precision: int | None
    family: str
    lemma: str
    weapon: str | None
    strength: float
    sentences: set[int]
    anchors: list[tuple[int, int]]
    evidence: dict[str, list[list[int]]] = field(default_factory=dict)
    derived: dict[str, str] = field(default_factory=dict)
    country_code: str | None = None

    @property
    def disorder_type(self) -> str:
        return disorder_type(self.event_type, self.sub_event_type)

    @property
    def key(self) -> tuple[Any, ...]:
        where = (self.place.geonameid or self.place.name) if self.place else None
        kind = self.event_type
        if kind in ("Riots", "Strategic developments"):
            kind += "/" + self.sub_event_type  # a riot and a lynching are two events
        return (kind, self.actor1, where, self.event_date)


def _first(refs: list[ActorRef], kinds: frozenset[str] | set[str]) -> ActorRef | None:
    return next((r for r in refs if r.kind in kinds), None)


def _forces_ok(settled: Settled, agent: ActorRef | None, patient: ActorRef | None) -> bool:
    trig = settled.draft.trigger
    if not trig.needs_force:
        return True
    if trig.weapon in SUBTYPE_BY_WEAPON:
        return True
    return any(r is not None and (r.armed or r.kind in ("rioters", "crowd", "milsite"))
               for r in (agent, patient))


def build_row(settled: Settled, ctx: Discourse, sent_cue: str | None, gazetteer: Places,
              prior_nonstate: ActorRef | None) -> Row | None:
    """Classify and name one settled mention; None when it is no ACLED event."""
    draft = settled.draft
    trig = draft.trigger
    family = trig.family
    country = settled.place.country_code if settled.place is not None else None

    def fix(ref: ActorRef) -> ActorRef:
        return ctx.fill_country(settle_kind(ref, family), sent_cue, country)

    agents = [fix(r) for r in draft.agents]
    patients = [fix(r) for r in draft.patients]
    victims = [fix(r) for r in draft.victims]
    agent = agents[0] if agents else None
    patient = patients[0] if patients else (victims[0] if victims else None)
    if not _forces_ok(settled, agent, patient):
        return None
    if no_event(trig, draft.agents, agent, patient):
        return None
    kinds = classify(family, trig.lemma, agent, patient, draft.scene)
    if kinds is None:
        return None
    etype, subtype = kinds
    derived = dict(settled.derived)
    a1, a2, assoc = _slots(etype, subtype, family, agents, patients, victims, country,
                           prior_nonstate, derived)
    if etype == "Battles" and not agents and (trig.deaths or not patients) and \
            any(v.armed for v in victims):  # a clash told only by its dead
        a1, a2 = death_sides(victims, trig.token.sent, country, gazetteer)
        derived.update({f"actor{n}": "default" for n, r in ((1, a1), (2, a2)) if not r.spans})
        derived.pop("actor1", None) if a1.spans else None
    if etype == "Battles" and family not in ("clash", "offensive") and \
            not draft.scene.deaths and not any(v.armed and v.spans for v in victims) and \
            _no_side_read(a2, derived):
        return None  # "the attacks have grown more frequent": no armed side in the text
    if subtype == TERRITORY:
        state = a1 is not None and a1.kind in STATE_KINDS
        subtype = territory_subtype(family, state, a1.country if a1 else None, country)
    date = settled.date
    name1, inter1 = name_actor(a1, date, country, gazetteer) if a1 else ("", 0)
    name2, inter2 = name_actor(a2, date, country, gazetteer) if a2 else ("", 0)
    if name2 == name1:
        name2, inter2, a2 = "", 0, None
    assoc_names = [name_actor(r, date, country, gazetteer)[0] for r in assoc]
    evidence: dict[str, list[list[int]]] = {"event_type": [list(a) for a in draft.anchors]}
    for fname, ref in (("actor1", a1), ("actor2", a2)):
        if ref is not None and ref.spans and derived.get(fname) != "default":
            evidence[fname] = [list(s) for s in ref.spans]
    if assoc:
        evidence["assoc_actor_1"] = [list(s) for r in assoc for s in r.spans]
    if settled.place_span is not None:
        evidence["location"] = [list(settled.place_span)]
    if settled.date_span is not None:
        evidence["event_date"] = [list(settled.date_span)]
    precision = geo_precision(settled.place, settled.near) if settled.place else None
    return Row(
        event_type=etype, sub_event_type=subtype, actor1=name1, inter1=inter1,
        actor2=name2, inter2=inter2, assoc_actor_1="; ".join(dict.fromkeys(assoc_names)),
        place=settled.place, geo_precision=precision, event_date=date,
        time_precision=settled.time_precision, family=family, lemma=trig.lemma,
        weapon=trig.weapon, strength=trig.strength, sentences=set(draft.sentences),
        anchors=list(draft.anchors), evidence=evidence, derived=derived,
        country_code=country,
    )


def _no_side_read(a2: ActorRef | None, derived: dict[str, str]) -> bool:
    """A battle needs an armed side named in the text: with actor1 a default and actor2
    absent, a default or inferred, nothing but the verb says that two forces fought."""
    return derived.get("actor1") == "default" and (
        a2 is None or derived.get("actor2") in ("default", "inferred"))


def _default(kind: str, country: str | None, derived: dict[str, str], slot: str) -> ActorRef:
    derived[slot] = "default"
    return ActorRef(kind, country)


def _slots(etype: str, subtype: str, family: str, agents: list[ActorRef],
           patients: list[ActorRef], victims: list[ActorRef], country: str | None,
           prior_nonstate: ActorRef | None, derived: dict[str, str]
           ) -> tuple[ActorRef | None, ActorRef | None, list[ActorRef]]:
    """(actor1, actor2, associated actors of actor1) for an event of ``etype``."""
    everyone = agents + patients
    a1: ActorRef | None
    a2: ActorRef | None
    if etype == "Protests":
        a1 = _first(everyone, _CROWD) or _default("protesters", country, derived, "actor1")
        a1 = ActorRef("protesters", a1.country, spans=a1.spans)
        if subtype == "Peaceful protest":  # the authority protested against is no side
            return a1, None, []
        a2 = _first(everyone, STATE_KINDS) or _default("police", country, derived, "actor2")
        return a1, a2, []
    if etype == "Riots":
        crowd = _first(agents, _CROWD)
        a1 = ActorRef("rioters", crowd.country if crowd else country,
                      spans=crowd.spans if crowd else ())
        if crowd is None:
            derived["actor1"] = "default"
        a2 = _first(patients + victims, _TARGETS)
        if a2 is None and subtype == "Mob violence":
            a2 = _default("civilians", country, derived, "actor2")
        return a1, a2, []
    a1 = agents[0] if agents else None
    if a1 is not None and a1.kind in _CROWD and subtype not in ("Agreement", "Arrests",
                                                                "Change to group/activity"):
        # "a woman blew herself up"; "members of the Ulegun community attacked": a militia
        a1 = ActorRef("militia" if a1.communal else "unidentified", a1.country, spans=a1.spans)
    assoc = [r for r in agents[1:] if r.armed and r.kind == a1.kind] if a1 else []
    if etype == "Battles":
        a2 = _first(patients, _OPPONENT) or next(  # "clashed with herders": a militia
            (ActorRef("militia", r.country, spans=r.spans) for r in patients if r.communal), None)
        if a2 is not None:  # "soldiers and Wagner fighters clashed with JNIM": allies
            assoc = [r for r in agents[1:] if r.armed]
        else:  # "Russian and Ukrainian troops clashed": the two sides
            a2 = next((r for r in agents[1:] if a1 is not None and r.armed and
                       (r.kind, r.country) != (a1.kind, a1.country)), None)
            assoc = [r for r in assoc if r is not a2]
        if a1 is None and a2 is not None:
            a1, a2 = a2, None
        if a1 is None:
            a1 = _default("unidentified", country, derived, "actor1")
        if a2 is None:
            a2 = _opponent(a1, country, prior_nonstate)
            if a2 is not None:
                derived["actor2"] = "inferred"
        return a1, a2, assoc
    if etype == "Strategic developments":
        return _strategic(subtype, family, a1, agents, patients, country, derived), \
            _strategic_target(subtype, agents, patients, country, derived), []
    if a1 is None:  # only states fly air strikes (ACLED: 98 in 100 by state forces)
        unnamed = "military" if subtype == _AIR_STRIKE else "unidentified"
        a1 = _default(unnamed, country, derived, "actor1")
    a2 = _first(patients, _TARGETS) or _first(victims, _TARGETS)
    if etype == "Violence against civilians" and (a2 is None or a2.kind != "civilians"):
        a2 = _default("civilians", country, derived, "actor2")
    return a1, a2, assoc


#: Territories whose defenders are armed groups, not a state army ACLED would name.
_NO_STATE_FORCES = frozenset({"PS"})


def _opponent(a1: ActorRef, country: str | None, prior: ActorRef | None) -> ActorRef | None:
    """The other side of a battle the text does not name."""
    state = a1.kind in STATE_KINDS
    if country in _NO_STATE_FORCES and state and a1.country != country:
        # no army of its own to meet an incursion: the armed group last named, else unknown
        if prior is not None and prior.kind not in STATE_KINDS:
            return prior
        return ActorRef("unidentified", country)
    if country and (not state or (a1.country and a1.country != country)):
        return ActorRef("military", country)  # an incursion, or rebels against the state
    if state and prior is not None and prior.kind not in STATE_KINDS:
        return prior
    return None


def _strategic(subtype: str, family: str, a1: ActorRef | None, agents: list[ActorRef],
               patients: list[ActorRef], country: str | None, derived: dict[str, str]
               ) -> ActorRef | None:
    if subtype == "Arrests":
        if a1 is None or a1.kind not in STATE_KINDS:
            return _default("police", country, derived, "actor1")
        return ActorRef("police", a1.country, spans=a1.spans) if a1.kind == "state" else a1
    if a1 is not None:
        return a1
    if subtype == "Looting/property destruction":
        return _default("unidentified", country, derived, "actor1")
    if subtype == "Disrupted weapons use":
        return _default("military", country, derived, "actor1")
    if family in ("evacuate", "change", "agree"):
        return _default("government", country, derived, "actor1")
    return None


def _strategic_target(subtype: str, agents: list[ActorRef], patients: list[ActorRef],
                      country: str | None, derived: dict[str, str]) -> ActorRef | None:
    if subtype == "Agreement":
        return agents[1] if len(agents) > 1 else _first(patients, _TARGETS)
    if subtype == "Arrests":
        target = _first(patients, _TARGETS | {"protesters"})
        return target or _default("civilians", country, derived, "actor2")
    if subtype == "Disrupted weapons use":
        owner = next((r for r in patients if r.kind in ("weapon", "military", "group")
                      and r.country), None)
        return ActorRef("military", owner.country, spans=owner.spans) \
            if owner is not None and owner.kind == "weapon" else owner
    if subtype == "Looting/property destruction":
        return _first(patients, _TARGETS) or _default("civilians", country, derived, "actor2")
    return None


def merge_rows(rows: list[Row]) -> list[Row]:
    """One row per (type, actor1, location, day), keeping all evidence."""
    merged: dict[tuple[Any, ...], Row] = {}
    for row in rows:
        key = row.key
        if key in merged:
            absorb(merged[key], row)
        else:
            merged[key] = row
    return list(merged.values())


def take_evidence(keep: Row, row: Row, name: str) -> None:
    """``keep``, which takes ``row``'s value of field ``name``, takes its evidence and
    how it was derived too."""
    if name in row.evidence:
        keep.evidence[name] = [list(span) for span in row.evidence[name]]
    keep.derived.pop(name, None)
    if name in row.derived:
        keep.derived[name] = row.derived[name]


def absorb(keep: Row, row: Row, fields: Collection[str] | None = None) -> None:
    """Fold ``row``, another telling of ``keep``'s event, into ``keep``.

    ``keep`` takes the more specific sub-type and an actor it lacked (or had only
    by default) when both rows have one type, and ``row``'s sentences, anchors and
    evidence: of every field, or of ``fields`` only (a coarser retelling's place
    is no evidence of ``keep``'s), and of an actor only where both name the same one.
    A value ``row`` read stops being derived in ``keep``, and a day ``keep`` only
    derived (from the publication day or an earlier event) gives way to the day ``row``
    read when both have one type: the lede's "on Wednesday" dates the headline's strike.
    """
    if keep.event_type == row.event_type:
        if SUBTYPE_RANK.get(row.sub_event_type, 9) < SUBTYPE_RANK.get(keep.sub_event_type, 9):
            keep.sub_event_type, keep.weapon = row.sub_event_type, row.weapon
            keep.family, keep.lemma = row.family, row.lemma
        if keep.derived.get("actor1") == "default" and row.derived.get("actor1") != "default" \
                and keep.actor1 != row.actor1:
            keep.actor1, keep.inter1 = row.actor1, row.inter1
        if not keep.actor2 and row.actor2:
            keep.actor2, keep.inter2 = row.actor2, row.inter2
            take_evidence(keep, row, "actor2")
    if "event_date" in keep.derived and "event_date" not in row.derived and row.event_date \
            and keep.event_type == row.event_type:
        keep.event_date, keep.time_precision = row.event_date, row.time_precision
        take_evidence(keep, row, "event_date")
    keep.sentences |= row.sentences
    keep.anchors.extend(a for a in row.anchors if a not in keep.anchors)
    keep.strength = max(keep.strength, row.strength)
    taken = [name for name in row.evidence if (fields is None or name in fields)
             and not (name in _ACTOR_FIELDS and getattr(keep, name) != getattr(row, name))]
    for name in taken:
        have = keep.evidence.setdefault(name, [])
        have.extend(s for s in row.evidence[name] if s not in have)
    for name in list(keep.derived):
        if name in taken and name != "actor2":
            keep.derived.pop(name)
