"""The ``.txt`` wire-report layout: an optional ``date`` header line, a blank line, the body.

    date 2024-08-12 Moscow, Kyiv (Al-Ittihad, agencies)
    <blank line>
    The Russian president on Tuesday ...

gives ``published="2024-08-12"``, ``dateline=["Moscow", "Kyiv"]``,
``source="Al-Ittihad"`` and ``agencies=["agencies"]``: the first name in the
parentheses is the outlet, every later one an agency, kept as written (the
generic word "agencies" included, so that a reader of the output can see
that the outlet credited unnamed agencies). Agencies may be separated by
commas, semicolons, slashes, "&" or "and".

``Article.text`` is exactly what follows the header line and the one blank
line after it: nothing is stripped or re-encoded, so offsets into it are
offsets into the file's body. A first line that starts with ``date`` but does
not parse (a date such as ``2024-13-45``, no parentheses) is warned about,
and the whole file is then the body with no published date.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..records import Article
from .decoding import is_date
from .report import ReadReport

__all__ = ["WireHeader", "parse_wire_header", "article_from_wire"]

_HEADER = re.compile(
    r"date[ \t]+(?P<date>[^\s(]+)[ \t]*(?P<places>.*?)[ \t]*\((?P<outlet>[^()]*)\)[ \t]*"
)
_PLACE_SEP = re.compile(r"\s*[,;]\s*")
_AGENCY_SEP = re.compile(r"\s*(?:[,;/&]|\band\b)\s*")


class WireHeader(NamedTuple):
    published: str
    dateline: list[str]
    source: str | None
    agencies: list[str]


def parse_wire_header(line: str) -> WireHeader:
    """Parse a ``date YYYY-MM-DD <places> (<outlet>[, agencies])`` line.

    Raises ValueError, saying what is wrong, when the line does not fit.
    """
    match = _HEADER.fullmatch(line.strip())
    if not match:
        raise ValueError("header does not read 'date YYYY-MM-DD <places> (<outlet>[, agencies])'")
    if not is_date(match["date"]):
        raise ValueError(f"header date {match['date']!r} is not a real YYYY-MM-DD date")
    places = [p for p in _PLACE_SEP.split(match["places"].strip()) if p]
    outlet, _, rest = match["outlet"].partition(",")
    agencies = [a for a in _AGENCY_SEP.split(rest.strip()) if a]
    return WireHeader(match["date"], places, outlet.strip() or None, agencies)


def _is_header_attempt(line: str) -> bool:
    return line.startswith("date") and line[4:5] in (" ", "\t")


def article_from_wire(text: str, path: str, report: ReadReport) -> Article | None:
    """The article in a decoded ``.txt`` file, or None (reported) when its body is empty."""
    first, newline, rest = text.partition("\n")
    header: WireHeader | None = None
    body = text
    warnings: list[str] = []
    if _is_header_attempt(first):
        try:
            header = parse_wire_header(first.rstrip("\r"))
        except ValueError as exc:
            warnings.append(
                report.warn(
                    path, 1, f"{exc}; the whole file is read as the body, published date unknown"
                )
            )
        else:
            blank, newline, after = rest.partition("\n")
            if not blank.strip():
                body = after
            else:
                body = rest
                warnings.append(
                    report.warn(
                        path, 2, "no blank line after the header; the body starts on line 2"
                    )
                )
    if not body.strip():
        what = "nothing after the header" if header else "the file is empty"
        report.skip(path, None, f"empty body ({what}); file skipped")
        return None
    return Article(
        text=body,
        published=header.published if header else None,
        source=header.source if header else None,
        agencies=list(header.agencies) if header else [],
        dateline=list(header.dateline) if header else [],
        origin=path,
        warnings=warnings,
    )
