"""Where a description itself says an event is: "coded as X", "X (district, state)".

Two phrases of event descriptions settle the location better than the sentence's
grammar does:

- the coder's own note, "(coded as Taungtha)", "[location coded to Kamran]",
  "Coded as provincial capital Baquba", "[coded Ehor]": the event is coded there,
  whatever other places the text names;
- a place followed by the regions it lies in, "Nasko (Magama, Niger)",
  "Kasimbar district (Parigi Moutong regency, Central Sulawesi province)", or after
  commas when unit nouns say so ("Malili district, East Luwu regency, South Sulawesi
  province"; not a list such as "Paris, London"): read
  from the outermost name inwards (:func:`~sitrep.gazetteer.nested.resolve_nested`),
  it gives the village, else its district, else its region; when the village is
  not in the index the event is near its district's point (geo_precision 2).

:func:`described_place` gives the place for one event's location: the coder's note
for every event of the text, else the nested phrase that holds the chosen place,
or the first nested phrase of the event's sentence when the chosen place is
elsewhere in another region, or when the sentence gave no place at all.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import reference
from ..gazetteer.nested import resolve_nested, unit_words
from ..places.acled_names import with_acled_names

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places
    from ..records import Article, Place

__all__ = ["PlacePhrase", "coder_place", "nested_phrases", "described_place"]

_WORD = r"(?: [a-z][a-z-]+){0,2}"  # "district", "regency", "township", "local government area"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Name (part, part, part)" and "Name unit, part unit, part unit": a name's words are
    capitalised, or particles ("Playas de Rosarito"), never a preposition ("Randa in Dan
    Sadau" is two names)."""
    particles = sorted(reference.words("places/name_particles") -
                       reference.words("nlp/place_prepositions"), key=len, reverse=True)
    name = (r"[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|(?:" + "|".join(particles) +
            r")(?= [A-Z])))*")
    part = rf"{name}(?:/{name})*(?: [A-Za-z][a-z]+)*"  # "Luakpiny/Nasir county"
    brackets = rf"(?P<place>{name}){_WORD}\s*\((?P<parts>{part}(?:, {part}){{0,2}})\)"
    commas = rf"(?P<place>{name}){_WORD}, (?P<parts>{part}(?:, {part}){{0,2}})(?=[\s.,;:)]|$)"
    return re.compile(brackets), re.compile(commas)


def _units_named(match: re.Match[str]) -> bool:
    """Whether a comma chain says it is one ("Malili district, East Luwu regency"): a
    unit noun after its first name or at its end, not a list ("Paris, London")."""
    words = unit_words()
    after = match.string[match.end("place"):match.start("parts")].split()
    last = match.group("parts").split()
    return any(w.casefold().strip(",") in words for w in after) or \
        (len(last) > 1 and last[-1].casefold() in words)


#: The coder's note: "coded as X", "coded to the provincial capital X", "[coded X]".
_CODER = re.compile(
    r"\b(?i:coded)\s+(?:(?:as|to|at|in)\s+)?(?:the\s+)?"
    r"(?:(?:provincial|district|regional|state|county)\s+)?(?:capital\s+(?:city\s+)?)?"
    r"(?:of\s+)?(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})")


@dataclass(frozen=True, slots=True)
class PlacePhrase:
    """A place a phrase spanning ``start``-``end`` gives (its own span is the name it
    places); ``near`` when the phrase's innermost name was not found and the place is
    the region around it."""

    start: int
    end: int
    place: Place
    near: bool


def _to_place(candidate: object, text: str, start: int, end: int) -> Place:
    place = candidate.to_place(text[start:end], start, end, "events")  # type: ignore[attr-defined]
    return with_acled_names(place)


def nested_phrases(text: str, gazetteer: Places) -> list[PlacePhrase]:
    """The "X (district, region)" and "X district, Y province" phrases of ``text`` that
    the index resolves below their outermost name, in text order."""
    brackets, commas = _patterns()
    matches = list(brackets.finditer(text))
    taken = [m.span() for m in matches]
    matches += [m for m in commas.finditer(text) if _units_named(m) and
                not any(lo < m.end() and m.start() < hi for lo, hi in taken)]
    out = []
    for match in sorted(matches, key=lambda m: m.start()):
        parts = [p.strip() for p in match.group("parts").split(",")]
        found = resolve_nested(gazetteer, [match.group("place"), *parts])
        if found is None or found.depth == len(parts):
            continue  # only the outermost name is known: the places stage reads that
        start, end = match.span("place")
        out.append(PlacePhrase(*match.span(), _to_place(found.place, text, start, end),
                               found.depth > 0))
    return out


def coder_place(article: Article, gazetteer: Places) -> PlacePhrase | None:
    """The place a coder's note names ("coded as X"): the text's own resolved mention of
    it, else the index's best place of that name in the countries the text names (none
    when it names no country); a note that names no place ("coded as SSPDF") is passed."""
    codes = list(dict.fromkeys(p.country_code for p in article.places if p.country_code))
    regions = {p.admin1 for p in article.places if p.admin1}
    for match in _CODER.finditer(article.text):
        start, end = match.span("name")
        for place in article.places:
            if place.latitude is not None and place.start == start:
                return PlacePhrase(start, end, place, False)
        candidates = [c for c in gazetteer.lookup(match.group("name"), country_codes=codes,
                                                  limit=25) if c.country_code in codes]
        candidates.sort(key=lambda c: c.admin1 not in regions)  # stable: the index's order
        if candidates:
            return PlacePhrase(start, end,
                               _to_place(candidates[0], article.text, start, end), False)
    return None


def described_place(place: Place | None, sentence: tuple[int, int], coder: PlacePhrase | None,
                    phrases: list[PlacePhrase]) -> PlacePhrase | None:
    """The place a phrase gives an event whose sentence spans ``sentence`` and whose
    chosen place is ``place`` (None: the sentence named none); None to keep it."""
    if coder is not None:
        return coder
    lo, hi = sentence
    mine = [p for p in phrases if lo <= p.start and p.end <= hi]
    if not mine:
        return None
    if place is None:
        return mine[0]
    for phrase in mine:
        if phrase.start <= place.start < phrase.end:
            return _inner(phrase, place)
    outer = mine[0].place
    if place.country_code != outer.country_code or (
            place.admin1 and outer.admin1 and place.admin1 != outer.admin1):
        return mine[0]
    return None


def _inner(phrase: PlacePhrase, place: Place) -> PlacePhrase | None:
    """The phrase's place for a chosen place inside the phrase: an outer name ("Kaduna" of
    "Jagindi (Jema'a, Kaduna)") always gives way; the innermost name gives way unless it
    is the same place, or the phrase found only the region around it and the chosen
    place lies in that region."""
    if place.start >= phrase.place.end:
        return phrase
    if phrase.place.geonameid is not None and phrase.place.geonameid == place.geonameid:
        return None
    if phrase.near and place.country_code == phrase.place.country_code and \
            place.admin1 == phrase.place.admin1:
        return None
    return phrase
