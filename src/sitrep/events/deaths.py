"""Deaths with no attack word: "22 civilians, 3 children killed in southeastern Ukraine".

Headlines and short reports often give only a toll. A sentence that reports
deaths (a ``killed`` count from the counts stage) in a conflict setting, but
holds no trigger of its own, still reports an event (:func:`death_trigger`).
The rule, documented in docs/domain.md terms:

- soldiers, servicemen, rebels, fighters or unknown victims ("Six killed")
  make Battles / Armed clash, between the sides the victims belong to ("Five
  Ukrainian soldiers, two rebels killed"); a side the sentence does not name
  is ``Unidentified Armed Group (<country>)`` (:func:`death_sides`);
- civilians killed make Violence against civilians / Attack, by an
  unidentified armed group;
- a weapon or shelling word in the sentence ("killed by mortar fire") makes
  Explosions/Remote violence with that weapon's sub-type, whoever died.

No event is made when the deaths are a running total ("since 2014", "so far
this year", "over the past month": :mod:`sitrep.events.totals`), when the
article has no conflict setting at all (no armed actor, fighting, weapon or war
word anywhere), when the sentence tells of an accident or a disease, or names
something no one wields as the cause (:mod:`sitrep.events.death_causes`). A row
told only by such deaths stays when its sentences speak of conflict or name a
killer (:func:`drop_bare_deaths`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .. import reference
from ..records import Count
from .actors import STATE_KINDS, ActorRef, actor_of
from .lexicon import ARMED_NOUNS, MILITARY_NOUNS, MILITIA_NOUNS, WEAPON_NOUNS, WEAPONS
from .proxies import REBEL_NOUNS
from .realis import unreal
from .triggers import Trigger, accidental

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..gazetteer.protocol import Places
    from .assemble import Row

__all__ = ["death_trigger", "death_sides", "conflict_setting", "conflict_word", "no_accident",
           "drop_bare_deaths", "CONFLICT_WORDS"]

#: Conflict words in any part of speech ("fighting", "attacked", "shelled").
_SETTING_WORDS = reference.words("events/conflict_words")
#: Words that put deaths in an armed conflict; those of forces and weapons only as nouns
#: (:func:`conflict_word`).
CONFLICT_WORDS = (_SETTING_WORDS | frozenset(WEAPON_NOUNS)
                  | MILITARY_NOUNS | ARMED_NOUNS)
#: Deaths these words explain are no political violence.
_NOT_CONFLICT = reference.words("events/non_conflict_deaths")
_DEATH_WORDS = frozenset({"kill", "die", "dead", "death", "toll", "perish", "lose"})
_SIDE_NOUNS = REBEL_NOUNS | ARMED_NOUNS | MILITIA_NOUNS
#: Words that make "fire" shooting: "opened fire", "exchange of fire", "returned fire".
_FIRING = frozenset({"open", "return", "exchange", "trade", "come", "draw", "cease"})
#: The strength of a trigger that only tells deaths ("died", or a count of the killed).
_DEATHS_ONLY = 0.5
#: How an actor is marked in ``derived`` when the sentence did not name it.
_GUESSED = frozenset({"default", "inferred"})


def conflict_word(tok: Token) -> bool:
    """A word of armed conflict; a noun of forces or weapons only as a noun or adjective
    ("the forces", not "were forced"; "mines", not "mining")."""
    lemma = tok.lemma_.lower()
    if lemma in _SETTING_WORDS or tok.lower_ in _SETTING_WORDS:
        return True
    return (lemma in CONFLICT_WORDS or tok.lower_ in CONFLICT_WORDS) and tok.pos_ != "VERB"


def conflict_setting(doc: Doc) -> bool:
    """Whether the article speaks of armed conflict anywhere."""
    return any(conflict_word(t) for t in doc)


def drop_bare_deaths(rows: list[Row], sents: Sequence[Span], snippet: bool) -> list[Row]:
    """The rows without those told only by deaths ("he died at his home", "two bodies
    were found") that name no one who killed and have no word of conflict in the
    sentences that tell them (anywhere in a short description): a report of deaths
    alone is political violence only where it says so. Deaths told beside an attack
    were folded into its row before."""
    def deaths_only(row: Row) -> bool:
        return row.family == "kill" and row.strength <= _DEATHS_ONLY

    def told_as_conflict(row: Row) -> bool:
        if "actor1" in row.evidence and row.derived.get("actor1") not in _GUESSED:
            return True  # the killer is named ("killed by gunmen"), not carried over
        near = range(len(sents)) if snippet else row.sentences
        return any(conflict_word(t) for j in near for t in sents[j])

    return [r for r in rows if not deaths_only(r) or told_as_conflict(r)]


def no_accident(sent: Span) -> bool:
    """Whether the sentence gives no accident or illness as the cause of death."""
    return not any((t.lemma_.lower() in _NOT_CONFLICT and not _gunfire(t)) or (
        t.lemma_.lower() in ("explosion", "blast", "explode") and accidental(t)) for t in sent)


def _gunfire(tok: Token) -> bool:
    """"Fire" that is shooting: "opened fire", "an exchange of fire", "came under fire"."""
    if tok.lemma_.lower() != "fire":
        return False
    head = tok.head
    if head.lemma_.lower() in _FIRING:
        return True
    return tok.dep_ == "pobj" and head.lower_ in ("of", "under") and (
        head.head.lemma_.lower() in _FIRING or head.lower_ == "under")


def _anchor(root: Token) -> Token:
    """The word that reports the deaths: "killed" in "22 civilians killed", else the count."""
    for cand in (root, root.head, root.head.head):
        if cand.lemma_.lower() in _DEATH_WORDS:
            return cand
    for child in root.children:
        if child.lemma_.lower() in _DEATH_WORDS:
            return child
    return root


def _weapon(sent: Span) -> str | None:
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in WEAPONS and tok.pos_ in ("NOUN", "PROPN", "VERB"):
            return WEAPONS[lemma]
    return None


def death_trigger(sent: Span, counts: Sequence[Count], totals: Collection[int],
                  found: Sequence[Trigger], setting: bool) -> Trigger | None:
    """A ``kill`` trigger for a sentence that reports deaths but no attack, or None."""
    if not setting or not no_accident(sent):
        return None
    doc = sent.doc
    taken = {t.token.i for t in found}
    for count in counts:
        if count.category != "killed" or not count.value or count.start in totals:
            continue
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = _anchor(span.root)
        if tok.i in taken or unreal(tok):
            return None  # the word was read already, and found to be no event
        end = tok.idx + len(tok.text)
        return Trigger(tok, tok.idx, end, "kill", _DEATHS_ONLY, weapon=_weapon(sent), deaths=True)
    return None


def _others(sent: Span, victims: list[ActorRef], gazetteer: Places) -> list[ActorRef]:
    """Armed sides the sentence names besides the victims ("in the separatist east")."""
    taken = {s for v in victims for s in v.spans}
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in _SIDE_NOUNS:
            continue
        ref = actor_of(tok, gazetteer)
        if ref is not None and ref.armed and not any(
                a <= tok.idx < b for a, b in taken):
            out.append(ref)
    return out


def death_sides(victims: list[ActorRef], sent: Span, country: str | None, gazetteer: Places
                ) -> tuple[ActorRef, ActorRef]:
    """(actor1, actor2) of a clash told only by its dead: the victims' sides, then an
    armed side the sentence names, then an unidentified armed group of ``country``; a
    state's forces first."""
    sides: list[ActorRef] = []
    for ref in [v for v in victims if v.armed] + _others(sent, victims, gazetteer):
        if not any((s.kind, s.country, s.group) == (ref.kind, ref.country, ref.group)
                   for s in sides):
            sides.append(ref)
    while len(sides) < 2:
        sides.append(ActorRef("unidentified", country))
    # with no side told as the attacker, a state's forces come first, as ACLED codes
    # most battles between a state and an armed group
    sides.sort(key=lambda s: s.kind not in STATE_KINDS)
    return sides[0], sides[1]
