"""Gold toponyms the places stage misses, grouped by class, to target recognition work.

Usage: .venv/bin/python bench/toponym_misses.py [--corpus gwn|geovirus] [--limit N] [--top N]

Runs the dateline, entities and places stages over a geoparsing corpus (as
``sitrep eval geoparse`` does) and sorts every gold toponym that no place overlaps
by its gold annotation type and by what the entities stage made of it: the label of
the entity that covers it, ``inside:LABEL`` when it lies inside a longer entity,
``none`` when no entity touches it. Each class lists its count and its commonest
names, and the places predicted on no gold toponym are counted by their role. The
figures in docs/evaluation.md say which command gives the headline measures.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from common import base_parser, data_file

from sitrep.evaluation.geo_corpora import CORPORA, read_corpus
from sitrep.evaluation.running import place_stages, run_articles
from sitrep.records import Article
from sitrep.runner import Run


def _overlap(a: Any, b: Any) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def entity_class(gold: Any, entities: list[Any]) -> str:
    """What the entities stage made of a gold span: a label, ``inside:LABEL`` or none."""
    touching = [e for e in entities if _overlap(e, gold) > 0]
    if not touching:
        return "none"
    best = max(touching, key=lambda e: _overlap(e, gold))
    if (best.start, best.end) == (gold.start, gold.end):
        return best.label
    return f"inside:{best.label}" if best.start <= gold.start and best.end >= gold.end \
        else f"partial:{best.label}"


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="gwn")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    parser.add_argument("--top", type=int, default=8, help="names listed per class")
    args = parser.parse_args()
    path = data_file(args.data, CORPORA[args.corpus])
    if path is None:
        return
    docs = read_corpus(args.corpus, path)[: args.limit or None]
    pipeline, _ = place_stages(None)
    articles = [Article(text=d.text) for d in docs]
    list(run_articles(Run(pipeline=pipeline), articles, label=args.corpus,
                      progress=not args.quiet))
    classes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    found_roles: Counter[str] = Counter()
    spurious_roles: Counter[str] = Counter()
    for doc, article in zip(docs, articles, strict=True):
        golds = [g for g in doc.toponyms if g.located]
        for gold in golds:
            hit = [p for p in article.places if _overlap(p, gold) > 0]
            if hit:
                found_roles[hit[0].role or "-"] += 1
                continue
            classes[(gold.kind, entity_class(gold, article.entities))][gold.name] += 1
        for place in article.places:
            if not any(_overlap(place, g) > 0 for g in golds):
                spurious_roles[place.role or "-"] += 1
    total = sum(sum(c.values()) for c in classes.values())
    print(f"{args.corpus}: {total} gold toponyms overlapped by no place")
    for (kind, label), names in sorted(classes.items(), key=lambda kv: -sum(kv[1].values())):
        shown = ", ".join(f"{n} ({c})" for n, c in names.most_common(args.top))
        print(f"{sum(names.values()):5d}  {kind:22s} {label:16s} {shown}")
    print("found by role:", dict(found_roles), " on no gold by role:", dict(spurious_roles))


if __name__ == "__main__":
    main()
