"""Who did what to whom: actor phrases around a trigger, and their ACLED names.

Two steps, because a name depends on facts known only later (the event's date
picks the government's years; the event's country names civilians):

1. :func:`~sitrep.events.roles.roles` finds the agent and patient noun heads of
   a trigger in the dependency parse (re-exported here), and :func:`actor_of`
   reads one noun phrase into an :class:`ActorRef`: a *kind* (``military``,
   ``police``, ``government``, ``state``, ``civilians``, ``protesters``,
   ``rioters``, ``crowd``, ``unidentified``, ``militia``, ``group``, ``weapon``, ``civsite``,
   ``milsite``, ``pronoun``), the country it belongs to when the text says
   so ("Ukrainian units", "Kyiv's forces", "forces of Ukraine"), and its spans.
2. :func:`~sitrep.events.actor_names.name_actor` writes the ACLED name and ``inter`` code
   (re-exported here).

A country or capital used as the doer ("Russia carried out strikes", "Kyiv
launched the attack") is kind ``state``: its military for violent events and
its government for agreements and orders (see :func:`settle_kind`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.entity_bounds import entity_at, entity_bounds
from .acled_actors import acled_group
from .actor_names import country_name, name_actor, settle_kind
from .actor_refs import ARMED_KINDS, STATE_KINDS, ActorRef
from .lexicon import (
    ARMED_NOUNS,
    CIVILIAN_NOUNS,
    CIVILIAN_SITES,
    CROWD_NOUNS,
    GOVERNMENT_NOUNS,
    LEADER_NOUNS,
    MILITARY_NOUNS,
    MILITARY_SITES,
    MILITIA_NOUNS,
    POLICE_NOUNS,
    PRONOUNS,
    PROTESTER_NOUNS,
    RIOTER_NOUNS,
    SETTLEMENT_NOUNS,
    WEAPON_NOUNS,
    WEAPONS,
)
from .proxies import REBEL_NOUNS, backer_of
from .reference import find_group
from .roles import roles
from .unlisted import unlisted_group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..gazetteer.protocol import Places

__all__ = ["ActorRef", "actor_of", "country_of", "np_tokens", "roles", "name_actor",
           "coordinated_countries",
           "settle_kind", "country_name", "ARMED_KINDS", "STATE_KINDS"]

log = logging.getLogger(__name__)

_PARTITIVE = reference.words("events/partitive_nouns")
_COMMUNAL = reference.words("events/communal_nouns")
_COLLECTIVE = CROWD_NOUNS | reference.words("events/crowd_plurals")
_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod",
                        "case", "npadvmod"})


# -- reading a noun phrase ----------------------------------------------------------------


def np_tokens(tok: Token) -> list[Token]:
    """The head with its left modifiers, and "from/of X" and appositions on its right.

    A right-hand "from X" after a coordinated noun belongs to that noun (the
    parse often hangs it on the first one: "government forces and fighters from
    HTS").
    """
    out = [tok]
    first_conj = min((c.i for c in tok.children if c.dep_ == "conj"), default=None)
    for child in tok.children:
        if child.i < tok.i and child.dep_ in _LEFT_DEPS:
            out.extend(child.subtree)
        elif child.i > tok.i and (
            child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("from", "of"))
        ) and (first_conj is None or child.i < first_conj):
            out.extend(child.subtree)
    if tok.dep_ == "conj":
        for sib in tok.head.children:
            if sib.dep_ == "prep" and sib.lower_ in ("from", "of") and sib.i > tok.i:
                out.extend(sib.subtree)
    return sorted(set(out), key=lambda t: t.i)


def _np_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    # a parse that breaks a name apart still names the group
    lo, hi = entity_bounds(doc, tokens[0].i, tokens[-1].i + 1)
    if lo > 0 and doc[lo - 1].pos_ in ("AUX", "VERB", "ADP", "SCONJ") and \
            doc[lo - 1].text.isupper() and len(doc[lo - 1].text) > 1 and \
            not doc[lo].text.isupper():
        lo -= 1  # "IS militants", "AS fighters": an acronym parsed as a verb or a preposition
    return doc[lo:hi].text


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _country_word(tok: Token, gazetteer: Places) -> str | None:
    """Alpha-2 code named by one word: a demonym, a country or a capital."""
    text = tok.text
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if not text or not text[0].isupper():
        return None
    ent = entity_at(tok.doc, tok.i)
    name = ent.text if ent is not None and ent.label_ in ("GPE", "LOC") else text
    # the whole name first: "Sudan" in "South Sudan" is another country
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    whole = name if name != text else (
        f"{tok.doc[parts[0].i:tok.i].text} {text}" if parts else None)
    code = (gazetteer.country_for_name(whole) if whole else None) \
        or gazetteer.country_for_demonym(text) or gazetteer.country_for_name(name)
    if code:
        return code
    if tok.pos_ == "PROPN" or ent is not None:  # a capital as metonym: "Kyiv's forces"
        found = gazetteer.lookup(name, limit=1)
        if found and found[0].feature_code in ("PPLC", "PCLI"):
            return found[0].country_code
    return None


def country_of(tok: Token, gazetteer: Places) -> tuple[str | None, bool]:
    """(country code, is a pronoun) read from the modifiers of a noun head."""
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ in PRONOUNS:
            return None, True
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < tok.i:
            for t in [child, *(c for c in child.children if c.dep_ == "compound")]:
                code = _country_word(t, gazetteer)
                if code:
                    return code, False
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                code = _country_word(pobj, gazetteer)
                if code:
                    return code, False
    return None, False


def coordinated_countries(tok: Token, gazetteer: Places) -> list[str]:
    """Countries coordinated in a noun's modifier after the first: "US and British jets"."""
    out = []
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
            for conj in child.subtree:
                if conj.dep_ == "conj" and conj.i < tok.i:
                    code = _country_word(conj, gazetteer)
                    if code and code not in out:
                        out.append(code)
    return out


def _has_mod(tok: Token, words: set[str] | frozenset[str]) -> bool:
    return any(c.lemma_.lower() in words for c in tok.children
               if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i)


#: Kinds of a phrase that says its doers are armed but not who they are ("forces" is
#: read as an army until a group's name says otherwise: "Anti-Balaka forces").
_UNNAMED_ARMED = frozenset({"unidentified", "militia", "rebels", "military"})


def actor_of(tok: Token, gazetteer: Places) -> ActorRef | None:
    """Read the noun phrase headed by ``tok`` as an actor, or None if it is not one."""
    lemma = tok.lemma_.lower()
    if lemma in _PARTITIVE or tok.pos_ == "NUM":  # "members of a vigilante group"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is not None:
            ref = actor_of(pobj, gazetteer)
            if ref is not None:
                return replace(ref, spans=(_span(np_tokens(tok)),))
    tokens = np_tokens(tok)
    spans = (_span(tokens),)
    if lemma in PRONOUNS or tok.lower_ in PRONOUNS:
        return ActorRef("pronoun", spans=spans, pronoun=True)
    group = find_group(_np_text(tokens))
    if group is not None:
        if group.kind != "group":
            return ActorRef(group.kind, group.country, spans=spans)
        return ActorRef("group", group.country, group, spans=spans)
    if lemma in WEAPON_NOUNS:  # "a missile fired by the Houthis": the firer acts
        for acl in (c for c in tok.children if c.dep_ == "acl"):
            by = next((c for c in acl.children if c.dep_ == "agent"), None)
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            ref = actor_of(pobj, gazetteer) if pobj is not None else None
            if ref is not None and ref.armed:
                return ref
    country, pronoun = country_of(tok, gazetteer)
    own = _country_word(tok, gazetteer)
    if own and (tok.pos_ == "PROPN" or tok.tag_ == "NNPS" or tok.ent_type_ in ("GPE", "NORP")):
        return ActorRef("state", own, spans=spans)
    kind = _kind(tok, lemma)
    if kind is None or kind in _UNNAMED_ARMED:  # "IS militants", "the Twiganeho"
        listed = acled_group(_np_text(tokens))
        if listed is not None:
            return ActorRef("group", None, listed, spans=spans,
                            unlisted=kind or "unidentified")
    if kind is None:
        group = unlisted_group(tok)
        return ActorRef("group", None, group, spans=spans) if group is not None else None
    if kind == "civsite":  # "the Saudi hospital" in El Fasher: civilians of the event's country
        country = None
    if kind in ("military", "unidentified", "rebels", "militia") and \
            backer_of(tok, gazetteer):  # "Russia-led forces": not Russia's own army
        return ActorRef("rebels", None, spans=spans)
    local = _has_mod(tok, {"government", "regime", "state", "pro-government"})
    collective = lemma in _COLLECTIVE or tok.lower_ in _COLLECTIVE
    communal = kind in ("civilians", "crowd") and _IRREGULAR.get(tok.lower_, lemma) in _COMMUNAL
    if pronoun:
        return ActorRef(kind, None, spans=spans, local=local, pronoun=True,
                        collective=collective, communal=communal)
    return ActorRef(kind, country, spans=spans, local=local and not country,
                    collective=collective, communal=communal)


_IRREGULAR = {"gunmen": "gunman", "militiamen": "militiaman", "policemen": "policeman",
              "servicemen": "serviceman", "men": "man", "women": "woman", "children": "child",
              "tribesmen": "tribesman", "fishermen": "fisherman", "people": "people",
              "herdsmen": "herdsman", "clansmen": "clansman"}


def _kind(tok: Token, lemma: str) -> str | None:
    lemma = _IRREGULAR.get(tok.lower_, lemma)
    if tok.pos_ == "PROPN" and tok.tag_ == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]  # "Rebels shelled…": a capitalised plural read as a name
    if lemma == "group" and _has_mod(tok, MILITIA_NOUNS | {"vigilante"}):
        return "militia"
    if lemma == "group" and _has_mod(tok, {"armed", "militant", "jihadist", "rebel"}):
        return "unidentified"
    if lemma in ("ministry", "service", "agency"):
        if _has_mod(tok, {"defence", "defense"}):
            return "military"
        if _has_mod(tok, {"security", "intelligence"}):
            return "police"
        return "government"
    if lemma in ("force", "member", "unit") or lemma in MILITARY_SITES:
        if _has_mod(tok, POLICE_NOUNS):
            return "police"  # "police forces", "a police post"
        if lemma == "member" and _has_mod(tok, ARMED_NOUNS | MILITIA_NOUNS):
            return "militia" if _has_mod(tok, MILITIA_NOUNS) else "unidentified"
    if lemma in GOVERNMENT_NOUNS or lemma in LEADER_NOUNS:  # "a gang leader", "rebel chief"
        if _has_mod(tok, REBEL_NOUNS):
            return "rebels"
        if _has_mod(tok, MILITIA_NOUNS):
            return "militia"
        if _has_mod(tok, ARMED_NOUNS):
            return "unidentified"
    if lemma in GOVERNMENT_NOUNS:
        return "military" if _has_mod(tok, {"military", "army"}) else "government"
    if lemma in POLICE_NOUNS:
        return "police"
    if lemma in REBEL_NOUNS:
        return "rebels"
    if lemma in ARMED_NOUNS:
        return "unidentified"
    if lemma in WEAPON_NOUNS or (lemma in WEAPONS and lemma not in MILITARY_NOUNS
                                 and tok.pos_ == "NOUN"):
        return "weapon"
    if lemma in MILITARY_NOUNS:
        return "military"
    if lemma in PROTESTER_NOUNS:
        return "protesters"
    if lemma in RIOTER_NOUNS:
        return "rioters"
    if lemma in ARMED_NOUNS:
        return "unidentified"
    if lemma in MILITIA_NOUNS:
        return "militia"
    if lemma in CROWD_NOUNS and lemma not in ("resident", "villager", "people"):
        return "crowd"
    if lemma in CIVILIAN_NOUNS:
        return "civilians"
    if lemma in CIVILIAN_SITES:
        return "civsite"
    if lemma in MILITARY_SITES:
        return "milsite"
    if lemma in SETTLEMENT_NOUNS:
        return "settlement"
    return None
