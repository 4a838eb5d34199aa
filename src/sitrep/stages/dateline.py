"""Resolve the dateline: the places a report was filed from.

The reader gives the header's places in ``article.dateline`` ("Moscow",
"Kyiv"); they become :class:`~sitrep.records.Place` records in
``article.dateline_places``, with ``start = end = -1`` since they are not in
the body. Without a header, a wire dateline at the start of the body is read:

    KYIV, Aug 12 (Reuters) -          -> dateline ["Kyiv"], agency "Reuters"
    GAZA CITY (AP) —                  -> dateline ["Gaza City"], agency "AP"
    Kharkiv, Ukraine —                -> dateline ["Kharkiv"], in Ukraine
    LONDON/KYIV, Aug 12 (Reuters) -   -> dateline ["London", "Kyiv"]

Those places keep their offsets in the body. A country after the place
("Kharkiv, Ukraine") and the other dateline places settle ambiguous names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..records import Article, Place
from .base import Stage, Work

__all__ = ["DatelineStage", "WireDateline", "parse_wire_dateline"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_NAME = r"[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,3}"
_DATELINE = re.compile(
    rf"""(?P<places>{_NAME}(?:[ \t]*/[ \t]*{_NAME})*)       # KYIV  or  LONDON/KYIV
    (?:,[ \t]*(?P<where>{_NAME}))?                         # , Ukraine
    (?:,?[ \t]*(?P<date>{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?))?  # , Aug 12
    [ \t]*(?:\((?P<agency>[^()\n]{{1,40}})\))?              # (Reuters)
    [ \t]*(?:-{{1,2}}|—|–|:)[ \t]+""",
    re.VERBOSE,
)
_BYLINE = re.compile(r"\s*By [^\n]{1,80}\n")


@dataclass(frozen=True, slots=True)
class WireDateline:
    """A dateline found at the start of a body."""

    places: list[tuple[str, int, int]]  # (text, start, end) of each place
    where: str | None  # the country or state after the place
    agencies: list[str]
    dated: bool  # a date followed the place ("KYIV, Aug 12")
    end: int  # where the story starts


def parse_wire_dateline(text: str) -> WireDateline | None:
    """The wire dateline opening ``text``, or None (no check against a gazetteer)."""
    starts = [len(text) - len(text.lstrip())]
    byline = _BYLINE.match(text)
    if byline:  # "By Jane Doe" above the dateline
        rest = text[byline.end() :]
        starts.append(byline.end() + len(rest) - len(rest.lstrip()))
    for offset in starts:
        match = _DATELINE.match(text, offset)
        if match is None or match.end() - offset > 160:
            continue
        places_text = match.group("places")
        if not (places_text.isupper() or match.group("agency") or match.group("date")
                or match.group("where")):
            continue
        places = []
        for part in re.finditer(r"[^/\s][^/]*[^/\s]|[^/\s]", places_text):
            start = match.start("places") + part.start()
            places.append((part.group(), start, part.end() + match.start("places")))
        agency = match.group("agency")
        agencies = [a.strip() for a in re.split(r"/|,| and ", agency)] if agency else []
        return WireDateline(places, match.group("where"), [a for a in agencies if a],
                            bool(match.group("date")), match.end())
    return None


def title_name(name: str) -> str:
    """"GAZA CITY" -> "Gaza City", "DEIR AL-BALAH" -> "Deir Al-Balah"; mixed case is kept."""
    if not name.isupper():
        return name
    return re.sub(r"[A-Z][A-Z'’.]*", lambda m: m.group()[0] + m.group()[1:].lower(), name)


class DatelineStage(Stage):
    name = "dateline"
    version = 1
    requires = ("text", "dateline")
    assigns = ("dateline_places",)

    def __init__(self, gazetteer: Any) -> None:
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
        if where:
            code = self.gazetteer.country_for_name(where)
            if code is None:  # a state or region: "Texas", "Donetsk region"
                code = next((c.country_code for c in self.gazetteer.lookup(where, limit=1)), None)
            if code:
                hints.append(code)
        for name, _, _ in spans:  # the other dateline places' countries
            top = self.gazetteer.lookup(title_name(name), limit=1)
            if top and top[0].country_code not in hints:
                hints.append(top[0].country_code)
        places = []
        for name, start, end in spans:
            best = self.gazetteer.best_within(title_name(name), where) if where else None
            if best is None:
                best = self.gazetteer.best(title_name(name), country_codes=hints)
            if best is not None:
                places.append(best.to_place(name, start, end, self.tag))
        return places


def _add_agencies(article: Article, agencies: list[str]) -> None:
    known = {a.casefold() for a in article.agencies}
    for agency in agencies:
        if agency.casefold() not in known:
            article.agencies.append(agency)
            known.add(agency.casefold())
