"""Attribution (quote) extraction of sitrep's quotes stage on the PolNeAR dev split.

Usage: .venv/bin/python bench/eval_quotes.py [--limit N] [--min-overlap 0.5] [--errors N]

Runs the dateline, entities and quotes stages over each text in
polnear-dev/text/ and compares the quotes with the gold attributions of the
BRAT files in polnear-dev/attributions/ (T lines: Source/Cue/Content spans,
possibly discontinuous "s e;s e"; E lines join them into one attribution;
an attribution may lack a Source). Where a text has several annotators'
files, the first by name is used.

A predicted quote matches a gold attribution when their content spans share
at least --min-overlap of the word tokens of EACH span (default 0.5);
pairs are taken one-to-one, best overlap first. Also reported: the same with
any shared token ("lenient"), token-level precision/recall of content, recall
split by direct (gold content opens with a quote mark) vs reported speech,
and, on matched pairs, the cue and speaker accuracy. The cue is right when it
shares a word with the gold Cue. The speaker is right when its span overlaps
the gold Source, or its last word occurs in the gold Source (a name found
elsewhere), or both are absent. A gold Source that is a bare
pronoun cannot be checked against a resolved speaker ("he" -> "Trump"), so
those pairs are also left out in "speaker_acc_named".
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import base_parser, best_pairs, build_stages, data_file, prf, progress, report, share

Span = tuple[int, int]
WORD = re.compile(r"\w+")
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "his", "her"})
QUOTE_MARKS = "\"“‘'«"


@dataclass(slots=True)
class Gold:
    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one BRAT file."""
    spans: dict[str, list[Span]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [(int(s), int(e)) for s, e in
                               (frag.split() for frag in offsets.split(";"))]
        elif line.startswith("E") and len(parts) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in parts[1].split()])
    golds = []
    for args in events:
        gold = Gold(content=[])
        for role, ref in args:
            frags = spans.get(ref, [])
            if role.startswith("Content"):
                gold.content += frags
            elif role == "Cue":
                gold.cue += frags
            elif role == "Source":
                gold.source += frags
        if gold.content:
            golds.append(gold)
    return golds


def read_corpus(folder: Path) -> list[tuple[str, str, list[Gold]]]:
    """(name, text, gold attributions) for each text that has an annotation file."""
    anns: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), ann)
    docs = []
    for txt in sorted((folder / "text").glob("*.txt")):
        if txt.stem in anns:
            docs.append((txt.stem, txt.read_text(encoding="utf-8"), read_ann(anns[txt.stem])))
    return docs


def tokens(text: str, spans: list[Span]) -> set[int]:
    """Start offsets of the word tokens inside ``spans``."""
    return {m.start() for s, e in spans for m in WORD.finditer(text, s, e)}


def overlaps(a: list[Span], b: list[Span]) -> bool:
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def speaker_right(text: str, quote: Any, gold: Gold) -> bool:
    if quote.speaker_start is None or not gold.source:
        return quote.speaker_start is None and not gold.source
    if overlaps([(quote.speaker_start, quote.speaker_end)], gold.source):
        return True
    words = WORD.findall(quote.speaker or "")
    gold_words = {w.lower() for s, e in gold.source for w in WORD.findall(text[s:e])}
    return bool(words) and words[-1].lower() in gold_words


def pair(text: str, quotes: list[Any], golds: list[Gold], threshold: float) -> list[tuple]:
    """One-to-one (quote, gold) pairs whose content overlap is at least ``threshold``."""
    q_tok = [tokens(text, [(q.content_start, q.content_end)]) for q in quotes]
    g_tok = [tokens(text, g.content) for g in golds]
    scored = []
    for i, qt in enumerate(q_tok):
        for j, gt in enumerate(g_tok):
            common = len(qt & gt)
            if common and qt and gt:
                score = min(common / len(qt), common / len(gt))
                if score >= threshold or (threshold == 0 and common):
                    scored.append((score, i, j))
    return best_pairs(scored, quotes, golds)


def evaluate(docs: list, threshold: float, *, quiet: bool) -> tuple[dict[str, Any], dict]:
    from sitrep.records import Article

    pipe = build_stages("dateline", "entities", "quotes")
    articles = [Article(text=text, origin=name) for name, text, _ in docs]
    started = time.perf_counter()
    done = list(progress(pipe.run(articles), total=len(articles), label="articles", quiet=quiet))
    elapsed = time.perf_counter() - started
    by_id = {a.id: a for a in done}

    c: Counter[str] = Counter()
    ex: dict[str, list[str]] = {"missed": [], "spurious": [], "wrong_speaker": []}
    for article, (name, text, golds) in zip(articles, docs, strict=True):
        result = by_id.get(article.id)
        quotes = list(result.quotes) if result else []
        c["gold"] += len(golds)
        c["pred"] += len(quotes)
        strict = pair(text, quotes, golds, threshold)
        c["tp"] += len(strict)
        c["tp_lenient"] += len(pair(text, quotes, golds, 0.0))
        gold_tok = tokens(text, [s for g in golds for s in g.content])
        pred_tok = tokens(text, [(q.content_start, q.content_end) for q in quotes])
        c["tok_gold"] += len(gold_tok)
        c["tok_pred"] += len(pred_tok)
        c["tok_tp"] += len(gold_tok & pred_tok)
        for g in golds:
            direct = text[g.content[0][0]:g.content[0][0] + 1] in QUOTE_MARKS
            c["gold_direct" if direct else "gold_reported"] += 1
        matched_g = {id(g) for _, g in strict}
        matched_q = {id(q) for q, _ in strict}
        for q, g in strict:
            direct = text[g.content[0][0]:g.content[0][0] + 1] in QUOTE_MARKS
            c["tp_direct" if direct else "tp_reported"] += 1
            c["cue_right"] += _cue_right(text, q, g)
            right = speaker_right(text, q, g)
            c["speaker_right"] += right
            src = " ".join(text[s:e] for s, e in g.source).lower()
            if src not in PRONOUNS:
                c["named_pairs"] += 1
                c["named_right"] += right
            if not right:
                ex["wrong_speaker"].append(f"{name}: gold {src or '(none)'!r} / got {q.speaker!r}")
        for g in golds:
            if id(g) not in matched_g:
                s, e = g.content[0]
                ex["missed"].append(f"{name}: {text[s:min(e, s + 90)]!r}")
        for q in quotes:
            if id(q) not in matched_q:
                ex["spurious"].append(f"{name}: {q.speaker!r} {q.cue!r} {q.content[:80]!r}")

    metrics: dict[str, Any] = {
        "articles": len(docs),
        "failed": len(docs) - len(done),
        "gold_attributions": c["gold"],
        "predicted_quotes": c["pred"],
        "matched": c["tp"],
        **prf(c["tp"], c["pred"], c["gold"]),
        "lenient": prf(c["tp_lenient"], c["pred"], c["gold"]),
        "content_tokens": prf(c["tok_tp"], c["tok_pred"], c["tok_gold"]),
        "recall_direct": share(c["tp_direct"], c["gold_direct"]),
        "recall_reported": share(c["tp_reported"], c["gold_reported"]),
        "gold_direct_share": share(c["gold_direct"], c["gold"]),
        "cue_acc": share(c["cue_right"], c["tp"]),
        "speaker_acc": share(c["speaker_right"], c["tp"]),
        "speaker_acc_named": share(c["named_right"], c["named_pairs"]),
        "articles_per_s": round(len(done) / elapsed, 2) if elapsed else None,
    }
    return metrics, ex


def _cue_right(text: str, quote: Any, gold: Gold) -> bool:
    """The predicted cue shares a word with the gold cue ("said" / "has said")."""
    got = {w.lower() for w in WORD.findall(quote.cue or "")}
    want = {w.lower() for s, e in gold.cue for w in WORD.findall(text[s:e])}
    return bool(got & want)


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N texts only (0: all)")
    parser.add_argument("--min-overlap", type=float, default=0.5,
                        help="share of each content span's tokens that must be shared")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list N misses, false hits and wrong speakers")
    args = parser.parse_args()

    folder = data_file(args.data, "polnear-dev")
    if folder is None:
        return
    docs = read_corpus(folder)
    if args.limit:
        docs = docs[:args.limit]
    metrics, ex = evaluate(docs, args.min_overlap, quiet=args.quiet)
    if args.errors:
        metrics["examples"] = {k: v[:: max(1, len(v) // args.errors)][:args.errors]
                               for k, v in ex.items()}
    report("quotes: polnear-dev", metrics, as_json=args.json)


if __name__ == "__main__":
    main()
