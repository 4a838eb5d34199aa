"""The edges of a reported content: what to leave off its start and end.

:func:`skip_lead` skips an in-body dateline ("KYIV, Aug 12 (Reuters) -") or a
leading time phrase; :func:`trim` strips edge punctuation and a leading "that"
and keeps quote marks that pair up. Token ranges are ``(start, end)``, end
exclusive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["skip_lead", "trim"]

_QUOTE_MARKS = frozenset('"“”„«»‹›″')
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,[^\n]{0,60}?(?:\([^)\n]*\))?\s*[-—–]+\s+")


def skip_lead(doc: Doc, start: int, end: int) -> int:
    """Skip an in-body dateline ("KYIV, Aug 12 (Reuters) -") or a leading time
    phrase ("said on Sunday it had …") at the start of the content."""
    if start >= end:  # nothing left to report (the cue closes the text)
        return start
    first = doc[start]
    if dateline := _DATELINE.match(doc[start:end].text):
        first = next((t for t in doc[start:end] if t.idx >= first.idx + dateline.end()), first)
    if first.dep_ in ("prep", "npadvmod") and first.head.i > first.right_edge.i:
        phrase = [t for t in doc[first.i : first.right_edge.i + 1] if t.dep_ != "prep"]
        if phrase and all(t.ent_type_ in ("DATE", "TIME") for t in phrase):
            return int(first.right_edge.i + 1)
    return int(first.i)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Strip edge punctuation and a leading "that"; keep quote marks that pair up."""
    for _ in range(3):
        while start < end and (_loose_edge(doc[start]) or (
                doc[start].lower_ == "that" and doc[start].dep_ != "det")):
            start += 1
        while end > start and _loose_edge(doc[end - 1]):
            end -= 1
        if end <= start or sum(t.text in _QUOTE_MARKS for t in doc[start:end]) % 2 == 0:
            break
        if doc[start].text in _QUOTE_MARKS:
            start += 1
        elif doc[end - 1].text in _QUOTE_MARKS:
            end -= 1
        else:  # 'as "precise," a spokesman said': take the closing mark in
            closer = next((t.i for t in doc[end : end + 2] if t.text in _QUOTE_MARKS), None)
            if closer is None:
                break
            end = closer + 1
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened == 1 and end < len(doc) and doc[end].text == ")":
        end += 1
    return start, end


def _loose_edge(tok: Token) -> bool:
    return bool(tok.is_space or (tok.is_punct and tok.text not in _QUOTE_MARKS))
