"""Attributions (quotes) against PolNeAR's gold Source/Cue/Content annotations.

The corpus is ``polnear-dev/``: news texts in ``text/`` and BRAT files in
``attributions/`` (``T`` lines are ``Source``/``Cue``/``Content`` spans, possibly
discontinuous ``"s e;s e"``; ``E`` lines join them into one attribution, which
may lack a Source). A text with several annotators' files is scored against the
first by name.

Three scores, each precision/recall/F1 with one-to-one pairs, the largest
overlap first:

- **content**: a quote counts when its content shares a word with a gold content;
- **speaker**: a quote's speaker mention against the gold Source spans, by overlap;
- **content+speaker**: a content pair whose speaker is right too: the mention
  overlaps the gold Source, or the resolved name's last word is in it, or both
  are absent.

>>> gold = [Gold(content=[(9, 21)], source=[(0, 2)])]
>>> pred = [Predicted(content=(9, 21), speaker=(0, 2), name="He")]
>>> score_document("He said the town fell.", gold, pred)["content_speaker"]
1
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .measures import prf, ratio

__all__ = ["FOLDER", "Gold", "Predicted", "Document", "read_ann", "read_corpus",
           "score_document", "score", "render_quotes"]

log = logging.getLogger(__name__)

FOLDER = "polnear-dev"
Span = tuple[int, int]
_WORD = re.compile(r"\w+")
_QUOTE_MARKS = "\"“‘'«"
_ANNOTATOR = re.compile(r"_[0-9a-f]{4}$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")


@dataclass(slots=True)
class Gold:
    """One gold attribution: its content, cue and source spans (the last two may be empty)."""

    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Predicted:
    """What the score needs of a quote: content span, speaker mention span, resolved name."""

    content: Span
    speaker: Span | None = None
    name: str | None = None
    cue: str = ""


@dataclass(slots=True)
class Document:
    name: str
    text: str
    gold: list[Gold]


def read_ann(path: Path) -> tuple[list[Gold], int]:
    """The attributions of one BRAT file, and the number of malformed lines skipped."""
    spans: dict[str, list[Span]] = {}
    events: list[list[tuple[str, str]]] = []
    bad = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                _, _, offsets = parts[1].partition(" ")
                spans[parts[0]] = [(int(s), int(e)) for s, e in
                                   (frag.split() for frag in offsets.split(";"))]
            elif line.startswith("E"):
                events.append([_role(arg) for arg in parts[1].split()])
        except (IndexError, ValueError):
            bad += 1
            log.warning("%s:%d: not a BRAT span or event line; skipped", path, number)
    golds = []
    for args in events:
        gold = Gold(content=[])
        for role, ref in args:
            frags = spans.get(ref, [])
            if role.startswith("Content"):
                gold.content += frags
            elif role.startswith("Cue"):
                gold.cue += frags
            elif role.startswith("Source"):
                gold.source += frags
        if gold.content:
            gold.content.sort()
            golds.append(gold)
    return golds, bad


def _role(arg: str) -> tuple[str, str]:
    role, ref = arg.split(":", 1)
    return role, ref


def read_corpus(folder: Path) -> tuple[list[Document], int]:
    """The texts that have an annotation file, in name order, and the bad lines skipped."""
    anns: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(_ANNOTATOR.sub("", ann.stem), ann)
    docs, bad = [], 0
    for txt in sorted((folder / "text").glob("*.txt")):
        if txt.stem in anns:
            golds, skipped = read_ann(anns[txt.stem])
            bad += skipped
            docs.append(Document(txt.stem, txt.read_text(encoding="utf-8"), golds))
    return docs, bad


def _tokens(text: str, spans: Sequence[Span]) -> set[int]:
    return {m.start() for s, e in spans for m in _WORD.finditer(text, s, e)}


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def _pairs(scored: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (i, j) pairs, the highest score first, ties by position."""
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def speaker_right(text: str, pred: Predicted, gold: Gold) -> bool:
    """The mention overlaps the gold Source, or the name's last word is in it, or both absent."""
    if pred.speaker is None or not gold.source:
        return pred.speaker is None and not gold.source
    if _overlaps([pred.speaker], gold.source):
        return True
    words = _WORD.findall(pred.name or "")
    gold_words = {w.lower() for s, e in gold.source for w in _WORD.findall(text[s:e])}
    return bool(words) and words[-1].lower() in gold_words


def is_direct(text: str, gold: Gold) -> bool:
    """Gold content that opens with a quote mark."""
    start = gold.content[0][0]
    return text[start : start + 1] in _QUOTE_MARKS


def _kinds(text: str, gold: Gold) -> list[str]:
    """The classes a gold attribution belongs to, for recall by class."""
    kinds = ["direct" if is_direct(text, gold) else "indirect"]
    if not gold.source:
        kinds.append("no source")
    content = " ".join(text[s:e] for s, e in gold.content)
    if _SENTENCE_BREAK.search(content.strip()):
        kinds.append("several sentences")
    return kinds


def cue_word(text: str, gold: Gold) -> str:
    """The gold cue in lower case ("said", "according to"), "" when it has none."""
    return " ".join(text[s:e] for s, e in gold.cue).lower().strip()


def score_document(text: str, golds: Sequence[Gold], preds: Sequence[Predicted],
                   examples: dict[str, list[str]] | None = None,
                   name: str = "") -> Counter[str]:
    """Counts for one text (keys as :func:`score` sums them); misses go to ``examples``."""
    c: Counter[str] = Counter(gold=len(golds), pred=len(preds))
    pred_tok = [_tokens(text, [p.content]) for p in preds]
    gold_tok = [_tokens(text, g.content) for g in golds]
    scored = []
    for i, pt in enumerate(pred_tok):
        for j, gt in enumerate(gold_tok):
            if common := len(pt & gt):
                scored.append((min(common / len(pt), common / len(gt)), i, j))
    pairs = _pairs(scored)
    matched = {j for _, j in pairs}
    paired = set(pairs)
    c["content"] = len(pairs)
    c["content_half"] = sum(1 for s, i, j in scored if (i, j) in paired and s >= 0.5)
    for i, j in pairs:
        right = speaker_right(text, preds[i], golds[j])
        c["content_speaker"] += right
        if not right and examples is not None:
            got = preds[i].name if preds[i].speaker else None
            src = " ".join(text[s:e] for s, e in golds[j].source) or None
            examples["wrong speaker"].append(f"{name}: gold {src!r}, got {got!r}")
    for j, g in enumerate(golds):
        for kind in _kinds(text, g):
            c[f"gold:{kind}"] += 1
            c[f"found:{kind}"] += j in matched
        if j not in matched:
            c[f"missed cue:{cue_word(text, g)}"] += 1
            if examples is not None:
                s, e = g.content[0]
                examples["missed"].append(
                    f"{name}: [{cue_word(text, g)}] {text[s:min(e, s + 90)]!r}")
    if examples is not None:
        found = {i for i, _ in pairs}
        examples["spurious"] += [f"{name}: {p.name!r} [{p.cue}] {text[slice(*p.content)][:80]!r}"
                                 for i, p in enumerate(preds) if i not in found]
    sources = sorted({g.source[0] for g in golds if g.source})
    mentions = sorted({p.speaker for p in preds if p.speaker is not None})
    c["speaker_gold"] += len(sources)
    c["speaker_pred"] += len(mentions)
    c["speaker"] += len(_pairs([(1.0, i, j) for i, m in enumerate(mentions)
                                for j, s in enumerate(sources) if _overlaps([m], [s])]))
    return c


def score(docs: Sequence[Document], preds: Sequence[Sequence[Predicted]], *,
          examples: int = 0, missed_cues: int = 15) -> dict[str, Any]:
    """Precision, recall and F1 of content, speaker and both, with recall by class."""
    c: Counter[str] = Counter()
    found: dict[str, list[str]] = {"missed": [], "spurious": [], "wrong speaker": []}
    for doc, pred in zip(docs, preds, strict=True):
        c += score_document(doc.text, doc.gold, pred, found, doc.name)
    kinds = sorted(k.split(":", 1)[1] for k in c if k.startswith("gold:"))
    cues = Counter({k.split(":", 1)[1]: n for k, n in c.items() if k.startswith("missed cue:")})
    result: dict[str, Any] = {
        "articles": len(docs),
        "gold_attributions": c["gold"],
        "predicted_quotes": c["pred"],
        "content": prf(c["content"], c["pred"], c["gold"]),
        "speaker": prf(c["speaker"], c["speaker_pred"], c["speaker_gold"]),
        "content_speaker": prf(c["content_speaker"], c["pred"], c["gold"]),
        "content_half_overlap": prf(c["content_half"], c["pred"], c["gold"]),
        "recall_by_class": {k: {"gold": c[f"gold:{k}"], "found": c[f"found:{k}"],
                                "recall": ratio(c[f"found:{k}"], c[f"gold:{k}"])}
                            for k in kinds},
        "missed_cues": [{"cue": cue or "(none)", "missed": n} for cue, n in
                        sorted(cues.items(), key=lambda t: (-t[1], t[0]))[:missed_cues]],
    }
    if examples:
        result["examples"] = {k: v[:: max(1, len(v) // examples)][:examples]
                              for k, v in found.items()}
    return result


def render_quotes(r: dict[str, Any]) -> str:
    """The result of :func:`score` (and its run) as Markdown tables."""
    from .render import table

    run = r["run"]
    parts = [
        f"## quotes: {r['articles']} PolNeAR texts, {r['gold_attributions']} gold attributions, "
        f"{r['predicted_quotes']} quotes",
        "Content overlaps gold content (any shared word); speaker mention overlaps the gold "
        "Source (or the name's last word is in it); one-to-one pairs:",
        table(["score", "precision", "recall", "F1", "matched", "predicted", "gold"],
              [[name, s["precision"], s["recall"], s["f1"], s["matched"], s["predicted"],
                s["gold"]] for name, s in (("content", r["content"]),
                                           ("speaker", r["speaker"]),
                                           ("content+speaker", r["content_speaker"]),
                                           ("content, half overlap",
                                            r["content_half_overlap"]))]),
        "Recall by gold class:",
        table(["class", "gold", "found", "recall"],
              [[k, v["gold"], v["found"], v["recall"]] for k, v in r["recall_by_class"].items()]),
        "Commonest cues of missed attributions:",
        table(["cue", "missed"], [[m["cue"], m["missed"]] for m in r["missed_cues"]]),
    ]
    for kind, items in r.get("examples", {}).items():
        parts.append(f"{kind}:\n" + "\n".join(f"- {item}" for item in items))
    parts.append(f"Run: {run['processed']} articles in {run['seconds']} s, {run['failed']} "
                 f"failed; the quotes stage took {run['quotes_ms_per_article']} ms per article.")
    return "\n\n".join(parts)
