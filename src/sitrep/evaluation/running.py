"""Run sitrep over gold corpora, as ``sitrep extract`` does, and score what comes out.

The pipeline is the one ``build_pipeline`` makes from the settings, run through
:class:`sitrep.runner.Run`; the geoparsing evaluation keeps only its dateline,
entities and places stages. Progress goes to stderr (a tqdm bar when stderr is a
terminal), and every result carries its run time.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..records import Article
from ..runner import Run
from ..settings import Settings
from . import acled, geoparse, realnews
from .geo_corpora import UNANNOTATED_ROLES, read_corpus

__all__ = ["PLACE_STAGES", "QUOTE_STAGES", "run_articles", "place_stages", "eval_realnews",
           "eval_acled", "eval_geoparse", "eval_quotes"]

PLACE_STAGES = ("dateline", "entities", "places")


def _bar(enabled: bool, total: int, label: str) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit=" articles", file=sys.stderr, leave=False)


def run_articles(run: Run, articles: Sequence[Article], *, label: str,
                 progress: bool) -> Iterator[Article]:
    """The processed articles (failures skipped and counted in ``run.stats``)."""
    bar = _bar(progress, len(articles), label)
    try:
        for article in run.process(articles):
            if bar is not None:
                bar.update(1)
            yield article
    finally:
        if bar is not None:
            bar.close()


def _timing(run: Run, started: float) -> dict[str, Any]:
    stats = run.stats
    return {"processed": stats.articles, "failed": stats.failed,
            "seconds": round(time.perf_counter() - started, 1),
            "articles_per_s": round(stats.articles_per_second, 1)}


def _event_rows(articles: Iterable[Article]) -> dict[str, list[dict[str, Any]]]:
    return {a.id: [dataclasses.asdict(e) for e in a.events] for a in articles}


def eval_realnews(folder: Path, settings: Settings | None, *, progress: bool = True,
                  predictions: Path | None = None, worst: int = 10) -> dict[str, Any]:
    """Score sitrep on ``folder`` (``articles.jsonl``, ``gold.jsonl``), or score a saved
    output of ``sitrep extract articles.jsonl`` given as ``predictions``."""
    from ..readers import ReadReport, read_inputs

    started = time.perf_counter()
    gold = realnews.read_gold(folder / "gold.jsonl")
    articles = list(read_inputs([str(folder / "articles.jsonl")], report=ReadReport()))
    ids = [a.id for a in articles]
    if predictions is not None:
        result = realnews.score(ids, gold, realnews.read_predictions(predictions), worst=worst)
        result["predictions"] = str(predictions)
        result["run"] = {"seconds": round(time.perf_counter() - started, 1)}
        return result
    run = Run(settings=settings)
    pred = _event_rows(run_articles(run, articles, label="realnews", progress=progress))
    result = realnews.score(ids, gold, pred, worst=worst)
    result["run"] = _timing(run, started)
    return result


def eval_acled(path: Path, settings: Settings | None, *, limit: int, progress: bool = True,
               worst: int = 10) -> dict[str, Any]:
    """Score sitrep on a fixed sample of ``limit`` held-apart ACLED rows (0: all of them)."""
    started = time.perf_counter()
    held = list(acled.read_held_apart(path))
    rows = acled.sample(held, limit)
    articles = [Article(text=r.notes, id=r.id, published=r.coding.get("event_date"))
                for r in rows]
    run = Run(settings=settings)
    pred = _event_rows(run_articles(run, articles, label="acled", progress=progress))
    result = acled.score(rows, pred, worst=worst)
    result["held_apart_rows"] = len(held)
    result["run"] = _timing(run, started)
    return result


def place_stages(settings: Settings | None) -> tuple[Any, Any]:
    """A pipeline of the dateline, entities and places stages, and the gazetteer they use."""
    from ..gazetteer import open_gazetteer
    from ..pipeline import Pipeline, build_pipeline
    from ..settings import load_settings

    settings = settings or load_settings()
    full = build_pipeline(settings)
    stages = [s for s in full.stages if s.name in PLACE_STAGES]
    pipeline = Pipeline(stages, batch_size=full.batch_size)
    return pipeline, open_gazetteer(settings.gazetteer_path)


def recognised(article: Article, gazetteer: Any) -> list[geoparse.Recognised]:
    """The spans the places stage reads as place names, and whether the gazetteer knows each."""
    from ..places.mentions import find_mentions

    return [geoparse.Recognised(m.start, m.end, bool(gazetteer.lookup(m.query, limit=1)))
            for m in find_mentions(article.text, article.entities, gazetteer)]


def eval_geoparse(corpus: str, path: Path, settings: Settings | None, *, limit: int = 0,
                  progress: bool = True, examples: int = 0,
                  stages: tuple[Any, Any] | None = None) -> dict[str, Any]:
    """Score the places stage on a geoparsing corpus (a key of ``geo_corpora.CORPORA``).

    ``stages`` is what :func:`place_stages` returns, to share one model between corpora.
    """
    started = time.perf_counter()
    docs = read_corpus(corpus, path)
    if limit:
        docs = docs[:limit]
    pipeline, gazetteer = stages or place_stages(settings)
    run = Run(pipeline=pipeline)
    articles = [Article(text=d.text) for d in docs]
    done = {id(a) for a in run_articles(run, articles, label=corpus, progress=progress)}
    results = []
    for article, doc in zip(articles, docs, strict=True):
        if id(article) not in done:  # the pipeline failed on it: its gold counts as missed
            results.append(geoparse.DocumentResult(doc.toponyms, failed=True))
            continue
        places = [p for p in article.places if p.role not in UNANNOTATED_ROLES[corpus]]
        results.append(geoparse.DocumentResult(doc.toponyms, places,
                                               recognised(article, gazetteer)))
    result = {"corpus": corpus, **geoparse.score_documents(results, examples=examples)}
    result["run"] = _timing(run, started)
    return result


QUOTE_STAGES = ("dateline", "entities", "quotes")


def eval_quotes(folder: Path, settings: Settings | None, *, limit: int = 0,
                progress: bool = True, examples: int = 0) -> dict[str, Any]:
    """Score the quotes stage on PolNeAR (``folder``: ``text/`` and ``attributions/``).

    Only the dateline, entities and quotes stages run; the result also gives the
    quotes stage's own time per article.
    """
    from ..pipeline import Pipeline, build_pipeline
    from . import quotes

    started = time.perf_counter()
    docs, bad_lines = quotes.read_corpus(folder)
    if limit:
        docs = docs[:limit]
    full = build_pipeline(settings)
    stages = [s for s in full.stages if s.name in QUOTE_STAGES]
    spent = [0.0]
    for stage in stages:
        if stage.name == "quotes":
            setattr(stage, "pipe", _timed(stage.pipe, spent))  # noqa: B010 - wrap one instance
    run = Run(pipeline=Pipeline(stages, batch_size=full.batch_size))
    articles = [Article(text=d.text, origin=d.name) for d in docs]
    done = {id(a) for a in run_articles(run, articles, label="polnear", progress=progress)}
    preds = [[quotes.Predicted((q.content_start, q.content_end),
                               None if q.speaker_start is None or q.speaker_end is None
                               else (q.speaker_start, q.speaker_end), q.speaker, q.cue)
              for q in a.quotes] if id(a) in done else [] for a in articles]
    result = quotes.score(docs, preds, examples=examples)
    result["bad_annotation_lines"] = bad_lines
    result["run"] = _timing(run, started)
    result["run"]["quotes_ms_per_article"] = (round(1000 * spent[0] / len(done), 2)
                                              if done else None)
    return result


def _timed(pipe: Any, spent: list[float]) -> Any:
    """``pipe`` that adds the time spent inside it to ``spent[0]``."""
    def timed(works: Iterable[Any]) -> Iterator[Any]:
        iterator = iter(pipe(works))
        while True:
            begun = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                spent[0] += time.perf_counter() - begun
                return
            spent[0] += time.perf_counter() - begun
            yield item
    return timed
