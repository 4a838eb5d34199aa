"""The pipeline checks stage order when built and isolates failing articles."""

from __future__ import annotations

import pytest

from sitrep import Article, Entity, Pipeline, PipelineError
from sitrep.stages.base import Stage, Work


class Tagger(Stage):
    name = "tagger"
    requires = ("text",)
    assigns = ("entities",)

    def __call__(self, work: Work) -> None:
        if "boom" in work.article.text:
            raise ValueError("cannot tag this")
        work.article.entities.append(Entity("x", 0, 1, "GPE", stage=self.tag))


class Needy(Stage):
    name = "needy"
    requires = ("entities", "times")
    assigns = ("events",)

    def __call__(self, work: Work) -> None:  # pragma: no cover - never built
        pass


class Timer(Stage):
    name = "timer"
    requires = ("text",)
    assigns = ("times",)

    def __call__(self, work: Work) -> None:
        pass


def test_pipeline_rejects_stage_whose_requirement_comes_later():
    with pytest.raises(PipelineError, match="needy@1 requires times"):
        Pipeline([Tagger(), Needy(), Timer()])


def test_pipeline_accepts_stages_in_dependency_order():
    pipe = Pipeline([Tagger(), Timer(), Needy()])
    assert pipe.names == ["tagger", "timer", "needy"]


def test_pipeline_rejects_duplicate_stage():
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([Tagger(), Tagger()])


def test_failing_article_is_skipped_and_the_rest_of_the_batch_carries_on():
    pipe = Pipeline([Tagger()], batch_size=10)
    arts = [Article(text="fine one"), Article(text="boom"), Article(text="fine two")]
    seen = []
    out = list(pipe.run(arts, on_failure=seen.append))
    assert [a.text for a in out] == ["fine one", "fine two"]
    assert [len(a.entities) for a in out] == [1, 1]  # no duplicates from the retry
    assert len(seen) == 1 and seen[0].stage == "tagger@1" and "cannot tag" in seen[0].error


def test_records_carry_the_stage_that_made_them():
    art = Pipeline([Tagger()]).process(Article(text="fine"))
    assert art.entities[0].stage == "tagger@1"


def test_output_keeps_input_order_across_batches():
    pipe = Pipeline([Tagger()], batch_size=2)
    texts = [f"article {i}" for i in range(5)]
    assert [a.text for a in pipe.run(Article(text=t) for t in texts)] == texts


class Relabeller(Stage):
    """Rewrites input fields in place, as the dateline stage does, and fails on 'boom'."""

    name = "relabeller"
    requires = ("text", "agencies")
    assigns = ("agencies",)

    def __call__(self, work: Work) -> None:
        work.article.agencies.append("AFP")
        work.article.source = (work.article.source or "") + "+"
        if "boom" in work.article.text:
            raise ValueError("cannot relabel this")


def test_a_failed_batch_is_undone_before_the_one_by_one_retry():
    arts = [Article(text="fine one"), Article(text="boom"), Article(text="fine two")]
    pipe = Pipeline([Relabeller()], batch_size=8)
    done = list(pipe.run(arts))
    assert [a.text for a in done] == ["fine one", "fine two"]
    assert [(a.agencies, a.source) for a in done] == [(["AFP"], "+"), (["AFP"], "+")]


@pytest.mark.model
def test_the_default_version_is_the_built_pipelines_without_loading_anything(pipeline):
    import subprocess
    import sys

    from sitrep.pipeline import default_version
    from sitrep.runner import Run

    assert default_version() == pipeline.version
    assert Run(workers=2).version == pipeline.version
    mine = Pipeline([Tagger(), Timer()])
    assert Run(mine).version == "tagger@1 timer@1"
    code = ("import sys; from sitrep.runner import Run; v = Run(workers=2).version; "
            "from sitrep.nlp.model import load_model; from sitrep.gazetteer import open_gazetteer; "
            "print(len(v.split()), load_model.cache_info().currsize, "
            "open_gazetteer.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["7", "0", "0"]
