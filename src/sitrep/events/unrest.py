"""Violence inside a demonstration is part of the demonstration.

A report of a riot tells its clashes one by one: "police fired tear gas",
"protesters clashed with police", "a protester was shot dead". Each of these
sentences can read as a battle or an attack of its own, but ACLED codes one
event: the riot (or the protest with intervention or excessive force), with
the deaths of the day as its toll. :func:`fold_unrest` folds such a row into
the report's demonstration row when

- it is violence (a battle, an explosion or an attack on civilians) whose
  sides are only a crowd, state forces, civilians or nobody named: no armed
  group, militia or foreign army takes part (those fight battles of their own,
  even on the day of a protest);
- it happened on a day that fits the demonstration's (the same day, or a date
  only taken from the publication day); and
- at the demonstration's place, a place inside the region or country the
  demonstration is coded to, or within :data:`NEAR_KM` of it.

Demonstrations are never folded into each other: a peaceful march and the riot
that followed it, or a protest met with excessive force, are coded apart.
"""

from __future__ import annotations

from ..places.distance import places_km
from .assemble import Row, absorb
from .happenings import day_fits, place_fits

__all__ = ["NEAR_KM", "fold_unrest"]

#: How far from a demonstration its clashes may be told to have happened.
NEAR_KM = 15.0
_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence",
                       "Violence against civilians"})
#: Interaction codes of a crowd's sides: state forces, rioters, protesters,
#: civilians, or none.
_CROWD_SIDES = frozenset({0, 1, 5, 6, 7})
#: How a side named only by what it did is coded ("unidentified gunmen").
_UNNAMED = "Unidentified Armed Group"
#: The rank of a demonstration row as a host: the more violent kind first.
_HOST_RANK = {"Riots": 0, "Protests": 1}


def fold_unrest(rows: list[Row]) -> list[Row]:
    """Fold the violence of a crowd into the demonstration row it belongs to.

    The order of the rows that remain is kept.
    """
    hosts = sorted((r for r in rows if r.event_type in _DEMONSTRATIONS),
                   key=lambda r: (_HOST_RANK[r.event_type], -r.strength))
    if not hosts:
        return rows
    kept: list[Row] = []
    for row in rows:
        host = next((h for h in hosts if _belongs(row, h)), None) \
            if _crowd_violence(row) else None
        if host is None:
            kept.append(row)
        else:
            absorb(host, row, ("event_type",))
    return kept


def _crowd_violence(row: Row) -> bool:
    return row.event_type in _VIOLENCE and _crowd_side(row, 1) and _crowd_side(row, 2)


def _crowd_side(row: Row, side: int) -> bool:
    actor = row.actor1 if side == 1 else row.actor2
    inter = row.inter1 if side == 1 else row.inter2
    if not actor:
        return True
    if row.derived.get(f"actor{side}") in ("default", "inferred"):
        return True
    return inter in _CROWD_SIDES and not actor.startswith(_UNNAMED)


def _belongs(row: Row, host: Row) -> bool:
    if row.country_code != host.country_code or not day_fits(host, row):
        return False
    if row.place is None or host.place is None:
        return row.place is None
    if place_fits(host, row) or place_fits(row, host):
        return True
    km = places_km(row.place, host.place)
    return km is not None and km <= NEAR_KM
