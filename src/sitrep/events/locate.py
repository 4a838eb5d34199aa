"""Where an event happened: the place its trigger governs, and ACLED's geo precision.

Each resolved :class:`~sitrep.records.Place` in the trigger's sentence is
scored by its distance from the trigger in the dependency tree, with a bonus
for a place after "in/into/at/near/over" and penalties for the origin of a
strike ("from Kursk into the Sumy region": Sumy), a place that only
qualifies a person ("the governor of Belgorod") and a whole country when a
smaller place is named. A side an outcome is judged for ("a major embarrassment
for Moscow", "a blow to Kyiv") is no candidate. Places inside an actor's phrase ("Kyiv's forces",
"artillery near Shebekino") are not candidates, and neither is a place that
only names a state's forces by its capital or country ("Kiev forces", "Kyiv's
troops", "Russia-led forces"; but "DPR militiamen" are in the DPR) or
the source a headline credits after a colon or dash ("… killed: Kiev",
"… - Kyiv"): see :func:`is_locative`. Places joined by "and" to the
chosen one are further locations: ACLED codes the shelling of three villages
as three events (but not "the road between Boni and Douentza").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.model import doc_text
from ..records import Place
from .lexicon import (
    ACTOR_HEADS,
    ANAPHORIC_DETS,
    BACKING_VERBS,
    LOCATIVE_PREPS,
    NEAR_WORDS,
    ORIGIN_PREPS,
    PERSON_HEADS,
    PLACE_NOUNS,
    REGION_NOUNS,
    SKIP_MARKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Located", "place_root", "tree_distance", "choose_places", "geo_precision",
           "region_reference", "near_words_before", "is_locative", "names_actor",
           "backs_actor"]

PLACE_WORDS = PLACE_NOUNS | REGION_NOUNS
_TALKS = reference.words("events/talks_nouns")
_VERDICTS = reference.words("events/verdict_nouns")
_CLIMB = frozenset({"compound", "nmod", "amod", "poss", "appos", "conj", "pobj", "npadvmod"})


@dataclass(slots=True)
class Located:
    place: Place
    near: bool  # "near X", "the outskirts of X": coded to X with precision 2
    span: tuple[int, int]


def place_root(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up_a = _ancestors(a)
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(_ancestors(b)):
        if t.i in index:
            return n + index[t.i]
    return len(up_a) + 20


def _governing_prep(tok: Token) -> tuple[Token | None, Token | None]:
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


def near_words_before(doc: Doc, start_tok: Token, sent_start: int) -> bool:
    """Whether "near", "outskirts of", "west of"… comes just before a place."""
    lo = max(sent_start, start_tok.i - 5)
    return any(t.lower_ in NEAR_WORDS for t in doc[lo:start_tok.i])


def _titles(root: Token) -> bool:
    """The place names a person's office: "the Balochistan Chief Minister", "Kharkiv's
    governor"."""
    head = root
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in PERSON_HEADS:
            return True
    return False


def _score(trigger: Token, root: Token, place: Place) -> tuple[float, bool]:
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
    if not person and _titles(root):  # "Balochistan Chief Minister": whose office, not where
        person = True
        score += 6
    if (place.feature_code or "").startswith("PCL"):
        score += 3
    return score, person


def choose_places(trigger: Token, sent: Span, places: list[Place], excluded: set[int], *,
                  allow_person_places: bool) -> list[Located]:
    """The places an event at ``trigger`` happened in, best first; [] if the sentence has none.

    ``excluded`` holds token indices of actor phrases. Places that only
    qualify a person are used when ``allow_person_places`` (no earlier event
    to continue, or the sentence says "the region").
    """
    doc = sent.doc
    scored: list[tuple[float, Place, Token]] = []
    for place in places:
        if place.start < sent.start_char or place.end > sent.end_char:
            continue
        if place.latitude is None and not place.country_code:
            continue
        root = place_root(doc, place)
        if root is None or root.i in excluded or _acts(root) or \
                _credited(root, doc[_first_token(doc, place)]) or \
                _national_actor(root, place) or _in_background(root, trigger) or \
                _judged_for(root):
            continue
        score, person = _score(trigger, root, place)
        if person and not allow_person_places:
            continue
        scored.append((score, place, root))
    if not scored:
        return []
    scored.sort(key=lambda s: (s[0], s[1].start))
    scored = _town_first(scored)
    best_score, best, best_root = scored[0]
    chosen = [(best, best_root)]
    between = any(t.lower_ == "between" for t in _ancestors(best_root)[:4])
    if not between:
        for _, place, root in scored[1:]:
            if _conjoined(root, best_root) and place.geonameid != best.geonameid:
                chosen.append((place, root))
    return [Located(p, near_words_before(doc, doc[_first_token(doc, p)], sent.start),
                    (p.start, p.end)) for p, _ in chosen]


#: How much worse a place inside the chosen region may score and still be preferred to it.
_TOWN_SLACK = 3.0


def _level(place: Place) -> int:
    """How large a place is: 0 a town, 1 a district, 2 an admin1 region, 3 a country."""
    code = place.feature_code or ""
    if code.startswith("PPL"):
        return 0
    if code.startswith("PCL"):
        return 3
    return 2 if code == "ADM1" or not code.startswith("ADM") else 1


def _inside(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` is a smaller place within ``outer`` (same country and region)."""
    if inner.country_code != outer.country_code or _level(inner) >= _level(outer):
        return False
    level = _level(outer)
    if level == 3:
        return True
    if level == 2:
        return inner.admin1 == outer.admin1
    return inner.admin1 == outer.admin1 and (inner.admin2 is None or outer.admin2 is None
                                             or inner.admin2 == outer.admin2)


def _town_first(scored: list[tuple[float, Place, Token]]) -> list[tuple[float, Place, Token]]:
    """ACLED codes the most specific place: a town or district inside the best-scoring
    region wins when it scores nearly as well, or whatever its score when the region
    is named right after it as where it lies ("in Kediri city (East Java province)").

    "recaptured the village of Blahodatne in the Donetsk region" is coded to
    Blahodatne, not the oblast; "attacked Erena community (Shiroro LGA, Niger)" to
    the Shiroro district, not Niger state.
    """
    score, best, root = scored[0]
    if _level(best) == 0:
        return scored
    text = doc_text(root.doc)
    inside = [(_level(place), other_score, i) for i, (other_score, place, _)
              in enumerate(scored[1:], start=1)
              if _inside(place, best) and (other_score - score <= _TOWN_SLACK
                                           or _qualified_by(text, place, best))]
    if not inside:
        return scored
    i = min(inside)[2]
    return [scored[i], *scored[:i], *scored[i + 1:]]


#: What stands between a place and the region that qualifies it: "Kediri city (East Java
#: province)", "Namtu township, Shan state", "Blahodatne in the Donetsk region".
_QUALIFYING_GAP = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*(?:,|\(|\s+in(?:\s+the)?)\s*")


def _qualified_by(text: str, inner: Place, outer: Place) -> bool:
    """Whether ``outer`` is named right after ``inner`` as the region it lies in."""
    return inner.end <= outer.start and _QUALIFYING_GAP.fullmatch(
        text, inner.end, outer.start) is not None


def _acts(root: Token) -> bool:
    """A place used as a doer ("Russia invaded", "Kyiv's forces") or as a border's name."""
    if root.dep_ == "nsubj" or root.head.lemma_.lower() in ("border", "frontier"):
        return True
    return root.dep_ == "poss" and root.head.lemma_.lower() not in PLACE_WORDS


def _judged_for(root: Token) -> bool:
    """A side an outcome is judged for: "a major embarrassment for Moscow", "a blow to
    Kyiv" (but "the battle for Bakhmut" is where the fighting is)."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("for", "to") and \
        prep.head.lemma_.lower() in _VERDICTS


def backs_actor(root: Token) -> bool:
    """"Russia-led forces", "Moscow-backed rebels": the place is a backer."""
    return root.dep_ in ("npadvmod", "compound", "nmod") and root.head.dep_ == "amod" and \
        root.head.lemma_.lower() in BACKING_VERBS


def _national_actor(root: Token, place: Place) -> bool:
    """A country or capital naming a state's forces ("Kiev forces", "Russia-led forces"),
    which fight elsewhere; a region or town naming local forces ("DPR militiamen") is
    where they are."""
    return _national(place) and names_actor(root)


def _national(place: Place) -> bool:
    code = place.feature_code or ""
    return code.startswith("PCL") or code == "PPLC"


def names_actor(root: Token) -> bool:
    """A place that modifies an armed or state actor's noun: it names the actor, not where
    the actor was ("Kiev forces", "Kyiv's troops", "Kiev military", "Russia-led forces")."""
    tok = root.head if backs_actor(root) else root  # "Russia-led": it hangs from "led"
    return tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.i < tok.head.i and \
        tok.head.lemma_.lower() in ACTOR_HEADS


def _dash(tok: Token) -> bool:
    return tok.text in (":", "—", "–") or (tok.text == "-" and bool(tok.whitespace_) and
                                           tok.i > 0 and bool(tok.nbor(-1).whitespace_))


def _credited(root: Token, first: Token | None = None) -> bool:
    """The source a headline credits at its end: "… soldiers killed: Kiev", "… - Kyiv";
    a dash inside the place's name (``first`` is its first token) credits nothing: "the
    Adl area of Baghdad - Karkh"."""
    sent = root.sent
    rest = [t for t in sent if t.i > root.i and not t.is_punct]
    if rest:
        return False
    start = min(root.i, first.i) if first is not None else root.i
    for tok in reversed(list(sent)[: start - sent.start]):
        if _dash(tok):
            return True
        if not (tok.pos_ == "PROPN" or tok.is_punct or tok.dep_ == "compound"):
            return False  # "8 October: … sparked demonstrations in Bahir Dar" is no credit
    return sent.start > 0 and _dash(root.doc[sent.start - 1])  # the parser cut at the colon


def is_locative(doc: Doc, place: Place) -> bool:
    """Whether a place mention may say where an event happened: not an actor ("Kiev
    forces", "Kiev says"), a credited source, or the name of talks ("Minsk peace talks")."""
    root = place_root(doc, place)
    if root is None or _credited(root, doc[_first_token(doc, place)]) or \
            _national_actor(root, place):
        return False
    if _national(place) and _acts(root):
        return False  # "Kiev says": the government; but "LPR says" is still in the LPR
    return not (root.dep_ in ("compound", "amod", "nmod") and
                root.head.lemma_.lower() in _TALKS)


def _in_background(root: Token, trigger: Token) -> bool:
    """A place inside a "since…"/"before…" clause that does not hold the trigger."""
    for tok in _ancestors(root)[1:]:
        if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in SKIP_MARKS for c in tok.children
        ):
            return trigger.i not in {t.i for t in tok.subtree}
    return False


def _first_token(doc: Doc, place: Place) -> int:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.start if span is not None else 0


def _conjoined(a: Token, b: Token) -> bool:
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


def region_reference(sent: Span) -> Token | None:
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
    """ACLED geo_precision: 1 a town, 2 near a town or in part of a region, 3 only a
    region (a district, province or country), coded to its main town or centre."""
    code = place.feature_code or ""
    if code.startswith("PPL"):
        return 2 if near or place.approximate else 1
    if code.startswith("ADM"):
        return 2 if near else 3
    if code.startswith("PCL"):
        return 3
    return 2
