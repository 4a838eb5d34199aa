"""Casualty, displacement and arrest figures, with who was counted and who said so.

For every figure phrase in the text, and every count of one ("a civilian
was killed", "Soldier killed"), the stage writes a
:class:`~sitrep.records.Count`: its value and bounds, its category (killed,
injured, displaced …), its subject ("civilians") and its claimant. A part of
another figure ("…, including 10 children") is kept with its marker word in
``text``, so :func:`sitrep.figures.parts.is_part` tells it apart. The rules
live in :mod:`sitrep.figures`; this stage only wires them to the pipeline.

Example:

    >>> CountsStage()(work); work.article.counts[0].category  # doctest: +SKIP
    'killed'
"""

from __future__ import annotations

import logging

from ..figures.extract import extract_counts
from .base import Stage, Work

__all__ = ["CountsStage"]

log = logging.getLogger(__name__)


class CountsStage(Stage):
    name = "counts"
    version = 2
    requires = ("doc", "entities")
    assigns = ("counts",)

    def __call__(self, work: Work) -> None:
        if work.doc is None:
            log.debug("%s: no parsed doc; counts skipped", work.article.id)
            return
        work.article.counts.extend(extract_counts(work.doc, self.tag))
