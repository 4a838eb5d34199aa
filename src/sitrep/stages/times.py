"""The times stage: find temporal expressions in the body and resolve them to TIMEX3.

Candidates come from the model's DATE and TIME entities and from a regex scan
for forms the small model misses ("last night", "over the summer", "mid-July",
"2024-08-06"). Each is resolved by :func:`sitrep.time.resolve` against the
published date, in the tense of its clause ("will meet on Tuesday" looks
forward); where hits overlap, the longest wins.

Spans: leading signal words ("on", "in", "since", "over", ...) and "the" are
left out of ``text`` when the value does not depend on them ("on Tuesday" ->
"Tuesday", "over the summer" -> "summer", but "the last week" keeps its
"the"), and so is a trailing "'s".

Example:

    >>> from sitrep.records import Article
    >>> from sitrep.stages.base import Work
    >>> work = Work(Article(text="Kyiv launched the attack last Tuesday.", published="2024-08-12"))
    >>> TimesStage()(work)
    >>> [(t.text, t.value) for t in work.article.times]
    [('last Tuesday', '2024-08-06')]
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from ..errors import InputError
from ..records import TimeExpr
from ..time import Resolved, parse_published, resolve
from .base import Stage, Work

__all__ = ["TimesStage", "scan", "clause_tense"]

log = logging.getLogger(__name__)


def _names(*words: str) -> str:
    """An alternation of ``words`` in title case or all capitals (never lower case: "may")."""
    return "(?:" + "|".join(f"{w.title()}|{w.upper()}" for w in words) + ")"


_WD = _names("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_FULL = _names("january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december")
_MONTH_ABBR = _names("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct",
                     "nov", "dec")
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.?(?=\s*\d))"
_DAYN = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|20)\d{2}(?![\d,.]\d)"
_DAYS_RANGE = rf"(?:\s*[-–—]\s*{_DAYN}|\s+(?:to|and|through)\s+{_DAYN}(?!\s+[a-z]))"
_PART = r"(?i:\s+(?:morning|afternoon|evening|night))"
_PRE = (r"(?i:(?:very\s+)?(?:early|late|mid|middle)\s*-?\s*"
        r"|(?:the\s+)?(?:end|start|beginning|middle|turn|first\s+half|second\s+half|"
        r"(?:early|small)\s+hours|night|morning|afternoon|evening|"
        r"(?:first|second|third|last|final)\s+week)\s+of\s+"
        r"|(?:the\s+)?night\s+(?:from|between)\s+|overnight\s+(?:on\s+|into\s+|to\s+)?)?")
_NUMW = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
         r"|twenty|thirty|a\s+couple\s+of|a\s+few|several)")
_SEASON = r"(?:spring|summer|autumn|winter|fall)"
_SEASON_YEAR = r"(?:\s+(?:of\s+)?(?:(?:1[89]|20)\d{2}(?:[-/]\d{2,4})?|(?:this|last|next)\s+year))"

# The date and weekday patterns are tried only near a month or weekday name (a trigger),
# which is several times faster than scanning every position of the text.
_MONTH_TRIGGER = re.compile(_names("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                   "oct", "nov", "dec"))
_WEEKDAY_TRIGGER = re.compile(_WD)
_WORD_START = re.compile(r"(?<![\w'’])\w")
_TRIGGERED = [
    # dates and months: "6 August 2024", "Tuesday, Aug. 6", "mid-July", "February 2022"
    (_MONTH_TRIGGER, re.compile(
        rf"{_PRE}(?:{_WD},?\s+)?(?:the\s+)?(?:(?i:last|next|this|past)\s+)?"
        rf"(?:{_DAYN}{_DAYS_RANGE}?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAYN}{_DAYS_RANGE}?"
        rf"|{_MONTH_FULL})(?:\s*(?:-|–|to|and|through|until)\s*(?:{_DAYN}\s+(?:of\s+)?"
        rf"{_MONTH}|{_MONTH}\s+{_DAYN}|{_MONTH_FULL}))?(?:,?\s+(?:of\s+)?{_YEAR}"
        rf"|(?i:\s+(?:of\s+)?(?:this|last|next)\s+year))?\b")),
    # weekdays: "last Tuesday", "Tuesday night", "overnight Sunday into Monday"
    (_WEEKDAY_TRIGGER, re.compile(
        rf"{_PRE}(?:(?i:last|next|this|past|coming|early|late|earlier|later)\s+)?"
        rf"{_WD}(?:'s|’s)?{_PART}?(?:\s*(?:-|–|to|into|and|through)\s*{_WD}{_PART}?)?"
        rf"(?i:\s+(?:of\s+)?(?:this|last|next)\s+week)?\b")),
]
_PATTERNS = [
    # deictic and relative words
    re.compile(
        rf"(?i)\b(?:(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)"
        rf"{_PART}?|(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)"
        rf"|(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)"
        rf"|(?:(?:early|late)\s+)?last\s+night|overnight"
        rf"|(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?(?:this|last|next)\s+"
        rf"(?:week|weekend|month|year|quarter)"
        rf"|(?:the\s+)?(?:week|year)\s+before\s+last|the\s+weekend"
        rf"|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this|last|next)\s+"
        rf"(?:week|month|year)"
        rf"|(?:the\s+)?(?:past|last|coming|next)\s+(?:{_NUMW}\s+)?(?:days|weeks|months|years)"
        rf"|the\s+(?:past|last|coming)\s+(?:week|month|year)"
        rf"|(?:in\s+)?recent\s+(?:days|weeks|months|years)|recently|lately"
        rf"|(?:right\s+)?now(?!-)|currently|at\s+present|nowadays|at\s+the\s+moment"
        rf"|in\s+the\s+(?:near\s+)?future"
        rf"|{_NUMW}\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|from\s+now))\b"),
    # seasons: "over the summer", "last winter", "summer 2023", "early spring"
    re.compile(rf"(?i)\b(?:(?:(?:early|late|mid)[\s-]+|(?:the\s+)?(?:end|start|beginning|middle)"
               rf"\s+of\s+)?(?:this|last|next|past|coming|the)\s+{_SEASON}{_SEASON_YEAR}?"
               rf"|(?:early|late|mid)[\s-]+{_SEASON}{_SEASON_YEAR}?"
               rf"|{_SEASON}(?:\s+of)?\s+(?:1[89]|20)\d{{2}})\b"),
    # quarters
    re.compile(r"(?i:\b(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
               r"\s+quarter(?:\s+of\s+(?:(?:1[89]|20)\d{2}|(?:this|last|next|the)\s+year))?\b)"
               r"|\bQ[1-4](?:\s+(?:1[89]|20)\d{2})?\b|\b(?:1[89]|20)\d{2}\s+Q[1-4]\b"),
    # years after a signal word, year ranges and decades
    re.compile(rf"(?i:\b(?:in|since|by|until|till|from|during|before|after|through|throughout"
               rf"|early|late|mid|(?:the\s+)?(?:end|start|beginning)\s+of|the\s+year)[\s-]+)"
               rf"{_YEAR}(?:\s*[-–/]\s*(?:(?:1[89]|20)\d{{2}}|\d{{2}}))?(?![\d,.]\d)"),
    re.compile(r"(?i)\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d0'?s\b"
               r"|\bthe\s+(?:(?:early|mid|late)[\s-]+)?'?\d0'?s\b"
               r"|\bthe\s+(?:sixties|seventies|eighties|nineties)\b"),
    # numeric dates and fixed holidays
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b"),
    re.compile(r"\b(?:Orthodox\s+)?Christmas\s+(?:Day|Eve)\b|\bNew\s+Year(?:'s|’s)\s+(?:Day|Eve)\b"
               r"|(?i:\b(?:at|on|over|before|after|since|until|by)\s+)(?:Orthodox\s+)?Christmas\b"),
]

_LEADING = re.compile(r"(?i)(?:on|in|at|since|during|over|by|until|till|from|before|after|"
                      r"through|throughout|between|around|about|as\s+of|of|for|within|the)\s+")
_SIGNAL = frozenset("in of since by until till from during early late mid before after through "
                    "throughout between and or to on this last next".split())
_QUANTITY = re.compile(r"(?i)(?:about|some|nearly|almost|over|than|around|roughly|approximately"
                       r"|estimated|least|to|another|additional|total\s+of|[$€£])\s*$")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART",
                          "LAW", "PRODUCT"})
_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "winter", "fall"})
_PLURALS = frozenset({"people", "children", "men", "women", "police", "personnel", "more", "other"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll", "would", "could", "might", "may"})
_FUTURE_LEMMAS = frozenset({"plan", "expect", "schedule", "due", "set", "intend", "aim", "prepare",
                            "hope", "vow", "pledge", "promise", "threaten", "going"})


def scan(text: str) -> set[tuple[int, int]]:
    """Character spans of every regex candidate in ``text`` (they may overlap)."""
    spans = {m.span() for pattern in _PATTERNS for m in pattern.finditer(text)}
    for trigger, pattern in _TRIGGERED:
        for hit in trigger.finditer(text):
            k = hit.start()  # try from each of the words just before the trigger
            for word in [*_WORD_START.finditer(text, max(0, k - 50), k), hit]:
                m = pattern.match(text, word.start())
                if m and m.end() > k:
                    spans.add(m.span())
    return spans


class TimesStage(Stage):
    """Append a :class:`TimeExpr` for each resolvable temporal expression."""

    name = "times"
    version = 1
    requires = ("doc", "entities", "published")
    assigns = ("times",)

    def __call__(self, work: Work) -> None:
        article = work.article
        try:
            published = parse_published(article.published)
        except InputError as exc:
            log.warning("%s: %s; resolving absolute dates only", article.id, exc.message)
            published = None
        spans = scan(article.text)
        if work.doc is not None:
            spans.update((e.start_char, e.end_char) for e in work.doc.ents
                         if e.label_ in ("DATE", "TIME"))
        found = [hit for s, e in spans if (hit := self._candidate(work, published, s, e))]
        found.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken: list[tuple[int, int, Resolved]] = []
        for start, end, res in found:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, res))
        for start, end, res in sorted(taken, key=lambda h: h[0]):
            article.times.append(TimeExpr(
                text=article.text[start:end], start=start, end=end, value=res.value,
                start_date=res.start_date, end_date=res.end_date, precision=res.precision,
                stage=self.tag))

    def _candidate(
        self, work: Work, published: date | None, start: int, end: int
    ) -> tuple[int, int, Resolved] | None:
        text = work.article.text
        start, end = _strip(text, start, end)
        if start >= end or not _plausible(work, published, start, end):
            return None
        tense = clause_tense(work.doc, start, end) if work.doc is not None else None
        res = resolve(text[start:end], published, tense=tense)
        if res is not None and (cut := _counted_number(work, start, end)) is not None:
            end = cut  # "In May 10 people died": the 10 counts people, not days
            res = resolve(text[start:end], published, tense=tense) if end > start else None
        if res is None:
            return None
        while (m := _LEADING.match(text, start)) and m.end() < end:
            if resolve(text[m.end():end], published, tense=tense) != res:
                break
            start = m.end()
        return start, end, res


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation, a trailing "'s" and a dangling "and"."""
    while start < end and text[start] in " \t\n,;:(\"'“‘":
        start += 1
    while True:
        piece = text[start:end]
        if m := re.search(r"(?:\s+(?:and|or|but)|['’]s|[\s,;:)\"'”’]|(?<=\d)\.)$", piece):
            end -= len(m[0])
        else:
            return start, end


def _plausible(work: Work, published: date | None, start: int, end: int) -> bool:
    """Reject names ("Sunday Times"), "May"/"March" that are not months, counted numbers."""
    text = work.article.text
    piece = text[start:end]
    before = text[max(0, start - 20):start]
    if work.doc is not None:
        labels = {t.ent_type_ for t in work.doc.char_span(start, end, alignment_mode="expand")
                  or ()}
        if labels & _NAME_LABELS and not labels & {"DATE", "TIME"}:
            return False
    if piece.title() in ("May", "March"):
        prev = re.findall(r"[A-Za-z]+", before)
        if prev and prev[-1].lower() in _SIGNAL:
            return True
        token = _token_at(work.doc, start)
        return token is not None and token.tag_ == "NNP" and token.ent_type_ == "DATE"
    if piece.lower() in _SEASON_WORDS and _next_is_noun(work, end):
        return False  # "winter crops", "summer offensive"
    if re.fullmatch(r"\d{4}", piece):
        latest = published.year + 10 if published else 2100
        return (1900 <= int(piece) <= latest and not _QUANTITY.search(before)
                and _counted_number(work, start, end) is None)
    return True


def _next_is_noun(work: Work, end: int) -> bool:
    after = work.article.text[end:end + 30]
    if work.doc is None:
        return bool(re.match(r"\s+[a-z]{3,}\b(?<!\band)(?<!\bor)", after))
    token = _token_at(work.doc, end + len(after) - len(after.lstrip()))
    return token is not None and token.pos_ == "NOUN"


def _counted_number(work: Work, start: int, end: int) -> int | None:
    """Where a span ending in a number is followed by what it counts, the end before it."""
    text = work.article.text
    m = re.search(r"\d+$", text[start:end])
    if not m:
        return None
    after = text[end:end + 40]
    token = _token_at(work.doc, end + len(after) - len(after.lstrip()))
    if work.doc is not None:
        counted = token is not None and (
            token.tag_ in ("NNS", "NN") or (token.pos_ == "ADJ" and token.i + 1 < len(work.doc)
                                            and work.doc[token.i + 1].tag_ == "NNS"))
    else:
        word = re.match(r"\s+([a-z]+)\b", after)
        counted = bool(word and (word[1].endswith("s") or word[1] in _PLURALS)
                       and word[1] not in ("was", "has", "is", "as", "its", "his", "this"))
    if not counted:
        return None
    return start + len(text[start:start + m.start()].rstrip(" ,"))


def _token_at(doc: Any, char: int) -> Any:
    if doc is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def clause_tense(doc: Any, start: int, end: int) -> str | None:
    """ "future", "past" or "present" for the clause holding ``doc`` chars start..end.

    None when unknown, or when the date hangs off a noun ("a frost in May" inside
    "the harvest will be smaller after a frost in May"): the verb's tense then says
    nothing about the date.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(8):  # climb to the governing verb
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 3:
        chain.append(chain[-1].head)  # "plans to meet", "are due"
    for v in chain:
        related = [c for c in v.children if c.dep_ in ("aux", "auxpass", "acomp", "xcomp")]
        if v.tag_ == "VBN" and any(c.lemma_ == "have" for c in related):
            return "past"  # "may have attacked", "has seized"
        if any(c.lower_ in _FUTURE_AUX for c in related):
            return "future"
        past = v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in related)
        if not past and (v.lemma_ in _FUTURE_LEMMAS or any(
                c.lemma_ in _FUTURE_LEMMAS and c.dep_ == "acomp" for c in related)):
            return "future"
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in verb.children):
        return "past"
    return "present"
