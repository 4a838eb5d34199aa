"""Whether a candidate time expression is a time, judged from its surroundings.

"The Sunday Times" is a name, "May God help us" a verb, "winter crops" a
noun's modifier and "in 2014 people" a count: these are rejected, or the
number that counts something is cut off. The checks use the spaCy parse
when there is one and plain text otherwise.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .. import reference
from .finder import ORDINAL_DAY
from .lexicon import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["is_plausible", "end_before_counted_number"]

_QUANTITY = re.compile(r"(?i)(?:about|some|nearly|almost|over|than|around|roughly|approximately"
                       r"|estimated|least|to|another|additional|total\s+of|[$€£])\s*$")
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+$")
_DAY_SIGNAL = re.compile(r"(?i)\b(?:on|by|until|till|ahead\s+of)\s+$")  # they take a day
_ORDINAL = re.compile(r"(?i)(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
                      r"(?:\s+of\s+(?:this|last|next)\s+month)?")
#: A day and its month written with a digit: "26 May", "May 26th", "26 of May".
_DAY_AND_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?"
                            r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?")
_NAME_POSSESSIVE = re.compile(r"\b[A-Z][a-z]*['’]s\s+$")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART",
                          "LAW", "PRODUCT"})


def is_plausible(text: str, doc: Doc | None, published: date | None, start: int, end: int
                 ) -> bool:
    """Reject names ("Sunday Times"), "May"/"March" that are not months, counted numbers."""
    piece = text[start:end]
    before = text[max(0, start - 20):start]
    if doc is not None:
        labels = {t.ent_type_ for t in doc.char_span(start, end, alignment_mode="expand")
                  or () if not _is_month(t.text) or not _DAY_AND_MONTH.fullmatch(piece)}
        if labels & _NAME_LABELS and not labels & {"DATE", "TIME"}:
            return False  # but a month the model names beside its day ("26 May") is a month
    if _ORDINAL.fullmatch(piece):  # "the 15th" is a day only where the scan finds one
        return any(m.start("t") <= start and end <= m.end("t")
                   for m in ORDINAL_DAY.finditer(text, max(0, start - 12), end + 30))
    if piece.title() in ("May", "March"):
        if _NAME_POSSESSIVE.search(before):
            return False  # "a 'Mother's March for Ukraine' rally", "the Women's March"
        prev = re.findall(r"[A-Za-z]+", before)
        if prev and prev[-1].lower() in reference.words("time/month_signals"):
            return True
        token = _token_at(doc, start)
        return token is not None and token.tag_ == "NNP" and token.ent_type_ == "DATE"
    bare = re.sub(r"(?i)^the\s+", "", piece).lower()
    if bare in vocabulary().seasons and _next_is_noun(text, doc, end):
        return False  # "winter crops", "the summer offensive"
    if re.fullmatch(r"\d{4}", piece):
        latest = published.year + 10 if published else 2100
        return (1900 <= int(piece) <= latest and not _QUANTITY.search(before)
                and end_before_counted_number(text, doc, start, end) is None)
    return True


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".") in vocabulary().months


def _next_is_noun(text: str, doc: Doc | None, end: int) -> bool:
    after = text[end:end + 30]
    if doc is None:
        return bool(re.match(r"\s+[a-z]{3,}\b(?<!\band)(?<!\bor)", after))
    token = _token_at(doc, end + len(after) - len(after.lstrip()))
    return token is not None and token.pos_ == "NOUN"


def end_before_counted_number(text: str, doc: Doc | None, start: int, end: int) -> int | None:
    """Where a span ending in a number is followed by what it counts, the end before it.

    "In May 10 people died": the 10 counts people, so the expression ends after "May".
    A year after a month ("On 7 January 2022 rebels attacked"), a date that modifies
    a noun after a determiner ("the May 1 elections") and a month and day after a word
    that takes a day ("ahead of December 21 talks", "on May 10 people") keep their number.
    """
    m = re.search(r"\d+$", text[start:end])
    if not m:
        return None
    if len(m[0]) == 4 and re.search(vocabulary().month_group, text[start:end].lower()):
        return None
    if _DETERMINER.search(text[max(0, start - 8):start]) or (
            _DAY_SIGNAL.search(text[max(0, start - 12):start])
            and re.fullmatch(rf"{vocabulary().month_group}\.? \d{{1,2}}", text[start:end].lower())):
        return None  # "the May 1 rally", "by April 10 guidelines", "on May 10 people"
    after = text[end:end + 40]
    token = _token_at(doc, end + len(after) - len(after.lstrip()))
    if doc is not None:
        counted = token is not None and (
            token.tag_ in ("NNS", "NN") or (token.pos_ == "ADJ" and token.i + 1 < len(doc)
                                            and doc[token.i + 1].tag_ == "NNS"))
    else:
        word = re.match(r"\s+([a-z]+)\b", after)
        counted = bool(word and (word[1].endswith("s")
                                 or word[1] in reference.words("time/plural_nouns"))
                       and word[1] not in reference.words("time/not_plurals"))
    if not counted:
        return None
    return start + len(text[start:start + m.start()].rstrip(" ,"))


def _token_at(doc: Doc | None, char: int) -> Token | None:
    """The token at character ``char`` of ``doc``, if any."""
    if doc is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
