"""Fuzz every reader (and, fewer, the full pipeline) with mutated and hostile inputs.

Inputs start from the repository's own reports and pages (``examples/``,
``tests/fixtures/``, ``tests/readers/html_pages/``) and are mutated at random:
hostile pieces inserted (right-to-left text, combining marks, emoji, control
characters, odd line breaks, "1e309", "٣٠", "999999999999999999999",
impossible and far-off dates), bytes flipped, cut, repeated and shuffled, a
byte-order mark or blank lines put first, the header's ``date`` recased,
markup nested thousands deep, a line made enormous. Each input goes through one
reader the way a user would feed it (stdin with ``--input-format``, sniffing,
a folder on disk). A crash is any exception escaping a reader or any stage
failure in the pipeline; a broken invariant is a record outside its text
(:func:`sitrep.invariants.problems`) or an input neither read nor reported
(in = out + skipped).

    .venv/bin/python bench/fuzz.py                       # 100,000 inputs per reader
    .venv/bin/python bench/fuzz.py -n 1000 --stages 300  # quicker; 300 through all stages
    .venv/bin/python bench/fuzz.py --save crashes/       # keep what broke, to replay

Through the stages, an input that a stage cannot finish within ``--article-seconds``
(10 s here) is skipped by the time budget: counted apart, as it is reported, not a
crash. Mutated markup tens of kB long without a sentence break is such an input:
the spaCy model's time grows much faster than its length.

Deterministic for a given ``--seed``. Exits 1 when anything broke.
"""

from __future__ import annotations

import argparse
import io
import logging
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import progress

from sitrep.invariants import problems
from sitrep.readers import ReadReport, read_inputs

ROOT = Path(__file__).resolve().parents[1]
SEED_FOLDERS = ("examples", "tests/fixtures", "tests/readers/html_pages")
PIECES = [
    "مقتل ثلاثة في غارة", "\u202eevil\u202c", "\u200f", "e\u0301\u0301\u0301", "👩‍👩‍👧‍👦",
    "🇺🇦", "\x00", "\x07", "\x1b[31m", "\x7f", "\ufeff", "\ufffd", "\u2028", "\u2029", "\x85",
    "\r\n", "\r", "\n\n", "\t", "1e309", "٣٠", "999999999999999999999", "NaN", "-1",
    "2016-02-30", "0001-01-01", "9999-12-31", "03/04/2016", "Dec 17, 99999", "31 June 2016",
    "date ", "DATE 2024-08-12 Kyiv (AP)\n\n", '{"text": ', '"}', "\\ud800", "\\u0000", "<div>",
    "</p>", "<script>", "<!--", "]]>", "&#0;", "&#x110000;", "killed 12", "said", " in Kharkiv",
]


def seeds() -> list[bytes]:
    found = []
    for folder in SEED_FOLDERS:
        for path in sorted((ROOT / folder).glob("*")):
            if path.suffix in (".txt", ".jsonl", ".html"):
                found.append(path.read_bytes())
    return found


def mutate(rng: random.Random, data: bytes) -> bytes:
    """``data`` changed by one to six random edits; mostly kept under a few kB."""
    if len(data) > 4096 and rng.random() < 0.9:
        start = rng.randrange(len(data) - 2048)
        data = data[start : start + rng.randrange(64, 4096)]
    for _ in range(rng.randint(1, 6)):
        edit = rng.randrange(11)
        at = rng.randint(0, len(data))
        if edit <= 2:
            piece = rng.choice(PIECES).encode("utf-8", "surrogatepass")
            data = data[:at] + piece + data[at:]
        elif edit == 3 and data:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
        elif edit == 4:
            data = data[:at] + data[rng.randint(at, len(data)) :]
        elif edit == 5:
            data = data[:at] + data[at : at + 64] * rng.randint(2, 50) + data[at:]
        elif edit == 6:
            data = rng.choice([b"\xef\xbb\xbf", b" ", b"\n\n", b"\r\n \r\n", b"\t"]) + data
        elif edit == 7:
            data = data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\xe2\x80\xa8", b"\n\n"]))
        elif edit == 8 and rng.random() < 0.05:
            depth = rng.choice([100, 1000, 5000])
            closed = b"</b></div>" * rng.randint(0, depth)
            data = data[:at] + b"<div><b>" * depth + data[at:] + closed
        elif edit == 9 and rng.random() < 0.02:
            data = data[:at] + rng.choice(PIECES).encode() * 20_000 + data[at:]  # enormous line
        else:
            data = data[:at] + rng.randbytes(rng.randint(1, 16)) + data[at:]
    return data


def _jsonl_units(data: bytes) -> int:
    """Lines that are read or reported: non-blank once decoded, or not UTF-8 at all."""
    units = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            units += 1
            continue
        units += bool((line.removeprefix("\ufeff") if number == 1 else line).strip())
    return units


def read_stream(data: bytes, kind: str | None) -> tuple[int, int, int, list[str]]:
    """(articles, skipped, expected units, problems) for ``data`` fed on stdin."""
    report = ReadReport()
    stdin = io.TextIOWrapper(io.BytesIO(data))
    articles = list(read_inputs(["-"], input_format=kind, stdin=stdin, report=report))
    found = [p for a in articles for p in problems(a)]
    expected = 1 if kind in ("txt", "html") else -1
    binary = b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if kind == "jsonl" and not binary:
        expected = _jsonl_units(data)
    return len(articles), len(report.skipped), expected, found


def read_folder(files: list[tuple[str, bytes]], folder: Path) -> tuple[int, int, int, list[str]]:
    for old in folder.iterdir():
        old.unlink()
    for number, (suffix, data) in enumerate(files):
        (folder / f"f{number}{suffix}").write_bytes(data)
    report = ReadReport()
    articles = list(read_inputs([str(folder)], report=report))
    found = [p for a in articles for p in problems(a)]
    units = sum(1 for suffix, _ in files if suffix in (".txt", ".html"))
    jsonl = any(suffix == ".jsonl" for suffix, _ in files)
    ignored = sum(1 for suffix, _ in files if suffix not in (".txt", ".html", ".jsonl"))
    if len(report.ignored) != ignored:
        found.append(f"{len(report.ignored)} files ignored, {ignored} expected")
    return len(articles), len(report.skipped), -1 if jsonl else units, found


Outcome = tuple[int, int, int, list[str]]  # articles, skipped, expected (-1: unknown), problems


class Tally:
    """Counts per reader, crashes grouped by where they were raised."""

    def __init__(self, save: Path | None) -> None:
        self.runs: Counter[str] = Counter()
        self.crashes: Counter[str] = Counter()
        self.broken: Counter[str] = Counter()
        self.limited: Counter[str] = Counter()  # stopped by article_seconds: reported, not a crash
        self.save = save

    def run(self, name: str, data: Any, call: Callable[[], Outcome]) -> None:
        self.runs[name] += 1
        try:
            out, skipped, expected, found = call()
        except Exception as exc:  # noqa: BLE001 - that is what we are looking for
            where = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{name}: {type(exc).__name__} at {Path(where.filename).name}:{where.lineno}"
            self._keep(key, data, self.crashes)
            return
        if expected >= 0 and out + skipped != expected:
            found = [*found, f"in {expected} != out {out} + skipped {skipped}"]
        for problem in found:
            self._keep(f"{name}: {problem[:120]}", data, self.broken)

    def line(self, name: str, files: int = 0) -> None:
        """Print one reader's totals as soon as it is done."""
        crashes = sum(n for k, n in self.crashes.items() if k.startswith(f"{name}:"))
        broken = sum(n for k, n in self.broken.items() if k.startswith(f"{name}:"))
        inputs = f"{self.runs[name]:8} inputs"
        if files:
            inputs += f" ({self.runs[name] * files} files)"
        if self.limited[name]:
            inputs += f", {self.limited[name]} over the time budget"
        print(f"{name:8} {inputs}  {crashes:5} crashes  {broken:5} broken invariants", flush=True)

    def _keep(self, key: str, data: Any, into: Counter[str]) -> None:
        if not into[key]:
            print(f"\n{key}", file=sys.stderr)
        into[key] += 1
        if self.save is not None and into[key] == 1:
            self.save.mkdir(parents=True, exist_ok=True)
            name = f"{len(into):03d}-{key.split(':')[0]}.bin"
            (self.save / name).write_bytes(data if isinstance(data, bytes) else repr(data).encode())


def fuzz_stages(rng: random.Random, pool: list[bytes], count: int, tally: Tally,
                quiet: bool, seconds: float) -> None:
    """``count`` mutated texts through every stage; any stage failure is a crash. An
    article stopped by the time budget is counted apart (the budget is there for it)."""
    from dataclasses import replace

    from sitrep.pipeline import build_pipeline
    from sitrep.records import Article
    from sitrep.settings import load_settings

    pipeline = build_pipeline(replace(load_settings(), article_seconds=seconds))
    texts = []
    while len(texts) < count:
        text = mutate(rng, rng.choice(pool)).decode("utf-8", "replace")
        if text.strip():
            texts.append(text)
    for text in progress(texts, label="stages", quiet=quiet):
        article = Article(text=text, published=rng.choice([None, "2024-08-12", "1800-01-01"]))
        before = len(pipeline.failures)

        def call(article: Article = article, before: int = before) -> Outcome:
            out = list(pipeline.run([article]))
            new = pipeline.failures[before:]
            tally.limited["stages"] += sum(f.limit for f in new)
            failed = [f"stage {f.stage}: {f.error}" for f in new if not f.limit]
            return len(out), len(new), 1, [*failed, *(p for a in out for p in problems(a))]

        tally.run("stages", text.encode("utf-8", "surrogatepass"), call)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="inputs per reader (100000)")
    parser.add_argument("--stages", type=int, default=0,
                        help="also run this many inputs through every stage (slow; ~0.05 s each)")
    parser.add_argument("--article-seconds", type=float, default=10.0,
                        help="time budget per article and stage in --stages (10)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--save", type=Path, help="write each first crashing input here")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # every reader reports its skips: millions of lines
    rng = random.Random(args.seed)
    pool = seeds()
    tally = Tally(args.save)
    started = time.perf_counter()
    readers: dict[str, str | None] = {"txt": "txt", "jsonl": "jsonl", "html": "html",
                                      "sniffed": None}
    for name, kind in readers.items():
        for _ in progress(range(args.n), label=name, quiet=args.quiet):
            data = mutate(rng, rng.choice(pool))
            tally.run(name, data, lambda data=data, kind=kind: read_stream(data, kind))
        tally.line(name)
    with tempfile.TemporaryDirectory() as tmp:
        for _ in progress(range(args.n // 4), label="folder", quiet=args.quiet):
            files = [(rng.choice([".txt", ".jsonl", ".html", ".md"]), mutate(rng, rng.choice(pool)))
                     for _ in range(4)]
            tally.run("folder", files, lambda files=files: read_folder(files, Path(tmp)))
        tally.line("folder", files=4)
    if args.stages:
        fuzz_stages(rng, pool, args.stages, tally, args.quiet, args.article_seconds)
        tally.line("stages")
    seconds = time.perf_counter() - started
    for key, count in sorted((tally.crashes + tally.broken).items()):
        print(f"  {count:6}  {key}")
    print(f"{seconds:.0f} s, seed {args.seed}")
    return 1 if tally.crashes or tally.broken else 0


if __name__ == "__main__":
    sys.exit(main())
