"""Word lists for event triggers, weapons, actors and modality, read from ``data/events/``.

Everything here is data keyed on lower-case lemmas (spaCy's ``lemma_``), kept
as files users can extend (see :mod:`sitrep.reference`), so the rules in
:mod:`sitrep.events.triggers` and :mod:`sitrep.events.actors` stay readable. A
*family* groups trigger words that map to the same ACLED decision (see
:func:`sitrep.events.triggers.classify`):

=========  ==========================================================
family     ACLED type (before context refines it)
=========  ==========================================================
clash      Battles / Armed clash
offensive  Battles / Armed clash (ground operations, incursions)
seize      Battles / territory taken (sub-type from actor and country)
retake     Battles / Government regains territory
remote     Explosions/Remote violence (sub-type from the weapon)
attack     decided by context: weapon, target, actor
shoot      decided by context (firearms)
kill       weak: only when no stronger trigger is near
abduct     Violence against civilians / Abduction/forced disappearance
sexual     Violence against civilians / Sexual violence
protest    Protests / Peaceful protest (refined by intervention cues)
labour     Protests / Peaceful protest (a strike by workers)
riot       Riots / Violent demonstration
mob        Riots / Mob violence
loot       Strategic developments / Looting/property destruction
arrest     Strategic developments / Arrests
agree      Strategic developments / Agreement
evacuate   Strategic developments / Change to group/activity
change     Strategic developments / Change to group/activity
withdraw   Strategic developments / Non-violent transfer of territory
intercept  Strategic developments / Disrupted weapons use
base       Strategic developments / Headquarters or base established
=========  ==========================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Cue", "CUES", "WEAPONS", "WEAPON_PRIORITY", "WEAK_FAMILIES", "WEAPON_NOUNS",
    "IRREALIS_GOVERNORS", "REPORTING_VERBS", "FACTIVE_GOVERNORS", "MODALS", "SKIP_MARKS",
    "SKIP_PREPS", "HABITUAL", "IMPACT_VERBS", "DEPLOY_VERBS", "CIVILIAN_NOUNS",
    "CIVILIAN_SITES", "MILITARY_NOUNS", "MILITARY_SITES", "POLICE_NOUNS", "GOVERNMENT_NOUNS",
    "PROTESTER_NOUNS", "RIOTER_NOUNS", "CROWD_NOUNS", "ARMED_NOUNS", "MILITIA_NOUNS",
    "PLACE_NOUNS", "PERSON_HEADS", "REGION_NOUNS", "CROWD_CONTROL",
    "AGREEMENT_NOUNS", "AGREEMENT_VERBS", "LEADER_NOUNS", "PRONOUNS", "ANAPHORIC_DETS",
    "NEAR_WORDS", "ORIGIN_PREPS", "LOCATIVE_PREPS", "WEAPON_OBJECTS",
    "ACTOR_HEADS", "BACKING_VERBS", "NATURAL_CAUSES", "lemma_of", "ACCIDENT_SOURCES",
    "SETTLEMENT_NOUNS",
]


@dataclass(frozen=True, slots=True)
class Cue:
    family: str
    strength: float  # how sure the word alone is that an event happened
    weapon: str | None = None  # weapon class the word itself implies
    pos: str = "NV"  # N: noun uses only, V: verb uses only, NV: either
    needs_force: bool = False  # only an event with an armed actor or a weapon nearby


def _words(name: str) -> frozenset[str]:
    return reference.words("events/" + name)


def _pairs(name: str, key: str, value: str) -> dict[str, str]:
    return {row[key]: row[value] for row in reference.table("events/" + name)}


#: Trigger lemma -> its cue (data/events/cues.csv).
CUES: dict[str, Cue] = {
    row["lemma"]: Cue(row["family"], float(row["strength"]), row["weapon"] or None, row["pos"],
                      row["needs_force"] == "yes")
    for row in reference.table("events/cues")
}
#: Weapon nouns: triggers only when a weapon is used ("bombs fell", "dropped grenades").
WEAPON_NOUNS: dict[str, str] = _pairs("weapon_nouns", "noun", "weapon")
WEAK_FAMILIES = frozenset({"kill"})

#: lemma (or "compound lemma") -> weapon class, for reading the weapon from context.
WEAPONS: dict[str, str] = _pairs("weapon_words", "word", "weapon")
#: Most specific first: a grenade dropped from a drone is a grenade attack, a chemical one
#: is a chemical-weapon attack.
WEAPON_PRIORITY = ("suicide", "chemical", "ied", "grenade", "drone", "air", "shelling",
                   "firearms", "beat")

# -- modality -------------------------------------------------------------------------------

#: Verbs and nouns that make what they govern unreal or unasserted.
IRREALIS_GOVERNORS = _words("irrealis_governors")
REPORTING_VERBS = _words("reporting_verbs")
#: Infinitive governors whose complement did happen ("tried to march" still marched).
FACTIVE_GOVERNORS = _words("factive_governors")
MODALS = _words("modals")
SKIP_MARKS = _words("skip_marks")
SKIP_PREPS = _words("skip_preps")
HABITUAL = _words("habitual")
IMPACT_VERBS = _words("impact_verbs")
DEPLOY_VERBS = _words("deploy_verbs")
#: What a deploy verb must take to be an attack (fire *missiles*, not fire *staff*).
WEAPON_OBJECTS = frozenset(WEAPON_NOUNS) | _words("fired_objects")

# -- actors -----------------------------------------------------------------------------------

CIVILIAN_NOUNS = _words("civilian_nouns")
CIVILIAN_SITES = _words("civilian_sites")
MILITARY_NOUNS = _words("military_nouns")
MILITARY_SITES = _words("military_sites")
POLICE_NOUNS = _words("police_nouns")
GOVERNMENT_NOUNS = _words("government_nouns")
PROTESTER_NOUNS = _words("protester_nouns")
RIOTER_NOUNS = _words("rioter_nouns")
#: A crowd that turns violent is coded as rioters.
CROWD_NOUNS = _words("crowd_nouns")
ARMED_NOUNS = _words("armed_nouns")
MILITIA_NOUNS = _words("militia_nouns")
#: Settlements: an armed group raiding one with no defenders named attacks civilians.
SETTLEMENT_NOUNS = _words("settlement_nouns")
PRONOUNS = _words("pronouns")
LEADER_NOUNS = _words("leader_nouns")

# -- places ----------------------------------------------------------------------------------

PLACE_NOUNS = _words("place_nouns")
PERSON_HEADS = _words("person_heads")
REGION_NOUNS = _words("region_nouns")
ANAPHORIC_DETS = _words("anaphoric_dets")
NEAR_WORDS = _words("near_words")
ORIGIN_PREPS = frozenset({"from"})
#: Nouns a place only qualifies when it names who acts ("Kiev forces", "Kyiv's troops").
ACTOR_HEADS = _words("actor_heads")
#: "Russia-led", "Moscow-backed": the place is the backer, not where the force is.
BACKING_VERBS = _words("backing_verbs")
LOCATIVE_PREPS = _words("locative_preps")

# -- scene cues -------------------------------------------------------------------------------

CROWD_CONTROL = _words("crowd_control")
AGREEMENT_NOUNS = _words("agreement_nouns")
#: Verbs that make an agreement noun an agreement event ("reached a truce").
AGREEMENT_VERBS = _words("agreement_verbs")
#: Subjects that "strike" or "hit" without anyone attacking.
NATURAL_CAUSES = _words("natural_causes")
#: What blows up by accident: "a tanker explosion", "a gas cylinder blast".
ACCIDENT_SOURCES = _words("accident_sources")
#: Surface forms the small model lemmatises wrongly ("raped" -> "rap").
_LEMMA_FIXES = _pairs("lemma_fixes", "form", "lemma")


def lemma_of(tok: Token) -> str:
    """The lower-case lemma of a token, with the model's known slips corrected."""
    return _LEMMA_FIXES.get(tok.lower_) or str(tok.lemma_).lower()
