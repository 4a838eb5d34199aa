"""Attributions that the layout makes rather than the grammar.

- a line that opens with a source and a colon: ``Poll: Voters abandon the
  party`` (a headline), ``PENCE: Well, look, …`` (a transcript);
- a quoted passage signed after a dash: ``"We are afraid." ― Maria Lopez``.

Both give a speaker mention and a content span; the colon or dash is the cue.

    >>> [(a.cue, text[s:e]) for a, s, e in layout_attributions(doc, marks)]  # doctest: +SKIP
    [(':', 'Voters abandon the party')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.model import doc_text
from .attribution import Attribution
from .cues import is_source
from .marks import QuoteMarks

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["layout_attributions"]

_NAME = r"[A-Z][\w.'’-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w.'’-]*){0,3}(?<![.])"
_GAP = r"[^\S\n]"  # white space within a line, no-break spaces included
_COLON_LINE = re.compile(
    rf"^{_GAP}*[\"“]?(?P<name>{_NAME}){_GAP}*:{_GAP}+(?P<content>\S[^\n]*)$", re.MULTILINE)
_SIGNED = re.compile(rf"{_GAP}*[―—–]{_GAP}*(?P<name>{_NAME}){_GAP}*(?:,[^\n]*)?$", re.MULTILINE)
_PLACES = frozenset({"GPE", "LOC", "FAC"})  # "KYIV:" opens a dateline, not a quote
_NOT_SOURCES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"})


def layout_attributions(doc: Doc, marks: list[QuoteMarks]) -> list[tuple[Attribution, int, int]]:
    """(attribution, content start, content end) for colon lines and signed quotes."""
    text = doc_text(doc)
    found = []
    for match in _COLON_LINE.finditer(text):
        att = _attribution(doc, ":", match.start("name"), match.end("name"), match.end("name"))
        said = doc.char_span(match.start("content"), match.end("content"),
                             alignment_mode="expand")
        if att is not None and att.speaker is not None and said is not None and any(
                t.pos_ in ("VERB", "AUX") for t in said) and all(
                t.ent_type_ not in _PLACES for t in doc[att.speaker[0] : att.speaker[1]]):
            found.append((att, match.start("content"), len(match.group("content").rstrip())
                          + match.start("content")))
    for mark in marks:
        if mark.close is None:
            continue
        signed = _SIGNED.match(text, mark.close + 1)
        if signed is None:
            continue
        dash = text.index(next(c for c in "―—–" if c in signed.group(0)), mark.close + 1)
        att = _attribution(doc, text[dash], signed.start("name"), signed.end("name"), dash)
        if att is not None:
            found.append((att, mark.start, mark.end))
    return sorted(found, key=lambda f: f[1])


def _attribution(doc: Doc, cue: str, start: int, end: int, cue_at: int) -> Attribution | None:
    """An attribution whose speaker is the name at ``start:end``, if it can be a source."""
    span = doc.char_span(start, end, alignment_mode="expand")
    cue_span = doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
    if span is None or cue_span is None or span.root.ent_type_ in _NOT_SOURCES:
        return None
    label = span.text.replace(" ", "").isupper() and len(span.text) > 2  # "PENCE:" in a transcript
    if not (label or is_source(span.root)) or span.root.pos_ in ("VERB", "AUX"):
        return None
    return Attribution(cue, cue_span.start, (span.start, span.end), None, "layout")
