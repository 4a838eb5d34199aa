"""What a stage is: a named, versioned callable that declares its records.

A stage reads the records named in ``requires`` and writes the ones named in
``assigns``. :class:`sitrep.pipeline.Pipeline` checks the order once, when it
is built, so a pipeline put together wrongly fails before the first article.

Stages work on a :class:`Work` item: the :class:`~sitrep.records.Article`
plus the parsed spaCy ``Doc``, which never leaves the stages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from ..records import Article

__all__ = ["Stage", "Work", "INPUT_FIELDS"]

#: What a reader already gives every article before any stage runs.
INPUT_FIELDS = frozenset({"text", "published", "source", "agencies", "dateline", "title"})


@dataclass(slots=True)
class Work:
    """One article in flight through the pipeline."""

    article: Article
    doc: Any = None  # spacy.tokens.Doc, set by the entities stage


class Stage:
    """Base class of every stage.

    Subclasses set ``name``, ``version``, ``requires`` and ``assigns`` and
    implement :meth:`__call__`. Stages that gain from batching (the spaCy
    model) override :meth:`pipe` as well.
    """

    name: ClassVar[str] = ""
    version: ClassVar[int] = 1
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    @property
    def tag(self) -> str:
        """``name@version``, stamped on every record this stage makes."""
        return f"{self.name}@{self.version}"

    def __call__(self, work: Work) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, works: Iterable[Work]) -> Iterator[Work]:
        for work in works:
            self(work)
            yield work

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.tag} requires={self.requires} assigns={self.assigns}>"
