"""Who a figure counts: the number's token, its noun, and the subject as written.

Given the span of a figure phrase in a parsed Doc:

- :func:`anchor_of` is the token of the figure that links it to the sentence
  ("12" in "At least 12");
- :func:`counted_noun` is the noun it counts ("civilians" in "At least 12
  civilians", "people" in "dozens of people"), with the token that carries
  the figure's role in the clause;
- :func:`subject_of` is that noun as written, lowercased, with its compounds
  ("police officers"), or None for a casualty noun ("the 12 dead") or an
  anaphor ("others", "them");
- :func:`bare_singular` spots a headline's determiner-less "Soldier killed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from .categories import PEOPLE_PRONOUNS, PERSON_NOUNS, is_person_noun, word_category
from .numbers import parse_quantity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "anchor_of",
    "counted_noun",
    "counts_things",
    "subject_of",
    "is_anaphor",
    "apposed_subject",
    "bare_singular",
    "loose_singular",
    "is_spaced_dash",
    "phrase_start",
]

_NOUN_DEPS = frozenset(
    {"nummod", "quantmod", "amod", "compound", "det", "advmod", "npadvmod"}
)
#: Nouns that stand for people already named, whose subject is inherited.
_ANAPHORS = PEOPLE_PRONOUNS | {"other", "others", "more"}
#: Casualty nouns that say what happened but not to whom ("the 12 dead").
_NO_SUBJECT = reference.words("figures/no_subject_nouns")
_PLURALS = {"child": "children", "man": "men", "woman": "women", "person": "people"}
#: Singular nouns that name a group, never one person ("staff were evacuated").
_COLLECTIVE = reference.words("figures/collective_nouns")
#: Participles that may stand between a figure and its casualty noun ("two reported deaths").
_TOLD = frozenset({"reported", "confirmed", "recorded", "known", "documented", "verified"})


def bare_singular(noun: Token) -> bool:
    """A singular person noun with no determiner ("Soldier killed", "sniper kills soldier").

    Count nouns go without one only in headlines; group nouns never count as one.
    """
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "ROOT"):
        return False
    if noun.tag_ != "NN" and not (noun.tag_ == "NNP" and noun.i == noun.sent.start):
        return False
    if noun.lower_ in _COLLECTIVE or not is_person_noun(noun):
        return False
    return not any(  # but "Donetsk Republic's serviceman" is one
        c.i < noun.i and c.dep_ in ("det", "poss", "nummod", "quantmod")
        and not (c.dep_ == "poss" and c.pos_ == "PROPN")
        for c in noun.children
    )


def is_spaced_dash(tok: Token) -> bool:
    """A dash set off by spaces, as before a headline's credit ("… killed - DPR command")."""
    if tok.text in ("\u2014", "\u2013", "--"):
        return True
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(
        tok.doc[tok.i - 1].whitespace_
    )


#: Words before a noun that make it more than a bare singular ("the soldier", "his son").
_DETERMINERS = reference.words("figures/determiners")


def loose_singular(noun: Token) -> bool:
    """A headline's bare singular person noun that the parse misread: "kills civilian"."""
    if noun.tag_ not in ("NN", "JJ", "NNP") or (
        noun.tag_ == "NNP" and not (noun.i == noun.sent.start or noun.is_lower)
    ):
        return False
    lower = noun.lower_
    if lower in _COLLECTIVE or lower in _ANAPHORS or word_category(noun):
        return False
    if lower not in PERSON_NOUNS and not (len(lower) >= 7 and lower.endswith(("man", "woman"))):
        return False
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
        return False  # "civilian infrastructure"
    start = phrase_start(noun, surface=True)
    before = doc[start.i - 1] if start.i > noun.sent.start else None
    return before is None or not (
        before.lower_ in _DETERMINERS or before.like_num or before.tag_ in ("POS", "PRP$", "CD")
    )


def phrase_start(noun: Token, *, surface: bool = False) -> Token:
    """The first of the adjectives and compounds before ``noun`` ("Ukrainian soldier")."""
    start = noun
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound") and child.i < start.i:
            start = child
    if surface:  # the words themselves, where the parse is not to be trusted
        doc = noun.doc
        while start.i > noun.sent.start and doc[start.i - 1].pos_ in ("ADJ", "PROPN") and (
            doc[start.i - 1].lower_ not in _DETERMINERS
        ):
            start = doc[start.i - 1]
    return start


def anchor_of(span: Span) -> Token:
    """The token of the figure that links it to the sentence."""
    numeric = [t for t in span if t.like_num or t.pos_ == "NUM" or parse_quantity(t.text)]
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head is t]
    for tok in reversed(outside):
        if tok in numeric:
            return tok
    return outside[-1] if outside else span.root


def counted_noun(span: Span, anchor: Token) -> tuple[Token | None, Token]:
    """``(counted noun, token that carries the role)`` for the figure."""
    head = anchor.head
    doc = span.doc
    between = doc[span.end : head.i] if head.i >= span.end else doc[0:0]
    dash = next((t for t in between if is_spaced_dash(t)), None)
    if dash is not None and anchor.dep_ in _NOUN_DEPS:
        # "kills two militiamen - DPR command": the parse ran the noun into the credit
        last = None
        for tok in doc[span.end : dash.i]:
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                break
            last = tok
        return last, head
    if (
        anchor.dep_ in _NOUN_DEPS
        and head.i >= span.end
        and not any(
            (t.pos_ in ("ADP", "VERB", "AUX") and t.dep_ != "amod") or t.text in ",:;"
            for t in between
        )
        and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "VERB")
        and (head.pos_ != "VERB" or word_category(head))
    ):
        noun = _through_compound(head)
        if noun is head and head.dep_ == "compound" and any(
            is_spaced_dash(t) for t in doc[head.i : head.head.i]
        ):
            return head, head.head  # "kills three civilians - agency"
        return noun, noun
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        for obj in doc[span.end].children:
            if obj.dep_ == "pobj":
                return obj, anchor
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and is_person_noun(after) and after.pos_ != "PRON":
        return after, after  # the parser split "1.2m people"
    if after is not None and after.lower_ in _TOLD and span.end + 1 < len(doc):
        noun = doc[span.end + 1]  # "Two reported fatalities": the parser made a verb of it
        if noun.pos_ in ("NOUN", "PROPN") and word_category(noun):
            return noun, noun
    return None, anchor


def _through_compound(noun: Token) -> Token:
    """ "12 police officers": the number hangs on "police", the noun is "officers".

    Only towards people: in "30 days detention" the figure counts days.
    """
    while (
        noun.dep_ == "compound"
        and noun.head.i > noun.i
        and noun.head.pos_ == "NOUN"
        and (is_person_noun(noun) or is_person_noun(noun.head))
        and not any(is_spaced_dash(t) for t in noun.doc[noun.i : noun.head.i])
    ):
        noun = noun.head
    return noun


def counts_things(anchor: Token) -> bool:
    """A bare number set beside things: "two recordings, one captured by a camera"."""
    head = anchor.head
    return (
        anchor.dep_ in ("appos", "conj")
        and head.pos_ in ("NOUN", "PROPN")
        and not is_person_noun(head)
        and not word_category(head)
    )


def apposed_subject(noun: Token) -> str | None:
    """The people named right after a partitive: "two of *them* children" gives "children"."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if noun.pos_ != "PRON" or nxt is None or nxt.pos_ != "NOUN" or not is_person_noun(nxt):
        return None
    return subject_of(nxt)


def is_anaphor(noun: Token) -> bool:
    return noun.lower_ in _ANAPHORS or noun.lower_ in _NO_SUBJECT


def subject_of(noun: Token | None) -> str | None:
    """The counted noun as written, lowercased, with its compounds ("police officers")."""
    if noun is None or is_anaphor(noun) or noun.lemma_.lower() in _NO_SUBJECT:
        if noun is not None:
            for child in noun.children:  # "12 civilian deaths"
                if child.dep_ in ("amod", "compound") and is_person_noun(child):
                    return _PLURALS.get(child.lower_, child.lower_.rstrip("s") + "s")
        return None
    if not is_person_noun(noun):
        return None
    if word_category(noun):  # "15 servicemen prisoner": the people are the compound
        people = [c for c in noun.lefts if c.dep_ == "compound" and is_person_noun(c)]
        if people:
            noun = people[-1]
    start = noun.i
    while start - 1 >= 0 and noun.doc[start - 1].dep_ == "compound" and (
        noun.doc[start - 1].head.i == noun.i
    ):
        start -= 1
    return noun.doc[start : noun.i + 1].text.lower()
