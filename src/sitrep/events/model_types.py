"""The rules' event type and the trained model's, combined.

The rules (:mod:`sitrep.events.classify`) decide whether an event happened and
read its type from the trigger word, its weapon and its actors. The model
(:mod:`sitrep.events.classifier`) reads the wording of the row's own sentences
and is much better on the kinds the rules confuse (an attack on civilians told
as an attack, a riot told as a protest), but it cannot tell a fact from a threat
and was trained on ACLED's short event descriptions, not on news. So:

- the model never removes a row, and never replaces *Chemical weapon* (it was
  trained without it); it makes one only of a short description that gives the
  rules none (:mod:`sitrep.events.described`);
- it replaces the rules' **event type** only where the rules guessed it from
  who was hit ("attacked", "shot", "killed" with no weapon named), and only
  when it is sure: a probability of at least :data:`NEWS_TYPE` on news, or
  :data:`SNIPPET_TYPE` on a short ACLED-style description (:func:`is_snippet`),
  :data:`LONE_BATTLE` there for a battle whose second side the text did not name;
  on news, a word that names the kind (a clash, a protest, a riot, an
  abduction, a seizure) or a weapon keeps the rules' type; on a description,
  the kind of text the model was trained on, only a weapon of remote violence
  (or a gun fired at civilians the rules read), a crowd's own words (a
  protest, a riot, a mob) or ground taken do, but a protest the model is
  :data:`RIOT` sure turned violent becomes a riot; the lead row of a
  description (the first of the type the model reads in the whole text, else
  the first) is read with the model's reading of the whole text (the text is
  one event, told in the words the model was trained on) from
  :data:`SNIPPET_TYPE`, the rows of that type lead the description's rows, and
  every row takes that reading whenever it is at least
  :data:`DESCRIPTION_TYPE` sure, even over a weapon, but not over a crowd's own
  words; a weapon of remote violence never makes violence against
  civilians (the codebook codes civilians shelled or bombed as remote violence);
- when both agree on the event type, it chooses the **sub-type** when its
  probability is at least :data:`SUB_TYPE`, unless a weapon named it;
- a row whose type changes takes the actors its new type needs (protesters for
  a protest, rioters for a riot, civilians as the target of violence against
  civilians);
- on a short description, the model's inter codes recast the sides the rules
  could only guess (:mod:`sitrep.events.model_actors`).

``derived["event_type"]`` says which component chose the type: ``"rules"``,
``"model"`` (the model overrode the rules), or ``"rules+model"`` (the rules'
type with the model's sub-type).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from . import classifier
from .assemble import Row
from .classify import SUBTYPE_BY_WEAPON
from .model_actors import INTER, recast_actors, recast_default_doer

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .classifier import TypePrediction

__all__ = ["retype_rows", "is_snippet", "take_type", "NEWS_TYPE", "SNIPPET_TYPE", "LONE_BATTLE",
           "SUB_TYPE", "INTER", "RIOT", "DESCRIPTION_TYPE"]

#: Event-type probability above which the model overrides the rules on news.
NEWS_TYPE = 0.7
#: … and on short ACLED-style event descriptions, the kind of text it was trained on.
SNIPPET_TYPE = 0.6
#: … and even on a protest the rules read, the probability that it turned into a riot
#: (on held-apart descriptions the model is then right 17 times in 18).
RIOT = 0.9
#: … and, on a description, the probability from which the model's reading of the whole
#: text overrides even a weapon that names the kind (a crowd's own words still win).
DESCRIPTION_TYPE = 0.8
#: … and on a description, over a battle the rules read with no second side named (a
#: guess: "militants attacked the village, killing one" is violence against civilians).
LONE_BATTLE = 0.4
#: Sub-type probability above which the model picks the sub-type of an agreed type.
SUB_TYPE = 0.5
#: A text of at most this many sentences and characters reads as one event description.
_SNIPPET_SENTENCES = 4
_SNIPPET_CHARS = 800
_NEVER_REPLACED = frozenset({"Chemical weapon"})
_SYMBOLS = reference.words("events/symbolic_objects")
_VAC = "Violence against civilians"
#: Trigger families whose type the rules only guess from who was hit: "attacked",
#: "shot", "killed". Every other family names its kind (a clash, a protest, an
#: abduction, a seizure), and a weapon names the kind of a strike.
_GUESSED_FAMILIES = frozenset({"attack", "shoot", "kill", "offensive"})
_CROWD_FAMILIES = frozenset({"protest", "labour", "riot", "mob", "seize", "retake"})
#: … of which a crowd's own words, which even the model's sure reading of a whole
#: description does not override (ground taken gives way to it: "seized a weapons cache").
_CROWD_WORDS = _CROWD_FAMILIES - {"seize", "retake"}


def _crowd_read(row: Row) -> bool:
    """A weapon that names a kind of remote violence, a crowd's own words (a protest, a
    riot, a mob) or ground taken: the model misreads a violent crowd as a peaceful one,
    a symbol burned as a riot, and an order around a seizure as the seizure. A gun
    names no kind: soldiers shooting may fight a battle or attack civilians; but the
    civilians it was fired at, read from the text, do."""
    if row.event_type == "Violence against civilians" and "actor2" in row.evidence:
        return row.weapon is not None or row.family in _CROWD_FAMILIES
    return row.weapon in SUBTYPE_BY_WEAPON or row.family in _CROWD_FAMILIES


def _rules_sure(row: Row) -> bool:
    """The rules read the type from a word that names it, not from the actors, or saw
    the crowd's own violence ("stone-throwing protesters", "they burned tyres")."""
    return row.weapon is not None or row.family not in _GUESSED_FAMILIES \
        or row.event_type == "Riots"


def _lone_battle(row: Row) -> bool:
    """A battle whose second side the rules only inferred: the text named none."""
    return row.event_type == "Battles" and row.derived.get("actor2") == "inferred"


def _symbolic(text: str) -> bool:
    """The text names a thing a peaceful crowd burns as a symbol ("an effigy")."""
    return any(w.strip(".,;:!?'\"()").lower() in _SYMBOLS for w in text.split())


def is_snippet(text: str, sentences: int) -> bool:
    """A short event description (ACLED notes, a one-line headline), not a news report."""
    return sentences <= _SNIPPET_SENTENCES and len(text) <= _SNIPPET_CHARS


def retype_rows(rows: list[Row], sents: list[Span], snippet: bool, country_names: dict[str, str]
                ) -> str | None:
    """Settle each row's type with the model's reading of its own sentences, in place.

    On a description, the lead row takes the model's reading of the whole text, the
    kind of text it was trained on, and its sides too
    (:mod:`sitrep.events.model_actors`): the row whose type is the model's sure reading
    of the whole (:func:`_agreeing`), else the first. That sure reading is returned
    when a row has its type (None otherwise, and on news): the description tells an
    event of that type, and its rows come first. ``country_names`` maps a row's country code to the
    ACLED country name used in the actor names it may need.
    """
    if not rows:
        return None
    texts = [" ".join(sents[i].text for i in sorted(r.sentences) if i < len(sents))
             for r in rows]
    threshold = SNIPPET_TYPE if snippet else NEWS_TYPE
    preds = classifier.predict([*texts, " ".join(s.text for s in sents)] if snippet else texts)
    agreeing = _agreeing(rows, preds[-1]) if snippet else None
    first = None if not snippet else agreeing or 0
    for n, (row, pred) in enumerate(zip(rows, preds, strict=False)):
        row.derived["event_type"] = "rules"
        if row.sub_event_type in _NEVER_REPLACED:
            continue
        lead = n == first and preds[-1].event_type_probability >= SNIPPET_TYPE
        whole = snippet and preds[-1].event_type_probability >= DESCRIPTION_TYPE
        if lead or whole:
            pred = preds[-1]  # the description as a whole, read as the model was trained
        if pred.event_type != row.event_type:
            kept = _crowd_read(row) if snippet else _rules_sure(row)
            riot = snippet and row.event_type == "Protests" and pred.event_type == "Riots" \
                and (pred.event_type_probability >= RIOT
                     or (lead and not _symbolic(texts[n])))
            turned = riot or (whole and row.family not in _CROWD_WORDS and not (
                row.weapon in SUBTYPE_BY_WEAPON and pred.event_type == _VAC))
            sure = LONE_BATTLE if snippet and _lone_battle(row) else threshold
            if pred.event_type_probability >= sure and (turned or not kept):
                take_type(row, pred.event_type, pred.sub_event_type,
                      country_names.get(row.country_code or "", ""))
                row.derived["event_type"] = "model"
        elif pred.sub_event_type != row.sub_event_type and pred.probability >= SUB_TYPE \
                and row.weapon is None:
            row.sub_event_type = pred.sub_event_type
            row.derived["event_type"] = "rules+model"
        if snippet:
            recast_actors(row, preds[-1] if n == first else pred,
                          country_names.get(row.country_code or "", ""))
        else:
            recast_default_doer(row, pred, country_names.get(row.country_code or "", ""))
    return None if agreeing is None else preds[-1].event_type


def _agreeing(rows: list[Row], whole: TypePrediction) -> int | None:
    """The row a description tells: the first whose type is the model's sure reading of
    the whole text (a protest that turned into a riot is told as both), or None."""
    if whole.event_type_probability >= SNIPPET_TYPE:
        for n, row in enumerate(rows):
            if row.event_type == whole.event_type:
                return n
    return None


def take_type(row: Row, event_type: str, sub_event_type: str, country: str) -> None:
    """``row`` becomes an event of ``event_type``, with the actors that type needs."""
    where = f" ({country})" if country else ""
    row.event_type, row.sub_event_type = event_type, sub_event_type
    if event_type == "Protests" and row.inter1 != 6:
        row.actor1, row.inter1 = f"Protesters{where}", 6
        row.evidence.pop("actor1", None)
        row.derived["actor1"] = "inferred"
    elif event_type == "Riots" and row.inter1 != 5:
        row.actor1, row.inter1 = f"Rioters{where}", 5
        row.evidence.pop("actor1", None)
        row.derived["actor1"] = "inferred"
    if event_type == "Violence against civilians" and row.inter2 != 7:
        row.actor2, row.inter2 = f"Civilians{where}", 7
        row.evidence.pop("actor2", None)
        row.derived["actor2"] = "inferred"
    elif event_type in ("Battles", "Protests") and row.inter2 == 7:
        row.actor2, row.inter2 = "", 0  # no battle with civilians, no protest against them
        row.evidence.pop("actor2", None)
        row.derived.pop("actor2", None)
