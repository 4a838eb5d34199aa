"""Direct quotes and reported speech of a parsed Doc, with speakers and relaying outlets.

Direct quotes come from the quote marks (:mod:`~sitrep.speech.marks`), tied
to an attribution beside them (:mod:`~sitrep.speech.direct`). A quote
nothing attributes ("the so-called 'referendum'") is not speech and is
dropped.

Reported speech is the clause a cue introduces, read from the parse
(:mod:`~sitrep.speech.attribution`): ``X said [that] C``, ``C, X said``,
``C, according to X``; it is dropped where a direct quote already covers
most of it. An outlet that relays someone else in the same sentence (", RIA
Novosti reported") becomes that quote's ``via``; an outlet reporting on its
own is the speaker. A "he"/"she" speaker is resolved to the latest person of
that gender named or quoted before (:mod:`~sitrep.speech.speakers`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..nlp.model import doc_text
from ..records import Quote
from .attribution import Attribution, find_attributions, reported_span, segment
from .direct import SCARE_WORDS, attribution_near, continues, quoted_words
from .layout import layout_attributions
from .marks import QuoteMarks, find_quote_marks
from .nouns import noun_attributions
from .passive import passive_attributions
from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_quotes"]


@dataclass(slots=True)
class _Found:
    quote: Quote
    att: Attribution | None


def extract_quotes(doc: Doc, stage: str) -> list[Quote]:
    """The quotes of a parsed Doc, in text order, each stamped with ``stage``."""
    text = doc_text(doc)
    marks = find_quote_marks(text)
    long_quotes = [(m.start, m.end) for m in marks if quoted_words(text, m) > SCARE_WORDS]
    quoted = {t.i for s, e in long_quotes
              for t in (doc.char_span(s, e, alignment_mode="expand") or ())}
    atts = find_attributions(doc, skip=quoted.__contains__)
    laid_out = layout_attributions(doc, marks)
    by_cue = {a.cue_index: a for a in atts} | {a.cue_index: a for a, _, _ in laid_out}
    found = _direct(doc, text, marks, by_cue, stage)
    direct = [(f.quote.content_start, f.quote.content_end) for f in found]
    segments = {a.cue_index: segment(a, doc) for a in atts}
    for att in atts:
        span = reported_span(att, doc, segments)
        if span is not None:
            start, end = doc[span[0]].idx, _end_char(doc, span[1])
            if not any(_overlap(start, end, *d) > (end - start) / 2 for d in direct):
                found.append(_Found(_quote(doc, att, start, end, False, att.via, stage), att))
    for att, (first, last) in [*noun_attributions(doc), *passive_attributions(doc)]:
        start, end = doc[first].idx, _end_char(doc, last)
        if not _inside(long_quotes, doc[att.cue_index].idx) and not any(
                _overlap(start, end, f.quote.content_start, f.quote.content_end)
                > (end - start) / 2 for f in found):
            found.append(_Found(_quote(doc, att, start, end, False, None, stage), att))
    for att, start, end in laid_out:
        if not any(_overlap(start, end, f.quote.content_start, f.quote.content_end)
                   > (end - start) / 2 for f in found):
            signed = any(m.start == start and m.end == end for m in marks)
            found.append(_Found(_quote(doc, att, start, end, signed, None, stage), att))
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
    doc: Doc, att: Attribution | None, start: int, end: int, direct: bool, via: str | None,
    stage: str,
) -> Quote:
    speaker = att.speaker if att else None
    named = (att.name or speaker) if att else None
    return Quote(
        speaker=doc[named[0] : named[1]].text if named else None,
        speaker_start=doc[speaker[0]].idx if speaker else None,
        speaker_end=_end_char(doc, speaker[1]) if speaker else None,
        cue=att.cue if att else "",
        content=doc_text(doc)[start:end],
        content_start=start,
        content_end=end,
        direct=direct,
        via=via,
        stage=stage,
    )


def _direct(
    doc: Doc, text: str, marks: list[QuoteMarks], by_cue: dict[int, Attribution], stage: str
) -> list[_Found]:
    """The quoted passages that an attribution beside them, or before them, claims."""
    starts = [t.idx for t in doc]
    found: list[_Found] = []
    last: tuple[_Found, QuoteMarks] | None = None
    for mark in marks:
        att = attribution_near(doc, text, mark, starts, by_cue)
        via = att.via if att else None
        if att is None and last is not None and last[0].att is not None:
            cue_at = doc[last[0].att.cue_index].idx
            if continues(text, last[1], mark, cue_at):
                att, via = last[0].att, last[0].quote.via
        if att is None:
            continue
        if last is not None and last[0].att is not None and \
                last[0].att.cue_index == att.cue_index and \
                "\n\n" not in text[last[0].quote.content_end : mark.start]:
            # '"A," he said. "B."': one quote whose content runs over both passages
            start = last[0].quote.content_start
            last[0].quote = replace(last[0].quote, content=text[start : mark.end],
                                    content_end=mark.end)
            last = (last[0], mark)
            continue
        item = _Found(_quote(doc, att, mark.start, mark.end, True, via, stage), att)
        found.append(item)
        last = (item, mark)
    return found


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _overlap(start: int, end: int, other_start: int, other_end: int) -> int:
    return min(end, other_end) - max(start, other_start)


def _end_char(doc: Doc, end: int) -> int:
    tok = doc[end - 1]
    return int(tok.idx + len(tok.text))


def _merge_agencies(doc: Doc, found: list[_Found], atts: list[Attribution]) -> list[_Found]:
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
