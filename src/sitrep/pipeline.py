"""Run declared stages over articles, in batches, checking their order once.

Example:

    >>> from sitrep import Article, build_pipeline
    >>> pipe = build_pipeline()
    >>> text = "Shelling killed 3 people in Kharkiv."
    >>> art = pipe.process(Article(text=text, published="2024-05-01"))
    >>> art.events[0].event_type
    'Explosions/Remote violence'
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from . import reference
from .errors import LimitError, PipelineError
from .limits import time_budget, too_large
from .records import Article
from .settings import Settings, load_settings
from .stages.base import INPUT_FIELDS, Stage, Work

__all__ = ["Pipeline", "Failure", "build_pipeline", "default_stage_types", "default_version"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Failure:
    """An article that a stage could not process, or that was over a limit; skipped and counted.

    ``limit`` is True when the article went over ``max_article_bytes`` (``stage``
    is then ``"limits"``) or a stage over ``article_seconds`` on it: a reported
    stop, not a crash.
    """

    article: Article
    stage: str
    error: str
    limit: bool = False


@dataclass
class Pipeline:
    """An ordered list of stages, checked when built."""

    stages: Sequence[Stage]
    batch_size: int = 64
    failures: list[Failure] = field(default_factory=list)
    max_article_bytes: int = 2_000_000  # larger articles are skipped, reported (Failure.limit)
    article_seconds: float = 0.0  # a stage's time budget per article; 0: none

    def __post_init__(self) -> None:
        available = set(INPUT_FIELDS)
        seen: set[str] = set()
        for stage in self.stages:
            if stage.name in seen:
                raise PipelineError(f"stage {stage.name!r} appears twice; give each stage once.")
            seen.add(stage.name)
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.tag} requires {', '.join(missing)}, which no earlier stage "
                    f"assigns; put a stage that assigns it before {stage.name!r}."
                )
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    @property
    def version(self) -> str:
        """What made the records: every stage's ``name@version``, in order.

        The store records it per article; ``sitrep ingest --replace`` re-extracts
        articles stored by another version.
        """
        return " ".join(s.tag for s in self.stages)

    def process(self, article: Article) -> Article:
        """Run every stage over one article and return it."""
        for _ in self.run([article]):
            pass
        if self.failures and self.failures[-1].article is article:
            raise PipelineError(f"{self.failures[-1].stage} failed: {self.failures[-1].error}")
        return article

    def run(
        self,
        articles: Iterable[Article],
        *,
        on_failure: Callable[[Failure], None] | None = None,
    ) -> Iterator[Article]:
        """Yield each article processed, in input order. Failures are skipped."""
        batch: list[Article] = []
        for article in articles:
            if reason := too_large(article.text, self.max_article_bytes):
                self._failed(Failure(article, "limits", reason, limit=True), on_failure)
                continue
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch, on_failure)
                batch = []
        if batch:
            yield from self._run_batch(batch, on_failure)

    def _run_batch(
        self, batch: list[Article], on_failure: Callable[[Failure], None] | None
    ) -> Iterator[Article]:
        works = [Work(a) for a in batch]
        for stage in self.stages:
            saved = [_snapshot(w.article) for w in works]
            try:
                what = "the article" if len(works) == 1 else f"a batch of {len(works)}"
                with time_budget(self.article_seconds * len(works), what):
                    works = list(stage.pipe(works))
            except LimitError as exc:
                works = self._over_budget(stage, works, saved, exc, on_failure)
            except Exception:  # noqa: BLE001 - retried one by one to find the culprit
                log.debug("stage %s failed on a batch; retrying one article at a time",
                          stage.tag, exc_info=True)
                for work, state in zip(works, saved, strict=True):
                    _restore(work.article, state)  # undo the half-finished batch run
                works = self._one_by_one(stage, works, on_failure)
        for work in works:
            work.doc = None
            yield work.article

    def _over_budget(
        self, stage: Stage, works: list[Work], saved: list[dict[str, object]], exc: LimitError,
        on_failure: Callable[[Failure], None] | None,
    ) -> list[Work]:
        """A batch over its time budget: one article is skipped at once (running it again would
        take as long), a larger batch is undone and retried one article at a time."""
        for work, state in zip(works, saved, strict=True):
            _restore(work.article, state)
        if len(works) == 1:
            self._failed(Failure(works[0].article, stage.tag, exc.message, limit=True), on_failure)
            return []
        return self._one_by_one(stage, works, on_failure)

    def _one_by_one(
        self,
        stage: Stage,
        works: list[Work],
        on_failure: Callable[[Failure], None] | None,
    ) -> list[Work]:
        kept: list[Work] = []
        for work in works:
            saved = _snapshot(work.article)
            try:
                with time_budget(self.article_seconds):
                    kept.extend(stage.pipe([work]))
            except LimitError as exc:
                _restore(work.article, saved)
                self._failed(Failure(work.article, stage.tag, exc.message, limit=True), on_failure)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                _restore(work.article, saved)
                self._failed(Failure(work.article, stage.tag, f"{type(exc).__name__}: {exc}"),
                             on_failure)
        return kept

    def _failed(self, failure: Failure, on_failure: Callable[[Failure], None] | None) -> None:
        article = failure.article
        if failure.limit:
            log.warning("%s: %s", article.origin or article.id, failure.error)
        else:
            log.warning("%s: stage %s failed: %s", article.origin or article.id,
                        failure.stage, failure.error)
        self.failures.append(failure)
        if on_failure:
            on_failure(failure)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))


def _snapshot(article: Article) -> dict[str, object]:
    """The article's fields, lists copied, so a failed batch can be undone exactly."""
    return {name: (list(v) if isinstance(v := getattr(article, name), list) else v)
            for name in _ARTICLE_FIELDS}


def _restore(article: Article, state: dict[str, object]) -> None:
    for name, value in state.items():
        setattr(article, name, list(value) if isinstance(value, list) else value)


def default_stage_types() -> list[type[Stage]]:
    """The classes of :func:`build_pipeline`'s stages, in order: dateline → entities →
    places → times → counts → quotes → events. Importing them loads no model."""
    from .stages.counts import CountsStage
    from .stages.dateline import DatelineStage
    from .stages.entities import EntitiesStage
    from .stages.events import EventsStage
    from .stages.places import PlacesStage
    from .stages.quotes import QuotesStage
    from .stages.times import TimesStage

    return [DatelineStage, EntitiesStage, PlacesStage, TimesStage, CountsStage, QuotesStage,
            EventsStage]


def default_version() -> str:
    """:attr:`Pipeline.version` of the default pipeline, without loading the model or the
    gazetteer (a command running workers records it; only the workers load them)."""
    return " ".join(f"{stage.name}@{stage.version}" for stage in default_stage_types())


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    """The default pipeline: the stages of :func:`default_stage_types`, in that order.

    The spaCy model and the gazetteer are loaded here, once, and shared.
    """
    from .gazetteer import open_gazetteer
    from .nlp.model import load_model
    from .stages.counts import CountsStage
    from .stages.dateline import DatelineStage
    from .stages.entities import EntitiesStage
    from .stages.events import EventsStage
    from .stages.places import PlacesStage
    from .stages.quotes import QuotesStage
    from .stages.times import TimesStage

    settings = settings or load_settings()
    reference.use_overlay(settings.data_dir or None)
    gazetteer = open_gazetteer(settings.gazetteer_path)
    nlp = load_model(settings.model)
    stages: list[Stage] = [
        DatelineStage(gazetteer),
        EntitiesStage(nlp, gazetteer),
        PlacesStage(gazetteer),
        TimesStage(),
        CountsStage(),
        QuotesStage(),
        EventsStage(gazetteer),
    ]
    return Pipeline(stages, batch_size=settings.batch_size,
                    max_article_bytes=settings.max_article_bytes,
                    article_seconds=settings.article_seconds)
