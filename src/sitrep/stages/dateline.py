"""Resolve the dateline: the places a report was filed from.

The reader gives the header's places in ``article.dateline`` ("Moscow",
"Kyiv"); they become :class:`~sitrep.records.Place` records in
``article.dateline_places``, with ``start = end = -1`` since they are not in
the body. Without a header, a wire dateline at the start of the body is read:

    KYIV, Aug 12 (Reuters) -          -> dateline ["Kyiv"], agency "Reuters"
    GAZA CITY (AP) —                  -> dateline ["Gaza City"], agency "AP"
    Kharkiv, Ukraine —                -> dateline ["Kharkiv"], in Ukraine
    WAUSAU, Wis. (WSAW) —             -> dateline ["Wausau"], in Wisconsin
    LONDON/KYIV, Aug 12 (Reuters) -   -> dateline ["London", "Kyiv"]

Those places keep their offsets in the body (the dateline is read by
:func:`sitrep.readers.wire.parse_wire_dateline`). A country after the place
("Kharkiv, Ukraine") and the other dateline places settle ambiguous names.
"""

from __future__ import annotations

from ..gazetteer.protocol import Places
from ..places.abbreviations import abbreviation
from ..places.acled_names import with_acled_names
from ..readers.wire import WireDateline, parse_wire_dateline, title_name
from ..records import Article, Place
from .base import Stage, Work

__all__ = ["DatelineStage"]


class DatelineStage(Stage):
    """Resolve the header's or the body's dateline places with the gazetteer."""

    name = "dateline"
    version = 1
    requires = ("text", "dateline")
    assigns = ("dateline_places",)

    def __init__(self, gazetteer: Places) -> None:
        self.gazetteer = gazetteer

    def __call__(self, work: Work) -> None:
        article = work.article
        if article.dateline:
            spans = [(name, -1, -1) for name in article.dateline]
            where = None
        else:
            wire = parse_wire_dateline(article.text)
            if wire is None or not self._known(wire):
                return
            spans, where = wire.places, wire.where
            article.dateline = [title_name(name) for name, _, _ in spans]
            _add_agencies(article, wire.agencies)
        article.dateline_places.extend(self._resolve(spans, where))

    def _known(self, wire: WireDateline) -> bool:
        """A dateline is real only if its first place, and its country, are in the gazetteer."""
        first = wire.places[0][0]
        if not self.gazetteer.lookup(title_name(first), limit=1):
            return False
        if first.isupper() or wire.agencies or wire.dated:
            return True
        return wire.where is not None and self.gazetteer.is_place(wire.where)

    def _resolve(self, spans: list[tuple[str, int, int]], where: str | None) -> list[Place]:
        hints: list[str] = []
        short = abbreviation(where) if where else None
        if short is not None:  # "WAUSAU, Wis.": the state of Wisconsin
            where = f"{short.name} region" if short.region else short.name
        if where:
            code = self.gazetteer.country_for_name(where)
            if code is None:  # a state or region: "Texas", "Donetsk region"
                code = next((c.country_code for c in self.gazetteer.lookup(where, limit=1)), None)
            if code:
                hints.append(code)
        for name, _, _ in spans:  # the other dateline places' countries
            top = self.gazetteer.lookup(title_name(name), limit=1)
            code = top[0].country_code if top else None
            if code and code not in hints:  # a sea or region has no country
                hints.append(code)
        places = []
        for name, start, end in spans:
            best = self.gazetteer.best_within(title_name(name), where) if where else None
            if best is None:
                best = self.gazetteer.best(title_name(name), country_codes=hints)
            if best is not None:
                places.append(with_acled_names(best.to_place(name, start, end, self.tag)))
        return places


def _add_agencies(article: Article, agencies: list[str]) -> None:
    known = {a.casefold() for a in article.agencies}
    for agency in agencies:
        if agency.casefold() not in known:
            article.agencies.append(agency)
            known.add(agency.casefold())
