"""Resolve the place names among the entities to gazetteer places.

Each GPE, LOC or FAC entity (and a NORP that names a large place rather than
a people) is looked up in the offline gazetteer:

- "the Kursk region", "Kursk Oblast", "Donetsk province": the span grows over
  the region word and the region (ADM1) is taken, not the town;
- "the Kursk and Belgorod regions", "the governor of Belgorod", "Belgorod's
  governor": the region is taken, the span stays on the name;
- "Kyiv's forces": the possessive is left out of the span;
- "Kramatorsk railway station" (FAC/LOC): the longest leading name that
  resolves is taken;
- "Moscow, Idaho", "Kharkiv, Ukraine": the first place is looked for inside
  the region or country that follows it, and "Ukraine's Gorlovka" inside the
  one before it; a list of countries ("Mexico, China") is no such pair;
- "the EU", "the Middle East", "Europe": world regions and continents are places
  without a country, even when the model calls them ORG.

Ambiguous names are settled by the article's countries: those of the dateline
places, countries and demonyms named in the text, and places in the text that
are unambiguous, so "Moscow" is the Russian capital, not the town in Idaho.
Names that the gazetteer does not know are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..gazetteer.areas import AREA_CODES
from ..gazetteer.names import normalize, split_region_word
from ..places.strays import drop_strays
from ..records import Article, Entity, Place
from .base import Stage, Work

__all__ = ["PlacesStage", "Mention", "find_mentions"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_REGION = (r"region|oblast|province|governorate|state|krai|district|raion|rayon|republic|"
           r"county|prefecture")
_REGION_AFTER = re.compile(rf"^[ \t]+({_REGION})\b", re.IGNORECASE)
_REGIONS_AFTER = re.compile(  # "Kursk[ and Belgorod] regions"
    r"^(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)*"
    rf"\s+(?:{_REGION.replace('|', 's|')}s|provinces|counties)\b"
)
_GOVERNOR_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:regional\s+|provincial\s+)?governor", re.I)
#: "the governor of Belgorod", "the region of Kherson"; not "a district of Kharkiv" (the city).
_REGION_BEFORE = re.compile(
    r"\b(?:governor|governorate|region|regions|oblast|province|provinces)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A capitalised street word after a name: "Sovetskaya Street" is no town called Sovetskaya.
_STREET = re.compile(
    r"(?i:street|st|avenue|ave|square|road|lane|boulevard|prospekt|prospect|highway|alley|"
    r"embankment|quay|drive)\b"
)
_POSSESSIVE = ("'s", "’s", "'", "’")
#: Lowercase words before a name ("the", "northeast"), but not name particles ("al", "de").
_LEADING_LOWER = re.compile(
    r"(?:(?!(?:al|el|ad|ar|as|an|at|az|ash|ath|adh|ed|en|es|de|del|la|le|les|di|da|do|dos|"
    r"das|van|von|bin|ibn|ben)\s)[a-z][\w-]*\s+)+(?=[A-Z])"
)
#: "Moscow, Idaho", "Blahodatne in the Donetsk region": the place that contains another.
_QUALIFIER = re.compile(r",[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?")
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|port|settlement)\s+of\s+$", re.IGNORECASE)
_OWNER = re.compile(r"(?:'s|’s)[ \t]+")  # "Ukraine's Gorlovka"
#: A NORP must be this large to be taken as a place (NORP "Arab" is no town in Alabama).
_NORP_MIN_POPULATION = 100_000
#: A town must be this large for its country to count as one of the article's.
_HINT_MIN_POPULATION = 10_000
#: A town outside the article's countries, under its own name, must be this large.
_FOREIGN_MIN_POPULATION = 1_000
#: A leading part of a FAC/LOC name must be this large ("Kramatorsk railway station").
_PART_MIN_POPULATION = 10_000


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in the text: its span, the name to look up, and whether a region is meant."""

    start: int
    end: int
    name: str
    region: bool
    label: str


class PlacesStage(Stage):
    name = "places"
    version = 1
    requires = ("doc", "entities")
    assigns = ("places",)

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer

    def __call__(self, work: Work) -> None:
        article = work.article
        mentions = list(find_mentions(article.text, article.entities, self.gazetteer))
        hints = self._countries(article, mentions)
        seen: set[tuple[int, int]] = set()
        for mention in mentions:
            if (mention.start, mention.end) in seen:
                continue
            within = self._container(article.text, mention, mentions)
            place = self._resolve(article.text, mention, hints, within)
            if place is not None:
                seen.add((mention.start, mention.end))
                article.places.append(place)
        article.places.sort(key=lambda p: (p.start, p.end))
        article.places = drop_strays(article.places)

    # -- resolving ----------------------------------------------------------

    def _container(self, text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
        """The mention that says where ``mention`` lies: "Moscow, Idaho", "Ukraine's Gorlovka"."""
        if self.gazetteer.country_for_name(mention.name):
            return None  # "Mexico, China": a list of countries
        qualifier = _QUALIFIER.match(text, mention.end)
        for other in mentions:
            if qualifier and other.start == qualifier.end():
                return other
            owner = _OWNER.match(text, other.end)
            if owner and owner.end() == mention.start and other.label in _PLACE_LABELS:
                return other
        return None

    def _query(self, mention: Mention) -> str:
        return f"{mention.name} region" if mention.region else mention.name

    def _resolve(
        self, text: str, mention: Mention, hints: Sequence[str], within: Mention | None = None
    ) -> Place | None:
        best = None
        if within is not None:  # "Moscow, Idaho": look inside the region that follows
            best = self.gazetteer.best_within(self._query(mention), self._query(within))
        if best is None:
            best = self.gazetteer.best(self._query(mention), country_codes=hints)
        start, end = mention.start, mention.end
        if best is None and mention.label in {"FAC", "LOC"}:
            best, end = self._leading_part(text, mention, hints)
        if best is None or not self._plausible(best, text[start:end], hints):
            return None
        if best.feature_code.startswith("ADM") and _TOWN_BEFORE.search(text[:start]):
            best = self._town_named(mention, best)  # "the city of Nabatieh": not the province
        if mention.label == "NORP" and best.population < _NORP_MIN_POPULATION and (
            best.feature_code not in {"ADM1", "PCLI"}
        ):
            return None
        return best.to_place(text[start:end], start, end, self.tag)

    def _town_named(self, mention: Mention, region: Any) -> Any:
        """The town of that name in the region's country, else the region itself."""
        for cand in self.gazetteer.lookup(mention.name, country_codes=[region.country_code]):
            if cand.feature_code.startswith("PPL") and cand.country_code == region.country_code:
                return cand
        return region

    @staticmethod
    def _plausible(best: Any, name: str, hints: Sequence[str]) -> bool:
        """Whether a place outside the article's countries may still be meant.

        A country, region or capital may; a town only under its own name and with some
        people ("Adre" in Chad, in a report on Sudan), or as a city of a million under
        another ("Kiev"). "Boni" in a report on Mali is not Bonn, once called Boni.
        """
        if not hints or best.country_code in hints:
            return True
        if best.feature_code in {"PCLI", "ADM1", "PPLC"} | AREA_CODES:
            return True
        own = normalize(best.name) == normalize(split_region_word(name)[0])
        return best.population >= (_FOREIGN_MIN_POPULATION if own else 1_000_000)

    def _leading_part(self, text: str, mention: Mention, hints: Sequence[str]) -> tuple[Any, int]:
        words = list(re.finditer(r"\S+", text[mention.start : mention.end]))
        for count in range(len(words) - 1, 0, -1):
            if not words[count - 1].group()[:1].isupper() or _STREET.match(words[count].group()):
                continue
            end = mention.start + words[count - 1].end()
            best = self.gazetteer.best(text[mention.start : end], country_codes=hints)
            if best is not None and (
                best.population >= _PART_MIN_POPULATION or best.feature_code in {"ADM1", "PCLI"}
            ):
                return best, end
        return None, mention.end

    def _countries(self, article: Article, mentions: list[Mention]) -> tuple[str, ...]:
        """The article's countries, most cited first."""
        counts: Counter[str] = Counter()
        for place in article.dateline_places:
            if place.country_code:
                counts[place.country_code] += 2
        for entity in article.entities:
            if entity.label == "NORP":
                code = self.gazetteer.country_for_demonym(entity.text)
            elif entity.label in _PLACE_LABELS and not self._shared_name(entity.text):
                code = self.gazetteer.country_for_name(entity.text)
            else:
                continue
            if code:
                counts[code] += 1
        for mention in mentions:
            found = self.gazetteer.lookup(self._query(mention), limit=5)
            if _unambiguous(found) and not self._shared_name(self._query(mention)):
                counts[found[0].country_code] += 1
        return tuple(code for code, _ in counts.most_common())

    def _shared_name(self, name: str) -> bool:
        """Whether a country shares its name with a region elsewhere ("Georgia")."""
        found = self.gazetteer.lookup(name, limit=3)
        return len(found) > 1 and any(
            c.feature_code == "ADM1" and normalize(c.name) == normalize(found[0].name)
            for c in found[1:]
        )


def _unambiguous(found: list[Any]) -> bool:
    """Whether the best candidate is sure enough to tell the article's country."""
    if not found or not found[0].country_code:
        return False
    top = found[0]
    if top.feature_code in {"PCLI", "ADM1"}:
        return True
    if top.population < _HINT_MIN_POPULATION:  # a lone hamlet abroad says nothing
        return False
    if all(c.country_code == top.country_code for c in found):
        return True
    return top.population >= 100_000 and found[1].population * 20 <= top.population


def find_mentions(text: str, entities: Sequence[Entity], gazetteer: Any) -> Iterator[Mention]:
    """The place mentions among ``entities``, spans trimmed or grown as the text says."""
    for entity in entities:
        if entity.label == "ORG" and _is_area(gazetteer, entity.text):
            start, end = _trim(text, entity.start, entity.end)
            yield Mention(start, end, text[start:end], False, entity.label)
            continue
        if entity.label not in _PLACE_LABELS and entity.label != "NORP":
            continue
        # "the Kursk region", "northeast Nigeria" (not "al Fashir"); "Kyiv's"
        start, end = _trim(text, entity.start, entity.end)
        name = text[start:end].strip()
        if not any(ch.isupper() for ch in name):
            continue  # "the summer", "overnight": place names are capitalised
        demonym = gazetteer.country_for_demonym(name)
        if demonym and not gazetteer.country_for_name(name):
            continue  # "Russian", "Ukrainians": people, not places
        if entity.label == "NORP" and not gazetteer.is_place(name):
            continue
        after, before = text[end:], text[max(0, start - 40) : start]
        grown = _REGION_AFTER.match(after)
        if grown and gazetteer.country_for_name(name):
            grown = None  # "Russia state media": a country is no region
        if grown and not re.search(rf"\b({_REGION})$", name, re.IGNORECASE):
            yield Mention(start, end + grown.end(), text[start : end + grown.end()], False,
                          entity.label)
            continue
        region = bool(
            _REGIONS_AFTER.match(after) or _GOVERNOR_AFTER.match(text[entity.end :])
            or _REGION_BEFORE.search(before)
        )
        yield Mention(start, end, name, region, entity.label)


def _is_area(gazetteer: Any, name: str) -> bool:
    """Whether ``name`` is a world region or continent ("the EU", "Europe")."""
    found = gazetteer.lookup(name, limit=1)
    return bool(found) and found[0].country_code is None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading lowercase words ("the") and a trailing possessive."""
    lead = _LEADING_LOWER.match(text[start:end])
    if lead:
        start += lead.end()
    for suffix in _POSSESSIVE:
        if text[start:end].endswith(suffix) and end - start > len(suffix) + 1:
            return start, end - len(suffix)
    return start, end
