"""Choosing the place a mention stands for among its namesakes.

Each mention (:mod:`~sitrep.places.mentions`) is looked up in the offline
gazetteer, the article's countries (:mod:`~sitrep.places.countries`) first:

- "Moscow, Idaho", "Blahodatne in the Donetsk region": the first place is looked
  for inside the region or country that follows it, and "Ukraine's Gorlovka"
  inside the one before it; a list of countries ("Mexico, China") is no such pair;
- "Kramatorsk railway station" (FAC/LOC): the longest leading name that
  resolves is taken, never a street ("Sovetskaya Street");
- "the city of Nabatieh": the town, not the province of that name;
- a town abroad must be known under its own name and have some people, and a
  NORP must name a large place ("Arab" is no town in Alabama).

Names that the gazetteer does not know are skipped. The street and settlement
words are reference data (``places/street_types``, ``places/settlement_types``,
``places/settlement_types_more``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import reference
from ..gazetteer.areas import AREA_CODES
from ..gazetteer.names import normalize, split_region_word
from ..records import Place
from .joint import Choice, settle
from .mentions import PLACE_LABELS, Mention

if TYPE_CHECKING:
    from ..gazetteer.lookup import Candidate
    from ..gazetteer.protocol import Places

__all__ = ["container", "resolve_mention", "resolve_mentions"]

#: "Moscow, Idaho", "Blahodatne in the Donetsk region", "Sucre (Chuquisaca)", "Shiroro LGA,
#: Niger": the place that contains another follows one of these.
_QUALIFIER = r"(?:[ \t]+(?:{}))?(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?)"
_OWNER = re.compile(r"(?:'s|’s)[ \t]+")  # "Ukraine's Gorlovka"
#: A NORP must be this large to be taken as a place (NORP "Arab" is no town in Alabama).
_NORP_MIN_POPULATION = 100_000
#: A town outside the article's countries, under its own name, must be this large.
_FOREIGN_MIN_POPULATION = 1_000
#: A leading part of a FAC/LOC name must be this large ("Kramatorsk railway station").
_PART_MIN_POPULATION = 10_000
#: How many namesakes of a name are weighed against the article's other places.
_NAMESAKES = 25


@functools.lru_cache(maxsize=4)
def _word_pattern(words: tuple[str, ...], template: str) -> re.Pattern[str]:
    return re.compile(template.format("|".join(map(re.escape, words))), re.IGNORECASE)


def _street() -> re.Pattern[str]:
    """A street word: "Sovetskaya Street" is no town called Sovetskaya."""
    return _word_pattern(reference.ordered_words("places/street_types"), r"(?:{})\b")


def _qualifier() -> re.Pattern[str]:
    """What comes between a place and the one that contains it ("Shiroro LGA, ")."""
    words = (reference.ordered_words("places/local_units")
             + reference.ordered_words("places/region_types"))
    return _word_pattern(words, _QUALIFIER)


def _town_before() -> re.Pattern[str]:
    """"the city of ", "the port of " right before a name."""
    words = (reference.ordered_words("places/settlement_types")
             + reference.ordered_words("places/settlement_types_more"))
    return _word_pattern(words, r"\b(?:{})\s+of\s+$")


def resolve_mentions(gazetteer: Places, text: str, mentions: list[Mention],
                     countries: Sequence[str], stage: str,
                     anchors: Sequence[Candidate] = ()) -> list[Place]:
    """The places ``mentions`` stand for, in their order; one place per span.

    ``countries`` are the article's countries, most cited first; ``anchors`` the
    places it is known to be about (its dateline); ``stage`` is the tag stamped
    on each place. Each mention's likeliest namesake is its default; the
    namesakes are then chosen together (:mod:`~sitrep.places.joint`).
    """
    unique: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            unique.append(mention)
    index = {(m.start, m.end): i for i, m in enumerate(unique)}
    choices, ends = [], []
    for mention in unique:
        within = container(gazetteer, text, mention, unique)
        default, end = _default(gazetteer, text, mention, countries, within)
        namesakes = _candidates(gazetteer, mention, countries) if end == mention.end else (
            [default] if default is not None else [])  # "Kramatorsk railway station"
        choice = Choice(mention.name, namesakes, default)
        if within is not None:
            choice.container = index[(within.start, within.end)]
        choices.append(choice)
        ends.append(end)
    places = []
    for mention, end, best in zip(unique, ends, settle(choices, anchors), strict=True):
        if best is not None:
            places.append(best.to_place(text[mention.start:end], mention.start, end, stage))
    return places


def _candidates(gazetteer: Places, mention: Mention, countries: Sequence[str]
                ) -> list[Candidate]:
    """The namesakes a mention may stand for, the article's countries first."""
    found = gazetteer.lookup(mention.query, country_codes=countries, limit=_NAMESAKES)
    if mention.label == "NORP":
        found = [c for c in found if c.population >= _NORP_MIN_POPULATION
                 or c.feature_code in {"ADM1", "PCLI"}]
    return found


def container(gazetteer: Places, text: str, mention: Mention,
              mentions: list[Mention]) -> Mention | None:
    """The mention that says where ``mention`` lies: "Moscow, Idaho", "Ukraine's Gorlovka"."""
    if gazetteer.country_for_name(mention.name):
        return None  # "Mexico, China": a list of countries
    qualifier = _qualifier().match(text, mention.end)
    for other in mentions:
        if qualifier and other.start == qualifier.end():
            return other
        owner = _OWNER.match(text, other.end)
        if owner and owner.end() == mention.start and other.label in PLACE_LABELS:
            return other
    return None


def resolve_mention(gazetteer: Places, text: str, mention: Mention, countries: Sequence[str],
                    within: Mention | None = None, *, stage: str) -> Place | None:
    """The place ``mention`` stands for on its own, looked for inside ``within`` first,
    or None."""
    best, end = _default(gazetteer, text, mention, countries, within)
    if best is None:
        return None
    return best.to_place(text[mention.start:end], mention.start, end, stage)


def _default(gazetteer: Places, text: str, mention: Mention, countries: Sequence[str],
             within: Mention | None) -> tuple[Candidate | None, int]:
    """The likeliest place for ``mention`` alone, and the end of the span it covers."""
    best = None
    if within is not None:  # "Moscow, Idaho": look inside the region that follows
        best = gazetteer.best_within(mention.query, within.query)
    if best is None:
        best = gazetteer.best(mention.query, country_codes=countries)
    start, end = mention.start, mention.end
    if best is None and mention.label in {"FAC", "LOC"}:
        best, end = _leading_part(gazetteer, text, mention, countries)
    if best is None or not _plausible(best, mention.name if end == mention.end
                                      else text[start:end], countries):
        return None, end
    if best.feature_code.startswith("ADM") and _town_before().search(text[:start]):
        best = _town_named(gazetteer, mention, best)  # "the city of Nabatieh": not the province
    if mention.label == "NORP" and best.population < _NORP_MIN_POPULATION and (
        best.feature_code not in {"ADM1", "PCLI"}
    ):
        return None, end
    return best, end


def _town_named(gazetteer: Places, mention: Mention, region: Candidate) -> Candidate:
    """The town of that name in the region's country, else the region itself."""
    codes = [region.country_code] if region.country_code else []
    for cand in gazetteer.lookup(mention.name, country_codes=codes):
        if cand.feature_code.startswith("PPL") and cand.country_code == region.country_code:
            return cand
    return region


def _plausible(best: Candidate, name: str, countries: Sequence[str]) -> bool:
    """Whether a place outside the article's countries may still be meant.

    A country, region or capital may; a town only under its own name and with some
    people ("Adre" in Chad, in a report on Sudan), or as a city of a million under
    another ("Kiev"). "Boni" in a report on Mali is not Bonn, once called Boni.
    """
    if not countries or best.country_code in countries:
        return True
    if best.feature_code in {"PCLI", "ADM1", "PPLC"} | AREA_CODES:
        return True
    own = normalize(best.name) == normalize(split_region_word(name)[0])
    return best.population >= (_FOREIGN_MIN_POPULATION if own else 1_000_000)


def _leading_part(gazetteer: Places, text: str, mention: Mention,
                  countries: Sequence[str]) -> tuple[Candidate | None, int]:
    """The place named by the longest leading words of a FAC/LOC mention, and its end."""
    words = list(re.finditer(r"\S+", text[mention.start : mention.end]))
    for count in range(len(words) - 1, 0, -1):
        if not words[count - 1].group()[:1].isupper() or _street().match(words[count].group()):
            continue
        end = mention.start + words[count - 1].end()
        best = gazetteer.best(text[mention.start : end], country_codes=countries)
        if best is not None and (
            best.population >= _PART_MIN_POPULATION or best.feature_code in {"ADM1", "PCLI"}
        ):
            return best, end
    return None, mention.end
