"""Read articles from files, folders and stdin; every bad input is reported and skipped.

Example:

    >>> report = ReadReport()
    >>> for article in read_inputs(["reports/"], report=report):  # doctest: +SKIP
    ...     print(article.origin, article.published)
    >>> print(report.summary())  # doctest: +SKIP
    read 12 articles, skipped 1

Inputs are file paths, folders (walked recursively in sorted order; hidden
files and folders are left out) or ``-`` for stdin. A file's kind comes from
its suffix (``.txt``, ``.jsonl``, ``.html``/``.htm``; see
:data:`SUFFIX_FORMATS`) unless ``input_format`` names one for every input.
In a folder, files with other suffixes are skipped with a note; a file named
on its own with another suffix, and stdin, are sniffed: HTML if it starts
with markup, JSONL if every non-empty line starts with ``{``, else the
``.txt`` layout.

Nothing here raises for bad input: unreadable, missing, binary, non-UTF-8 or
empty inputs, and bad JSONL lines, are added to the :class:`ReadReport`
(``path:line: reason``), logged, and skipped. Articles come out in input
order, each with ``origin`` set to ``path`` or ``path:line``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import ConfigError, InputError
from ..records import Article
from .decoding import FORMATS, SUFFIX_FORMATS, decode, is_date, looks_binary, sniff_format
from .jsonl import read_jsonl_lines
from .report import ReadReport, Skipped
from .webpage import article_from_html
from .wire import WireHeader, article_from_wire, parse_wire_header

__all__ = [
    "read_inputs",
    "article_from_text",
    "ReadReport",
    "Skipped",
    "WireHeader",
    "parse_wire_header",
    "SUFFIX_FORMATS",
    "FORMATS",
]

STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 8192


def read_inputs(
    inputs: Sequence[str],
    *,
    input_format: str | None = None,
    stdin: IO[Any] | None = None,
    report: ReadReport,
) -> Iterator[Article]:
    """Yield the articles of ``inputs`` in order; problems go to ``report``.

    ``input_format`` (``txt``, ``jsonl`` or ``html``) overrides suffixes for
    every input; an unknown name raises :class:`~sitrep.errors.ConfigError`
    at once. ``stdin`` is the stream ``-`` reads (default ``sys.stdin``).
    """
    kind = None
    if input_format is not None:
        kind = FORMATS.get(input_format.strip().lower().lstrip("."))
        if kind is None:
            raise ConfigError(
                f"unknown input format {input_format!r}; use one of: {', '.join(sorted(FORMATS))}."
            )
    return _counted(_read_all(list(inputs), kind, stdin, report), report)


def article_from_text(
    text: str, published: str | None = None, source: str | None = None
) -> Article:
    """One article given directly (``sitrep extract --text``); the text is the body as is.

    Raises :class:`~sitrep.errors.InputError` for empty text or a bad date.
    """
    if not text or not text.strip():
        raise InputError("the article text is empty; give the report's text with --text.")
    if published is not None and not is_date(published):
        raise InputError(f"published date {published!r} is not YYYY-MM-DD; write e.g. 2024-08-12.")
    return Article(
        text=text, published=published, source=(source or "").strip() or None, origin="--text"
    )


def _counted(articles: Iterator[Article], report: ReadReport) -> Iterator[Article]:
    for article in articles:
        report.articles += 1
        yield article


def _read_all(
    inputs: list[str], kind: str | None, stdin: IO[Any] | None, report: ReadReport
) -> Iterator[Article]:
    for item in inputs:
        if item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, kind, report)
            continue
        path = Path(item)
        if path.is_dir():
            for file in _walk(path, report):
                file_kind = kind or SUFFIX_FORMATS.get(file.suffix.lower())
                if file_kind is None:
                    report.ignore(
                        str(file),
                        f"unknown suffix {file.suffix or '(none)'!r}; not read "
                        "(name its kind with --input-format)",
                    )
                    continue
                yield from _read_file(file, file_kind, report)
        elif path.exists():
            yield from _read_file(path, kind or SUFFIX_FORMATS.get(path.suffix.lower()), report)
        else:
            report.skip(item, None, "no such file or folder; check the path")


def _walk(folder: Path, report: ReadReport) -> list[Path]:
    """Every non-hidden file under ``folder``, sorted by path."""

    def on_error(exc: OSError) -> None:
        report.skip(
            str(exc.filename or folder),
            None,
            f"folder cannot be read ({exc.strerror or exc}); skipped",
        )

    found: list[Path] = []
    for top, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(top, name) for name in files if not name.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _read_file(path: Path, kind: str | None, report: ReadReport) -> Iterator[Article]:
    name = str(path)
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                if looks_binary(fh.read(_SNIFF_BYTES)):
                    report.skip(
                        name, None, "looks like a binary file (it has NUL bytes); file skipped"
                    )
                    return
                fh.seek(0)
                yield from read_jsonl_lines(fh, name, report)
            return
        data = path.read_bytes()
    except OSError as exc:
        report.skip(name, None, f"cannot be read ({exc.strerror or exc}); file skipped")
        return
    text = decode(data, name, report, html=kind == "html")
    if text is not None:
        yield from _parse(text, kind or sniff_format(text), name, report)


def _read_stdin(stream: IO[Any], kind: str | None, report: ReadReport) -> Iterator[Article]:
    source = getattr(stream, "buffer", stream)
    if kind == "jsonl":
        yield from read_jsonl_lines(source, STDIN_NAME, report)
        return
    data = source.read()
    if isinstance(data, bytes):
        text = decode(data, STDIN_NAME, report, html=kind == "html")
        if text is None:
            return
    else:
        text = data.removeprefix("\ufeff")
    yield from _parse(text, kind or sniff_format(text), STDIN_NAME, report)


def _parse(text: str, kind: str, name: str, report: ReadReport) -> Iterator[Article]:
    if kind == "jsonl":
        yield from read_jsonl_lines(text.split("\n"), name, report)
        return
    article = (
        article_from_html(text, name, report)
        if kind == "html"
        else article_from_wire(text, name, report)
    )
    if article is not None:
        yield article
