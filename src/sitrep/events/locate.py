"""Where an event happened: the place its trigger governs, and ACLED's geo precision.

Each resolved :class:`~sitrep.records.Place` in the trigger's sentence is
scored by its distance from the trigger in the dependency tree, with a bonus
for a place after "in/into/at/near/over" and penalties for the origin of a
strike ("from Kursk into the Sumy region": Sumy), a place that only
qualifies a person ("the governor of Belgorod") and a whole country when a
smaller place is named. Places inside an actor's phrase ("Kyiv's forces",
"artillery near Shebekino") are not candidates. Places joined by "and" to the
chosen one are further locations: ACLED codes the shelling of three villages
as three events (but not "the road between Boni and Douentza").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import Place
from .lexicon import (
    ANAPHORIC_DETS,
    LOCATIVE_PREPS,
    NEAR_WORDS,
    ORIGIN_PREPS,
    PERSON_HEADS,
    PLACE_NOUNS,
    REGION_NOUNS,
    SKIP_MARKS,
)

__all__ = ["Located", "place_root", "tree_distance", "choose_places", "geo_precision",
           "region_reference", "near_words_before"]

PLACE_WORDS = PLACE_NOUNS | REGION_NOUNS
_CLIMB = frozenset({"compound", "nmod", "amod", "poss", "appos", "conj", "pobj", "npadvmod"})


@dataclass(slots=True)
class Located:
    place: Place
    near: bool  # "near X", "the outskirts of X": coded to X with precision 2
    span: tuple[int, int]


def place_root(doc: Any, place: Place) -> Any:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _ancestors(tok: Any) -> list[Any]:
    out = [tok]
    while tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def tree_distance(a: Any, b: Any) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up_a = _ancestors(a)
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(_ancestors(b)):
        if t.i in index:
            return n + index[t.i]
    return len(up_a) + 20


def _governing_prep(tok: Any) -> tuple[Any, Any]:
    """(preposition, the word it hangs from) above a place token, skipping "the town of"."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "pobj" and cur.head.lower_ != "of":
            return cur.head, cur.head.head
        if cur.dep_ == "pobj" and cur.head.lower_ == "of":
            owner = cur.head.head
            if owner.lemma_.lower() in PERSON_HEADS:
                return cur.head, owner
            cur = owner
            continue
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None, cur.head
        cur = cur.head
    return None, None


def near_words_before(doc: Any, start_tok: Any, sent_start: int) -> bool:
    """Whether "near", "outskirts of", "west of"… comes just before a place."""
    lo = max(sent_start, start_tok.i - 5)
    return any(t.lower_ in NEAR_WORDS for t in doc[lo:start_tok.i])


def _score(trigger: Any, root: Any, place: Place) -> tuple[float, bool]:
    """(score, governed by a person noun); lower scores are better."""
    score = float(tree_distance(trigger, root))
    prep, owner = _governing_prep(root)
    person = False
    if prep is not None:
        if prep.lower_ in ORIGIN_PREPS:
            score += 4
        elif prep.lower_ in LOCATIVE_PREPS:
            score -= 1
        if owner is not None and owner.lemma_.lower() in PERSON_HEADS:
            person = True
            score += 6
    if (place.feature_code or "").startswith("PCL"):
        score += 3
    return score, person


def choose_places(trigger: Any, sent: Any, places: list[Place], excluded: set[int], *,
                  allow_person_places: bool) -> list[Located]:
    """The places an event at ``trigger`` happened in, best first; [] if the sentence has none.

    ``excluded`` holds token indices of actor phrases. Places that only
    qualify a person are used when ``allow_person_places`` (no earlier event
    to continue, or the sentence says "the region").
    """
    doc = sent.doc
    scored: list[tuple[float, Place, Any]] = []
    for place in places:
        if place.start < sent.start_char or place.end > sent.end_char:
            continue
        if place.latitude is None and not place.country_code:
            continue
        root = place_root(doc, place)
        if root is None or root.i in excluded or _acts(root) or _in_background(root, trigger):
            continue
        score, person = _score(trigger, root, place)
        if person and not allow_person_places:
            continue
        scored.append((score, place, root))
    if not scored:
        return []
    scored.sort(key=lambda s: (s[0], s[1].start))
    best_score, best, best_root = scored[0]
    chosen = [(best, best_root)]
    between = any(t.lower_ == "between" for t in _ancestors(best_root)[:4])
    if not between:
        for _, place, root in scored[1:]:
            if _conjoined(root, best_root) and place.geonameid != best.geonameid:
                chosen.append((place, root))
    return [Located(p, near_words_before(doc, doc[_first_token(doc, p)], sent.start),
                    (p.start, p.end)) for p, _ in chosen]


def _acts(root: Any) -> bool:
    """A place used as a doer ("Russia invaded", "Kyiv's forces") or as a border's name."""
    if root.dep_ == "nsubj" or root.head.lemma_.lower() in ("border", "frontier"):
        return True
    return root.dep_ == "poss" and root.head.lemma_.lower() not in PLACE_WORDS


def _in_background(root: Any, trigger: Any) -> bool:
    """A place inside a "since…"/"before…" clause that does not hold the trigger."""
    for tok in _ancestors(root)[1:]:
        if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in SKIP_MARKS for c in tok.children
        ):
            return trigger.i not in {t.i for t in tok.subtree}
    return False


def _first_token(doc: Any, place: Place) -> int:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.start if span is not None else 0


def _conjoined(a: Any, b: Any) -> bool:
    """Whether two place tokens are coordinated ("Khan Younis and Rafah")."""
    for x, y in ((a, b), (b, a)):
        cur = x
        for _ in range(3):
            if cur.dep_ != "conj":
                break
            cur = cur.head
            if cur.i == y.i:
                return True
    return False


def region_reference(sent: Any) -> Any:
    """A definite region noun with no name ("parts of the region"), or None."""
    for tok in sent:
        if tok.lemma_.lower() in REGION_NOUNS and tok.pos_ == "NOUN" and not tok.ent_type_ and \
                any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children) and \
                not any(c.dep_ in ("compound", "nmod", "poss") or c.ent_type_
                        for c in tok.children) and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return tok
    return None


def geo_precision(place: Place, near: bool) -> int:
    """ACLED geo_precision: 1 a town, 2 near a town or part of a region, 3 a region."""
    code = place.feature_code or ""
    if code.startswith("PPL"):
        return 2 if near else 1
    if code == "ADM1" or code.startswith("PCL"):
        return 2 if near and code == "ADM1" else 3
    return 2
