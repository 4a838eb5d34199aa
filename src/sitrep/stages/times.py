"""The times stage: find temporal expressions in the body and resolve them to TIMEX3.

The finding and resolving is :func:`sitrep.time.expressions.find_times`: the
model's DATE and TIME entities and a regex scan give candidates, each resolved
against the published date in the tense of its clause; the longest of
overlapping hits wins.

Example:

    >>> from sitrep.records import Article
    >>> from sitrep.stages.base import Work
    >>> work = Work(Article(text="Kyiv launched the attack last Tuesday.", published="2024-08-12"))
    >>> TimesStage()(work)
    >>> [(t.text, t.value) for t in work.article.times]
    [('last Tuesday', '2024-08-06')]
"""

from __future__ import annotations

import logging

from ..errors import InputError
from ..records import TimeExpr
from ..time import parse_published
from ..time.expressions import find_times
from .base import Stage, Work

__all__ = ["TimesStage"]

log = logging.getLogger(__name__)


class TimesStage(Stage):
    """Append a :class:`TimeExpr` for each resolvable temporal expression."""

    name = "times"
    version = 5
    requires = ("text", "doc", "entities", "published")
    assigns = ("times",)

    def __call__(self, work: Work) -> None:
        article = work.article
        try:
            published = parse_published(article.published)
        except InputError as exc:
            log.warning("%s: %s; resolving absolute dates only", article.id, exc.message)
            published = None
        for start, end, res in find_times(article.text, work.doc, published):
            article.times.append(TimeExpr(
                text=article.text[start:end], start=start, end=end, value=res.value,
                start_date=res.start_date, end_date=res.end_date, precision=res.precision,
                stage=self.tag))
