"""Which of the small model's entities and untagged words are really places.

The small model tags "Kursk" PRODUCT, "Kyiv" PERSON, "Belgorod" NORP or ORG,
"Taizz" DATE, and misses some towns outright. Each test here asks the
gazetteer whether the name is a known place and weighs the answer with the
words around it (:mod:`~sitrep.nlp.place_context`) and with the article's
countries (ISO alpha-2 codes): a village namesake needs a stronger context
than a capital.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer.names import strip_possessive
from ..places.abbreviations import abbreviation
from .place_context import (
    is_never_a_place,
    is_place_noun,
    is_place_preposition,
    owner,
    place_context,
    qualifies,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..gazetteer.lookup import Candidate
    from ..gazetteer.protocol import Places

__all__ = ["MISLABELS", "WORDLESS", "is_abbreviated_place", "is_dated_place", "is_demonym",
           "is_missed_place",
           "is_place_use", "named_countries"]

#: Labels the model gives to place names by mistake, which a place can replace freely.
MISLABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE", "ORG", "NORP"})
#: Labels for dates and numbers the model also gives to unfamiliar names ("Taizz").
WORDLESS = frozenset({"DATE", "TIME", "CARDINAL"})
#: A town named after a country's possessive must be this large ("Ukraine's Gorlovka";
#: not "Russia's Putin", which is also a hamlet somewhere).
_OWNED_MIN_POPULATION = 10_000


def _best(gazetteer: Places, text: str, countries: set[str]) -> Candidate | None:
    """The likeliest place called ``text``, the article's countries first."""
    found = gazetteer.lookup(text, country_codes=sorted(countries), limit=1)
    return found[0] if found else None


def is_demonym(gazetteer: Places, text: str) -> bool:
    """Whether ``text`` names a people ("Ukrainian") and not also a country."""
    return bool(gazetteer.country_for_demonym(text)) and not gazetteer.country_for_name(text)


def named_countries(gazetteer: Places, doc: Doc) -> set[str]:
    """The countries the model's GPE and NORP entities name ("Ukraine", "Russian")."""
    found = set()
    for ent in doc.ents:
        if ent.label_ == "GPE":
            code = gazetteer.country_for_name(ent.text)
        elif ent.label_ == "NORP":
            code = gazetteer.country_for_demonym(ent.text)
        else:
            continue
        if code:
            found.add(code)
    return found


def is_place_use(gazetteer: Places, ent: Span, countries: set[str], done: list[Span]) -> bool:
    """Whether a PERSON or mislabelled entity is a place used as one.

    ``done`` are the corrected entities before ``ent``.
    """
    text = strip_possessive(ent.text)
    if is_never_a_place(text):
        return False
    if ent.label_ == "NORP" and gazetteer.country_for_demonym(text):
        return False  # "Russian" is a demonym, not a place
    context = place_context(ent, done)
    area = owner(ent, done)
    if area is not None and ent.label_ != "NORP":  # "Ukraine's Gorlovka"
        found = gazetteer.best_within(text, area.text)
        if found is not None and found.population >= _OWNED_MIN_POPULATION:
            return True
    if ent.label_ != "NORP" and _in_named_region(gazetteer, ent, text):
        return True  # "Leer, Unity", "Kibende, Rutshuru (Nord-Kivu)"
    best = _best(gazetteer, text, countries)
    if best is None:
        # an unknown name in a strong frame ("the town of X") is still a place
        return ent.label_ in {"PERSON", "ORG"} and context == "strong"
    major = best.feature_code in {"PCLI", "ADM1", "PPLC"} or best.population >= 1_000_000
    local = best.country_code in countries
    if ent.label_ == "PERSON":  # people share names with villages: ask for more
        if context == "strong":
            return True
        if context:
            return local or best.population >= 50_000 or \
                gazetteer.is_place(text, min_population=50_000)  # a region or sizeable town
        if len(ent) > 2 or " " in text:
            return False
        seat = best.feature_code in {"PPLA", "PPLC", "ADM1"} or best.population >= 100_000
        # "Kherson" in a report on Ukraine; "shelled Kherson": a seat as an object
        return major or (seat and (local or ent.root.dep_ in {"dobj", "pobj"}))
    if context:
        return True
    if ent.label_ in MISLABELS:
        return major or best.population >= 100_000 or (local and best.population >= 20_000)
    return False


def _in_named_region(gazetteer: Places, ent: Span, text: str) -> bool:
    """Whether the name before ", Region" or " (Region" is a place inside that region."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in {",", "("}:
        return False
    end = ent.end + 1
    while end < len(doc) and end < ent.end + 6 and doc[end].text not in {",", ")", ";", "."}:
        end += 1
    region = doc[ent.end + 1:end]
    if not region or not all(t.is_title or t.is_upper for t in region if t.is_alpha):
        return False
    return gazetteer.best_within(text, region.text) is not None


def is_dated_place(gazetteer: Places, ent: Span, countries: set[str], done: list[Span]) -> bool:
    """A lone capitalised word tagged DATE, TIME or CARDINAL that is a place by name and
    context: "the city of Taizz", "in Hodeidah"; never a month, weekday or anything with
    a digit."""
    text = strip_possessive(ent.text)
    if len(ent) != 1 or not text.istitle() or any(ch.isdigit() for ch in text) or (
        is_never_a_place(text) or ent[0].pos_ != "PROPN"
    ):
        return False
    context = place_context(ent, done)
    best = _best(gazetteer, text, countries) if context else None
    if best is None:
        return False
    return context == "strong" or best.country_code in countries or (
        best.population >= 100_000 or best.feature_code in {"PCLI", "ADM1"}
    )


def is_abbreviated_place(tok: Token, done: list[Span]) -> bool:
    """Whether a word outside every entity is a standard abbreviation of a place: "W.Va."
    anywhere, "Mo." only as the qualifier of a place ("Columbia, Mo.")."""
    short = abbreviation(tok.text)
    if short is None:
        return False
    return short.anywhere or qualifies(tok.doc, tok.i, done) or (
        tok.i > 1 and tok.nbor(-1).text == "," and tok.nbor(-2).is_upper)  # "WAUSAU, Wis."


def is_missed_place(gazetteer: Places, tok: Token, countries: set[str],
                    done: list[Span] | None = None) -> bool:
    """Whether a capitalised word outside every entity is a place the model missed.

    ``done`` are the corrected entities: a word that qualifies a place ("Sucre
    (Chuquisaca)", "Shiroro LGA, Niger") is a region or sizeable town there."""
    if not tok.is_title or tok.pos_ not in {"PROPN", "NOUN", "ADJ"} or len(tok.text) < 3:
        return False
    if is_never_a_place(tok.text):
        return False
    prev = tok.nbor(-1) if tok.i > 0 else None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
        return False  # part of a longer name the model chose not to tag
    best = _best(gazetteer, tok.text, countries)
    if best is None:
        return False
    if tok.pos_ == "PROPN" and (
        best.feature_code in {"PCLI", "PPLC"} or best.population >= 500_000
    ):
        return True  # "Kyiv's forces", "hit Kharkiv": a major place used bare
    region = best.feature_code in {"ADM1", "ADM2", "PCLI"}
    if done and qualifies(tok.doc, tok.i, done):  # a region or sizeable town of that name
        return gazetteer.is_place(tok.text, min_population=20_000) or (
            best.country_code in countries and best.population >= 2_000)
    if nxt is not None and is_place_noun(nxt.lower_) and not tok.is_sent_start and (
            region or best.population >= 2_000):
        return True  # "Igabi LGA", "Kyaukme township"
    cue = prev is not None and is_place_preposition(prev.lower_)
    if not cue or tok.is_sent_start:
        return False
    return best.population >= 20_000 or (best.country_code in countries
                                         and best.population >= 2_000)
