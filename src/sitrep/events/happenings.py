"""One happening, one row: fold the rows that retell an event already coded.

A report tells its main event several times: in the headline, in the lede
at the level of the region ("a grenade attack in Jammu and Kashmir"), again
with the town and the day, and once more when it gives the toll. Each
telling becomes a row of its own after :func:`~sitrep.events.assemble.merge_rows`
(which only joins rows that agree on type, actor, place and day). ACLED
codes one event. :func:`fold_happenings` folds a row into another when they
can only be the same happening:

- the same event type in the same country, at a compatible place (the same
  place, a region or country that contains the other's place, or no place),
  on a compatible day (the same day or the next, or a date only taken from
  the publication date), with compatible actors (the same actor1, one that
  was only a default, or the army, police or government of one state); or
- a generic battle whose sides were never named (a default actor1 or an
  inferred actor2), told in a sentence that another row already codes as
  a specific event at that place: "air strikes hit the town" is the air
  strike, not also a clash; or
- a battle with at most one named side (a default actor1, or no actor2 or
  only a guessed one) at the place of a strike or attack on the same day,
  in whatever sentence: "fighting" around a shelled town is the shelling; or
- property looted or destroyed in an attack at the same place on the same day,
  in whatever sentence the report tells it (ACLED codes it as part of the
  attack); or
- the same strike told once with its weapon and once only as "the attack"
  or "the killing" (a generic clash or attack on civilians at the same place,
  or within 30 km when one telling is only "near" a town, on the same day):
  "the attack … a suicide bombing that targeted policemen" is one suicide
  bombing, which keeps the weapon's type.

The row kept is the most specific one (a town over a region, a read date
over a derived one), coded at the narrower place of the two; it takes the
other's sentences and evidence of type, actors and figures, so the toll that
a later sentence gives still reaches it.

A short event description (ACLED's own kind of text) tells one event:
:func:`fold_description` folds every later row of the same event type, in the same
country on a fitting day, into the first one told, by whomever the later one is
told, unless it names a place of its own that does not fit the first one's
("fighting broke out in Nam Khay village … some soldiers were reportedly killed"
is one battle, and its toll the battle's; an attack in another town is another).
"""

from __future__ import annotations

import re

from ..places.distance import places_km
from .assemble import Row, absorb, take_evidence
from .dates import days_between

__all__ = ["day_fits", "fold_description", "fold_happenings", "place_fits"]

_COARSE_CODES = ("ADM1", "ADM2", "PCL")
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                            "Violence against civilians"})
#: Evidence a folded row passes on; its place and date are its own, not the kept row's.
_SHARED_EVIDENCE = ("event_type", "actor1", "actor2", "assoc_actor_1")
_RECENT_DAYS = 2
_TRANSFER = "Non-violent transfer of territory"
#: Trigger words of a transfer whose actor1 is the side that gains the place.
_HANDOVER = frozenset({"hand", "handover"})


def fold_happenings(rows: list[Row]) -> list[Row]:
    """Fold rows that retell a happening into its most specific row; order is kept."""
    kept: list[Row] = []
    for row in sorted(rows, key=_specificity):
        host = next((k for k in kept if _same_happening(k, row)), None)
        if host is None:
            host = next((k for k in kept if _same_strike(k, row)), None)
            if host is not None and _generic(host):
                _retype(host, row)
        if host is None:
            kept.append(row)
        else:
            if _taken_over(row, host):  # the side that gains the place, from the side
                left, left_inter = host.actor1, host.inter1  # that left it
                _take_sides(host, row)
                if not host.actor2:
                    host.actor2, host.inter2 = left, left_inter
            elif _taken_over(host, row) and not host.actor2:
                host.actor2, host.inter2 = row.actor1, row.inter1  # who left the place
            elif _better_sides(row, host):
                _take_sides(host, row)
            elif _arrested_by(row, host):  # the force that made the arrests fought
                host.actor1, host.inter1, host.actor2, host.inter2 = (
                    row.actor1, row.inter1, host.actor1, host.inter1)
                take_evidence(host, row, "actor1")
            absorb(host, row, _SHARED_EVIDENCE)
            if _narrower(row, host):
                _take_place(host, row)
    order = {id(r): i for i, r in enumerate(rows)}
    return sorted(kept, key=lambda r: order[id(r)])


def fold_description(rows: list[Row]) -> list[Row]:
    """Fold each row of a description into the first row told of its event type, in its
    country on a fitting day; order is kept."""
    kept: list[Row] = []
    for row in sorted(rows, key=_told_at):
        host = next((k for k in kept if k.event_type == row.event_type
                     and k.country_code == row.country_code and day_fits(k, row)
                     and _kind_fits(k, row) and _no_other_place(k, row)), None)
        if host is None:
            kept.append(row)
        else:
            absorb(host, row, _SHARED_EVIDENCE)
    order = {id(r): i for i, r in enumerate(rows)}
    return sorted(kept, key=lambda r: order[id(r)])


def _no_other_place(host: Row, row: Row) -> bool:
    """``row`` is placed only by what was told before it, or where ``host`` is."""
    return row.place is None or "location" in row.derived or place_fits(host, row) \
        or place_fits(row, host)


def _told_at(row: Row) -> int:
    return min(a[0] for a in row.anchors) if row.anchors else 0


def _narrower(row: Row, host: Row) -> bool:
    """``row``'s place lies inside ``host``'s region ("Sharbazher" in "Sulaymaniyah")."""
    return row.place is not None and host.place is not None and place_fits(row, host) \
        and not place_fits(host, row)


def _better_sides(row: Row, host: Row) -> bool:
    """``row`` names both sides of the happening where ``host`` guessed one, and tells
    them the other way round: "19 police killed in a Taliban attack" (a headline whose
    victims were read as the actor) and "the Taliban attacked a checkpoint"."""
    return host.derived.get("actor2") == "default" and row.derived.get("actor2") != "default" \
        and row.derived.get("actor1") is None and bool(row.actor2) \
        and _side(row.actor1) != _side(host.actor1) and _turned(row, host)


def _arrested_by(row: Row, host: Row) -> bool:
    """``row`` tells the arrests of ``host``'s battle, made by a state force that the
    battle, told only by its dead, does not name."""
    return row.sub_event_type == "Arrests" and host.event_type == "Battles" \
        and "actor1" not in row.derived and _state_of(row.actor1) is not None \
        and (not host.actor2 or host.derived.get("actor2") == "default") \
        and _side(host.actor1) != _side(row.actor1)


def _taken_over(row: Row, host: Row) -> bool:
    """``row`` tells who took over the place that ``host`` tells was left: ACLED codes a
    transfer of territory with the side that gains it as actor1."""
    return host.sub_event_type == row.sub_event_type == _TRANSFER and row.lemma in _HANDOVER \
        and host.lemma not in _HANDOVER and row.actor1 != host.actor1


def _take_sides(host: Row, row: Row) -> None:
    host.actor1, host.inter1, host.actor2, host.inter2 = (row.actor1, row.inter1,
                                                          row.actor2, row.inter2)
    for name in ("actor1", "actor2"):
        take_evidence(host, row, name)


def _take_place(host: Row, row: Row) -> None:
    """``host`` is coded at ``row``'s place, the narrower one of one happening."""
    host.place, host.geo_precision = row.place, row.geo_precision
    take_evidence(host, row, "location")


def _specificity(row: Row) -> tuple[int, int, int, int, int]:
    """Sort key: the row to keep first (a town, a read date, named actors, the earliest)."""
    return (row.geo_precision or 4, "event_date" in row.derived, "actor1" in row.derived,
            "actor2" in row.derived, min(a[0] for a in row.anchors) if row.anchors else 0)


def _same_happening(host: Row, row: Row) -> bool:
    if host.sub_event_type == row.sub_event_type == "Agreement" and host.event_date == \
            row.event_date:
        return True  # one truce, told where it was signed and where it holds
    if host.country_code != row.country_code:
        return False
    if host.event_type == row.event_type:
        return ((place_fits(host, row) or _narrower(row, host)) and day_fits(host, row)
                and _actors_fit(host, row) and _kind_fits(host, row))
    if row.sub_event_type == "Looting/property destruction" and host.event_type in \
            _VIOLENT_TYPES and host.place is not None and row.place is not None:
        return place_fits(host, row) and day_fits(host, row)
    if row.event_type == "Battles" and host.event_type in _VIOLENT_TYPES and _one_sided(row) \
            and host.place is not None and place_fits(host, row) and day_fits(host, row):
        return True
    if not (host.sentences & row.sentences) or not place_fits(host, row, strict=True):
        return False
    if row.sub_event_type == "Arrests" and host.event_type == "Battles":
        return True  # "three militants were killed and two were arrested": one operation
    if row.event_type == "Battles" and host.event_type in _VIOLENT_TYPES:
        return row.derived.get("actor1") == "default" or row.derived.get("actor2") == "inferred"
    return (row.sub_event_type == "Looting/property destruction"
            and host.event_type in _VIOLENT_TYPES)


#: Sub-types a strike is told with when the report names no weapon or form of it.
_GENERIC_SUBTYPES = frozenset({"Armed clash", "Attack"})
#: Sub-types that name how a strike was made.
_SPECIFIC_TYPES = frozenset({"Explosions/Remote violence"})
_SPECIFIC_SUBTYPES = frozenset({"Abduction/forced disappearance"})


def _one_sided(row: Row) -> bool:
    """A battle with at most one side the report names: a default actor1, or an actor2
    that is a default, a guess or missing ("fighting broke out", "clashes erupted")."""
    return row.derived.get("actor1") == "default" or not row.actor2 \
        or row.derived.get("actor2") in ("default", "inferred")


def _generic(row: Row) -> bool:
    """Told only as an attack or a killing: an exchange of fire ("clashed") is a battle."""
    return (row.sub_event_type in _GENERIC_SUBTYPES and row.weapon is None
            and row.family not in ("clash", "offensive"))


def _specific(row: Row) -> bool:
    return row.event_type in _SPECIFIC_TYPES or row.sub_event_type in _SPECIFIC_SUBTYPES


def _same_strike(host: Row, row: Row) -> bool:
    """A generic telling and a specific one of one strike, at one place on one day."""
    if host.event_type == row.event_type or not (
            (_generic(host) and _specific(row)) or (_specific(host) and _generic(row))):
        return False
    return (host.place is not None and row.place is not None
            and (place_fits(host, row) or _near(host, row)) and day_fits(host, row))


#: How far apart two tellings of one strike may be placed when one is only "near" a town.
_NEAR_KM = 30.0


def _near(host: Row, row: Row) -> bool:
    """One of the two is placed only near a town ("near Damascus"), the other close by."""
    if host.place is None or row.place is None or 2 not in (host.geo_precision,
                                                             row.geo_precision):
        return False
    km = places_km(host.place, row.place)
    return km is not None and km <= _NEAR_KM


def _retype(host: Row, row: Row) -> None:
    """The generic ``host`` takes the specific type of ``row``, its other telling."""
    host.event_type, host.sub_event_type = row.event_type, row.sub_event_type
    host.family, host.lemma, host.weapon = row.family, row.lemma, row.weapon


def _kind_fits(host: Row, row: Row) -> bool:
    """Riots and strategic developments of different sub-types are different events."""
    if host.event_type in ("Riots", "Strategic developments"):
        return host.sub_event_type == row.sub_event_type
    return True


def place_fits(host: Row, row: Row, *, strict: bool = False) -> bool:
    a, b = host.place, row.place
    if a is None or b is None:
        return not strict or a is b
    if (a.geonameid or a.name) == (b.geonameid or b.name):
        return True
    code = b.feature_code or ""
    if not code.startswith(_COARSE_CODES):
        return False
    if code.startswith("PCL"):
        return a.country_code == b.country_code
    if code == "ADM1":
        return bool(a.admin1) and a.admin1 == (b.admin1 or b.name)
    return bool(a.admin2) and a.admin2 == (b.admin2 or b.name)


def day_fits(host: Row, row: Row) -> bool:
    """One day for two read dates; a date taken from the publication day fits a date
    at most :data:`_RECENT_DAYS` away (an older read date is a past event of its own)."""
    if host.event_date == row.event_date or not host.event_date or not row.event_date:
        return True
    if "event_date" not in host.derived and "event_date" not in row.derived:
        return False
    gap = days_between(host.event_date, row.event_date)
    return gap is not None and gap <= _RECENT_DAYS


def _actors_fit(host: Row, row: Row) -> bool:
    if host.actor1 == row.actor1 or host.sub_event_type == row.sub_event_type == _TRANSFER:
        return True  # a place changes hands once: who left it and who took it over
    if row.derived.get("actor1") == "default" or host.derived.get("actor1") == "default":
        return True
    state = _state_of(host.actor1)
    if state is not None and state == _state_of(row.actor1):
        return True  # "French troops left", "France handed over the base": one state
    # the same two sides told from the other end: "19 police killed in Taliban attack"
    return _turned(host, row) or _turned(row, host)



_STATE_ACTOR = re.compile(r"^(?:Military Forces|Police Forces|Government) of (.+?)(?: \(|$)")


def _state_of(actor: str) -> str | None:
    """The country of a state actor ("Military Forces of Mali (2021-)" -> "Mali")."""
    match = _STATE_ACTOR.match(actor or "")
    return match.group(1) if match else None


def _turned(one: Row, other: Row) -> bool:
    """``other`` names ``one``'s sides the other way round, or one of them and a guess.
    The army, police and government of one state are one side."""
    sides = {_side(one.actor1), _side(one.actor2)}
    return _side(other.actor1) in sides and (
        not other.actor2 or _side(other.actor2) in sides
        or other.derived.get("actor2") in ("default", "inferred"))


def _side(actor: str) -> str:
    return _state_of(actor) or actor
