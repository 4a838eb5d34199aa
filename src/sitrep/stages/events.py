"""ACLED-style events, with PLOVER types and the evidence behind every value.

Runs last: it reads the spaCy ``Doc`` and every record the earlier stages put
on the article (places, times, counts, quotes) and writes ``article.events``,
most salient first. The rules live in :mod:`sitrep.events`; this stage only
wires them to the pipeline.

Example:

    >>> stage = EventsStage(open_gazetteer())          # doctest: +SKIP
    >>> stage(work); work.article.events[0].event_type  # doctest: +SKIP
    'Battles'
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import PipelineError
from ..events import extract_events
from .base import Stage, Work

__all__ = ["EventsStage"]

log = logging.getLogger(__name__)


class EventsStage(Stage):
    name = "events"
    version = 1
    requires = ("doc", "entities", "places", "times", "counts", "quotes")
    assigns = ("events",)

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer

    def __call__(self, work: Work) -> None:
        if work.doc is None:
            raise PipelineError(
                "the events stage needs the parsed Doc; put the entities stage before it."
            )
        work.article.events = extract_events(work.article, work.doc, self.gazetteer,
                                             stage=self.tag)
