"""On a local 2-CPU Ray instance the output equals the local runner's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.settings import load_settings
from sitrep.store.database import Store

from .corpus import corpus, dumps, store_rows

pytestmark = pytest.mark.model

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'sitrep[ray]')")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_actors_give_the_local_output_and_parquet_loads_to_the_same_rows(
    local_ray: None, pipeline, tmp_path: Path
) -> None:
    from sitrep.scale import read_articles, run_ray, write_parquet

    alone = list(pipeline.run(corpus()))
    settings = load_settings(batch_size=4)
    folder = tmp_path / "parquet"
    on_ray = list(write_parquet(run_ray(corpus(), workers=2, settings=settings), folder,
                                rows_per_part=8))
    assert len(alone) >= 20
    assert dumps(on_ray) == dumps(alone)
    assert len(list(folder.glob("articles/part-*.parquet"))) == -(-len(alone) // 8)

    with Store.open(tmp_path / "direct.db") as store:
        store.add_many(alone)
    with Store.open(tmp_path / "loaded.db") as store:
        store.add_many(read_articles(folder))
    assert store_rows(tmp_path / "loaded.db") == store_rows(tmp_path / "direct.db")
