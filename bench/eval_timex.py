"""Time expressions of sitrep's times stage against TimeML news (silver TIMEX3 annotations).

Usage: .venv/bin/python bench/eval_timex.py [--limit N] [--errors N]

Reads every ``.tml`` file of ``timeml-silver/`` (TempEval-3 silver AFP and
Xinhua news; its TIMEX3 values were annotated automatically, so some are
wrong). The text is the ``<TEXT>`` element with its tags taken out; the gold
expressions are its ``TIMEX3`` elements, with offsets into that text; the
published date is the document's creation time (the ``DCT`` TIMEX3). The
dateline, entities and times stages run over each text with that date.

- found: the share of gold DATE expressions that some predicted expression
  overlaps (by at least one character);
- value_ok: of those found, the share whose predicted value (the most
  overlapping prediction's) equals the gold value; ``value_ok_day`` also
  accepts a day for a gold value that adds a part of day or clock time
  ("2024-08-06TMO");
- real: the share of predicted expressions that overlap some gold TIMEX3 of
  any type (DATE, TIME, DURATION, SET);
- exact_span: the share of found gold DATEs whose prediction has exactly
  their span.

It also reports the time the times and counts stages take together per
document, on top of the model (``times_and_counts_ms_per_doc``; these TimeML
documents are about 340 words, the size of a wire report).

``--errors N`` lists N misses, wrong values and false hits. Use them to find
systematic errors, not to tune rules to single items.
"""

from __future__ import annotations

import html
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import base_parser, data_file, progress, report, share

FOLDER = "timeml-silver"
TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    kind: str  # DATE, TIME, DURATION, SET
    value: str


@dataclass(slots=True)
class Doc:
    name: str
    text: str
    published: str | None
    golds: list[Gold]


def read_tml(path: Path) -> Doc:
    """The text of a TimeML file's <TEXT>, its TIMEX3s with offsets, and its creation date."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<TIMEX3[^>]*CREATION_TIME[^>]*>',
                    raw)
    published = None
    if dct:
        found = re.search(r'value="(\d{4}-\d{2}-\d{2})', dct.group())
        published = found.group(1) if found else None
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0] if "<TEXT>" in raw else raw
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    golds = []
    pos = 0
    for m in TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            golds.append(Gold(start, length, a.get("type", ""), a.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return Doc(path.name, "".join(out), published, golds)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def evaluate(docs: list[Doc], *, quiet: bool) -> tuple[dict[str, Any], dict[str, list[str]]]:
    from common import build_stages

    from sitrep.pipeline import Pipeline
    from sitrep.records import Article
    from sitrep.stages.counts import CountsStage
    from sitrep.stages.times import TimesStage

    spent = [0.0]

    def timed(stage: Any) -> Any:
        call = stage.__call__

        class Timed(type(stage)):  # type: ignore[misc]
            def __call__(self, work: Any) -> None:
                began = time.perf_counter()
                call(work)
                spent[0] += time.perf_counter() - began

        stage.__class__ = Timed
        return stage

    base = build_stages("dateline", "entities")
    pipe = Pipeline([*base.stages, timed(TimesStage()), timed(CountsStage())],
                    batch_size=base.batch_size)
    articles = [Article(text=d.text, published=d.published, origin=d.name) for d in docs]
    started = time.perf_counter()
    done = list(progress(pipe.run(articles), total=len(articles), label="docs", quiet=quiet))
    elapsed = time.perf_counter() - started
    by_id = {a.id: a for a in done}

    n: Counter[str] = Counter()
    wrong_by_shape: Counter[str] = Counter()
    ex: dict[str, list[str]] = {"missed": [], "wrong_value": [], "false_hit": []}
    for article, doc in zip(articles, docs, strict=True):
        result = by_id.get(article.id)
        preds = list(result.times) if result else []
        text = doc.text
        for gold in doc.golds:
            if gold.kind != "DATE":
                continue
            n["gold"] += 1
            over = [(_overlap(p.start, p.end, gold.start, gold.end), p) for p in preds]
            over = [(o, p) for o, p in over if o > 0]
            quote = text[gold.start:gold.end]
            if not over:
                ex["missed"].append(f"{doc.name}: {quote!r} = {gold.value}")
                continue
            n["found"] += 1
            pred = max(over, key=lambda x: (x[0], -x[1].start))[1]
            n["exact_span"] += (pred.start, pred.end) == (gold.start, gold.end)
            if pred.value == gold.value:
                n["value_ok"] += 1
                n["value_ok_day"] += 1
                continue
            if "T" in gold.value and pred.value == gold.value.split("T", 1)[0]:
                n["value_ok_day"] += 1
                continue
            wrong_by_shape[f"{_shape(gold.value)} -> {_shape(pred.value)}"] += 1
            ex["wrong_value"].append(f"{doc.name} ({doc.published}): {quote!r} = {gold.value}, "
                                     f"got {pred.text!r} = {pred.value}")
        for p in preds:
            n["pred"] += 1
            if any(_overlap(p.start, p.end, g.start, g.end) for g in doc.golds):
                n["real"] += 1
            else:
                ex["false_hit"].append(f"{doc.name}: {p.text!r} = {p.value}")
    metrics: dict[str, Any] = {
        "docs": len(docs),
        "gold_dates": n["gold"],
        "predicted": n["pred"],
        "found": share(n["found"], n["gold"]),
        "value_ok": share(n["value_ok"], n["found"]),
        "value_ok_day": share(n["value_ok_day"], n["found"]),
        "real": share(n["real"], n["pred"]),
        "exact_span": share(n["exact_span"], n["found"]),
        "wrong_values_by_shape": dict(wrong_by_shape.most_common(8)),
        "docs_per_s": round(len(done) / elapsed, 2) if elapsed else None,
        "times_and_counts_ms_per_doc": round(1000 * spent[0] / len(done), 2) if done else None,
    }
    return metrics, ex


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="documents to read (default: all)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list N examples of each kind of miss")
    args = parser.parse_args()
    folder = data_file(args.data, FOLDER)
    if folder is None:
        return
    paths = sorted(folder.glob("*.tml"))
    if args.limit:
        paths = paths[: args.limit]
    docs = []
    for path in paths:
        try:
            docs.append(read_tml(path))
        except (OSError, UnicodeDecodeError, IndexError) as exc:
            print(f"{path}: unreadable ({exc}); skipped")
    metrics, ex = evaluate(docs, quiet=args.quiet)
    if args.errors:
        metrics["examples"] = {k: v[:: max(1, len(v) // args.errors)][:args.errors]
                               for k, v in ex.items()}
    report("TimeML silver: DATE expressions", metrics, as_json=args.json)


if __name__ == "__main__":
    main()
