"""PLOVER event type and mode for an ACLED event.

PLOVER (POLECAT's ontology) has sixteen event types; ACLED's rows fit the
material-conflict and cooperation ones:

- Battles: ASSAULT (``firearms``, or ``heavy-weapons`` when artillery or
  aircraft are named); territory taken is COERCE ``seize``.
- Explosions/Remote violence: ASSAULT with ``aerial``, ``drone``,
  ``heavy-weapons``, ``explosives`` or ``suicide-attack``; a chemical
  weapon is ASSAULT with no mode (PLOVER has none for it).
- Violence against civilians: ASSAULT (``abduct``, ``sexual``, or the weapon).
- Protests: PROTEST ``demo`` (``strike`` for a labour strike); Riots:
  PROTEST ``riot``.
- Strategic developments: Arrests are COERCE ``arrest``; Agreement is
  AGREE; a withdrawal or handover is RETREAT ``withdraw``; looting is
  COERCE ``confiscate`` and arson or vandalism ASSAULT ``destroy``.
- Our choices where PLOVER has no close type: an **evacuation** is AID
  ``humanitarian`` (authorities moving people out of harm's way is material
  help, not a show of force); a **mobilisation**, a new commander, a base, or
  **disrupted weapons use** (drones shot down, a device defused) is MOBILIZE,
  the type for actions that build or show military capacity without harming
  anyone.
"""

from __future__ import annotations

from ..records import Plover

__all__ = ["plover_for"]

_REMOTE_MODES = {
    "Air/drone strike": "aerial",
    "Shelling/artillery/missile attack": "heavy-weapons",
    "Remote explosive/landmine/IED": "explosives",
    "Grenade": "explosives",
    "Suicide bomb": "suicide-attack",
    "Chemical weapon": None,
}
_WEAPON_MODES = {"firearms": "firearms", "beat": "beat", "air": "aerial", "drone": "drone",
                 "shelling": "heavy-weapons", "ied": "explosives", "grenade": "explosives",
                 "suicide": "suicide-attack"}
_CONFISCATE = frozenset({"loot", "plunder", "ransack", "looting"})


def plover_for(event_type: str, sub_event_type: str, *, family: str = "",
               weapon: str | None = None, lemma: str = "") -> Plover:
    """The PLOVER type and mode that best match an ACLED event."""
    if event_type == "Battles":
        if sub_event_type != "Armed clash":
            return Plover("COERCE", "seize")
        heavy = weapon in ("shelling", "air", "drone")
        return Plover("ASSAULT", "heavy-weapons" if heavy else "firearms")
    if event_type == "Explosions/Remote violence":
        mode = _REMOTE_MODES.get(sub_event_type)
        if sub_event_type == "Air/drone strike" and weapon == "drone":
            mode = "drone"
        return Plover("ASSAULT", mode)
    if event_type == "Violence against civilians":
        if sub_event_type == "Abduction/forced disappearance":
            return Plover("ASSAULT", "abduct")
        if sub_event_type == "Sexual violence":
            return Plover("ASSAULT", "sexual")
        return Plover("ASSAULT", _WEAPON_MODES.get(weapon or ""))
    if event_type == "Protests":
        if sub_event_type == "Excessive force against protesters":
            return Plover("ASSAULT", "crowd-control")
        return Plover("PROTEST", "strike" if family == "labour" else "demo")
    if event_type == "Riots":
        return Plover("PROTEST", "riot")
    return _strategic(sub_event_type, family, lemma)


def _strategic(sub_event_type: str, family: str, lemma: str) -> Plover:
    if sub_event_type == "Arrests":
        return Plover("COERCE", "arrest")
    if sub_event_type == "Agreement":
        return Plover("AGREE", None)
    if sub_event_type == "Non-violent transfer of territory":
        return Plover("RETREAT", "withdraw")
    if sub_event_type == "Looting/property destruction":
        if lemma in _CONFISCATE:
            return Plover("COERCE", "confiscate")
        return Plover("ASSAULT", "destroy")
    if family == "evacuate":
        return Plover("AID", "humanitarian")
    if sub_event_type in ("Change to group/activity", "Disrupted weapons use",
                          "Headquarters or base established"):
        return Plover("MOBILIZE", "troops" if lemma in ("mobilise", "mobilize",
                                                        "mobilisation", "mobilization")
                      else None)
    return Plover("MOBILIZE", None)
