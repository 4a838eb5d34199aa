"""Named entities from the small English model, with its known errors fixed.

This stage runs the model (batched with ``nlp.pipe``), then corrects its
entities (:func:`sitrep.nlp.entities.correct_entities`) with the offline
gazetteer, the words around them and the dateline's countries. The corrected
entities are written back to ``doc.ents`` so later stages see them too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..nlp.entities import correct_entities
from ..nlp.entity_bounds import forget
from ..records import Entity
from .base import Stage, Work

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..gazetteer.protocol import Places

__all__ = ["EntitiesStage"]


class EntitiesStage(Stage):
    name = "entities"
    version = 2
    requires = ("text", "dateline_places")
    assigns = ("doc", "entities")

    def __init__(self, nlp: Language, gazetteer: Places, *, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.batch_size = batch_size

    def __call__(self, work: Work) -> None:
        self._finish(work, self.nlp(work.article.text))

    def pipe(self, works: Iterable[Work]) -> Iterator[Work]:
        works = list(works)
        docs = self.nlp.pipe((w.article.text for w in works), batch_size=self.batch_size)
        for work, doc in zip(works, docs, strict=True):
            self._finish(work, doc)
            yield work

    def _finish(self, work: Work, doc: Doc) -> None:
        hints = {p.country_code for p in work.article.dateline_places if p.country_code}
        spans = correct_entities(doc, self.gazetteer, countries=hints)
        doc.ents = spans
        forget(doc)
        work.doc = doc
        work.article.entities = [
            Entity(s.text, s.start_char, s.end_char, s.label_, stage=self.tag) for s in spans
        ]
