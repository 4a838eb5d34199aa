"""``.jsonl`` input: one article object per line.

Each line reads ``{"id"?, "text", "published"?, "source"?, "url"?, "title"?}``
(``agencies`` and ``dateline``, lists of names, are accepted as well). Only
``text`` is required. A line that is not valid UTF-8 or JSON, is not an
object, or has no non-empty string ``text`` is skipped and reported with its
line number; the other lines are still read. ``published`` may be any form
:func:`sitrep.time.parse_published` reads (ISO dates and timestamps, RFC 2822,
"Dec 17, 2016", "17 December 2016"); one it cannot read, an impossible or an
ambiguous one ("03/04/2016") is warned about once and left unknown. The
``id`` is kept unchanged (a number becomes its string); without one the
article gets a content hash. Blank lines are ignored. A line longer than the
size limit (``max_article_bytes``) is skipped and reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..limits import size_message
from ..records import Article
from ..time import parse_published
from .report import ReadReport, where

__all__ = ["article_from_json_line", "read_jsonl_lines"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_TEXT_FIELDS = ("source", "url", "title")
_LIST_FIELDS = ("agencies", "dateline")


def read_jsonl_lines(
    lines: Iterable[bytes | str], path: str, report: ReadReport, *, max_bytes: int | None = None
) -> Iterator[Article]:
    """The articles in the lines of one JSONL input (numbered from 1).

    A line of more than ``max_bytes`` bytes is skipped and reported.
    """
    for number, raw in enumerate(lines, start=1):
        if max_bytes is not None:
            if isinstance(raw, bytes):
                size = len(raw.rstrip(b"\r\n"))
            else:
                size = len(raw.rstrip("\r\n").encode("utf-8", "replace"))
            if size > max_bytes:
                report.skip(path, number, size_message(size, max_bytes, "the line"))
                continue
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                report.skip(
                    path,
                    number,
                    f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column "
                    f"{exc.start + 1}); line skipped",
                )
                continue
        else:
            line = raw
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        article = article_from_json_line(line, path, number, report)
        if article is not None:
            yield article


def article_from_json_line(line: str, path: str, number: int, report: ReadReport) -> Article | None:
    """The article on one JSONL line, or None (reported as skipped)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        report.skip(path, number, f"not valid JSON ({exc.msg}); line skipped")
        return None
    except ValueError as exc:  # a number of thousands of digits
        report.skip(path, number, f"not readable JSON ({exc.args[0].split(':')[0]}); line skipped")
        return None
    except RecursionError:
        report.skip(path, number, "not readable JSON (nested too deep); line skipped")
        return None
    if not isinstance(data, dict):
        report.skip(path, number, f"not a JSON object (it is a {_kind(data)}); line skipped")
        return None
    data, replaced = _without_surrogates(data)
    text = data.get("text")
    if text is None:
        report.skip(path, number, 'no "text" field; line skipped')
        return None
    if not isinstance(text, str):
        report.skip(path, number, f'"text" is a {_kind(text)}, not a string; line skipped')
        return None
    if not text.strip():
        report.skip(path, number, 'empty "text"; line skipped')
        return None

    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(report.warn(path, number, message))

    if replaced:
        warn(f"{replaced} lone surrogate escape(s) (such as \\ud800) are not characters; "
             "each was replaced by U+FFFD, offsets unchanged")

    fields: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            warn(f'"{name}" is a {_kind(value)}, not a string; ignored')
        elif value and value.strip():
            fields[name] = value.strip()
    for name in _LIST_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            fields[name] = [v.strip() for v in value if v.strip()]
        else:
            warn(f'"{name}" is not a list of strings; ignored')
    fields["id"] = _article_id(data.get("id"), warn)
    fields["published"] = _published(data.get("published"), warn)
    return Article(text=text, origin=where(path, number), warnings=warnings, **fields)


def _article_id(value: Any, warn: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    warn(f'"id" is a {_kind(value)}, not a string; a content hash is used')
    return ""


def _published(value: Any, warn: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        warn(f'"published" is a {_kind(value)}, not a date string; published date unknown')
        return None
    try:
        day = parse_published(value)
    except InputError as exc:
        reason = exc.message.removeprefix("published date ").rstrip(".")
        warn(f'"published" {reason}; published date unknown')
        return None
    return day.isoformat() if day else None


def _without_surrogates(data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``data`` with every lone surrogate in its strings (and lists of strings) made U+FFFD."""
    replaced = 0

    def clean(value: Any) -> Any:
        nonlocal replaced
        if isinstance(value, str):
            value, n = _SURROGATE.subn("\ufffd", value)
            replaced += n
        elif isinstance(value, list):
            value = [clean(v) for v in value]
        return value

    return {key: clean(value) for key, value in data.items()}, replaced


def _kind(value: Any) -> str:
    return {
        dict: "object",
        list: "list",
        str: "string",
        bool: "boolean",
        type(None): "null",
        int: "number",
        float: "number",
    }.get(type(value), type(value).__name__)
