"""The words around a name that say it is a place.

"the Kursk region", "the town of Orikhiv" are strong signs; "in Kursk",
"eastern Kursk", "Kursk and Belgorod" (after a place), "Shiroro LGA, Niger",
"Sucre (Chuquisaca)" (a qualifier after a place) weaker ones; "Ukraine's
Gorlovka" names the country a town lies in. The word lists are reference data
(``nlp/place_prepositions``, ``nlp/compass_words``, ``nlp/place_markers``,
``nlp/not_places``, ``places/region_types``, ``places/settlement_types``), with
the shared month, weekday and season names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import reference

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["PLACE_LABELS", "Context", "is_place_noun", "is_place_preposition",
           "is_never_a_place", "owner", "place_context", "qualifies"]

#: The labels of place entities.
PLACE_LABELS = frozenset({"GPE", "LOC"})
_POSSESSIVES = frozenset({"'s", "’s"})

#: How sure the words around a name make it a place: "strong", "weak" or "" (not at all).
Context = Literal["strong", "weak", ""]


def is_place_preposition(word: str) -> bool:
    """Whether ``word`` (lowercase) is a preposition places follow: "in", "near", "towards"."""
    return word in reference.words("nlp/place_prepositions")


def is_place_noun(word: str) -> bool:
    """Whether ``word`` (lowercase) marks the name beside it as a place: "region", "town"."""
    return (word in reference.words("places/region_types")
            or word in reference.words("places/settlement_types")
            or word in reference.words("nlp/place_markers"))


def is_never_a_place(word: str) -> bool:
    """Whether ``word`` is a month, weekday, season or other capitalised word that is no place."""
    key = word.casefold()
    return (key in reference.words("nlp/not_places")
            or key in reference.words("common/weekdays")
            or key in reference.mapping("common/months")["months"]
            or key in reference.mapping("time/seasons")["codes"])


def owner(ent: Span, done: list[Span]) -> Span | None:
    """The place span right before "'s" in front of ``ent`` ("Ukraine" in "Ukraine's X")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _POSSESSIVES:
        return None
    if done and done[-1].end == ent.start - 1 and done[-1].label_ in PLACE_LABELS:
        return done[-1]
    return None


def place_context(ent: Span, done: list[Span]) -> Context:
    """"strong" for "the town of X" / "X district", "weak" for "in X", else "".

    ``done`` are the entities already settled before ``ent``: a name right after
    "and" or a comma that follows a place is weakly a place too.
    """
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    before2 = doc[ent.start - 2] if ent.start > 1 else None
    if after is not None and is_place_noun(after.lower_):
        return "strong"
    if before is None:
        return ""
    if before.lower_ == "of" and before2 is not None and is_place_noun(before2.lower_):
        return "strong"
    if is_place_preposition(before.lower_) or before.lower_ in reference.words(
            "nlp/compass_words"):
        return "weak"
    if before.lower_ in {"and", ",", "or", "("} and done and done[-1].end == ent.start - 1:
        return "weak" if done[-1].label_ in PLACE_LABELS else ""
    if before.text in {",", "("} and qualifies(ent.doc, ent.start, done):
        return "weak"
    return ""


def qualifies(doc: Doc, start: int, done: list[Span]) -> bool:
    """Whether the name at token ``start`` follows a place and a comma or bracket, as a
    qualifier does: "Sucre (Chuquisaca)", "Shiroro LGA, Niger", "Maungdaw Township, Rakhine"."""
    if start < 2 or doc[start - 1].text not in {",", "("}:
        return False
    prev = doc[start - 2]
    if done and done[-1].end == start - 1 and done[-1].label_ in PLACE_LABELS:
        return True
    if not is_place_noun(prev.lower_) or prev.i == 0:
        return False
    return any(s.end == prev.i and s.label_ in PLACE_LABELS for s in done[-2:])
