"""Place mentions in the text: which entities name a place, and over which span.

Each GPE, LOC or FAC entity, a NORP that names a large place rather than a
people, an ORG that is a world region ("the EU"), and a PERSON or ORG whose
whole name is a country's or a first-level region's ("Tamil Nadu", "Malta"; not
"Jordan" where "Michael Jordan" is named) is a mention:

- "the Kursk region", "Kursk Oblast", "Donetsk province": the span grows over
  the region word and the name includes it;
- "the Kursk and Belgorod regions", "the governor of Belgorod", "Belgorod's
  governor": the mention means the region, the span stays on the name;
- "Kyiv's forces", "the Sumy region": the possessive and leading lowercase words
  are left out of the span, name particles ("al Fashir") are not;
- "Maungdaw Township", "Makassar city": a trailing local-unit word
  (``places/local_units``) is left out of the name looked up when only the
  stem is known;
- "Wis.", "U.S.": a standard abbreviation (:mod:`~sitrep.places.abbreviations`)
  is looked up by its full name, a state's as a region;
- "Sud-Kivu", "Ennedi-Ouest Region": a name the model cut at a hyphen, or a
  region word it took alone, grows over the rest of the name when the gazetteer
  knows the whole;
- a compass word alone is no place name ("Trans Mara West District" is not West
  Delhi, "North counties" not Cameroon's North region);
- a demonym is never a place mention, even one that is also a country's short
  name ("Saudi-led"): it tells the article's countries
  (:mod:`~sitrep.places.countries`), and one used as an adjective becomes a place
  with the role "qualifier" (:mod:`~sitrep.places.qualifiers`).

Which place a mention stands for is :mod:`~sitrep.places.resolve`'s question.
The region words and name particles are reference data (``places/region_types``,
``places/region_types_local``, ``places/name_particles``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from .. import reference
from ..gazetteer.names import split_region_word
from ..records import Entity
from .abbreviations import abbreviation

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places

__all__ = ["PLACE_LABELS", "Mention", "find_mentions", "unit_stem"]

#: Entity labels that name places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels of names that are places when the whole name is a country's or a region's.
_NAME_LABELS = frozenset({"PERSON", "ORG"})
_GOVERNOR_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:regional\s+|provincial\s+)?governor", re.I)
#: "the governor of Belgorod", "the region of Kherson"; not "a district of Kharkiv" (the city).
_REGION_BEFORE = re.compile(
    r"\b(?:governor|governorate|region|regions|oblast|province|provinces)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = ("'s", "’s", "'", "’")
#: The rest of a name cut at a hyphen: "-Kivu" after "Sud", "Ennedi-" before "Ouest".
_HYPHEN_AFTER = re.compile(r"^-[A-Z][\w'’]*")
_HYPHEN_BEFORE = re.compile(r"[A-Z][\w'’]*-$")
#: Capitalised words before a region word the model took alone ("Ennedi-Ouest Region").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in the text: its span, the name to look up, and whether a region is meant."""

    start: int
    end: int
    name: str
    region: bool
    label: str

    @property
    def query(self) -> str:
        """The name to ask the gazetteer for: "Kursk region" when the region is meant."""
        return f"{self.name} region" if self.region else self.name


class _Patterns(NamedTuple):
    region_after: re.Pattern[str]  # " region" after a name
    regions_after: re.Pattern[str]  # "[ and Belgorod] regions" after a name
    region_end: re.Pattern[str]  # a name that ends in a region word
    leading_lower: re.Pattern[str]  # "the ", "northeast " before a name


@functools.lru_cache(maxsize=4)
def _compile(regions: tuple[str, ...], particles: tuple[str, ...]) -> _Patterns:
    region = "|".join(map(re.escape, regions))
    plurals = "|".join(re.escape(word + "s") for word in regions)
    return _Patterns(
        region_after=re.compile(rf"^[ \t]+({region})\b", re.IGNORECASE),
        regions_after=re.compile(
            r"^(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?[A-Z][\w'’\-]*"
            rf"(?:\s+[A-Z][\w'’\-]*)*)*\s+(?:{plurals}|provinces|counties)\b"
        ),
        region_end=re.compile(rf"\b({region})$", re.IGNORECASE),
        # lowercase words before a name, but not name particles ("al", "de")
        leading_lower=re.compile(
            rf"(?:(?!(?:{'|'.join(map(re.escape, particles))})\s)[a-z][\w-]*\s+)+(?=[A-Z])"
        ),
    )


def _patterns() -> _Patterns:
    return _compile(
        reference.ordered_words("places/region_types")
        + reference.ordered_words("places/region_types_local"),
        reference.ordered_words("places/name_particles"),
    )


def find_mentions(text: str, entities: Sequence[Entity], gazetteer: Places) -> Iterator[Mention]:
    """The place mentions among ``entities``, spans trimmed or grown as the text says."""
    patterns = _patterns()
    people = [e.text.split() for e in entities if e.label == "PERSON"]
    for entity in entities:
        if entity.label == "ORG" and _is_area(gazetteer, entity.text):
            start, end = _trim(text, entity.start, entity.end)
            yield Mention(start, end, text[start:end], False, entity.label)
            continue
        if entity.label in _NAME_LABELS and _is_country_or_region(gazetteer, entity.text) \
                and not _part_of_a_name(entity.text, people):
            yield Mention(entity.start, entity.end, entity.text, False, entity.label)
            continue  # "Tamil Nadu" tagged PERSON, "Malta" tagged ORG
        if entity.label not in PLACE_LABELS and entity.label != "NORP":
            continue
        # "the Kursk region", "northeast Nigeria" (not "al Fashir"); "Kyiv's"
        start, end = _whole(text, *_trim(text, entity.start, entity.end), gazetteer)
        if text[start:end].casefold().removeprefix("the ") in \
                reference.words("places/region_types"):
            continue  # "The Region": a region word alone names nothing
        name = text[start:end].strip()
        if not any(ch.isupper() for ch in name):
            continue  # "the summer", "overnight": place names are capitalised
        demonym = gazetteer.country_for_demonym(name)
        if demonym and (entity.label == "NORP" or not gazetteer.country_for_name(name)):
            continue  # "Russian", "Ukrainians", "Saudi-led": people, not places
        if entity.label == "NORP" and not gazetteer.is_place(name):
            continue
        if split_region_word(name)[0].casefold() in reference.words("nlp/compass_words"):
            continue  # "West District", "the North": no name of their own
        short = abbreviation(name)
        if short is not None and (short.anywhere or entity.label in PLACE_LABELS):
            yield Mention(start, end, short.name, short.region, entity.label)  # "Wis."
            continue
        name = unit_stem(gazetteer, name)
        after, before = text[end:], text[max(0, start - 40) : start]
        grown = patterns.region_after.match(after)
        if grown and gazetteer.country_for_name(name):
            grown = None  # "Russia state media": a country is no region
        if grown and not patterns.region_end.search(name):
            yield Mention(start, end + grown.end(), text[start : end + grown.end()], False,
                          entity.label)
            continue
        region = bool(
            patterns.regions_after.match(after) or _GOVERNOR_AFTER.match(text[entity.end :])
            or _REGION_BEFORE.search(before)
        )
        yield Mention(start, end, name, region, entity.label)


def unit_stem(gazetteer: Places, name: str) -> str:
    """``name`` without a trailing local-unit word ("Maungdaw Township", "Makassar city")
    when the gazetteer knows the stem but not the whole name."""
    head, _, last = name.rpartition(" ")
    if not head or last.casefold() not in reference.words("places/local_units"):
        return name
    if gazetteer.lookup(name, limit=1) or not gazetteer.lookup(head, limit=1):
        return name
    return head


def _part_of_a_name(name: str, people: list[list[str]]) -> bool:
    """Whether ``name`` is one of the words of a longer person's name ("Michael Jordan")."""
    return any(name in words and len(words) > 1 for words in people)


def _is_country_or_region(gazetteer: Places, name: str) -> bool:
    """Whether ``name`` is exactly a country's or a first-level region's name."""
    if gazetteer.country_for_name(name):
        return True
    found = gazetteer.lookup(name, limit=1)
    return bool(found) and found[0].feature_code == "ADM1" and found[0].name == name


def _is_area(gazetteer: Places, name: str) -> bool:
    """Whether ``name`` is a world region or continent ("the EU", "Europe")."""
    found = gazetteer.lookup(name, limit=1)
    return bool(found) and found[0].country_code is None


def _whole(text: str, start: int, end: int, gazetteer: Places) -> tuple[int, int]:
    """The span grown over the rest of a name cut at a hyphen ("Sud" in "Sud-Kivu"), or
    over the name before a lone region word ("Region" in "Ennedi-Ouest Region"), when
    the gazetteer knows the grown name (the longest known); else the span as it is."""
    ends = [end]
    after = _HYPHEN_AFTER.match(text[end:end + 40])
    if after:
        ends.insert(0, end + after.end())
    starts = [start]
    before = _HYPHEN_BEFORE.search(text[max(0, start - 40):start])
    if before:
        starts.insert(0, start - len(before.group()))
    if text[start:end].casefold() in reference.words("places/region_types"):
        named = _NAME_BEFORE.search(text[max(0, start - 60):start])
        if named:
            words = list(re.finditer(r"\S+\s+", named.group()))
            starts[:0] = [start - len(named.group()) + w.start() for w in words
                          if gazetteer.lookup(named.group()[w.start():].strip(), limit=1)]
    for new_start in starts:
        for new_end in ends:
            if (new_start, new_end) != (start, end) and \
                    gazetteer.lookup(text[new_start:new_end], limit=1):
                return new_start, new_end
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading lowercase words ("the") and a trailing possessive."""
    lead = _patterns().leading_lower.match(text[start:end])
    if lead:
        start += lead.end()
    for suffix in _POSSESSIVE:
        if text[start:end].endswith(suffix) and end - start > len(suffix) + 1:
            return start, end - len(suffix)
    return start, end
