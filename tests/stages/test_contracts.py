"""Every stage reads only what it declares: run each with undeclared records watched.

Each stage of the default pipeline runs on real reports, on an article that
notes every read of a record the stage did not declare (and of the Doc,
unless declared). A stage
that reads something it does not declare in ``requires`` fails here, so the
declarations, the pipeline's order check and docs/architecture.md stay true.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sitrep.readers import ReadReport, read_inputs
from sitrep.records import Article
from sitrep.stages.base import INPUT_FIELDS, Work

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
REPORTS = [ROOT / "tests" / "fixtures" / "kursk.txt", ROOT / "tests" / "fixtures" / "kharkiv.txt",
           *sorted((ROOT / "examples").glob("*.txt"))[:6]]
#: Identity and bookkeeping fields any stage may touch (for messages and warnings).
ALWAYS = frozenset({"id", "origin", "warnings", "language", "url"})
RECORDS = frozenset(f.name for f in dataclasses.fields(Article)) - ALWAYS


def _fenced_article(article: Article, allowed: frozenset[str], seen: set[str]) -> Article:
    class Fenced(Article):
        def __getattribute__(self, name: str):  # noqa: ANN204 - mirrors object's
            if name in RECORDS and name not in allowed:
                seen.add(name)
            return object.__getattribute__(self, name)

    fenced = Fenced.__new__(Fenced)
    for f in dataclasses.fields(Article):
        value = getattr(article, f.name)
        object.__setattr__(fenced, f.name, list(value) if isinstance(value, list) else value)
    return fenced


class FencedWork(Work):
    """A Work whose Doc is fenced off unless the stage declares it."""

    __slots__ = ("_doc_allowed", "_seen")

    def __init__(self, article: Article, doc: object, doc_allowed: bool, seen: set[str]) -> None:
        super().__init__(article, doc)
        self._doc_allowed = doc_allowed
        self._seen = seen

    def __getattribute__(self, name: str):  # noqa: ANN204 - mirrors object's
        if name == "doc" and not object.__getattribute__(self, "_doc_allowed"):
            object.__getattribute__(self, "_seen").add("doc")
        return object.__getattribute__(self, name)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return list(read_inputs([str(p) for p in REPORTS], report=ReadReport()))


def test_inputs_are_what_readers_give() -> None:
    assert INPUT_FIELDS <= RECORDS


@pytest.mark.parametrize("index", range(7), ids=lambda i: f"stage{i}")
def test_stage_reads_only_what_it_declares(pipeline, articles, index: int) -> None:
    stages = list(pipeline.stages)
    if index >= len(stages):
        pytest.skip("the default pipeline has fewer stages")
    stage = stages[index]
    for article in articles:
        copy = Article.from_dict(article.to_dict(), article.text)
        copy.origin = article.origin
        works = [Work(copy)]
        for earlier in stages[:index]:
            works = list(earlier.pipe(works))
        before = works[0]
        declared = frozenset(stage.requires) | frozenset(stage.assigns)
        seen: set[str] = set()
        fenced = FencedWork(_fenced_article(before.article, declared, seen), before.doc,
                            "doc" in declared, seen)
        list(stage.pipe([fenced]))
        assert not seen, (f"stage {stage.tag} reads {sorted(seen)} without declaring them "
                          f"(on {article.origin})")
        # the fenced run made the same records as a normal one
        list(stage.pipe([before]))
        for name in stage.assigns:
            if name in RECORDS:
                got = object.__getattribute__(fenced.article, name)
                assert got == getattr(before.article, name), f"{stage.tag}: {name} differs"
