"""The countries an article is about, to settle ambiguous place names.

"Moscow" is the Russian capital in a report on Russia, not the town in Idaho.
An article's countries are counted from its dateline places (twice), the
countries its entities name, and its place mentions that are unambiguous; the
most cited come first. Demonyms name the actors, not where things happened
("Russian forces shelled a Ukrainian village"): their countries count only
when the article places nothing at all. Nor do the home countries of the armed
groups it names ("FARDC soldiers", "Boko Haram"), which come before the demonyms:
a short report naming one village of several namesakes and the group that attacked
it is most likely about the group's own country, if one of the namesakes lies there
(groups cross borders: a village that has none there keeps its own country).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..gazetteer.names import normalize
from ..records import Article
from .mentions import PLACE_LABELS, Mention

if TYPE_CHECKING:
    from ..gazetteer.lookup import Candidate
    from ..gazetteer.protocol import Places

__all__ = ["article_countries"]

#: Namesakes of a mention looked at, the home country's first, for one that lies there.
_NAMESAKES = 3
#: A town must be this large for its country to count as one of the article's.
_HINT_MIN_POPULATION = 10_000


def article_countries(gazetteer: Places, article: Article, mentions: list[Mention],
                      groups: Sequence[str] = ()) -> tuple[str, ...]:
    """The article's countries (ISO alpha-2), most cited first; ``groups`` are the home
    countries of the armed groups it names, used only when no place tells a country and
    one of the mentions may stand for a place there."""
    counts: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for place in article.dateline_places:
        if place.country_code:
            counts[place.country_code] += 2
    for entity in article.entities:
        if entity.label == "NORP":
            code = gazetteer.country_for_demonym(entity.text)
            if code:
                people[code] += 1
        elif entity.label in PLACE_LABELS and not _shared_name(gazetteer, entity.text):
            code = gazetteer.country_for_name(entity.text)
            if code:
                counts[code] += 1
    for mention in mentions:
        code = _sure_country(gazetteer.lookup(mention.query, limit=5), mention.query)
        if code and not _shared_name(gazetteer, mention.query):
            counts[code] += 1
    if not counts and groups:
        homes = [code for code in dict.fromkeys(groups)
                 if _namesake_in(gazetteer, mentions, code)]
        if homes:
            return tuple(dict.fromkeys([*homes, *(code for code, _ in people.most_common())]))
    return tuple(code for code, _ in (counts or people).most_common())


def _namesake_in(gazetteer: Places, mentions: Sequence[Mention], code: str) -> bool:
    """Whether one of the mentions may stand for a place in country ``code``."""
    return any(c.country_code == code for m in mentions
               for c in gazetteer.lookup(m.query, country_codes=[code], limit=_NAMESAKES))


def _shared_name(gazetteer: Places, name: str) -> bool:
    """Whether a country shares its name with a region elsewhere ("Georgia")."""
    found = gazetteer.lookup(name, limit=3)
    return len(found) > 1 and any(
        c.feature_code == "ADM1" and normalize(c.name) == normalize(found[0].name)
        for c in found[1:]
    )


def _sure_country(found: list[Candidate], name: str) -> str | None:
    """The best candidate's country, if the candidate is sure enough to tell the article's;
    a country or region only under its own ``name`` or as the name's one place."""
    if not found or not found[0].country_code:
        return None
    top = found[0]
    if top.feature_code in {"PCLI", "ADM1"} and (
            normalize(top.name) == normalize(name) or len(found) == 1):
        return top.country_code  # "Amara" is Ethiopia's Amhara only by another name
    if top.population < _HINT_MIN_POPULATION:  # a lone hamlet abroad says nothing
        return None
    if all(c.country_code == top.country_code for c in found):
        return top.country_code
    sure = top.population >= 100_000 and found[1].population * 20 <= top.population
    return top.country_code if sure else None
