"""sitrep's HTML main-text extraction against trafilatura (+ htmldate) on hand-made news pages.

Usage: .venv/bin/python bench/html_compare.py [--fixtures DIR] [--repeat N] [--json]

Each page ``NN-name.html`` in the fixtures folder (default: ``tests/readers/html_pages``)
has a gold file ``NN-name.expected.json``: the article's ``body_paragraphs``, a few
``boilerplate`` strings that must not be extracted, and the ``published`` date
(YYYY-MM-DD or null). Three extractors are scored on every page:

- ``sitrep``: :func:`sitrep.readers.html.parse_html` (text and date in one pass);
- ``traf-precision``: ``trafilatura.extract(html, include_comments=False,
  include_tables=False, favor_precision=True)``;
- ``traf-default``: ``trafilatura.extract(html)``.

Both trafilatura runs take the date from ``htmldate.find_date(html, original_date=True)``
(the publication date rather than the last update); its time is included in theirs.

Scores, per page and in total:

- **recall**: the share of the gold body's words found in the output (word counts,
  casefolded ``\\w+`` tokens, each gold occurrence matched at most once);
- **paras**: the share of gold paragraphs found whole (whitespace-normalised substring);
- **precision**: the share of output words that are gold body words (headlines,
  subheadings and standfirsts count against it, though they are not boilerplate);
- **leak**: boilerplate strings found in the output (case-sensitive, whitespace-normalised);
- **date**: the extracted date equals the gold one (null = null counts as right);
- **ms**: the best of N runs (``--repeat``, default 3) of text + date extraction.

trafilatura and htmldate are optional comparison dependencies, not sitrep's:
``.venv/bin/pip install trafilatura htmldate``. Without them only sitrep is scored.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sitrep.readers.html import parse_html

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "readers" / "html_pages"
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")

#: An extractor: HTML in, (main text, published date or None) out.
Extractor = Callable[[str], tuple[str, str | None]]


@dataclass
class PageScore:
    page: str
    system: str
    recall: float
    paras: float
    precision: float
    leaked: list[str]
    boilerplate: int
    date: str | None
    date_ok: bool
    ms: float


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def score(page: str, system: str, gold: dict[str, Any], text: str, date: str | None,
          ms: float) -> PageScore:
    """How well ``text`` and ``date`` match the gold of one page."""
    body = _words(" ".join(gold["body_paragraphs"]))
    found = _words(text)
    shared = sum((body & found).values())
    flat = _normal(text)
    paras = [p for p in gold["body_paragraphs"] if _normal(p).casefold() in flat.casefold()]
    leaked = [b for b in gold["boilerplate"] if _normal(b) in flat]
    return PageScore(
        page=page,
        system=system,
        recall=shared / max(1, sum(body.values())),
        paras=len(paras) / max(1, len(gold["body_paragraphs"])),
        precision=shared / sum(found.values()) if found else 0.0,
        leaked=leaked,
        boilerplate=len(gold["boilerplate"]),
        date=date,
        date_ok=date == gold["published"],
        ms=ms,
    )


def _sitrep(html: str) -> tuple[str, str | None]:
    found = parse_html(html)
    return found.text, found.published


def _trafilatura_extractors() -> dict[str, Extractor]:
    """The two trafilatura set-ups, or none (with a message) when it is not installed."""
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (.venv/bin/pip install trafilatura htmldate): "
              "scoring sitrep only.", file=sys.stderr)
        return {}
    try:
        from htmldate import find_date
    except ImportError:
        print("htmldate is not installed: trafilatura's dates are not scored.", file=sys.stderr)
        find_date = None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)

    def date_of(html: str) -> str | None:
        return find_date(html, original_date=True) if find_date else None

    def precision(html: str) -> tuple[str, str | None]:
        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True)
        return text or "", date_of(html)

    def default(html: str) -> tuple[str, str | None]:
        return trafilatura.extract(html) or "", date_of(html)

    return {"traf-precision": precision, "traf-default": default}


def run(fixtures: Path, repeat: int) -> list[PageScore]:
    """Every extractor on every page of ``fixtures``, scored."""
    systems: dict[str, Extractor] = {"sitrep": _sitrep, **_trafilatura_extractors()}
    scores = []
    for path in sorted(fixtures.glob("*.html")):
        gold_path = path.with_suffix(".expected.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = path.read_text(encoding="utf-8")
        for name, extract in systems.items():
            best = float("inf")
            for _ in range(max(1, repeat)):
                started = time.perf_counter()
                text, date = extract(html)
                best = min(best, time.perf_counter() - started)
            scores.append(score(path.stem, name, gold, text, date, best * 1000))
    return scores


def totals(scores: list[PageScore]) -> dict[str, dict[str, float]]:
    """Per system: mean recall, paragraph recall, precision and ms; pooled leaks and dates."""
    out: dict[str, dict[str, float]] = {}
    for system in dict.fromkeys(s.system for s in scores):
        mine = [s for s in scores if s.system == system]
        n = len(mine)
        out[system] = {
            "pages": n,
            "recall": sum(s.recall for s in mine) / n,
            "paras": sum(s.paras for s in mine) / n,
            "precision": sum(s.precision for s in mine) / n,
            "leaked": sum(len(s.leaked) for s in mine),
            "boilerplate": sum(s.boilerplate for s in mine),
            "clean_pages": sum(not s.leaked for s in mine),
            "full_pages": sum(s.paras == 1.0 for s in mine),
            "dates_ok": sum(s.date_ok for s in mine),
            "ms": sum(s.ms for s in mine) / n,
        }
    return out


def markdown(scores: list[PageScore]) -> str:
    """A per-page table (recall / leaks / date per system) and a totals table."""
    systems = list(dict.fromkeys(s.system for s in scores))
    by_page: dict[str, dict[str, PageScore]] = {}
    for s in scores:
        by_page.setdefault(s.page, {})[s.system] = s
    head = "| page | " + " | ".join(f"{name} recall / leaks / date" for name in systems) + " |"
    lines = [head, "|---" * (len(systems) + 1) + "|"]
    for page, row in by_page.items():
        cells = [f"{row[n].recall:.2f} / {len(row[n].leaked)}/{row[n].boilerplate} / "
                 f"{'ok' if row[n].date_ok else row[n].date or 'none'}" for n in systems]
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    lines += ["", "| system | pages | word recall | paragraph recall | pages complete | "
              "word precision | boilerplate leaked | pages without leaks | dates right | ms/page |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for name, t in totals(scores).items():
        lines.append(
            f"| {name} | {t['pages']:.0f} | {t['recall']:.3f} | {t['paras']:.3f} | "
            f"{t['full_pages']:.0f} | {t['precision']:.3f} | "
            f"{t['leaked']:.0f}/{t['boilerplate']:.0f} | {t['clean_pages']:.0f} | "
            f"{t['dates_ok']:.0f} | {t['ms']:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES,
                        help="folder of NN-name.html pages with NN-name.expected.json gold")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page; the best is timed")
    parser.add_argument("--json", action="store_true", help="print per-page scores and totals")
    parser.add_argument("--leaks", action="store_true", help="also list what leaked, per page")
    args = parser.parse_args()
    if not any(args.fixtures.glob("*.expected.json")):
        print(f"no NN-name.html + NN-name.expected.json pages in {args.fixtures}; skipping",
              file=sys.stderr)
        return
    scores = run(args.fixtures, args.repeat)
    if args.json:
        print(json.dumps({"pages": [asdict(s) for s in scores], "totals": totals(scores)},
                         ensure_ascii=False, indent=1))
        return
    print(markdown(scores))
    if args.leaks:
        for s in scores:
            if s.leaked or s.paras < 1:
                print(f"{s.page} {s.system}: paras {s.paras:.2f}, leaked {s.leaked}")


if __name__ == "__main__":
    main()
