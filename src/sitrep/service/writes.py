"""``POST /api/articles``: extract contract-shaped articles and store them (token needed).

Each article is read exactly as a line of the JSONL input would be (same
checks, same warnings), runs through the pipeline, and is stored; the answer
gives the ids in input order. At most :data:`MAX_BATCH` articles per request,
and one write at a time: larger batches are refused with 413 (split them),
there is no background job queue. The pipeline is loaded on the first write,
so a read-only server never loads the model.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request

from ..readers import ReadReport
from ..readers.jsonl import article_from_json_line
from ..records import Article
from ..runner import Run
from ..store import AddResult, Store
from .schemas import ArticlesIn, Ingested, Problem
from .security import require_token
from .stores import StorePool, store_dependency

__all__ = ["router", "MAX_BATCH", "Writer"]

#: The most articles one ``POST /api/articles`` takes.
MAX_BATCH = 100

router = APIRouter(prefix="/api", tags=["write"])


class Writer:
    """One pipeline, loaded on first use, and a lock so writes run one at a time."""

    def __init__(self, make_run: Callable[[], Run]) -> None:
        self._make_run = make_run
        self._run: Run | None = None
        self._lock = threading.Lock()

    def ingest(
        self, store: Store, articles: list[Article]
    ) -> tuple[list[Article], list[str], AddResult]:
        """Process and store ``articles``: the processed ones, failure messages, what was added."""
        with self._lock:
            if self._run is None:
                self._run = self._make_run()
            run = self._run
            before = len(run.stats.failures)
            done = list(run.process(articles))
            failures = [
                f"article {f.article.id}: the {f.stage} stage failed ({f.error}); not stored"
                for f in run.stats.failures[before:]
            ]
            result = store.add_many(done)
        return done, failures, result


@router.post(
    "/articles",
    response_model=Ingested,
    dependencies=[Depends(require_token)],
    responses={401: {"model": Problem}, 403: {"model": Problem}, 413: {"model": Problem}},
)
def post_articles(
    request: Request, body: ArticlesIn, stores: Annotated[StorePool, Depends(store_dependency)]
) -> Ingested:
    """Extract and store articles (``Authorization: Bearer TOKEN``); answer their ids."""
    if len(body.articles) > MAX_BATCH:
        raise HTTPException(
            status_code=413,
            detail=f"{len(body.articles)} articles in one request; send at most {MAX_BATCH} "
            "per request.",
        )
    report = ReadReport()
    articles: list[Article] = []
    skipped: list[str] = []
    for number, item in enumerate(body.articles, start=1):
        line = json.dumps(item.model_dump(exclude_none=True), ensure_ascii=False)
        article = article_from_json_line(line, "request", number, report)
        if article is None:
            skipped.append(report.skipped[-1].message)
        else:
            articles.append(article)
    writer: Writer = request.app.state.writer
    store = stores.get()
    done, failures, result = writer.ingest(store, articles)
    return Ingested(
        ids=[a.id for a in done],
        added=result.added,
        unchanged=result.unchanged,
        events=sum(len(a.events) for a in done),
        skipped=skipped + failures,
    )
