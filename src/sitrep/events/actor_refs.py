"""The actor reference every event rule passes around: a kind, a country, spans.

Kinds: ``military``, ``police``, ``government``, ``state``, ``civilians``,
``protesters``, ``rioters``, ``crowd``, ``unidentified``, ``militia``,
``group``, ``rebels``, ``weapon``, ``civsite``, ``milsite``, ``settlement``,
``pronoun``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reference import Group

__all__ = ["ActorRef", "ARMED_KINDS", "STATE_KINDS"]

STATE_KINDS = frozenset({"military", "police", "government", "state", "weapon", "milsite"})
ARMED_KINDS = STATE_KINDS | {"unidentified", "militia", "group", "rebels"}


@dataclass(frozen=True, slots=True)
class ActorRef:
    kind: str
    country: str | None = None
    group: Group | None = None
    spans: tuple[tuple[int, int], ...] = ()
    local: bool = False  # "government forces": the state of the event's own country
    pronoun: bool = False  # "it", "its forces": the country or group comes from a referent
    collective: bool = False  # "residents", "people", "a crowd": can turn into rioters
    #: "the Ulegun community", "herders": civilians as victims, a communal militia as doers
    communal: bool = False
    #: the kind the phrase reads as if its group's acronym names another body in the
    #: event's country ("government forces (SNA)" in Somalia: the army)
    unlisted: str | None = None

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS
