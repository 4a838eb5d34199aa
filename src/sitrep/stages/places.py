"""Resolve the place names among the entities to gazetteer places.

The stage finds the place mentions among the entities
(:mod:`sitrep.places.mentions`) and the town names after "in", "at", "near" that
the entity model missed (:mod:`sitrep.places.cued`), weighs the article's countries
(:mod:`sitrep.places.countries`; the home countries of the armed groups it names
count where no place tells one), chooses each mention's place among its
namesakes, all of them together and weighed against the dateline
(:mod:`sitrep.places.resolve`, :mod:`sitrep.places.joint`), adds the dateline's
places when it stands in the body ("WAUSAU, Wis. (WSAW) --", with the role
"dateline"), adds the demonyms used as adjectives and the places inside
organisations' names (:mod:`sitrep.places.qualifiers`, with the roles
"qualifier" and "embedded") and the capitalised datelines further in the body
(:mod:`sitrep.places.datelines`, role "dateline"; so is a place that opens a line
before a colon or a dash, "Mogadishu: ..."), reads a town told by one of its parts
("Rutshuru Centre": :mod:`sitrep.places.town_parts`), places the named sites the
gazetteer does not know at the report's home town (:mod:`sitrep.places.sites`,
role "site"), and gives each
place ACLED's admin1 name (:mod:`sitrep.places.acled_names`) and drops small namesakes far from
everything else the report places (:mod:`sitrep.places.strays`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..events.reference import home_countries
from ..gazetteer.lookup import Candidate
from ..places.acled_names import with_acled_names
from ..places.countries import article_countries
from ..places.cued import cued_mentions
from ..places.datelines import dateline_places, mark_lead_datelines
from ..places.mentions import find_mentions
from ..places.qualifiers import embedded_places, qualifier_places
from ..places.resolve import resolve_mentions
from ..places.sites import site_places
from ..places.strays import drop_strays
from ..places.town_parts import town_part_places
from ..records import Place
from .base import Stage, Work

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places

__all__ = ["PlacesStage"]


class PlacesStage(Stage):
    name = "places"
    version = 6
    requires = ("text", "dateline_places", "entities", "doc")
    assigns = ("places",)

    def __init__(self, gazetteer: Places) -> None:
        self.gazetteer = gazetteer

    def __call__(self, work: Work) -> None:
        article = work.article
        mentions = list(find_mentions(article.text, article.entities, self.gazetteer))
        countries = article_countries(self.gazetteer, article, mentions,
                                      home_countries(article.text))
        mentions += cued_mentions(article.text, article.entities, self.gazetteer, work.doc,
                                  mentions)
        anchors = [_candidate(p) for p in article.dateline_places if p.latitude is not None]
        article.places.extend(
            resolve_mentions(self.gazetteer, article.text, mentions, countries, self.tag,
                             anchors)
        )
        for place in article.dateline_places:  # "WAUSAU, Wis. (WSAW) --" in the body
            if place.start < 0:
                continue
            article.places = [p for p in article.places
                              if p.end <= place.start or p.start >= place.end]
            article.places.append(replace(place, stage=self.tag, role="dateline"))
        for extra in (*qualifier_places(article.text, article.entities, self.gazetteer,
                                        self.tag, work.doc),
                      *embedded_places(article.text, article.entities, self.gazetteer,
                                       countries, self.tag),
                      *dateline_places(article.text, self.gazetteer, countries, self.tag)):
            if all(p.end <= extra.start or p.start >= extra.end for p in article.places):
                article.places.append(extra)
        article.places.extend(town_part_places(article.text, article.entities, article.places,
                                               self.gazetteer, countries, self.tag))
        mark_lead_datelines(article.text, article.places)
        article.places = drop_strays(sorted(article.places, key=lambda p: (p.start, p.end)))
        article.places.extend(site_places(article.text, article.entities, article.places,
                                          article.dateline_places, self.tag))
        article.places.sort(key=lambda p: (p.start, p.end))
        article.places = [with_acled_names(p) for p in article.places]


def _candidate(place: Place) -> Candidate:
    """A resolved place as a gazetteer candidate, to weigh namesakes against."""
    return Candidate(
        geonameid=place.geonameid or 0, name=place.name, latitude=place.latitude or 0.0,
        longitude=place.longitude or 0.0, country_code=place.country_code,
        country=place.country, admin1=place.admin1, admin2=place.admin2,
        feature_code=place.feature_code or "", population=place.population or 0,
    )
