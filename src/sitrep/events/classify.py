"""ACLED event type and sub-type from a trigger's family, weapon, actors and scene.

The rules follow ACLED's codebook (docs/domain.md):

- a weapon fired from a distance makes Explosions/Remote violence, with the
  sub-type named by the weapon (:data:`SUBTYPE_BY_WEAPON`);
- organised armed actors against unarmed civilians make Violence against
  civilians; against another armed group, Battles;
- force used on protesters makes Protests (with intervention, or excessive
  force when people died); a crowd that turns violent makes Riots;
- territory taken by a state's own forces at home is "Government regains
  territory"; taken by a non-state group, or by a foreign army in an
  incursion, "Non-state actor overtakes territory" (see :func:`territory_subtype`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .actors import STATE_KINDS, ActorRef

__all__ = ["Scene", "classify", "territory_subtype", "disorder_type", "SUBTYPE_BY_WEAPON",
           "VIOLENT_FAMILIES", "coarse", "TERRITORY"]

SUBTYPE_BY_WEAPON = {
    "air": "Air/drone strike",
    "drone": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "ied": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb",
    "grenade": "Grenade",
    "chemical": "Chemical weapon",
}
TERRITORY = "territory"  # placeholder until the actor's and the place's countries are known
VIOLENT_FAMILIES = frozenset(
    {"clash", "offensive", "seize", "retake", "remote", "attack", "shoot", "kill", "abduct",
     "sexual"}
)
_CROWD_FAMILIES = frozenset({"protest", "labour", "riot", "mob"})
_CROWD_KINDS = frozenset({"protesters", "rioters", "crowd"})
_EXPLOSION_DEFAULT = frozenset({"explosion", "blast", "explode", "detonate", "blow", "bombing",
                                "bomb"})
BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
SD = "Strategic developments"
_SD_SUBTYPES = {
    "agree": "Agreement",
    "arrest": "Arrests",
    "evacuate": "Change to group/activity",
    "change": "Change to group/activity",
    "withdraw": "Non-violent transfer of territory",
    "intercept": "Disrupted weapons use",
    "base": "Headquarters or base established",
    "loot": "Looting/property destruction",
}


@dataclass(frozen=True, slots=True)
class Scene:
    """What the sentence around a trigger says beyond the trigger itself."""

    crowd: bool = False  # protesters, rioters or a protest are in view
    intervention: bool = False  # tear gas, arrests, dispersal
    lethal: bool = False  # someone died in this sentence
    weapon: str | None = None  # the trigger's weapon class
    place_object: bool = False  # a seize verb took territory
    deaths: bool = False  # deaths reported with no attack word: see sitrep.events.deaths
    violent: bool = False  # the crowd burned, looted or smashed: see sitrep.events.draft


def coarse(family: str) -> str:
    """A family's broad class, for deciding which mentions may continue each other."""
    if family in VIOLENT_FAMILIES:
        return "violence"
    if family in _CROWD_FAMILIES:
        return "crowd"
    return family


def _kind(ref: ActorRef | None) -> str:
    return ref.kind if ref is not None else ""


def classify(family: str, lemma: str, agent: ActorRef | None, patient: ActorRef | None,
             scene: Scene) -> tuple[str, str] | None:
    """(event_type, sub_event_type), or None when the mention is no ACLED event."""
    a, p = _kind(agent), _kind(patient)
    weapon = scene.weapon
    if family in _SD_SUBTYPES:
        collective = agent is not None and agent.collective
        if family == "loot" and (a in _CROWD_KINDS or collective or (scene.crowd and not a)):
            return RIOTS, "Violent demonstration"
        if family == "arrest" and (scene.crowd or p == "protesters"):
            return PROTESTS, "Protest with intervention"
        return SD, _SD_SUBTYPES[family]
    if family in ("protest", "labour"):
        if scene.violent:  # "they burned tyres": a violent demonstration
            return RIOTS, "Violent demonstration"
        return PROTESTS, _protest_subtype(scene)
    if family == "riot":
        return RIOTS, "Violent demonstration"
    if family == "mob":
        return RIOTS, "Mob violence"
    if family == "abduct":
        return VAC, "Abduction/forced disappearance"
    if family == "sexual":
        return VAC, "Sexual violence"
    if family == "remote" or (weapon in SUBTYPE_BY_WEAPON and family != "seize"):
        return EXPLOSIONS, _remote_subtype(weapon, lemma, agent)
    if family in ("seize", "retake"):
        if scene.place_object or family == "retake":
            return BATTLES, TERRITORY
        return (BATTLES, "Armed clash") if patient is not None and patient.armed else None
    crowd_side = a in _CROWD_KINDS or p in _CROWD_KINDS
    if family in ("clash", "offensive"):
        if crowd_side or (scene.crowd and not (agent and agent.armed and patient
                                               and patient.armed)):
            return RIOTS, "Violent demonstration"
        if (p in ("civilians", "civsite") or (p == "settlement" and a and a not in STATE_KINDS)
                ) and family == "offensive":
            return VAC, "Attack"
        return BATTLES, "Armed clash"
    if family == "kill" and scene.deaths and agent is None:
        return _deaths(p, weapon)
    # attack, shoot, kill: decided by who was hit
    if scene.violent and (p in ("protesters", "crowd", "rioters") or (
            scene.crowd and a in STATE_KINDS and p not in ("military",))):
        return RIOTS, "Violent demonstration"  # force met a crowd throwing stones
    if p == "protesters" or (scene.crowd and a in STATE_KINDS and p not in ("military",)):
        return PROTESTS, ("Excessive force against protesters" if scene.lethal
                          else "Protest with intervention")
    if a in ("crowd", "rioters"):
        return RIOTS, ("Mob violence" if p in ("civilians", "") else "Violent demonstration")
    if scene.crowd and not a and p in ("civilians", "") and family in ("shoot", "kill"):
        return PROTESTS, "Excessive force against protesters"
    if p in ("civilians", "civsite"):
        return VAC, "Attack"
    if p == "settlement" and a not in STATE_KINDS and family in ("attack", "offensive"):
        return VAC, "Attack"  # "bandits raided the village": no defenders named
    if patient is None and agent is None and family == "kill":
        return None
    return BATTLES, "Armed clash"


def _deaths(victims: str, weapon: str | None) -> tuple[str, str]:
    """Deaths with no attack word: a weapon nearby makes it remote violence, civilian
    victims an attack on civilians, soldiers, rebels or unknown victims a clash."""
    if weapon in SUBTYPE_BY_WEAPON:
        return EXPLOSIONS, SUBTYPE_BY_WEAPON[weapon]
    if victims in ("civilians", "civsite"):
        return VAC, "Attack"
    return BATTLES, "Armed clash"


def _protest_subtype(scene: Scene) -> str:
    if scene.lethal and scene.intervention:
        return "Excessive force against protesters"
    if scene.intervention:
        return "Protest with intervention"
    return "Peaceful protest"


def _remote_subtype(weapon: str | None, lemma: str, agent: ActorRef | None) -> str:
    if weapon in SUBTYPE_BY_WEAPON:
        return SUBTYPE_BY_WEAPON[weapon]
    if lemma in _EXPLOSION_DEFAULT:
        state = agent is not None and agent.kind in STATE_KINDS
        return SUBTYPE_BY_WEAPON["air" if state and lemma in ("bombing", "bomb") else "ied"]
    return SUBTYPE_BY_WEAPON["shelling"]


def territory_subtype(family: str, actor1_state: bool, actor_country: str | None,
                      place_country: str | None) -> str:
    """ACLED's territory sub-type once the taker and the place are known.

    A state's forces taking ground in their own country regain it; anyone else
    (a rebel group, or a foreign army in an incursion) overtakes it.
    """
    at_home = actor_country is not None and actor_country == place_country
    if actor1_state and (at_home or (family == "retake" and place_country is None)):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type for an event type."""
    if event_type in (BATTLES, EXPLOSIONS, VAC):
        return "Political violence"
    if event_type == PROTESTS:
        if sub_event_type == "Excessive force against protesters":
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == RIOTS:
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    return "Strategic developments"
