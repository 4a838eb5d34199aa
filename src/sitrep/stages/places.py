"""Resolve the place names among the entities to gazetteer places.

The stage finds the place mentions among the entities
(:mod:`sitrep.places.mentions`), weighs the article's countries
(:mod:`sitrep.places.countries`), chooses each mention's place among its
namesakes (:mod:`sitrep.places.resolve`) and drops small namesakes far from
everything else the report places (:mod:`sitrep.places.strays`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..places.countries import article_countries
from ..places.mentions import find_mentions
from ..places.resolve import resolve_mentions
from ..places.strays import drop_strays
from .base import Stage, Work

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places

__all__ = ["PlacesStage"]


class PlacesStage(Stage):
    name = "places"
    version = 1
    requires = ("text", "dateline_places", "entities")
    assigns = ("places",)

    def __init__(self, gazetteer: Places) -> None:
        self.gazetteer = gazetteer

    def __call__(self, work: Work) -> None:
        article = work.article
        mentions = list(find_mentions(article.text, article.entities, self.gazetteer))
        countries = article_countries(self.gazetteer, article, mentions)
        article.places.extend(
            resolve_mentions(self.gazetteer, article.text, mentions, countries, self.tag)
        )
        article.places.sort(key=lambda p: (p.start, p.end))
        article.places = drop_strays(article.places)
