"""Write N realistic war and crisis reports from the team-written templates, for benchmarks.

Usage: .venv/bin/python bench/generate.py N OUT [--format jsonl|txt] [--seed S]

The templates and their value lists are in ``bench/corpus/templates.toml``.
The same N and seed always give the same reports. ``--format jsonl`` (the
default) writes one JSONL file; ``txt`` a folder of wire-layout reports.
Each report is unique (a serial number goes into the text), so every article
gets its own id.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).parent / "corpus" / "templates.toml"
_START = date(2024, 1, 1)
_SENTENCE_START = re.compile(r'(^|[.!?]"? |\n\n)([a-z])')


def reports(n: int, seed: int = 13) -> list[dict[str, Any]]:
    """``n`` reports as JSONL objects: ``text``, ``published``, ``source``, ``dateline``."""
    data = tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    out = []
    for i in range(n):
        theatre = rng.choice(data["theatre"])
        place, region = rng.choice(theatre["places"])
        slots = {
            "place": place, "region": region, "country": theatre["country"],
            "attacker": theatre["attacker"], "defender": theatre["defender"],
            "group": theatre["group"], "outlet": rng.choice(data["outlets"]),
            "weekday": rng.choice(data["weekdays"]), "weapon": rng.choice(data["weapons"]),
            "official": rng.choice(data["officials"]), "n": rng.choice(data["numbers"]),
            "m": rng.choice(data["numbers"]), "k": rng.choice(data["numbers"]),
            "big": f"{rng.randrange(2, 90) * 1000:,}",
        }
        body = rng.choice(data["template"])["text"].format(**slots)
        body = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), body)
        body += f"\n\n(Report {i + 1}, filed by the {slots['outlet']} desk.)"
        published = _START + timedelta(days=rng.randrange(0, 365))
        out.append({"text": body, "published": published.isoformat(),
                    "source": slots["outlet"], "dateline": [place],
                    "agencies": [rng.choice(data["agencies"])]})
    return out


def write(n: int, out: Path, fmt: str = "jsonl", seed: int = 13) -> Path:
    """Write the reports to ``out`` (a .jsonl file, or a folder of .txt); return it."""
    items = reports(n, seed)
    if fmt == "jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for i, item in enumerate(items, start=1):
        header = (f"date {item['published']} {item['dateline'][0]} "
                  f"({item['source']}, {item['agencies'][0]})")
        (out / f"report-{i:06d}.txt").write_text(f"{header}\n\n{item['text']}\n",
                                                 encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    print(write(args.n, args.out, args.format, args.seed))


if __name__ == "__main__":
    main()
