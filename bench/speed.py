"""Throughput of the full pipeline against a bare ``nlp.pipe`` over the same texts.

Usage: .venv/bin/python bench/speed.py [FOLDER] [--repeat N]

Reads the wire reports in FOLDER (default: examples/), repeats them N times
(default 10) so the timing is not dominated by start-up, and prints
articles/s for the full sitrep pipeline and for spaCy alone.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sitrep.nlp.model import load_model
from sitrep.pipeline import build_pipeline
from sitrep.readers import ReadReport, read_inputs
from sitrep.records import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parents[1] / "examples"))
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    base = list(read_inputs([args.folder], report=ReadReport()))
    texts = [a.text for a in base] * args.repeat
    metas = [(a.published, a.source, a.dateline) for a in base] * args.repeat

    pipeline = build_pipeline()
    nlp = load_model()
    list(nlp.pipe(texts[:4]))  # warm up

    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    bare = time.perf_counter() - started

    articles = [Article(text=t, published=p, source=s, dateline=list(d))
                for t, (p, s, d) in zip(texts, metas, strict=True)]
    started = time.perf_counter()
    events = sum(len(a.events) for a in pipeline.run(articles))
    full = time.perf_counter() - started

    tokens = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles ({tokens / len(texts):.0f} words each), {events} events")
    print(f"bare nlp.pipe : {bare:6.2f}s  {len(texts) / bare:7.1f} articles/s")
    print(f"sitrep extract: {full:6.2f}s  {len(texts) / full:7.1f} articles/s "
          f"({full / bare:.2f}x the bare model)")


if __name__ == "__main__":
    main()
