"""Datelines in capitals anywhere in the body, as places with the role "dateline".

A page often holds its wire dateline after a headline, a caption or a byline, or
writes it in a form the wire-dateline reader does not take:

    TORONTO — A young man ...                  (after a byline line)
    MEXICO CITY (AP) Mexico's Senate ...       (no dash after the agency)
    SOUTH WAZIRISTAN, April 5 (APP): ...
    ... on ethics statements. SAN DIEGO (AP) - The U.S. ...
    TIJUANA & SAN DIEGO, MARCH 29, 2018 -- ...

A run of words in capitals that starts a line and is followed by a comma, an
agency in brackets or a dash, or that follows a sentence and comes before an
agency in brackets, is a dateline; each of its names ("TIJUANA", "SAN DIEGO")
the gazetteer knows becomes a place, with the role "dateline" so that no event
is placed there by it alone.

A dateline in ordinary case is told by where it stands: a place that opens a line
and is followed by a colon or a dash ("Mogadishu: A suicide bomber ...",
"Kyiv, Ukraine — ..."), or that closes a short byline line ("AFP, Paris") or an
outlet's credit line in brackets ("Deutsche Welle (Bonn)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..readers.wire import title_name

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places
    from ..records import Place

__all__ = ["DATELINE", "dateline_places", "mark_lead_datelines"]

DATELINE = "dateline"

_CAPS = r"[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3}"
_NAMES = rf"{_CAPS}(?:\s*(?:&|/|,? and |AND)\s*{_CAPS})*"
_AGENCY = r"\s*\([A-Za-z][\w .&/-]{0,30}\)"
#: At a line's start: names, then a comma, an agency in brackets, or a dash.
_LINE = re.compile(rf"(?m)^[ \t]*({_NAMES})(?=,|{_AGENCY}|\s+(?:—|–|-{{1,2}})\s)")
#: After a sentence: names, then an agency in brackets.
_INLINE = re.compile(rf"(?<=[.!?\"”] )({_NAMES})(?={_AGENCY})")
_PART = re.compile(_CAPS)


def dateline_places(text: str, gazetteer: Places, countries: Sequence[str],
                    stage: str) -> Iterator[Place]:
    """The places of the capitalised datelines in ``text``, with the role "dateline"."""
    seen: set[int] = set()
    for pattern in (_LINE, _INLINE):
        for match in pattern.finditer(text):
            if match.start(1) in seen:
                continue
            seen.add(match.start(1))
            for part in _PART.finditer(match.group(1)):
                if part.group() == "AND":
                    continue
                best = gazetteer.best(title_name(part.group()), country_codes=countries)
                if best is None or best.name.casefold() != title_name(part.group()).casefold():
                    continue
                start = match.start(1) + part.start()
                place = best.to_place(part.group(), start, start + len(part.group()), stage)
                place.role = DATELINE
                yield place


#: After a place that opens a line: an optional ", Country" or "(Agency)", then a colon
#: or a dash.
_LEAD_TAIL = re.compile(rf"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?)?(?:{_AGENCY})?"
                        r"[ \t]*(?::|—|–|-{1,2})[ \t]")
#: A byline line that a place closes: an agency or a name of up to three words and a comma.
_BYLINE_HEAD = re.compile(r"(?m)^[ \t]*[A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,2},[ \t]*$")


#: A credit line that a place in brackets closes: an outlet of up to four words.
_OUTLET_HEAD = re.compile(r"[ \t]*[A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,3}[ \t]*\(")


def mark_lead_datelines(text: str, places: list[Place]) -> None:
    """Give the role "dateline" to places that stand as a dateline in ordinary case."""
    for place in places:
        if place.role is not None:
            continue
        line_start = text.rfind("\n", 0, place.start) + 1
        before = text[line_start:place.start]
        line_end = text.find("\n", place.end)
        after = text[place.end:len(text) if line_end < 0 else line_end]
        if not before.strip() and _LEAD_TAIL.match(after):
            place.role = DATELINE
        elif not after.strip() and before.strip() and _BYLINE_HEAD.fullmatch(before):
            place.role = DATELINE
        elif after.strip() == ")" and _OUTLET_HEAD.fullmatch(before):
            place.role = DATELINE  # "Deutsche Welle (Bonn)": where the outlet sits
