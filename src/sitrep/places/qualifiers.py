"""Place mentions that qualify something rather than locate it.

A demonym or region adjective used as an adjective ("Russian troops", "the
Syrian government", "European leaders") names a country or region, and geoparsing
counts it as a toponym; so does a well-known place inside an organisation's name
("Jamaica Constabulary Force", "the Washington Post"). Neither says where anything
happened, so each becomes a :class:`~sitrep.records.Place` with a ``role``:

- ``"qualifier"``: a NORP entity, or capitalised words no entity covers, that is a
  demonym (:meth:`Places.country_for_demonym`, resolved to its country) or a
  region adjective (``places/region_adjectives``),
  followed by the word it qualifies; not a plural ("Russians"), and not one followed
  by a verb or a function word (``places/not_qualified``: "the Chinese said", "in
  English or French"), which names people or a language; a PERSON or ORG that is
  a demonym ("Slovak") is read as a NORP, and the country letters of a currency
  ("US$5 million") are a qualifier too;
- ``"embedded"``: in an ORG, a run of up to three capitalised words that is a
  demonym or region adjective, a country, or by its own name (not a near spelling;
  "Suffolk County" is Suffolk's) a first-level region, a capital or admin seat, or
  a place of at least 100,000 people, chosen among namesakes by the article's
  countries; not the whole name.

The events stage never places an event at a place with a role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .. import reference
from ..gazetteer.names import split_region_word
from ..nlp.place_context import is_never_a_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..gazetteer.lookup import Candidate
    from ..gazetteer.protocol import Places
    from ..records import Entity, Place

__all__ = ["QUALIFIER", "EMBEDDED", "qualifier_places", "embedded_places", "region_adjective"]

QUALIFIER = "qualifier"
EMBEDDED = "embedded"

_NEXT_WORD = re.compile(r"^[ \t]+([A-Za-z][\w'’.-]*)")
_WORD = re.compile(r"[A-Z][\w'’.&-]*")
#: One capitalised word, and two ("South Korean"), that may be an untagged demonym.
_UNTAGGED = re.compile(r"\b(?=([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b))")
_UNTAGGED_ONE = re.compile(r"[A-Z][a-z]+")
_WELL_KNOWN = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "PPLC", "PPLA"})
_MIN_POPULATION = 100_000
#: Labels the model gives a demonym at times ("Slovak" PERSON).
_MISTAGGED = frozenset({"PERSON", "ORG"})
#: A country's letters before a currency sign: "US$5 million".
_CURRENCY = re.compile(r"([A-Z]{2,3})\$")
#: Parts of speech of a word after a demonym that names people, not a quality.
_NOT_QUALIFIED_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART"})
_LONGEST = 3  # words of an embedded place name


def region_adjective(word: str) -> str | None:
    """The region a region adjective names ("European" -> "Europe"), else None."""
    key = " ".join(word.split()).casefold()
    for row in reference.table("places/region_adjectives"):
        if row["adjective"].casefold() == key:
            return row["region"]
    return None


def _qualifier_target(gazetteer: Places, name: str) -> Candidate | None:
    """The country or region a singular demonym or region adjective names."""
    region = region_adjective(name)
    if region is not None:
        found = gazetteer.lookup(region, limit=1)
        return found[0] if found else None
    code = gazetteer.country_for_demonym(name)
    if code is None or _plural(gazetteer, name, code):
        return None
    return gazetteer.country(code)


def _currency_country(gazetteer: Places, letters: str) -> Candidate | None:
    """The country of a currency's letters ("US" of "US$"), else None."""
    code = gazetteer.country_for_name(letters) if letters.isupper() else None
    return gazetteer.country(code) if code is not None else None


def _plural(gazetteer: Places, name: str, code: str) -> bool:
    """"Russians", "Israelis", "Frenchmen": the people, not the adjective."""
    low = name.casefold()
    if low.endswith("men"):
        return True
    return low.endswith("s") and gazetteer.country_for_demonym(name[:-1]) == code


def qualifier_places(text: str, entities: Sequence[Entity], gazetteer: Places,
                     stage: str, doc: Doc | None = None) -> Iterator[Place]:
    """The demonyms and region adjectives that qualify the word after them, as places
    with the role ``"qualifier"``: the NORP ``entities``, and the capitalised words no
    entity covers ("a Salvadoran court" the model left untagged). With the parsed
    ``doc``, a word after the demonym that the tagger calls a verb, a pronoun, a
    preposition or a conjunction also shows that the demonym names people."""
    starts = {t.idx: t.pos_ for t in doc} if doc is not None else {}
    spans = [(e.start, e.end) for e in entities if e.label == "NORP"
             or (e.label in _MISTAGGED and gazetteer.country_for_demonym(e.text))]
    spans += [(e.start, e.start + len(m.group(1))) for e in entities if e.label == "MONEY"
              and (m := _CURRENCY.match(e.text)) and gazetteer.country_for_name(m.group(1))]
    covered = [(e.start, e.end) for e in entities]
    for match in _UNTAGGED.finditer(text):
        start, end = match.start(1), match.end(1)
        first = _UNTAGGED_ONE.match(text, start)
        for stop in {end, first.end() if first else end}:
            if not any(a < stop and start < b for a, b in covered):
                spans.append((start, stop))
    taken: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(a < end and start < b for a, b in taken):
            continue
        name = text[start:end]
        if name.casefold().startswith("the "):
            start += 4
            name = text[start:end]
        after = _NEXT_WORD.match(text[end:end + 40])
        if after is None and not _CURRENCY.match(text[start:end + 1]):
            continue
        if after is not None and \
                after.group(1).casefold() in reference.words("places/not_qualified"):
            continue
        if after is not None and starts.get(end + after.start(1)) in _NOT_QUALIFIED_POS:
            continue  # "the French met", "Dutch speakers ..." tagged as people
        target = _qualifier_target(gazetteer, name) or _currency_country(gazetteer, name)
        if target is not None:
            taken.append((start, end))
            yield _with_role(target.to_place(name, start, end, stage), QUALIFIER)


def embedded_places(text: str, entities: Sequence[Entity], gazetteer: Places,
                    countries: Sequence[str], stage: str) -> Iterator[Place]:
    """The well-known places named inside organisations' names, with the role
    ``"embedded"``: "Jamaica" in "Jamaica Constabulary Force"."""
    for entity in entities:
        if entity.label != "ORG":
            continue
        words = [(entity.start + m.start(), entity.start + m.end())
                 for m in _WORD.finditer(text[entity.start:entity.end])
                 if m.group().casefold() != "the"]  # "The Zambia Wildlife Authority"
        i = 0
        while i < len(words):
            found = _longest_at(text, words, i, entity, gazetteer, countries, stage)
            if found is None:
                i += 1
                continue
            place, size = found
            yield place
            i += size


def _longest_at(text: str, words: list[tuple[int, int]], i: int, entity: Entity,
                gazetteer: Places, countries: Sequence[str],
                stage: str) -> tuple[Place, int] | None:
    for size in range(min(_LONGEST, len(words) - i), 0, -1):
        start, end = words[i][0], words[i + size - 1][1]
        if any(text[a:b].strip() for (_, a), (b, _) in zip(words[i:i + size],
                                                            words[i + 1:i + size],
                                                            strict=False)):
            continue  # the words must follow each other
        if (start, end) == (entity.start, entity.end):
            continue  # the whole name: the organisation itself, not a place in it
        name = re.sub(r"['’]s$", "", text[start:end]).rstrip(".")
        if is_never_a_place(name):
            continue
        target = _embedded_target(gazetteer, name, countries)
        if target is not None:
            return _with_role(target.to_place(name, start, start + len(name), stage),
                              EMBEDDED), size
    return None


def _embedded_target(gazetteer: Places, name: str,
                     countries: Sequence[str]) -> Candidate | None:
    qualifier = _qualifier_target(gazetteer, name)
    if qualifier is not None:
        return qualifier
    if not (name.isupper() and len(name) <= 3):  # "BC", "SA": initials are often other things
        best = gazetteer.best(name, country_codes=countries)
        if (best is not None and best.country_code is not None
                and best.name.casefold() in (name.casefold(), _region_stem(name))
                and (best.feature_code in _WELL_KNOWN or best.population >= _MIN_POPULATION)):
            return best  # "Georgia" in an American article is the state; "Suffolk County"
    code = gazetteer.country_for_name(name)
    return gazetteer.country(code) if code is not None else None


def _region_stem(name: str) -> str:
    """"suffolk" for "Suffolk County"; not for "Georgia Department", a body's name."""
    stem, word = split_region_word(name)
    if word is None or word in reference.words("nlp/org_heads"):
        return name.casefold()
    return stem.casefold()


def _with_role(place: Place, role: str) -> Place:
    place.role = role
    return place
