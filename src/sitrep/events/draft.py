"""Drafts: one mention of an event, read from its sentence before discourse fills gaps.

:func:`draft_sentence` turns the real triggers of one sentence into
:class:`Draft` records carrying what the sentence itself says: agents and
patients (:mod:`sitrep.events.actors`), candidate places
(:mod:`sitrep.events.locate`), the time (:mod:`sitrep.events.dates`) and the
scene (protest cues, deaths). What the sentence leaves open (a pronoun, no
place, no date) is settled by :mod:`sitrep.events.context`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import first_child
from ..records import Count, Place, TimeExpr
from .actors import STATE_KINDS, ActorRef, actor_of, coordinated_countries, np_tokens, roles
from .classify import VIOLENT_FAMILIES, Scene
from .dates import VAGUE, choose_time
from .death_causes import nonviolent_cause
from .deaths import death_trigger, no_accident
from .lexicon import CROWD_CONTROL, CROWD_NOUNS, CUES, PROTESTER_NOUNS, RIOTER_NOUNS, WEAPON_NOUNS
from .locate import Located, choose_places, place_root, region_reference
from .triggers import Trigger, find_triggers, is_place_object, prior_clause, unreal

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..gazetteer.protocol import Places

__all__ = ["Draft", "SentenceView", "draft_sentence", "draft_cue"]

log = logging.getLogger(__name__)

_CROWD_FAMILIES = frozenset({"protest", "riot", "mob", "labour"})
_SWAP = frozenset({"repel", "repulse"})
_VICTIM_SUBJECT = frozenset({"die", "dead"})
_AUTHORITY = frozenset({"arrest", "evacuate", "change", "agree"})


@dataclass(slots=True)
class Draft:
    trigger: Trigger
    sent_i: int
    para_i: int
    agents: list[ActorRef]
    patients: list[ActorRef]
    located: list[Located]
    region_ref: Token | None  # the token of "the region" when the sentence points back at a region
    time: TimeExpr | None
    scene: Scene
    excluded: set[int]  # token indices of actor phrases
    victims: list[ActorRef] = field(default_factory=list)
    derived: dict[str, str] = field(default_factory=dict)
    sentences: set[int] = field(default_factory=set)
    anchors: list[tuple[int, int]] = field(default_factory=list)  # trigger spans


@dataclass(slots=True)
class SentenceView:
    """What :func:`draft_sentence` needs besides the sentence."""

    places: list[Place]
    times: list[TimeExpr]
    counts: list[Count]  # counts of this sentence
    published: str | None
    gazetteer: Places
    crowd_before: bool  # the previous sentence was about a crowd
    allow_person_places: bool
    totals: frozenset[int] = frozenset()  # starts of counts that are running totals
    setting: bool = False  # the article speaks of armed conflict


def _actor_refs(heads: list[Token], gazetteer: Places) -> list[tuple[ActorRef, Token]]:
    out = []
    for head in heads:
        ref = actor_of(head, gazetteer)
        if ref is not None:
            out.append((ref, head))
            if ref.country and ref.kind != "group":  # "US and British warplanes": two forces
                out.extend((replace(ref, country=code), head)
                           for code in coordinated_countries(head, gazetteer)
                           if code != ref.country)
    return out


def _scene(sent: Span, trigs: list[Trigger], counts: list[Count], crowd_before: bool) -> Scene:
    lemmas = {t.lemma_.lower() for t in sent}
    crowd = crowd_before or any(t.family in _CROWD_FAMILIES for t in trigs) or bool(
        lemmas & (PROTESTER_NOUNS | RIOTER_NOUNS))
    intervention = bool(lemmas & (CROWD_CONTROL - {"gas"})) or any(
        t.family == "arrest" for t in trigs) or "disperse" in lemmas
    lethal = any(c.category == "killed" and (c.value or 0) > 0 for c in counts) or bool(
        lemmas & {"dead", "die", "kill"})
    violent = crowd and any(_crowd_violence(t) for t in sent)
    return Scene(crowd=crowd, intervention=intervention, lethal=lethal, violent=violent)


_CROWD_VIOLENCE = reference.words("events/crowd_violence_words")
_SYMBOLS = reference.words("events/symbolic_objects")
_CROWD_DOERS = PROTESTER_NOUNS | RIOTER_NOUNS | CROWD_NOUNS | {"they", "some", "who"}


def _crowd_violence(tok: Token) -> bool:
    """A violent act of the crowd: "burned tyres", "vandalism", "violently protested";
    not the police's, and not a symbol burned ("burned an effigy")."""
    lemma = tok.lemma_.lower()
    if lemma not in _CROWD_VIOLENCE:
        return False
    if tok.pos_ == "ADV":  # "violently protested", not "violently dispersed"
        cue = CUES.get(tok.head.lemma_.lower())
        return cue is not None and cue.family in ("protest", "labour")
    if _describes_crowd(tok):
        return True  # "stone-throwing protesters", "rioting youths"
    if tok.pos_ != "VERB":
        return lemma in ("arson", "vandalism")
    if lemma == "set" and first_child(tok, ("dobj", "prep", "oprd", "advmod", "acomp", "xcomp"),
                                      {"fire", "ablaze", "alight", "on"}) is None:
        return False  # "set up a camp"; "set fire to", "set ablaze" are arson
    if first_child(tok, ("dobj",), _SYMBOLS) is not None:
        return False
    subject = first_child(tok, ("nsubj",))
    if subject is None:
        return tok.dep_ != "ROOT" or first_child(tok, ("dobj",)) is not None
    return subject.lemma_.lower() in _CROWD_DOERS


def _describes_crowd(tok: Token) -> bool:
    """The act is a modifier of the crowd: "stone-throwing protesters"."""
    modifier = tok if tok.dep_ in ("amod", "compound") else tok.head
    return modifier.dep_ in ("amod", "compound") and modifier.i != modifier.head.i \
        and modifier.head.lemma_.lower() in _CROWD_DOERS


def is_crowd_sentence(sent: Span) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & (PROTESTER_NOUNS | RIOTER_NOUNS | {"protest", "riot",
                                                             "demonstration"}))


def _select(trigs: list[Trigger]) -> list[Trigger]:
    """Drop the triggers a stronger one in the sentence already covers."""
    main = [t for t in trigs if not t.weapon_noun and t.strength >= 0.5]
    if main:
        trigs = [t for t in trigs if not t.weapon_noun]
    if any(t.strength >= 0.5 for t in trigs):
        trigs = [t for t in trigs if t.strength >= 0.5]  # "killing 12" is the strike's toll
    nouns = {t.token.i for t in trigs if t.token.pos_ in ("NOUN", "PROPN")}
    trigs = [t for t in trigs if not (t.token.pos_ == "VERB" and any(  # "the strikes hit"
        c.dep_ in ("nsubj", "nsubjpass") and c.i in nouns for c in t.token.children))]
    # "raided … and arrested three", "raided the area and demolished a home using
    # explosives": the raid (and the weapon of a demolition) is how it was done
    families = {t.family for t in trigs}
    loots = [t for t in trigs if t.family == "loot"]
    if loots or ("arrest" in families and "kill" not in families):
        means = {t.i for loot in loots for t in loot.token.subtree if t.i != loot.token.i}
        trigs = [t for t in trigs if t.token.lemma_.lower() not in _RAIDS
                 and not (t.weapon_noun and t.token.i in means)]
    if any(t.family in VIOLENT_FAMILIES and t.family != "kill" for t in trigs):
        trigs = [t for t in trigs if t.family != "loot"]  # setting shelters on fire in an attack
    arrests = {t.token.i for t in trigs if t.family == "arrest"}
    return [t for t in trigs if not (arrests and _means_of(t.token, arrests))]


#: Entering a place by force: how a demolition or an arrest was made, not violence of its own.
_RAIDS = frozenset({"raid"})


def _means_of(tok: Token, heads: set[int]) -> bool:
    """"arrested 14 militants in raids": the raid is how the arrest was made, not an event."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or \
            tok.head.lower_ not in ("in", "during"):
        return False
    cur = tok.head
    for _ in range(3):
        cur = cur.head
        if cur.i in heads:
            return True
        if cur.head.i == cur.i:
            break
    return False


def draft_sentence(sent: Span, sent_i: int, para_i: int, view: SentenceView
                   ) -> tuple[list[Draft], bool, bool]:
    """(drafts for the sentence's real triggers, whether it holds any strong trigger,
    whether it shows a crowd)."""
    found = find_triggers(sent)
    strong = any(t.strength >= 0.5 for t in found)
    real = []
    for trig in found:
        reason = unreal(trig.token)
        if reason:
            log.debug("skip %r (%s)", trig.token.text, reason)
            continue
        real.append(trig)
    real = _deaths_only(_select(real), sent, found, view)
    scene = _scene(sent, real, view.counts, view.crowd_before)
    place_tokens = {r.i for p in view.places if (r := place_root(sent.doc, p)) is not None}
    drafts = []
    for trig in real:
        draft = _draft(trig, sent, sent_i, para_i, view, scene, place_tokens)
        if draft is not None:
            drafts.append(draft)
    return drafts, strong, any(t.family in _CROWD_FAMILIES for t in real)


def draft_cue(trig: Trigger, sent: Span, sent_i: int, para_i: int, view: SentenceView
              ) -> Draft | None:
    """A draft for a cue found some other way than by trigger words (the event model's
    reading of a short description), read like any other."""
    scene = _scene(sent, [trig], view.counts, view.crowd_before)
    place_tokens = {r.i for p in view.places if (r := place_root(sent.doc, p)) is not None}
    return _draft(trig, sent, sent_i, para_i, view, scene, place_tokens)


def _deaths_only(real: list[Trigger], sent: Span, found: list[Trigger], view: SentenceView
                 ) -> list[Trigger]:
    """With no trigger but casualty words, the sentence's deaths are its event
    (:mod:`sitrep.events.deaths`), unless they are a running total. An operation that
    killed some and arrested others ("three terrorists were killed and two were
    arrested") is told by its deaths as well as its arrests."""
    if real and all(t.family == "arrest" for t in real) and view.setting:
        deadly = [t for t in found if t.family == "kill" and not unreal(t.token)]
        for trig in deadly:
            trig.deaths = True
        if deadly:
            return real + deadly[:1]
        deaths = _violent_death(death_trigger(sent, view.counts, view.totals, found,
                                              view.setting))
        return real + ([deaths] if deaths is not None else [])
    if any(t.family != "kill" or t.strength >= 0.5 for t in real):
        return real
    killed = [c for c in view.counts if c.category == "killed" and c.value]
    if killed and all(c.start in view.totals for c in killed):
        return []  # "72 soldiers killed in the war this year"
    if real:
        if not view.setting or not no_accident(sent):
            return [t for t in real if t.strength >= 0.5]  # "three people died in a flood"
        real = [t for t in real if not nonviolent_cause(t.token)]  # "died of malaria"
        for trig in real:
            trig.deaths = bool(killed)
        return real
    deaths = _violent_death(death_trigger(sent, view.counts, view.totals, found, view.setting))
    return [deaths] if deaths is not None else []


def _violent_death(trig: Trigger | None) -> Trigger | None:
    """The deaths' trigger, unless the sentence names a cause that is no violence."""
    if trig is None or nonviolent_cause(trig.token):
        return None
    return trig


def _draft(trig: Trigger, sent: Span, sent_i: int, para_i: int, view: SentenceView,
           scene: Scene, place_tokens: set[int]) -> Draft | None:
    tok = trig.token
    agent_heads, patient_heads = roles(tok)
    if trig.deaths and tok.pos_ != "VERB":
        agent_heads, patient_heads = [], []  # "Five Ukrainian soldiers, …": the victims
    lemma = tok.lemma_.lower()
    if lemma in _SWAP:  # "repelled attacks": the subject defended
        patient_heads, agent_heads = agent_heads, [
            c for p in patient_heads for c in p.children if c.dep_ in ("poss", "amod")]
    elif lemma in _VICTIM_SUBJECT or _headline_passive(tok) or (
            lemma in ("hit", "strike") and any(p.lemma_.lower() in WEAPON_NOUNS
                                               for p in patient_heads)):
        # "civilians died", "their vehicle hit a landmine": the subject was hit
        patient_heads = agent_heads + [p for p in patient_heads
                                       if p.lemma_.lower() not in WEAPON_NOUNS]
        agent_heads = []
    if trig.family in ("seize", "retake"):  # "retook the town from the RSF"
        patient_heads = patient_heads + [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj"]
    if trig.family == "withdraw":  # "handed over the base to Mali's army": Mali gains it
        given = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
        recipients = [p for c in (*tok.children, *given) if c.dep_ == "prep"
                      and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if recipients and _actor_refs(recipients, view.gazetteer):
            agent_heads, patient_heads = recipients, agent_heads
    agents = _actor_refs(agent_heads, view.gazetteer)
    patients = [(r, h) for r, h in _actor_refs(patient_heads, view.gazetteer)
                if r.kind != "weapon" or trig.family == "intercept"]  # "with artillery"
    if trig.weapon_noun and not agents:
        own = actor_of(tok, view.gazetteer)  # "Russian drones": the weapon's owner acts
        if own is not None and own.country:
            agents = [(own, tok)]
    if lemma in _RAIDS and agents and all(r.kind in STATE_KINDS for r, _ in agents) \
            and not _harm(sent, view):
        log.debug("skip %r: a security raid that hurt or took no one", tok.text)
        return None
    excluded = {t.i for _, head in agents for t in np_tokens(head)}
    when = choose_time(tok, sent, view.times, view.published)
    if when == VAGUE:
        log.debug("skip %r: vague time, background", tok.text)
        return None
    located = choose_places(tok, sent, view.places, excluded,
                            allow_person_places=view.allow_person_places
                            or region_reference(sent) is not None)
    if not located and agents and trig.family in _AUTHORITY and tok.pos_ == "VERB":
        # "police in Kyiv said they had arrested": where the authority acts
        located = choose_places(tok, sent, view.places, excluded, allow_person_places=True)
    agents = _specific_first(agents)
    victims = _victims(sent, view, trig)
    own_scene = Scene(crowd=scene.crowd, intervention=scene.intervention, lethal=scene.lethal,
                      weapon=trig.weapon, deaths=trig.deaths, violent=scene.violent,
                      place_object=is_place_object(tok, place_tokens))
    return Draft(
        trigger=trig, sent_i=sent_i, para_i=para_i,
        agents=[r for r, _ in agents if not (r.kind == "weapon" and not r.country)],
        patients=[r for r, _ in patients],
        located=located, region_ref=region_reference(sent),
        time=when if isinstance(when, TimeExpr) else None,
        scene=own_scene, excluded=excluded, victims=victims,
        sentences={sent_i}, anchors=[(trig.start, trig.end)],
    )


_HARM = reference.words("events/harm_words")
_HARM_COUNTS = frozenset({"killed", "injured", "killed_or_injured", "abducted", "arrested"})


def _harm(sent: Span, view: SentenceView) -> bool:
    """The sentence tells that someone was hurt, killed, taken or detained."""
    return any(c.category in _HARM_COUNTS for c in view.counts) or any(
        t.lemma_.lower() in _HARM for t in sent)


def _headline_passive(tok: Token) -> bool:
    """"Two soldiers killed in …": a headline's passive with its auxiliary left out."""
    return tok.lemma_.lower() in ("kill", "wound", "injure") and tok.tag_ in ("VBN", "VBD") \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)


def _specific_first(agents: list[tuple[ActorRef, Token]]) -> list[tuple[ActorRef, Token]]:
    """Two subjects from a broken parse ("Fighters from the … RSF"): the named group first."""
    if len(agents) > 1 and agents[0][0].kind == "unidentified" and \
            agents[0][1].dep_ != "conj" and any(r.kind == "group" for r, _ in agents[1:]):
        return sorted(agents, key=lambda a: a[0].kind != "group")
    return agents


def _victims(sent: Span, view: SentenceView, trig: Trigger) -> list[ActorRef]:
    """Who the sentence's death and injury figures counted ("12 civilians", "five soldiers")."""
    out = []
    doc = sent.doc
    for count in view.counts:
        if count.category not in ("killed", "injured", "killed_or_injured", "abducted"):
            continue
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        clause = prior_clause(root)
        if clause is not None and not clause[0] <= trig.start < clause[1]:
            continue  # "after a driver died in custody": not this event's victim
        if root.pos_ == "NUM" and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head
        ref = actor_of(root, view.gazetteer)
        if ref is not None and ref.kind not in ("pronoun", "weapon"):
            out.append(ref)
    return out
