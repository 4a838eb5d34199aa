"""The event model's inter codes for the two sides of a short event description.

The rules read each side from one phrase; the event model
(:mod:`sitrep.events.classifier`) reads the whole description and tells the
kind of each side better on ACLED-style text: "herders" who raid a village are
a communal militia, the army is named first in a clash with rebels, a protest
dispersed by force has the police as its second side. So, on a description
(:func:`~sitrep.events.model_types.is_snippet`) and only when the model is at
least :data:`INTER` sure of a code the row does not have (:data:`GUESSED_INTER` for
an actor1 the text did not name at all, a default, whose sides it then never swaps):

- **actor1**: when the model's inter1 is the row's inter2, the two sides swap
  (the rules read them the other way round, or read a victim as the doer);
  a doer the text named swaps only when the model reads the two sides as of
  different kinds (not two armed groups it cannot order); otherwise an actor1 that names no
  one in particular (a default, or a generic name such as ``Unidentified Armed
  Group (Kenya)``: :func:`~sitrep.events.actor_names.is_generic`; but not a
  state's forces the text named, unless the model is :data:`NOT_STATE` sure of
  a non-state armed kind that is not the other side's) becomes the generic
  actor of the model's code in the row's country (:func:`generic_actor`). When
  the event's country is unknown, or the model is at least :data:`HOME_ABROAD`
  sure, a state's forces switch between inter 1 and 8 (abroad) by the model's
  reading, keeping their name (otherwise the names and the place's country
  decide: a place read in the wrong country, or a foreign air force the text
  does not call foreign, misleads them); forces the place's country puts abroad
  come home already at :data:`INTER` (a place read in the wrong country is the
  commoner slip). Force used on a protest ("Excessive
  force against protesters") puts the state's forces first when the model reads
  them as the doers and the protesters as their target.
- **actor2**: a generic or missing actor2 takes the model's inter2 likewise (and
  forces put abroad come home),
  and is dropped when the model reads no second side and the text named none.

On news (:func:`recast_default_doer`) only an actor1 the text did not name at
all, a default, takes the model's inter1, when it is at least
:data:`NEWS_INTER` sure of it.

A named group read from the text is never renamed, and the event type's needs
win over the model (:data:`_ACTOR1`, :data:`_ACTOR2`): civilians stay the
target of violence against civilians (and are never the doers of political
violence, only of a strategic development: civilians displaced), a battle
keeps two armed sides, and a protest or a riot keeps its crowd as actor1. A
changed slot is marked ``derived[...] = "model"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_names import ABROAD, is_generic, name_actor
from .actor_refs import ActorRef

if TYPE_CHECKING:
    from .assemble import Row
    from .classifier import TypePrediction

__all__ = ["recast_actors", "recast_default_doer", "generic_actor", "INTER", "GUESSED_INTER",
           "NEWS_INTER",
           "NOT_STATE", "HOME_ABROAD"]

#: Inter-code probability from which the model recasts a side of a description.
INTER = 0.6
#: … and an actor1 the rules only guessed (a default: the text named no doer), whose
#: reading the model's beats even when it is less sure.
GUESSED_INTER = 0.4
#: … and from which a state's forces the text seemed to name as the doer of political
#: violence become the non-state armed actor the model reads (a soldier killed, read
#: as the doer; a group in uniform).
NOT_STATE = 0.65
#: … and on news, where only a doer the rules could not read at all is recast.
NEWS_INTER = 0.7
#: … and from which it tells a state's forces at home (1) from abroad (8) even where the
#: event's country is known: a place read in the wrong country, or a foreign force the
#: text did not call foreign.
HOME_ABROAD = 0.8
_STATE, _CIVILIANS = 1, 7
EXCESSIVE_FORCE = "Excessive force against protesters"
_KIND_BY_INTER = {2: "rebels", 3: "unidentified", 5: "rioters", 6: "protesters", 7: "civilians"}
_CROWD_TYPES = frozenset({"Protests", "Riots"})
_ARMED = frozenset({1, 2, 3, 4, 8})
_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: The inter codes a recast side may take in each event type: armed doers of political
#: violence; a crowd keeps its own kind; civilians stay the target of violence against them
#: and act only in a strategic development (displaced).
_ACTOR1 = {"Battles": _ARMED, "Explosions/Remote violence": _ARMED,
           "Violence against civilians": _ARMED,
           "Strategic developments": _ARMED | {5, 6, 7}}  # civilians displaced
_ACTOR2 = {"Battles": _ARMED, "Explosions/Remote violence": _ARMED | {7},
           "Protests": frozenset({0, 1}), "Riots": frozenset({0, 1, 7}),
           "Strategic developments": frozenset(range(9))}


def generic_actor(inter: int, event_type: str, country_code: str | None, country: str,
                  date: str | None) -> tuple[str, int] | None:
    """The ACLED name of an unnamed actor of ``inter`` in the country (None for inter 8 and
    unknown codes: an army abroad cannot be named without its country)."""
    if inter == _STATE:
        kind = "police" if event_type in _CROWD_TYPES else "military"
    elif inter == 4:  # ACLED's name for a communal militia nobody identified
        return "Unidentified Communal Militia" + (f" ({country})" if country else ""), 4
    elif inter in _KIND_BY_INTER:
        kind = _KIND_BY_INTER[inter]
    else:
        return None
    name, code = name_actor(ActorRef(kind, country_code), date, country_code, None)
    return name, (2 if inter == 2 else code)


def recast_actors(row: Row, pred: TypePrediction, country: str) -> None:
    """Set ``row``'s sides from the model's inter codes where it is sure (see the module
    notes); ``country`` is the ACLED name of the row's country."""
    sure = GUESSED_INTER if row.derived.get("actor1") == "default" else INTER
    if pred.inter1_probability >= sure and pred.inter1 != row.inter1:
        _recast_actor1(row, pred, country)
        if pred.inter1_probability >= NOT_STATE and row.inter1 in (_STATE, ABROAD):
            _recast_state(row, pred.inter1, country)
    if pred.inter2_probability >= INTER and pred.inter2 != row.inter2:
        _recast_actor2(row, pred.inter2, country)


def recast_default_doer(row: Row, pred: TypePrediction, country: str) -> None:
    """On news: an actor1 the text did not name (a default) takes the model's inter1 when
    it is at least :data:`NEWS_INTER` sure; the sides never swap and actor2 stays."""
    if row.derived.get("actor1") == "default" and pred.inter1 != row.inter1 \
            and pred.inter1_probability >= NEWS_INTER and pred.inter1 != ABROAD \
            and pred.inter1 != row.inter2:  # the other side's kind: the sides stay
        _recast_actor1(row, pred, country, description=False)


def _unnamed(row: Row, slot: str) -> bool:
    """The slot is a guess, or a generic name other than a state's forces read from the
    text ("Malian soldiers" stay the army whatever the model says)."""
    name, inter = (row.actor1, row.inter1) if slot == "actor1" else (row.actor2, row.inter2)
    if slot in row.derived or slot not in row.evidence or not name:
        return True
    return is_generic(name) and inter not in (_STATE, ABROAD)


def _allowed(event_type: str, slot: str, inter: int) -> bool:
    return inter in (_ACTOR1 if slot == "actor1" else _ACTOR2).get(event_type, frozenset())


def _same(name: str, other: str) -> bool:
    """The same actor, whatever the years: "Military Forces of Kenya (2013-)"."""
    return name.split(" (")[0] == other.split(" (")[0]


def _swap(row: Row) -> None:
    row.actor1, row.actor2 = row.actor2, row.actor1
    row.inter1, row.inter2 = row.inter2, row.inter1
    for table in (row.evidence, row.derived):
        first, second = table.pop("actor1", None), table.pop("actor2", None)
        if first is not None:
            table["actor2"] = first  # type: ignore[assignment]
        if second is not None:
            table["actor1"] = second  # type: ignore[assignment]
    row.derived.setdefault("actor1", "model")


def _recast_actor1(row: Row, pred: TypePrediction, country: str, *,
                   description: bool = True) -> None:
    inter, two_kinds = pred.inter1, description and pred.inter2 != pred.inter1
    guessed = "actor1" in row.derived or "actor1" not in row.evidence
    if inter == row.inter2 and row.actor2 and row.inter2 != _CIVILIANS and (
            row.event_type not in _CROWD_TYPES and (guessed or two_kinds)
            or _force_on_crowd(row, pred)):
        if pred.inter1_probability >= INTER:  # a less sure reading only renames a guess
            _swap(row)
    elif {inter, row.inter1} == {_STATE, ABROAD}:
        # with no event country to tell home from abroad by, or when the model is sure
        # (a place read in the wrong country, a foreign force the text did not call so)
        if row.country_code is None or (description and (
                inter == _STATE or pred.inter1_probability >= HOME_ABROAD)):
            row.inter1 = inter
            row.derived["actor1"] = "model"
    elif _unnamed(row, "actor1") and _allowed(row.event_type, "actor1", inter):
        named = generic_actor(inter, row.event_type, row.country_code, country,
                              row.event_date)
        if named is not None and not _same(named[0], row.actor2):
            row.actor1, row.inter1 = named
            row.derived["actor1"] = "model"


def _force_on_crowd(row: Row, pred: TypePrediction) -> bool:
    """Lethal force used on a protest: the model reads the state's forces as the doers
    and the protesters as their target, the rules the protesters first."""
    return row.event_type == "Protests" and row.sub_event_type == EXCESSIVE_FORCE \
        and pred.inter1 == _STATE and pred.inter2 == row.inter1


def _recast_state(row: Row, inter: int, country: str) -> None:
    if inter in (2, 3, 4) and inter != row.inter2 and row.event_type in _VIOLENCE:
        named = generic_actor(inter, row.event_type, row.country_code, country, row.event_date)
        if named is not None and not _same(named[0], row.actor2):
            row.actor1, row.inter1 = named
            row.derived["actor1"] = "model"


def _recast_actor2(row: Row, inter: int, country: str) -> None:
    if row.inter2 and {inter, row.inter2} == {_STATE, ABROAD}:
        if row.country_code is None or inter == _STATE:  # home, as for actor1
            row.inter2 = inter
            row.derived["actor2"] = "model"
        return
    if not (_unnamed(row, "actor2") and _allowed(row.event_type, "actor2", inter)):
        return
    if inter == 0:
        if "actor2" not in row.evidence:
            row.actor2, row.inter2 = "", 0
            row.derived.pop("actor2", None)
        return
    named = generic_actor(inter, row.event_type, row.country_code, country, row.event_date)
    if named is not None and not _same(named[0], row.actor1):
        row.actor2, row.inter2 = named
        row.derived["actor2"] = "model"
