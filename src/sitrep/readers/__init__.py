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
from ..limits import size_message
from ..records import Article
from ..time import parse_published
from .decoding import FORMATS, SUFFIX_FORMATS, decode, looks_binary, sniff_format
from .jsonl import read_jsonl_lines
from .report import ReadReport, Skipped
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
DEFAULT_MAX_BYTES = 2_000_000  # Settings.max_article_bytes
_SNIFF_BYTES = 8192


def read_inputs(
    inputs: Sequence[str],
    *,
    input_format: str | None = None,
    stdin: IO[Any] | None = None,
    report: ReadReport,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article]:
    """Yield the articles of ``inputs`` in order; problems go to ``report``.

    ``input_format`` (``txt``, ``jsonl`` or ``html``) overrides suffixes for
    every input; an unknown name raises :class:`~sitrep.errors.ConfigError`
    at once. ``stdin`` is the stream ``-`` reads (default ``sys.stdin``).
    A ``.txt`` or ``.html`` file, stdin or a JSONL line of more than
    ``max_bytes`` bytes is skipped and reported, never cut short.
    """
    kind = None
    if input_format is not None:
        kind = FORMATS.get(input_format.strip().lower().lstrip("."))
        if kind is None:
            raise ConfigError(
                f"unknown input format {input_format!r}; use one of: {', '.join(sorted(FORMATS))}."
            )
    if max_bytes < 1:
        raise ConfigError(f"max_bytes must be 1 or more, not {max_bytes}.")
    return _counted(_read_all(list(inputs), kind, stdin, report, max_bytes), report)


def article_from_text(
    text: str, published: str | None = None, source: str | None = None
) -> Article:
    """One article given directly (``sitrep extract --text``); the text is the body as is.

    ``published`` is any form :func:`sitrep.time.parse_published` reads.
    Raises :class:`~sitrep.errors.InputError` for empty text or a bad date.
    """
    if not text or not text.strip():
        raise InputError("the article text is empty; give the report's text with --text.")
    day = parse_published(published)  # raises InputError, saying why
    return Article(
        text=text,
        published=day.isoformat() if day else None,
        source=(source or "").strip() or None,
        origin="--text",
    )


def _counted(articles: Iterator[Article], report: ReadReport) -> Iterator[Article]:
    for article in articles:
        report.articles += 1
        yield article


def _read_all(
    inputs: list[str], kind: str | None, stdin: IO[Any] | None, report: ReadReport,
    max_bytes: int,
) -> Iterator[Article]:
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _read_stdin(stream, kind, report, max_bytes)
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
                yield from _read_file(file, file_kind, report, max_bytes)
        elif path.exists():
            file_kind = kind or SUFFIX_FORMATS.get(path.suffix.lower())
            yield from _read_file(path, file_kind, report, max_bytes)
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


def _read_file(
    path: Path, kind: str | None, report: ReadReport, max_bytes: int
) -> Iterator[Article]:
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
                yield from read_jsonl_lines(fh, name, report, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            report.skip(name, None, size_message(size, max_bytes, "the file"))
            return
        data = path.read_bytes()
    except OSError as exc:
        report.skip(name, None, f"cannot be read ({exc.strerror or exc}); file skipped")
        return
    text = decode(data, name, report, html=kind == "html")
    if text is not None:
        yield from _parse(text, kind or sniff_format(text), name, report, max_bytes)


def _read_stdin(
    stream: IO[Any], kind: str | None, report: ReadReport, max_bytes: int
) -> Iterator[Article]:
    source = getattr(stream, "buffer", stream)
    if kind == "jsonl":
        yield from read_jsonl_lines(source, STDIN_NAME, report, max_bytes=max_bytes)
        return
    data = source.read(max_bytes + 1)
    if len(data) > max_bytes:
        rest = len(data)
        while chunk := source.read(1 << 20):  # count what is left, keep none of it
            rest += len(chunk)
        report.skip(STDIN_NAME, None, size_message(rest, max_bytes, "the input"))
        return
    if isinstance(data, bytes):
        text = decode(data, STDIN_NAME, report, html=kind == "html")
        if text is None:
            return
    else:
        text = data.removeprefix("\ufeff")
    yield from _parse(text, kind or sniff_format(text), STDIN_NAME, report, max_bytes)


def _parse(
    text: str, kind: str, name: str, report: ReadReport, max_bytes: int
) -> Iterator[Article]:
    if kind == "jsonl":
        yield from read_jsonl_lines(text.split("\n"), name, report, max_bytes=max_bytes)
        return
    if kind == "html":
        from .webpage import article_from_html  # the HTML reader is imported for a page only

        article = article_from_html(text, name, report)
    else:
        article = article_from_wire(text, name, report)
    if article is not None:
        yield article
