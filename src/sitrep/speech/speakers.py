"""Resolving a speaker mention to the name it stands for: "he"/"she" ("his",
"her") to a person, "they" to a group, "the minister" to the minister named before.

Only people are candidates: the speakers of earlier quotes that name a
single person or a singular title ("the acting governor"), and PERSON
entities that are the subject of their clause, outside quote marks, in
the sentences before. The most recent candidate whose gender does not
clash wins. A person's gender is read from the text itself: a title
("Mr.", "Mrs.") or the pronoun that follows them in a sentence where they
are the only person named ("Smirnov said he …").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.entity_bounds import entities
from ..nlp.model import doc_text
from ..records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["SpeakerResolver", "is_person_speaker"]

#: Pronouns resolved to a person, and the gender each asks for.
GENDERED = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
PRONOUNS = frozenset(GENDERED)
#: Pronouns resolved to a group or organisation.
PLURAL = frozenset({"they", "their"})
_WINDOW = 600  # characters before the sentence searched for a subject
#: Words that make a speaker one person: a title or a singular person noun.
_TITLES = re.compile(
    r"\b(" + "|".join(map(re.escape, reference.ordered_words("speech/person_speaker_words")))
    + r")\b",
    re.IGNORECASE,
)
_MALE = reference.words("speech/male_words")
_FEMALE = reference.words("speech/female_words")


def is_person_speaker(doc: Doc, quote: Quote) -> bool:
    """A single named person or a singular title ("the acting governor")."""
    if quote.speaker is None or quote.speaker.lower() in PRONOUNS:
        return False
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    span = doc.char_span(quote.speaker_start, quote.speaker_end)
    if span is None or span.root.tag_ in ("NNS", "NNPS"):
        return False
    return any(t.ent_type_ == "PERSON" for t in span) or bool(_TITLES.search(span.root.text))


class SpeakerResolver:
    """Resolves pronoun speakers in one doc; ``quoted`` are the character
    spans of direct quotes, whose people are spoken about, not speaking.

    The quote keeps the pronoun as its speaker mention (``speaker_start``,
    ``speaker_end``); only ``speaker`` becomes the name it stands for.
    """

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.people = [
            (e.start_char, e.end_char) for e in doc.ents
            if e.label_ == "PERSON" and e.root.dep_ in ("nsubj", "nsubjpass")
            and not any(s <= e.start_char < t for s, t in quoted)
        ]
        self.genders = _genders(doc, quoted)
        #: (where a resolved pronoun ends, the name's span) for the pronouns resolved so far
        self.resolved: list[tuple[int, tuple[int, int]]] = []

    def resolve(self, quote: Quote, earlier: list[Quote]) -> Quote:
        """"he said" -> the latest person spoken of before, of that gender; "they"
        -> the latest plural or organisation speaker; "the minister" -> the latest
        person named with that title ("Defence Minister Rustem Umerov")."""
        if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
            return quote
        word = quote.speaker.lower()
        if word in PLURAL:
            return self._plural(quote, earlier)
        if word not in PRONOUNS:
            return self._titled(quote)
        assert quote.speaker_start is not None and quote.speaker_end is not None
        doc = self.doc
        speaker = doc.char_span(quote.speaker_start, quote.speaker_end)
        assert speaker is not None, "a speaker's offsets are token bounds"
        sent_start = speaker.sent.start_char
        spans = [(q.speaker_end, (q.speaker_start, q.speaker_end)) for q in earlier
                 if q.speaker_start is not None and q.speaker_end is not None
                 and is_person_speaker(doc, q)]
        spans += [(p[1], p) for p in self.people if sent_start - _WINDOW < p[0]]
        spans += self.resolved
        want = GENDERED[quote.speaker.lower()]
        fits = [(at, s) for at, s in spans if at <= sent_start
                and self._gender(*s) in (want, None)]
        best = max(fits, key=lambda f: (f[0], f[1][1], -f[1][0]), default=None)
        if best is None:
            return quote
        name = best[1]
        self.resolved.append((quote.speaker_end, name))
        return replace(quote, speaker=doc_text(doc)[name[0] : name[1]])

    def _plural(self, quote: Quote, earlier: list[Quote]) -> Quote:
        """"they said" -> the latest earlier speaker that is plural or an organisation."""
        assert quote.speaker_start is not None
        for q in reversed(earlier):
            if q.speaker_start is None or q.speaker_end is None or q.speaker is None \
                    or q.speaker_end > quote.speaker_start or q.speaker.lower() in PLURAL:
                continue
            span = self.doc.char_span(q.speaker_start, q.speaker_end)
            if span is not None and (span.root.tag_ in ("NNS", "NNPS")
                                     or span.root.ent_type_ in ("ORG", "NORP")):
                return replace(quote, speaker=q.speaker)
        return quote

    def _titled(self, quote: Quote) -> Quote:
        """"the minister said" -> the latest person named before with that title."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        span = self.doc.char_span(quote.speaker_start, quote.speaker_end)
        if span is None or span[0].lower_ != "the" or span.root.tag_ != "NN" or any(
                t.ent_type_ == "PERSON" for t in span) or not _TITLES.fullmatch(span.root.text):
            return quote
        title = span.root.lower_
        best = None
        for ent in entities(self.doc):
            if ent.label_ != "PERSON" or ent.end_char > quote.speaker_start:
                continue
            before = self.doc[max(0, ent.start - 3) : ent.start]
            if any(t.lower_ == title for t in [*before, *ent]):
                best = ent
        return quote if best is None else replace(quote, speaker=best.text)

    def _gender(self, start: int, end: int) -> str | None:
        span = self.doc.char_span(start, end)
        if span is None:
            return None
        before = self.doc[span.start - 1].lower_ if span.start else ""
        words = {t.lower_ for t in span} | {before}
        if words & _MALE and not words & _FEMALE:
            return "m"
        if words & _FEMALE and not words & _MALE:
            return "f"
        names = [t.lower_ for t in span if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        return self.genders.get(names[-1]) if names else None


def _genders(doc: Doc, quoted: list[tuple[int, int]]) -> dict[str, str]:
    """Surname -> "m"/"f", from titles and from the pronouns that follow a
    person who is the only one named in their sentence."""
    votes: dict[str, Counter[str]] = {}
    for sent in doc.sents:
        people = [e for e in sent.ents if e.label_ == "PERSON"]
        for ent in people:
            key = ent[-1].lower_
            before = doc[ent.start - 1].lower_ if ent.start else ""
            for word in [t.lower_ for t in ent] + [before]:
                if word in ("mr", "mr."):
                    votes.setdefault(key, Counter())["m"] += 3
                elif word in ("mrs", "mrs.", "ms", "ms.", "miss"):
                    votes.setdefault(key, Counter())["f"] += 3
        if len({e[-1].lower_ for e in people}) != 1:
            continue
        ent = people[0]
        for tok in doc[ent.end : sent.end]:
            if any(s <= tok.idx < t for s, t in quoted):
                continue
            if tok.lower_ in ("he", "him", "his", "himself"):
                votes.setdefault(ent[-1].lower_, Counter())["m"] += 1
            elif tok.lower_ in ("she", "her", "hers", "herself"):
                votes.setdefault(ent[-1].lower_, Counter())["f"] += 1
    return {key: c.most_common(1)[0][0] for key, c in votes.items()
            if len(c) == 1 or c.most_common(2)[0][1] > 2 * c.most_common(2)[1][1]}
