"""The wire-report layouts: the ``.txt`` header, and the dateline opening a wire story.

A ``.txt`` report has an optional ``date`` header line, a blank line, the body:

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

Without a header, the body may open with a wire dateline ("KYIV, Aug 12
(Reuters) -"): :func:`parse_wire_dateline` reads it, for the dateline stage.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .. import reference
from ..errors import InputError
from ..records import Article
from ..time import parse_published
from .report import ReadReport

__all__ = ["WireHeader", "parse_wire_header", "article_from_wire", "WireDateline",
           "parse_wire_dateline", "title_name"]

_HEADER = re.compile(
    r"date:?[ \t]+(?P<rest>[^()]*?)[ \t]*\((?P<outlet>[^()]*)\)[ \t]*", re.IGNORECASE
)
_HEADER_START = re.compile(r"date(?::|[ \t])", re.IGNORECASE)
_BREAK = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # str.splitlines' breaks
_TOKEN = re.compile(r"[^ \t]+")
_LONGEST_DATE = 6  # words: "Saturday, 17 December 2016 10:00 GMT"
_PLACE_SEP = re.compile(r"\s*[,;]\s*")
_AGENCY_SEP = re.compile(r"\s*(?:[,;/&]|\band\b)\s*")


class WireHeader(NamedTuple):
    published: str
    dateline: list[str]
    source: str | None
    agencies: list[str]


def parse_wire_header(line: str) -> WireHeader:
    """Parse a ``date <published> <places> (<outlet>[, agencies])`` line.

    ``date`` may be in any case and followed by a colon; the published date is
    any form :func:`sitrep.time.parse_published` reads ("2024-08-12",
    "Aug 12, 2024", "12 August 2024"), the longest that reads winning.
    Raises ValueError, saying what is wrong, when the line does not fit.
    """
    match = _HEADER.fullmatch(line.strip().lstrip("\ufeff"))
    if not match:
        raise ValueError("header does not read 'date YYYY-MM-DD <places> (<outlet>[, agencies])'")
    published, places_text = _leading_date(match["rest"])
    places = [p for p in _PLACE_SEP.split(places_text.strip(" \t,;")) if p]
    outlet, _, rest = match["outlet"].partition(",")
    agencies = [a for a in _AGENCY_SEP.split(rest.strip()) if a]
    return WireHeader(published, places, outlet.strip() or None, agencies)


def _leading_date(text: str) -> tuple[str, str]:
    """The published date opening ``text`` (as YYYY-MM-DD) and the rest of it."""
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        raise ValueError("header has no date after 'date'")
    first_error = ""
    for count in range(min(_LONGEST_DATE, len(tokens)), 0, -1):
        candidate = text[: tokens[count - 1].end()].rstrip(",;")
        try:
            day = parse_published(candidate)
        except InputError as exc:
            first_error = exc.message if count == 1 else first_error
            continue
        if day is not None:
            return day.isoformat(), text[tokens[count - 1].end() :]
    raise ValueError(f"header {first_error.removeprefix('published ').rstrip('.')}")


def _lines(text: str, position: int = 0) -> Iterator[tuple[int, int, int]]:
    """(start, end, next start) of each line from ``position``, whatever its line break."""
    while position < len(text):
        brk = _BREAK.search(text, position)
        end, after = (brk.start(), brk.end()) if brk else (len(text), len(text))
        yield position, end, after
        position = after


def _header_line(text: str) -> tuple[int, int, int, int] | None:
    """Where a header attempt is: (line number, start, end, next line's start) of the first
    non-blank line. A byte-order mark, leading spaces and blank lines before it are allowed."""
    for number, (start, end, after) in enumerate(_lines(text), start=1):
        line = text[start:end]
        if line.strip(" \t\ufeff"):
            start += len(line) - len(line.lstrip(" \t\ufeff"))
            return (number, start, end, after) if _HEADER_START.match(text, start) else None
    return None


def article_from_wire(text: str, path: str, report: ReadReport) -> Article | None:
    """The article in a decoded ``.txt`` file, or None (reported) when its body is empty."""
    header: WireHeader | None = None
    body = text
    warnings: list[str] = []
    found = _header_line(text)
    if found is not None:
        number, start, end, after = found
        try:
            header = parse_wire_header(text[start:end])
        except ValueError as exc:
            warnings.append(
                report.warn(
                    path, number,
                    f"{exc}; the whole file is read as the body, published date unknown",
                )
            )
        else:
            blank = next(_lines(text, after), None)
            if blank is None or not text[blank[0] : blank[1]].strip():
                body = text[blank[2] :] if blank else ""
            else:
                body = text[after:]
                warnings.append(
                    report.warn(
                        path, number + 1,
                        f"no blank line after the header; the body starts on line {number + 1}",
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


_NAME = r"[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,3}"
_BYLINE = re.compile(r"\s*By [^\n]{1,80}\n")


@functools.cache
def _dateline() -> re.Pattern[str]:
    """The dateline pattern; its month is any word starting like a month ("Aug", "August")."""
    months = reference.mapping("common/months")["months"]
    starts = dict.fromkeys(name[:3].title() for name in months)
    month = rf"(?:{'|'.join(starts)})[a-z]*\.?"
    return re.compile(
        rf"""(?P<places>{_NAME}(?:[ \t]*/[ \t]*{_NAME})*)       # KYIV  or  LONDON/KYIV
    (?:,[ \t]*(?P<where>{_NAME}))?                         # , Ukraine
    (?:,?[ \t]*(?P<date>{month}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?))?  # , Aug 12
    [ \t]*(?:\((?P<agency>[^()\n]{{1,40}})\))?              # (Reuters)
    [ \t]*(?:-{{1,2}}|—|–|:)[ \t]+""",
        re.VERBOSE,
    )


@dataclass(frozen=True, slots=True)
class WireDateline:
    """A dateline found at the start of a body."""

    places: list[tuple[str, int, int]]  # (text, start, end) of each place
    where: str | None  # the country or state after the place
    agencies: list[str]
    dated: bool  # a date followed the place ("KYIV, Aug 12")
    end: int  # where the story starts


def parse_wire_dateline(text: str) -> WireDateline | None:
    """The wire dateline opening ``text``, or None (no check against a gazetteer)."""
    starts = [len(text) - len(text.lstrip())]
    byline = _BYLINE.match(text)
    if byline:  # "By Jane Doe" above the dateline
        rest = text[byline.end() :]
        starts.append(byline.end() + len(rest) - len(rest.lstrip()))
    for offset in starts:
        match = _dateline().match(text, offset)
        if match is None or match.end() - offset > 160:
            continue
        places_text = match.group("places")
        if not (places_text.isupper() or match.group("agency") or match.group("date")
                or match.group("where")):
            continue
        places = []
        for part in re.finditer(r"[^/\s][^/]*[^/\s]|[^/\s]", places_text):
            start = match.start("places") + part.start()
            places.append((part.group(), start, part.end() + match.start("places")))
        agency = match.group("agency")
        agencies = [a.strip() for a in re.split(r"/|,| and ", agency)] if agency else []
        return WireDateline(places, match.group("where"), [a for a in agencies if a],
                            bool(match.group("date")), match.end())
    return None


def title_name(name: str) -> str:
    """"GAZA CITY" -> "Gaza City", "DEIR AL-BALAH" -> "Deir Al-Balah"; mixed case is kept."""
    if not name.isupper():
        return name
    return re.sub(r"[A-Z][A-Z'’.]*", lambda m: m.group()[0] + m.group()[1:].lower(), name)
