"""Which attribution a quoted passage belongs to.

A direct quote is tied to the speech cue beside it: after the closing mark
(``"…," the governor said``) or before the opening one (``The governor
said: "…"``), with nothing between them but the speaker and adverbs. An
unattributed full-sentence quote right after an attributed one continues
it (:func:`continues`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .attribution import Attribution
from .marks import CLOSERS, EITHER, OPENERS, QuoteMarks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SCARE_WORDS", "attribution_near", "continues", "quoted_words"]

_CLAUSE_BREAK = ".!?:;—–("
#: A quote this short ("the so-called 'referendum'") needs its cue right beside it.
SCARE_WORDS = 3
_WINDOW = 12  # tokens searched for a cue beside a quote


def attribution_near(
    doc: Doc, text: str, mark: QuoteMarks, starts: list[int], by_cue: dict[int, Attribution]
) -> Attribution | None:
    """The attribution right after the closing mark or right before the opening one."""
    words = quoted_words(text, mark)
    prev = _prev_token(doc, starts, mark.open)
    if prev is not None and prev.text == ":":
        att = _cue_before(doc, prev.i, by_cue, allow_verbs=True)
        if att is not None:
            return att
    if mark.close is not None and _clause_initial(text, mark.open):
        att = _cue_after(doc, text, mark, starts, by_cue)
        if att is not None:
            return att
    if prev is None:
        return None
    if prev.text in {",", "—", "–"}:
        return _cue_before(doc, prev.i, by_cue)
    if prev.i in by_cue and (words > SCARE_WORDS or _ends_sentence(text, mark)):
        return by_cue[prev.i]
    if words > SCARE_WORDS and text[mark.start : mark.start + 1].isupper():
        return _cue_before(doc, prev.i + 1, by_cue)  # He told reporters "We …"
    return None


def _cue_after(
    doc: Doc, text: str, mark: QuoteMarks, starts: list[int], by_cue: dict[int, Attribution]
) -> Attribution | None:
    assert mark.close is not None
    first = bisect.bisect_left(starts, mark.close + 1)
    ended_comma = bool(re.search(r",\W?$", text[mark.start : mark.close + 2].rstrip()))
    window = doc[first : first + _WINDOW]
    for n, tok in enumerate(window):
        if tok.text in {".", "!", "?", ";"} or tok.text in OPENERS + EITHER:
            return None
        if tok.i not in by_cue:
            continue
        if not all(_allowed_between(t) or tok.is_ancestor(t) for t in window[:n]):
            return None
        own_clause = any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        return None if own_clause and not ended_comma else by_cue[tok.i]
    return None


def _cue_before(
    doc: Doc, end: int, by_cue: dict[int, Attribution], allow_verbs: bool = False
) -> Attribution | None:
    if end <= 0:
        return None
    sent_start = doc[end - 1].sent.start
    for i in range(end - 1, max(sent_start, end - _WINDOW) - 1, -1):
        if i in by_cue:
            return by_cue[i]
        if not allow_verbs and (not _allowed_between(doc[i]) or doc[i].lower_ == "that"):
            return None
    return None


def _allowed_between(tok: Token) -> bool:
    """A token that may stand between a quote and its cue (speaker, adverbs)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return True
    return tok.dep_ in ("aux", "auxpass", "amod", "compound") or tok.lemma_ in ("quote", "cite")


def continues(text: str, prev: QuoteMarks, mark: QuoteMarks, cue_at: int) -> bool:
    """A full-sentence quote after an attributed one, with nothing between but
    that quote's own attribution."""
    gap_start = (prev.close if prev.close is not None else prev.end) + 1
    between = text[gap_start : mark.open]
    if "\n\n" in between or len(between) > 200:
        return False
    if _word_count(between) and not gap_start <= cue_at < mark.open:
        return False
    if len(re.findall(r"[.!?](?=\s|$)", between)) > 1:
        return False
    return text[mark.start : mark.start + 1].isupper() and quoted_words(text, mark) >= 2


def _clause_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] in _CLAUSE_BREAK:
        return True
    return text[i] in CLOSERS + EITHER + "’'" and i > 0 and text[i - 1] in ".!?"


def _ends_sentence(text: str, mark: QuoteMarks) -> bool:
    after = text[(mark.close if mark.close is not None else mark.end) + 1 :].lstrip()
    return text[mark.end - 1 : mark.end] in ".!?" or after[:1] in (".", "!", "?", "")


def _prev_token(doc: Doc, starts: list[int], pos: int) -> Token | None:
    i = bisect.bisect_right(starts, pos - 1) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 and doc[i].idx < pos else None


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def quoted_words(text: str, mark: QuoteMarks) -> int:
    """The number of words inside quoted passage ``mark``."""
    return _word_count(text[mark.start : mark.end])
