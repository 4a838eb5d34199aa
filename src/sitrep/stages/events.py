"""ACLED-style events, with PLOVER types and the evidence behind every value.

Runs last: it reads the spaCy ``Doc`` with its entities, the records the
earlier stages put on the article (dateline places, places, times, counts)
and the reader's fields (text, published date, source, agencies), and writes
``article.events``, most salient first. Places with a ``role`` (a demonym, a place
inside an organisation's name, the dateline) are hidden from the rules: an event is
never located at one. The rules live in :mod:`sitrep.events`; this stage only
wires them to the pipeline.

Example:

    >>> stage = EventsStage(open_gazetteer())          # doctest: +SKIP
    >>> stage(work); work.article.events[0].event_type  # doctest: +SKIP
    'Battles'
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..errors import PipelineError
from ..events import extract_events
from .base import Stage, Work

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places

__all__ = ["EventsStage"]

log = logging.getLogger(__name__)


class EventsStage(Stage):
    name = "events"
    version = 5
    requires = ("text", "published", "source", "agencies", "dateline_places", "doc", "entities",
                "places", "times", "counts")
    assigns = ("events",)

    def __init__(self, gazetteer: Places) -> None:
        self.gazetteer = gazetteer

    def __call__(self, work: Work) -> None:
        if work.doc is None:
            raise PipelineError(
                "the events stage needs the parsed Doc; put the entities stage before it."
            )
        article = work.article
        places = article.places
        article.places = [p for p in places if p.role is None]  # qualifiers locate nothing
        try:
            article.events = extract_events(article, work.doc, self.gazetteer, stage=self.tag)
        finally:
            article.places = places
