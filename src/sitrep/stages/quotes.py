"""Direct quotes and reported speech, with their speakers and relaying outlets.

Direct quotes come from the quote marks (straight, curly, guillemets, and
single quotes outside double ones), tied to an attribution beside them:
after the closing mark (``"…," the governor said``) or before the opening
one (``The governor said: "…"``). An unattributed full-sentence quote right
after an attributed one continues it. A quote nothing attributes ("the
so-called 'referendum'") is not speech and is dropped.

Reported speech is the clause a cue introduces, read from the parse
(:mod:`sitrep.speech.attribution`): ``X said [that] C``, ``C, X said``,
``C, according to X``. An outlet that relays someone else in the same
sentence (", RIA Novosti reported") becomes that quote's ``via``; an outlet
reporting on its own is the speaker. A "he"/"she" speaker is resolved to the
latest person of that gender named or quoted before (:mod:`sitrep.speech.speakers`).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from ..errors import PipelineError
from ..nlp.model import doc_text
from ..records import Quote
from ..speech.attribution import Attribution, find_attributions, reported_span, segment
from ..speech.speakers import SpeakerResolver
from .base import Stage, Work

__all__ = ["QuotesStage", "QuoteMarks", "find_quote_marks"]

log = logging.getLogger(__name__)

_OPENERS = "“„«‹"
_CLOSERS = "”»›"
_EITHER = '"″'
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_MAX_SINGLE = 600  # characters; a longer 'single quote' is an apostrophe pairing by chance
_CLAUSE_BREAK = ".!?:;—–("
_SCARE_WORDS = 3  # a quote this short needs its cue right beside it
_WINDOW = 12  # tokens searched for a cue beside a quote


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """A quoted passage: ``start``/``end`` cover the text inside the marks."""

    open: int  # index of the opening mark
    start: int
    end: int
    close: int | None  # index of the closing mark; None when the paragraph ended first


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Every quoted passage in ``text``, in order: double quotes, then single
    quotes outside them. An unclosed quote ends with its paragraph."""
    double = _pair_double(text)
    single = [m for m in _pair_single(text) if not any(d.open < m.open < d.end for d in double)]
    return sorted(double + single, key=lambda m: m.open)


def _pair_double(text: str) -> list[QuoteMarks]:
    found: list[QuoteMarks] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None and _paragraph_ends(text, i):
            found.append(_marks(text, opened, i, None))
            opened = None
        if ch not in _OPENERS and ch not in _CLOSERS and ch not in _EITHER:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        looks_open = (before.isspace() or before in "([—–") and not after.isspace()
        looks_closed = not before.isspace() and (after.isspace() or after in ",.;:!?)")
        if opened is None:
            if ch in _OPENERS or looks_open or (ch in _EITHER and not looks_closed):
                opened = i
        elif ch in _OPENERS and looks_open:
            opened = i  # the earlier mark was never closed
        else:
            found.append(_marks(text, opened, i, i))
            opened = None
    if opened is not None:
        found.append(_marks(text, opened, len(text), None))
    return [m for m in found if m.end > m.start]


def _paragraph_ends(text: str, i: int) -> bool:
    rest = text[i + 1 :].lstrip(" \t")
    return not rest or rest[0] == "\n" or rest[0] in _OPENERS + _EITHER


def _pair_single(text: str) -> list[QuoteMarks]:
    found = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None and _paragraph_ends(text, i):
            opened = None
        if ch not in _SINGLE_OPEN and ch not in _SINGLE_CLOSE:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch in _SINGLE_OPEN and (before.isspace() or before in "([—–") and after.isalnum():
                opened = i
        elif not before.isspace() and not after.isalnum():
            if i - opened <= _MAX_SINGLE:
                found.append(_marks(text, opened, i, i))
            opened = None
    return [m for m in found if m.end > m.start]


def _marks(text: str, opened: int, end: int, close: int | None) -> QuoteMarks:
    start = opened + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return QuoteMarks(opened, start, end, close)


@dataclass(slots=True)
class _Found:
    quote: Quote
    att: Attribution | None


class QuotesStage(Stage):
    """Find direct and reported speech, with speaker, cue and relaying outlet."""

    name = "quotes"
    version = 1
    requires = ("doc", "entities")
    assigns = ("quotes",)

    def __call__(self, work: Work) -> None:
        if work.doc is None:
            raise PipelineError("the quotes stage needs work.doc; run the entities stage first.")
        work.article.quotes.extend(self.extract(work.doc))

    def extract(self, doc: Any) -> list[Quote]:
        """The quotes of a parsed Doc, in text order."""
        text = doc_text(doc)
        marks = find_quote_marks(text)
        long_quotes = [(m.start, m.end) for m in marks if _words(text, m) > _SCARE_WORDS]
        atts = find_attributions(doc, skip=lambda i: _inside(long_quotes, doc[i].idx))
        by_cue = {a.cue_index: a for a in atts}
        found = self._direct(doc, text, marks, by_cue)
        direct = [(f.quote.content_start, f.quote.content_end) for f in found]
        segments = {a.cue_index: segment(a, doc) for a in atts}
        for att in atts:
            span = reported_span(att, doc, segments)
            if span is not None:
                start, end = doc[span[0]].idx, _end_char(doc, span[1])
                if not any(_overlap(start, end, *d) > (end - start) / 2 for d in direct):
                    found.append(_Found(self._quote(doc, att, start, end, False, att.via), att))
        found = _merge_agencies(doc, found, atts)
        found.sort(key=lambda f: (f.quote.content_start, not f.quote.direct))
        resolver = SpeakerResolver(doc, long_quotes)
        quotes: list[Quote] = []
        for item in found:
            spot = (item.quote.content_start, item.quote.content_end)
            if not quotes or (quotes[-1].content_start, quotes[-1].content_end) != spot:
                quotes.append(resolver.resolve(item.quote, quotes))
        return quotes

    def _quote(
        self, doc: Any, att: Attribution | None, start: int, end: int, direct: bool, via: str | None
    ) -> Quote:
        speaker = att.speaker if att else None
        return Quote(
            speaker=doc[speaker[0] : speaker[1]].text if speaker else None,
            speaker_start=doc[speaker[0]].idx if speaker else None,
            speaker_end=_end_char(doc, speaker[1]) if speaker else None,
            cue=att.cue if att else "",
            content=doc_text(doc)[start:end],
            content_start=start,
            content_end=end,
            direct=direct,
            via=via,
            stage=self.tag,
        )

    def _direct(
        self, doc: Any, text: str, marks: list[QuoteMarks], by_cue: dict[int, Attribution]
    ) -> list[_Found]:
        starts = [t.idx for t in doc]
        found: list[_Found] = []
        last: tuple[_Found, QuoteMarks] | None = None
        for mark in marks:
            att = _attribution_near(doc, text, mark, starts, by_cue)
            via = att.via if att else None
            if att is None and last is not None and last[0].att is not None:
                cue_at = doc[last[0].att.cue_index].idx
                if _continues(text, last[1], mark, cue_at):
                    att, via = last[0].att, last[0].quote.via
            if att is None:
                continue
            item = _Found(self._quote(doc, att, mark.start, mark.end, True, via), att)
            found.append(item)
            last = (item, mark)
        return found


def _attribution_near(
    doc: Any, text: str, mark: QuoteMarks, starts: list[int], by_cue: dict[int, Attribution]
) -> Attribution | None:
    """The attribution right after the closing mark or right before the opening one."""
    words = _words(text, mark)
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
    if prev.i in by_cue and (words > _SCARE_WORDS or _ends_sentence(text, mark)):
        return by_cue[prev.i]
    if words > _SCARE_WORDS and text[mark.start : mark.start + 1].isupper():
        return _cue_before(doc, prev.i + 1, by_cue)  # He told reporters "We …"
    return None


def _cue_after(
    doc: Any, text: str, mark: QuoteMarks, starts: list[int], by_cue: dict[int, Attribution]
) -> Attribution | None:
    assert mark.close is not None
    first = bisect.bisect_left(starts, mark.close + 1)
    ended_comma = bool(re.search(r",\W?$", text[mark.start : mark.close + 2].rstrip()))
    window = doc[first : first + _WINDOW]
    for n, tok in enumerate(window):
        if tok.text in {".", "!", "?", ";"} or tok.text in _OPENERS + _EITHER:
            return None
        if tok.i not in by_cue:
            continue
        if not all(_allowed_between(t) or tok.is_ancestor(t) for t in window[:n]):
            return None
        own_clause = any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        return None if own_clause and not ended_comma else by_cue[tok.i]
    return None


def _cue_before(
    doc: Any, end: int, by_cue: dict[int, Attribution], allow_verbs: bool = False
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


def _allowed_between(tok: Any) -> bool:
    """A token that may stand between a quote and its cue (speaker, adverbs)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return True
    return tok.dep_ in ("aux", "auxpass", "amod", "compound") or tok.lemma_ in ("quote", "cite")


def _continues(text: str, prev: QuoteMarks, mark: QuoteMarks, cue_at: int) -> bool:
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
    return text[mark.start : mark.start + 1].isupper() and _words(text, mark) >= 2


def _clause_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] in _CLAUSE_BREAK:
        return True
    return text[i] in _CLOSERS + _EITHER + "’'" and i > 0 and text[i - 1] in ".!?"


def _ends_sentence(text: str, mark: QuoteMarks) -> bool:
    after = text[(mark.close if mark.close is not None else mark.end) + 1 :].lstrip()
    return text[mark.end - 1 : mark.end] in ".!?" or after[:1] in (".", "!", "?", "")


def _prev_token(doc: Any, starts: list[int], pos: int) -> Any:
    i = bisect.bisect_right(starts, pos - 1) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 and doc[i].idx < pos else None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _overlap(start: int, end: int, other_start: int, other_end: int) -> int:
    return min(end, other_end) - max(start, other_start)


def _end_char(doc: Any, end: int) -> int:
    tok = doc[end - 1]
    return int(tok.idx + len(tok.text))


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def _words(text: str, mark: QuoteMarks) -> int:
    return _word_count(text[mark.start : mark.end])


def _merge_agencies(doc: Any, found: list[_Found], atts: list[Attribution]) -> list[_Found]:
    """An outlet that relays someone else in the same sentence becomes their ``via``.

    The outlet's own cue need not have made a quote: in `"…," X told reporters,
    RIA Novosti reported` its content is the direct quote already found.
    """
    outlets_by_sent: dict[int, list[str]] = {}
    for att in atts:
        if att.agency_speaker:
            outlets_by_sent.setdefault(doc[att.cue_index].sent.start, []).append(
                att.agency_speaker)
    dropped: set[int] = set()
    for item in found:
        if item.att is None:
            continue
        outlets = outlets_by_sent.get(doc[item.att.cue_index].sent.start, [])
        if not outlets:
            continue
        if item.att.agency_speaker:
            if any(o is not item and o.att and not o.att.agency_speaker and o.quote.speaker
                   and doc[o.att.cue_index].sent.start == doc[item.att.cue_index].sent.start
                   for o in found):
                dropped.add(id(item))  # the outlet only relays the others
        elif item.quote.speaker and item.quote.via is None:
            item.quote = replace(item.quote, via=outlets[0])
    return [f for f in found if id(f) not in dropped]
