"""Bytes to text for every reader: UTF-8 (a BOM is accepted), binary files refused."""

from __future__ import annotations

import codecs
import re

from ..time import parse_iso_date
from .report import ReadReport

__all__ = ["decode", "sniff_format", "looks_binary", "is_date", "SUFFIX_FORMATS", "FORMATS"]

#: Input kinds by file suffix (lower case).
SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}
#: Names accepted by ``--input-format``, and the kind each means.
FORMATS = {
    "txt": "txt",
    "text": "txt",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "html": "html",
    "htm": "html",
}

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HTML_START = re.compile(r"\s*<(?:!doctype|html|head|body|article|main|div|p|meta|title)\b", re.I)


def is_date(value: str) -> bool:
    """True for a real calendar date written ``YYYY-MM-DD`` (:func:`sitrep.time.parse_iso_date`)."""
    return parse_iso_date(value) is not None


def looks_binary(data: bytes) -> bool:
    """NUL bytes mean a binary file (UTF-16 text with a BOM excepted)."""
    return b"\x00" in data and not data.startswith(_UTF16_BOMS)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _control_share(text: str) -> float:
    """Share of control characters, which real text hardly has."""
    return len(_CONTROL.findall(text)) / max(len(text), 1)


def decode(data: bytes, path: str, report: ReadReport, *, html: bool = False) -> str | None:
    """The text of a whole file, or None (reported as skipped) when it is not text.

    UTF-8 is expected; a UTF-8 or UTF-16 byte-order mark is accepted, and an
    HTML page may name another charset in a ``<meta charset>``.
    """
    if looks_binary(data):
        report.skip(path, None, "looks like a binary file (it has NUL bytes); file skipped")
        return None
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            report.skip(path, None, f"not valid UTF-16 ({exc.reason}); file skipped")
            return None
        if _control_share(text) > 0.01:
            report.skip(path, None, "looks like a binary file (control characters); file skipped")
            return None
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if html else None
        if declared:
            return data.decode(declared, errors="replace")
        at = exc.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)  # utf-8-sig drops it
        report.skip(
            path,
            None,
            f"not UTF-8 text (byte 0x{data[at]:02x} at offset {at}); "
            "file skipped -- convert it to UTF-8",
        )
        return None


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name == "utf-8" else name


def sniff_format(text: str) -> str:
    """Guess an input kind from its text: ``html``, ``jsonl`` or ``txt``.

    JSONL when most non-empty lines start with ``{`` and the first one does:
    a feed with a few broken lines is still a feed, and its bad lines are
    reported one by one rather than the whole feed read as one article.
    """
    if _HTML_START.match(text):
        return "html"
    lines = [line.lstrip() for line in text.split("\n") if line.strip()]
    objects = sum(line.startswith("{") for line in lines)
    if lines and lines[0].startswith("{") and objects * 2 > len(lines):
        return "jsonl"
    return "txt"
