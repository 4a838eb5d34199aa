"""Who gave a figure: the speaker of the reporting clause that governs a token.

Reports attribute figures in a handful of ways, all visible in the
dependency parse:

- a reporting verb above the figure: "At least 12 civilians were killed …,
  the region's acting governor said" (the figure's clause is the verb's
  ``ccomp``), "the ministry reported 15 deaths" (its object);
- a reporting verb beside it: "… were killed, police said" parsed as
  ``parataxis``;
- "according to X" anywhere in the same sentence.

The claimant is the verb's subject (or the agent of a passive, "was reported
by X"), cut before an apposition or relative clause: "Alexei Smirnov, the
acting governor, said" gives "Alexei Smirnov". "He"/"she" are resolved to
the nearest PERSON before them and "it" to the nearest ORG; other pronouns
give no claimant.

:func:`share_claimants` then lends a claimant to an unattributed figure from
an attributed one of the same kind in its own or a neighbouring sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.entity_bounds import entities
from ..nlp.model import doc_text
from ..records import Claimant, Count
from ..speech.cues import DISCLOSING, RELAYING, SAYING
from .categories import cue_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "REPORTING_VERBS", "find_claimant", "headline_credit", "is_reporting_verb", "share_claimants",
]

#: Lemmas of verbs that attribute what they govern to their subject.
REPORTING_VERBS = SAYING | DISCLOSING | RELAYING | reference.words("figures/tally_verbs")
_CUT_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})
_CUT_PUNCT = frozenset({",", ";", "(", ")", "[", "]", "\u2014", "\u2013", '"', "'", ":"})
_PRONOUN_TARGETS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG",)}


def is_reporting_verb(token: Token) -> bool:
    """True for a verb such as "said", "reported", "told" (not "saying" as a noun)."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    if verb.lemma_.lower() in ("quote", "cite"):  # "X was quoted as saying by TASS": X
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return child
    for child in verb.children:  # "was reported by the ministry"
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    # "…, the regional governor, Oleh Syniehubov, said": the parser lost the subject of a
    # clause-final reporting verb; take the noun just before it.
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "mark") for c in verb.children
    ):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    if i < verb.sent.start or verb.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.doc[i]
    while (  # "the head of the regional military administration", "the Observatory for
        noun.dep_ == "pobj"  # Human Rights", "a spokesman for the army", "officials in Gaza"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in ("of", "for", "in", "at")
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    ):
        noun = noun.head.head
    return noun


def _phrase(head: Token) -> tuple[int, int]:
    """Token range [start, end) of ``head``'s phrase, cut before appositions and clauses."""
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in _CUT_DEPS or (child.dep_ == "punct" and child.text in _CUT_PUNCT):
            cut.update(t.i for t in child.subtree)
    keep = {t.i for t in head.subtree} - cut
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    return start, end + 1


def _claimant(doc: Doc, head: Token) -> Claimant | None:
    if head.pos_ == "PRON":
        return _resolve_pronoun(doc, head)
    start, end = _phrase(head)
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return None
    return _trimmed(doc[start:end])


def _resolve_pronoun(doc: Doc, pronoun: Token) -> Claimant | None:
    labels = _PRONOUN_TARGETS.get(pronoun.lower_)
    if not labels:
        return None
    before = [e for e in entities(doc) if e.label_ in labels and e.end <= pronoun.i]
    if not before:
        return None
    ent = before[-1]
    return Claimant(ent.text, ent.start_char, ent.end_char)


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _figure_object(verb: Token, via: Token | None) -> bool:
    """ "the explosion claimed 9 lives": "claim" governs the figure as its object, not a report."""
    return (
        via is not None
        and via.dep_ == "dobj"
        and verb.lemma_.lower() == "claim"
        and via.lemma_.lower() in ("life", "death", "casualty", "victim")
    )


def _hedge(verb: Token) -> bool:
    """ "Five troops reported killed", "Forty said dead": a hedge on the figure, not a source."""
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return verb.tag_ in ("VBN", "VBD") and following is not None and cue_at(following) is not None


def find_claimant(
    doc: Doc, token: Token, *, exclude: tuple[int, int] | None = None
) -> Claimant | None:
    """The claimant of the figure at ``token`` (its predicate or its number), or None.

    ``exclude`` is the figure's own token range; a subject inside it (the
    counted people themselves) is never a claimant.
    """
    lo, hi = exclude if exclude else (token.i, token.i + 1)
    below = None
    for node in (token, *token.ancestors):
        via, below = below, node
        if is_reporting_verb(node) and not _figure_object(node, via) and not _hedge(node):
            subj = _subject(node)
            if subj is not None and not lo <= subj.i < hi and token not in subj.subtree:
                found = _claimant(doc, subj)
                if found is not None:
                    return found
        for child in node.children:
            if child.dep_ == "parataxis" and is_reporting_verb(child):
                subj = _subject(child)
                if subj is not None:
                    found = _claimant(doc, subj)
                    if found is not None:
                        return found
    source = _according_to(token.sent)
    if source is not None:
        return _claimant(doc, source)
    found = _sentence_attribution(doc, token, lo, hi)
    if found is not None:
        return found
    return headline_credit(token.sent)


def _sentence_attribution(doc: Doc, token: Token, lo: int, hi: int) -> Claimant | None:
    """A reporting clause elsewhere in the figure's sentence, when the parse links none.

    The small model often hangs "…, the governor wrote on Telegram" off a
    clause the figure is not in; a trailing attribution is preferred.
    """
    above = {a.i for a in token.ancestors}  # already weighed, and turned down, above
    verbs = [t for t in token.sent
             if is_reporting_verb(t) and not _hedge(t) and t.i not in above and t.i != token.i]
    verbs.sort(key=lambda t: (t.i < token.i, -t.i if t.i < token.i else t.i))
    for verb in verbs:
        subj = _subject(verb)
        if subj is None or lo <= subj.i < hi or token in subj.subtree:
            continue
        found = _claimant(doc, subj)
        if found is not None:
            return found
    return None


#: Words a headline's trailing credit may not hold: it names a source, it says nothing.
_NOT_CREDIT_POS = frozenset({"VERB", "AUX", "NUM", "ADP", "SCONJ", "CCONJ", "PRON"})
_REPORTS = reference.words("figures/credit_words")


def headline_credit(sent: Span) -> Claimant | None:
    """The source a headline credits at its end: "… killed - DPR command", "…: officials",
    "…, DPR reports", "…, says defence ministry"."""
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[-1].text in (".", '"', "'", "\u201d", ")"):
        tokens.pop()
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        tok = tokens[k]
        rest = tokens[k + 1 :]
        if tok.text == ",":
            words = [t.lower_ for t in rest]
            if len(rest) >= 2 and (words[0] in _REPORTS) != (words[-1] in _REPORTS):
                rest = rest[1:] if words[0] in _REPORTS else rest[:-1]
                return _credit_span(sent.doc, rest)
            return None
        if tok.text in (":", "\u2014", "\u2013", "--") or (
            tok.text == "-" and tok.whitespace_ and tok.i > 0 and tok.doc[tok.i - 1].whitespace_
        ):
            return _credit_span(sent.doc, rest)
    return None


def _credit_span(doc: Doc, rest: list[Token]) -> Claimant | None:
    if not 1 <= len(rest) <= 6 or any(
        t.pos_ in _NOT_CREDIT_POS or t.like_num or t.ent_type_ in ("DATE", "TIME") for t in rest
    ):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in rest):
        return None
    return _trimmed(doc[rest[0].i : rest[-1].i + 1])


def _trimmed(span: Span) -> Claimant:
    """The claimant of ``span``, less a full stop the tokenizer left on its last word ("HQ.")."""
    end = span.end_char
    last = span[-1]
    if last.text.endswith(".") and len(last.text) > 1 and last.i == last.sent.end - 1:
        end -= 1
    return Claimant(doc_text(span.doc)[span.start_char : end], span.start_char, end)


# ------------------------------------------------------------------ shared attribution

def share_claimants(doc: Doc, counts: list[Count]) -> None:
    """An unattributed figure takes the claimant of an attributed one nearby.

    Wire copy often attributes a passage once ("… 120,000 have fled. At least
    12 were killed, the governor said."). The source is a figure of the same
    paragraph in the same sentence or the next or previous one (the later is
    preferred, since attribution usually trails), and of the same kind: a
    casualty figure never takes the source of an arrest tally. A sentence that
    opens on a time ("Last month, …", "On Sunday, …") starts another story,
    so nothing is shared into it from before, or out of it to before.
    """
    text = doc_text(doc)
    sents = list(doc.sents)
    starts = [sent.start_char for sent in sents]
    opens = [_opens_with_time(sent) for sent in sents]

    def sentence(count: Count) -> int:
        return bisect_right(starts, count.start) - 1

    for count in counts:
        if count.claimant is not None:
            continue
        para_start = text.rfind("\n\n", 0, count.start) + 1
        para_end = text.find("\n\n", count.end)
        para_end = len(text) if para_end < 0 else para_end
        here = sentence(count)
        near = []
        for other in counts:
            if other.claimant is None or not para_start <= other.start <= other.end <= para_end:
                continue
            there = sentence(other)
            if abs(there - here) > 1 or opens[max(here, there)] and there != here:
                continue
            if _kind(other.category) & _kind(count.category):
                near.append(other)
        later = [c for c in near if c.start > count.start]
        source = later[0] if later else (near[-1] if near else None)
        if source is not None and source.claimant is not None:
            claimant = source.claimant
            count.claimant = Claimant(claimant.name, claimant.start, claimant.end)


_CUSTODY = frozenset({"arrested", "detained", "abducted", "captured", "released"})
_TIME_LEAD = frozenset({"ADP", "ADV", "DET", "ADJ", "PUNCT", "SPACE"})


def _kind(category: str) -> frozenset[str]:
    """Figures that a source may report together: harm, custody, or (for "other") either."""
    if category == "other":
        return frozenset({"harm", "custody"})
    return frozenset({"custody" if category in _CUSTODY else "harm"})


def _opens_with_time(sent: Span) -> bool:
    """ "Last week, …", "On Sunday, …", "In 2023, …": a time before anything else."""
    for tok in sent[:5]:
        if tok.ent_type_ in ("DATE", "TIME"):
            return True
        if tok.pos_ not in _TIME_LEAD:
            return False
    return False
