"""Word lists for event triggers, weapons, actors and modality.

Everything here is data keyed on lower-case lemmas (spaCy's ``lemma_``), so
the rules in :mod:`sitrep.events.triggers` and :mod:`sitrep.events.actors`
stay readable. A *family* groups trigger words that map to the same ACLED
decision (see :func:`sitrep.events.triggers.classify`):

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
from typing import Any

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


def _cues(family: str, words: str, strength: float, **kw: object) -> dict[str, Cue]:
    return {w: Cue(family, strength, **kw) for w in words.split()}  # type: ignore[arg-type]


def _merge(*tables: dict[str, Cue]) -> dict[str, Cue]:
    """One cue per lemma; a lemma listed as a noun and as a verb of one family takes both."""
    out: dict[str, Cue] = {}
    for table in tables:
        for word, cue in table.items():
            have = out.get(word)
            if have is not None and have.family == cue.family and have.pos != cue.pos:
                cue = Cue(cue.family, max(cue.strength, have.strength), have.weapon or cue.weapon,
                          "NV", have.needs_force and cue.needs_force)
            out[word] = cue
    return out


CUES: dict[str, Cue] = _merge(
    _cues("clash", "clash fighting firefight skirmish gunfight shootout gunbattle", 1.0),
    _cues("clash", "battle combat", 0.9, pos="N"),
    _cues("clash", "fight", 0.8, needs_force=True),
    _cues("clash", "repel repulse", 0.8, pos="V"),
    _cues("offensive", "offensive counteroffensive counter-offensive incursion invasion", 0.9,
            pos="N"),
    _cues("offensive", "invade", 0.9, pos="V"),
    _cues("offensive", "assault ambush", 0.8),
    _cues("offensive", "push advance", 0.6, needs_force=True),
    _cues("seize", "seize capture overrun occupy conquer", 0.9, pos="V"),
    _cues("seize", "capture seizure takeover", 0.8, pos="N"),
    _cues("retake", "recapture retake regain liberate reclaim", 1.0, pos="V"),
    _cues("retake", "recapture liberation", 0.9, pos="N"),
    _cues("remote", "shell bombard", 1.0, weapon="shelling", pos="V"),
    _cues("remote", "shelling bombardment barrage", 1.0, weapon="shelling", pos="N"),
    _cues("remote", "airstrike air-strike airstrikes", 1.0, weapon="air"),
    _cues("remote", "strike", 0.9),
    _cues("remote", "bombing", 0.9, pos="N"),
    _cues("remote", "bomb", 0.9, weapon="air", pos="V"),
    _cues("remote", "explosion blast", 0.9, pos="N"),
    _cues("remote", "explode detonate", 0.9, pos="V"),
    _cues("attack", "attack", 0.8),
    _cues("attack", "counter-attack counterattack raid storm", 0.8),
    _cues("attack", "hit target pound pummel", 0.6, pos="V", needs_force=True),
    _cues("attack", "beat", 0.6, weapon="beat", pos="V", needs_force=True),
    _cues("shoot", "shoot gun", 0.8, weapon="firearms", pos="V"),
    _cues("shoot", "shooting gunfire", 0.8, weapon="firearms", pos="N"),
    _cues("kill", "kill die wound injure", 0.3, pos="V"),
    _cues("kill", "dead", 0.3),
    _cues("kill", "massacre execute slaughter behead", 0.9),
    _cues("kill", "massacre killing", 0.7, pos="N"),
    _cues("abduct", "abduct kidnap", 1.0, pos="V"),
    _cues("abduct", "abduction kidnapping", 1.0, pos="N"),
    _cues("sexual", "rape", 1.0),
    _cues("protest", "protest demonstration rally sit-in picket", 1.0, pos="N"),
    _cues("protest", "protest demonstrate rally picket", 0.9, pos="V"),
    _cues("protest", "march", 0.7),
    _cues("riot", "riot rioting", 1.0),
    _cues("mob", "lynch lynching", 1.0),
    _cues("loot", "loot plunder ransack vandalise vandalize torch", 0.9, pos="V"),
    _cues("loot", "looting arson vandalism", 0.9, pos="N"),
    _cues("arrest", "arrest detain apprehend", 0.9, pos="V"),
    _cues("arrest", "arrest detention", 0.8, pos="N"),
    _cues("agree", "ceasefire cease-fire truce armistice", 0.8, pos="N"),
    _cues("agree", "agree sign", 0.6, pos="V"),
    _cues("evacuate", "evacuate", 0.8, pos="V"),
    _cues("evacuate", "evacuation", 0.7, pos="N"),
    _cues("change", "mobilise mobilize appoint", 0.6, pos="V"),
    _cues("change", "mobilisation mobilization", 0.6, pos="N"),
    _cues("withdraw", "withdraw retreat", 0.7, pos="V"),
    _cues("withdraw", "withdrawal retreat handover", 0.7, pos="N"),
    _cues("intercept", "intercept defuse", 0.9, pos="V"),
    _cues("intercept", "interception", 0.8, pos="N"),
)
#: Weapon nouns: triggers only when a weapon is used ("bombs fell", "dropped grenades").
WEAPON_NOUNS: dict[str, str] = {
    "missile": "shelling", "rocket": "shelling", "mortar": "shelling", "shell": "shelling",
    "artillery": "shelling", "bomb": "air", "drone": "drone", "grenade": "grenade",
    "landmine": "ied", "mine": "ied", "ied": "ied", "bomber": "suicide", "munition": "shelling",
    "round": "shelling", "projectile": "shelling", "device": "ied", "explosive": "ied",
}
WEAK_FAMILIES = frozenset({"kill"})

#: lemma (or "compound lemma") -> weapon class, for reading the weapon from context.
WEAPONS: dict[str, str] = {
    **dict.fromkeys("air airstrike warplane jet aircraft plane helicopter gunship aviation "
                    "sortie bomber glide aerial air-strike airstrikes".split(), "air"),
    **dict.fromkeys("drone uav quadcopter shahed kamikaze loiter fpv".split(), "drone"),
    **dict.fromkeys("shell shelling artillery mortar missile rocket howitzer mlrs grad himars "
                    "katyusha ballistic cruise tank cannon launcher projectile barrage "
                    "bombardment munition".split(), "shelling"),
    **dict.fromkeys("ied landmine mine roadside explosive device booby improvised car-bomb "
                    "vbied".split(), "ied"),
    **dict.fromkeys("suicide self-detonate".split(), "suicide"),
    **dict.fromkeys("grenade".split(), "grenade"),
    **dict.fromkeys("chemical chlorine sarin chloropicrin mustard toxic nerve "
                    "poison".split(), "chemical"),
    **dict.fromkeys("gun gunfire rifle bullet sniper gunman firearm ammunition "
                    "machine-gun".split(), "firearms"),
}
#: Most specific first: a grenade dropped from a drone is a grenade attack, a chemical one
#: is a chemical-weapon attack.
WEAPON_PRIORITY = ("suicide", "chemical", "ied", "grenade", "drone", "air", "shelling",
                   "firearms", "beat")

# -- modality -------------------------------------------------------------------------------

#: Verbs and nouns that make what they govern unreal or unasserted.
IRREALIS_GOVERNORS = frozenset(
    "threaten plan vow warn intend prepare aim seek want order urge call demand propose "
    "consider deny fear promise pledge prevent avoid agree refuse fail expect hope wish "
    "threat risk possibility need plot would-be allow prohibit ban forbid stop halt foil "
    "thwart avert rule discuss negotiate prospect recruit offer ask accuse blame".split()
)
REPORTING_VERBS = frozenset(
    "say tell report claim add state announce confirm write note allege "
    "describe post quote show reveal insist acknowledge admit estimate count".split()
    + ["according"]
)
#: Infinitive governors whose complement did happen ("tried to march" still marched).
FACTIVE_GOVERNORS = frozenset("try attempt manage continue begin start resume proceed go "
                              "keep help".split())
MODALS = frozenset("will would may might could should shall can must 'll wo ca".split())
SKIP_MARKS = frozenset("since before until till unless if once whether lest".split())
SKIP_PREPS = frozenset("since before ahead prior without despite".split())
HABITUAL = frozenset("daily regularly routinely often frequently usually repeatedly "
                     "constantly nightly weekly almost-daily".split())
IMPACT_VERBS = frozenset(
    "hit strike fall land explode kill slam crash pound rain destroy damage injure wound "
    "target blow detonate tear rip level flatten wreck".split()
)
DEPLOY_VERBS = frozenset("drop fire launch plant detonate hurl throw lob use shoot".split())
#: What a deploy verb must take to be an attack (fire *missiles*, not fire *staff*).
WEAPON_OBJECTS = frozenset(WEAPON_NOUNS) | frozenset(
    "shot round salvo volley bullet explosive".split())

# -- actors -----------------------------------------------------------------------------------

CIVILIAN_NOUNS = frozenset(
    "civilian resident villager people person child woman man family farmer worshipper "
    "journalist reporter student aid worker doctor medic passenger pedestrian shepherd "
    "fisherman refugee idp teacher boy girl infant baby elderly pilgrim shopper mourner "
    "patient trader driver teenager youth volunteer nurse herder traveller traveler "
    "inhabitant local citizen community household everyone everybody anyone anybody "
    "victim candidate politician lawmaker legislator councillor councilor judge magistrate "
    "lawyer priest pastor imam cleric monk nun businessman worker employee".split()
)
CIVILIAN_SITES = frozenset(
    "school hospital clinic market marketplace home house shelter mosque church temple "
    "minibus bus car apartment building residential neighbourhood neighborhood camp "
    "kindergarten university hotel restaurant cafe shop store mall supermarket "
    "playground wedding funeral queue convoy_aid bakery train station".split()
)
MILITARY_NOUNS = frozenset(
    "army military troop force soldier unit serviceman armed navy marine paratrooper "
    "battalion brigade regiment division commando sapper artilleryman garrison "
    "air-force airforce defence defense warplane aircraft jet helicopter drone tank "
    "artillery warship".split()
)
MILITARY_SITES = frozenset(
    "position post base checkpoint trench barracks outpost convoy patrol garrison "
    "headquarters depot airfield airbase frontline front line command".split()
)
POLICE_NOUNS = frozenset("police policeman policemen officer gendarme gendarmerie "
                         "cop constable".split())
GOVERNMENT_NOUNS = frozenset(
    "government authority administration ministry official cabinet president leader "
    "minister governor mayor kremlin regime state junta council".split()
)
PROTESTER_NOUNS = frozenset("protester protestor demonstrator marcher activist "
                            "supporter striker".split())
RIOTER_NOUNS = frozenset("rioter mob looter".split())
#: A crowd that turns violent is coded as rioters.
CROWD_NOUNS = frozenset("crowd resident people youth villager mob hundred thousand "
                        "dozen".split())
ARMED_NOUNS = frozenset(
    "gunman gunmen militant insurgent assailant attacker bandit rebel jihadist terrorist "
    "kidnapper fighter jihadi extremist saboteur raider separatist gang gangster cartel "
    "hitman sicario".split()
)
MILITIA_NOUNS = frozenset("militia militiaman militiamen vigilante".split())
#: Settlements: an armed group raiding one with no defenders named attacks civilians.
SETTLEMENT_NOUNS = frozenset("village hamlet settlement".split())
PRONOUNS = frozenset("it they he she its their his her them we our us".split())
LEADER_NOUNS = frozenset("commander leader chief head general governor minister "
                         "spokesman commissioner".split())

# -- places ----------------------------------------------------------------------------------

PLACE_NOUNS = frozenset(
    "town village city settlement area territory position hill base district region "
    "province control airport bridge outpost stronghold neighbourhood neighborhood "
    "suburb island port locality enclave front crossing checkpoint border airfield airbase "
    "garrison headquarters height heights ridge road highway junction quarter camp "
    "refinery plant dam mine oilfield field".split()
)
PERSON_HEADS = frozenset(
    "spokesman spokeswoman spokesperson governor president official minister leader head "
    "commander mayor chief ministry police authority service agency monitor office "
    "administration correspondent reporter source".split()
)
REGION_NOUNS = frozenset("region province oblast state district city town village area "
                         "territory county governorate municipality".split())
ANAPHORIC_DETS = frozenset("the this that these those".split())
NEAR_WORDS = frozenset("near outside outskirts around close edge vicinity north south east "
                       "west northeast northwest southeast southwest km kilometre kilometer "
                       "mile countryside part parts".split())
ORIGIN_PREPS = frozenset("from".split())
#: Nouns a place only qualifies when it names who acts ("Kiev forces", "Kyiv's troops").
ACTOR_HEADS = frozenset(
    "force troop army military government authority official unit soldier serviceman "
    "servicemen militant rebel separatist fighter militia militiaman police administration "
    "regime side artillery aviation navy marine command leadership delegation "
    "spokesman ministry".split()
)
#: "Russia-led", "Moscow-backed": the place is the backer, not where the force is.
BACKING_VERBS = frozenset("lead back support sponsor control arm fund train".split())
LOCATIVE_PREPS = frozenset("in into on at near across outside around inside over toward "
                           "towards onto along within".split())

# -- scene cues -------------------------------------------------------------------------------

CROWD_CONTROL = frozenset("tear teargas gas cannon baton rubber pellet disperse "
                          "stun".split())
AGREEMENT_NOUNS = frozenset("ceasefire cease-fire truce armistice agreement deal accord pact "
                            "exchange swap".split())
#: Verbs that make an agreement noun an agreement event ("reached a truce").
AGREEMENT_VERBS = frozenset("agree sign reach announce broker seal conclude strike declare "
                            "take come begin accept enter".split())
#: Victims words that count as civilians when nothing else is said ("12 people").

#: Subjects that "strike" or "hit" without anyone attacking.
NATURAL_CAUSES = frozenset(
    "earthquake quake tremor aftershock storm cyclone hurricane typhoon tornado flood "
    "flooding flash-flood landslide mudslide avalanche drought heatwave lightning wildfire "
    "tsunami disease outbreak epidemic pandemic virus cholera recession inflation downturn "
    "shortage blackout outage".split()
)
#: What blows up by accident: "a tanker explosion", "a gas cylinder blast".
ACCIDENT_SOURCES = frozenset(
    "tanker gas cylinder boiler pipeline fuel petrol gasoline transformer fireworks firework "
    "factory refinery furnace reactor lpg cng methane dust".split()
)
#: Surface forms the small model lemmatises wrongly ("raped" -> "rap").
_LEMMA_FIXES = {"raped": "rape", "raping": "rape", "rapes": "rape",
                "torched": "torch", "ambushed": "ambush",
                "abducted": "abduct", "kidnapped": "kidnap", "lynched": "lynch"}


def lemma_of(tok: Any) -> str:
    """The lower-case lemma of a token, with the model's known slips corrected."""
    return _LEMMA_FIXES.get(tok.lower_) or str(tok.lemma_).lower()
