"""Who said it, and through whom: speech cues, speakers, relaying outlets.

Reads a parsed spaCy ``Doc`` and finds every *attribution*: a speech cue
("said", "told", "quoted as saying", "according to"), the noun phrase that
spoke (the cue's subject), and the outlet that relayed it ("told Reuters",
"quoted by TASS", "in a statement to AFP"). :func:`reported_span` gives the
content a cue reports ("said [Russia had struck Sumy]", "[C], X said").

    >>> atts = find_attributions(doc)  # doc: "The governor told TASS the town was hit."
    >>> [(a.cue, a.speaker_text(doc), a.via) for a in atts]
    [('told', 'The governor', 'TASS')]

Token ranges are ``(start, end)`` token indices, end exclusive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import reference
from .agencies import AGENCY_RE, AIR_RE, agency_name
from .cues import (
    CORE_CUES,
    CUE_LEMMAS,
    RELAYING,
    content_args,
    is_sayer,
    is_source,
    is_wide_source,
    issuer,
    takes_clause,
)
from .edges import skip_lead, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Attribution", "CUE_LEMMAS", "agency_name", "find_attributions", "noun_phrase",
           "reported_span", "segment"]

_QUOTING = frozenset({"quote", "cite"})
_UP_DEPS = frozenset({"pcomp", "prep"})
#: Verbs that carry a statement: "a statement carried by WAFA".
_CARRYING = RELAYING | {"carry", "report", "air", "broadcast"}
_CONTENT_DEPS = frozenset({"ccomp", "parataxis", "conj", "cc", "advcl", "relcl"})
_NP_STOP_DEPS = frozenset({"punct", "appos", "relcl", "acl", "advcl", "parataxis", "ccomp", "dep"})
_BREAKS = frozenset({",", "—", "–", "(", ";"})
_QUOTE_MARKS = frozenset('"“”„«»‹›″')
_STOPS = frozenset(_QUOTE_MARKS | {":", ";"})
_SENTENCE_ENDS = frozenset(_QUOTE_MARKS | {".", "!", "?", "’"})
_JOINERS = frozenset({"while", "whereas", "and", "but", "as", "although", "though"})
_RELATIVE = frozenset({"who", "which", "that"})
#: Speech events that may name the outlet that carried them ("in an interview with AFP").
_SPEECH_NOUNS = reference.words("speech/speech_nouns")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One speech cue in a doc, with who spoke and who relayed it."""

    cue: str  # "said", "quoted as saying", "according to" (lower case)
    cue_index: int  # token index of the cue word
    speaker: tuple[int, int] | None  # token range of the speaker's noun phrase
    via: str | None  # relaying outlet ("TASS"), if the attribution names one
    kind: str = "verb"  # "verb" or "according"
    agency_speaker: str | None = None  # the speaker's own name when it is an outlet
    #: token range of what a relative-pronoun speaker stands for ("the court, which ruled")
    name: tuple[int, int] | None = None

    def speaker_text(self, doc: Doc) -> str | None:
        return doc[self.speaker[0] : self.speaker[1]].text if self.speaker else None


def noun_phrase(tok: Token) -> tuple[int, int]:
    """The core noun phrase headed by ``tok``: modifiers and "of" phrases, no
    appositions or relative clauses ("Smirnov, the governor" -> "Smirnov"),
    except a name after a title ("the governor, Alexei Smirnov")."""
    doc = tok.doc
    start, end = tok.left_edge.i, tok.i + 1
    for right in tok.rights:
        if (right.dep_ in _NP_STOP_DEPS or right.dep_ == "case"
                or right.left_edge.text in _BREAKS | _QUOTE_MARKS):
            break
        end = right.right_edge.i + 1
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON":
        for right in tok.rights:
            if (right.dep_ == "appos" and right.ent_type_ in ("PERSON", "")
                    and right.pos_ == "PROPN" and doc[right.left_edge.i - 1].text == ","):
                end = noun_phrase(right)[1]
                break
    start = max([start, tok.sent.start] + [t.i + 1 for t in doc[start : tok.i] if
                                            t.text in _QUOTE_MARKS])
    while start < tok.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > tok.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return start, end


def is_cue(tok: Token) -> bool:
    """True for a verb that introduces speech here (not "was reported killed")."""
    if not tok.tag_.startswith("VB") or tok.dep_ in ("amod", "compound", "acl"):
        return False
    if any(c.dep_ == "neg" for c in tok.children) or (
            tok.head.i != tok.i and tok.head.lemma_ in ("decline", "refuse")):
        return False  # "did not say whether …"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if tok.lemma_ == "cite" and not passive:  # "cited her record", not "citing the ministry"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is not None and not is_source(obj)
    if tok.lemma_ in _QUOTING:  # "…," he was quoted by TASS.
        return passive and not any(c.lower_ == "as" for c in tok.children)
    return not passive and (tok.lemma_.lower() in CUE_LEMMAS or takes_clause(tok))


def find_attributions(doc: Doc, skip: Callable[[int], bool] = lambda i: False) -> list[Attribution]:
    """Every attribution in ``doc`` whose cue token ``skip`` does not reject."""
    found = []
    for tok in doc:
        if skip(tok.i):
            continue
        if tok.lower_ == "according":
            obj = _pobj(next((c for c in tok.children if c.lower_ == "to"), None))
            if obj is not None:
                speaker = noun_phrase(issuer(obj))
                own = agency_name(doc, *speaker)
                found.append(Attribution("according to", tok.i, speaker, None, "according", own))
        elif is_cue(tok) and (att := _verb_attribution(tok)) is not None:
            found.append(att)
    return found


def _verb_attribution(verb: Token) -> Attribution | None:
    doc = verb.doc
    cue = verb.lower_
    chain = [verb]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ in _QUOTING:
        chain += [verb.head, verb.head.head]
        cue = f"{verb.head.head.lower_} as {verb.lower_}"
    head, relayer = _speaker_head(verb, chain)
    if verb.lemma_.lower() not in CORE_CUES and (head is None or not is_wide_source(head)):
        return None  # "the move suggests …", "the test shows …"
    if head is not None and not is_sayer(head):
        head = None  # "a haven saying …": no speaker rather than a thing
    speaker = noun_phrase(head) if head is not None else None
    own = agency_name(doc, *speaker) if speaker else None
    via = agency_name(doc, *noun_phrase(relayer), loose=True) if relayer is not None else None
    cited = _cited(verb) if own and via is None else None
    if cited is not None:  # "TASS reported, citing the ministry, …"
        speaker, via, own = noun_phrase(cited), own, None
    name = None
    if head is not None and head.lower_ in _RELATIVE and head.head.dep_ == "relcl" \
            and head.head.head.pos_ in ("NOUN", "PROPN"):
        name = noun_phrase(head.head.head)  # "the court, which ruled …": the court
        own = agency_name(doc, *name)
    return Attribution(cue, verb.i, speaker, via or _via(chain, head), "verb", own, name)


def _speaker_head(verb: Token, chain: list[Token]) -> tuple[Token | None, Token | None]:
    """(subject token, relaying subject or None) for a cue verb; climbs from
    "adding"/"and said"/"quoted as saying" to the verb that has the subject."""
    cur = verb
    for _ in range(5):
        kids = list(cur.children)
        if cur.lemma_ in _QUOTING:  # "TASS quoted Smirnov as saying"
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            if obj is not None and (cur.lemma_ == "quote" or is_source(obj)):
                return obj, next((c for c in kids if c.dep_ == "nsubj"), None)
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
        subj = min(subjects, key=lambda c: abs(c.i - cur.i), default=None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and cur.dep_ == "relcl" and subj.pos_ != "PRON":
                return cur.head, None  # "that" parsed as a determiner
            return subj, None
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head, None
        if cur.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or cur.head is cur:
            break
        if (cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and is_cue(cur.head.head)
                and cur.i > 1 and cur.doc[cur.i - 2].text == ","):  # "X said C, and accused"
            cur = cur.head
        cur = cur.head
        if cur not in chain:
            chain.append(cur)
    return None, None


def _cited(verb: Token) -> Token | None:
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for child in [*verb.children, *(g for c in clauses for g in c.lefts)]:
        if child.lemma_ in _QUOTING and child.tag_ == "VBG":
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


def _pobj(prep: Token | None) -> Token | None:
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _via(chain: list[Token], speaker: Token | None) -> str | None:
    """An outlet named around the cue: told X, quoted by X, in a statement to X."""
    holders = list(chain)
    if speaker is not None:
        holders += [c for c in speaker.children if c.dep_ == "acl" and c.lemma_ in _QUOTING]
    for holder in holders:
        for child in holder.children:
            if name := _via_from(holder, child):
                return name
            if child.dep_ in ("advcl", "xcomp") and child.lemma_ in ("speak", "talk", *_QUOTING):
                for grand in child.children:
                    if name := _via_from(child, grand):
                        return name
    return None


def _via_from(holder: Token, child: Token) -> str | None:
    doc, word = holder.doc, child.lower_
    if child.dep_ in ("dative", "dobj") and holder.lemma_ == "tell":
        return agency_name(doc, *noun_phrase(child), loose=True)
    if child.dep_ == "agent" or (child.dep_ == "prep" and word in ("by", "to", "with")):
        obj = _pobj(child)
        return agency_name(doc, *noun_phrase(obj), loose=True) if obj is not None else None
    if child.dep_ == "prep" and word == "according":
        obj = _pobj(next((c for c in child.children if c.lower_ == "to"), None))
        return agency_name(doc, *noun_phrase(obj)) if obj is not None else None
    obj = _pobj(child) if child.dep_ == "prep" else None
    if obj is None:
        return None
    if word == "on":  # "said on state television", not "on Telegram"
        start, end = noun_phrase(obj)
        text = doc[start:end].text
        return agency_name(doc, start, end) if AIR_RE.search(text) or AGENCY_RE.search(text) \
            else None
    if word in ("in", "during", "at") and obj.lemma_.lower() in _SPEECH_NOUNS:
        for grand in obj.children:
            if grand.dep_ == "acl" and grand.lemma_ in _CARRYING:  # "carried by WAFA"
                grand = next((g for g in grand.children if g.dep_ == "agent"), grand)
            inner = _pobj(grand) if grand.lower_ in ("to", "with", "by") else None
            if inner is not None:
                return agency_name(doc, *noun_phrase(inner), loose=True)
    return None


def segment(att: Attribution, doc: Doc) -> tuple[int, int]:
    """Token range of the attribution itself (cue, speaker, via), without content."""
    cue = doc[att.cue_index]
    if att.kind == "according":
        return cue.left_edge.i, cue.right_edge.i + 1
    top = cue
    # "quoted as saying": the attribution hangs from "quoted"
    while top.dep_ in _UP_DEPS and (top.head.lower_ == "as" or top.head.lemma_ in _QUOTING):
        top = top.head
    members = {t.i for t in top.subtree}
    args = {a.i for a in content_args(cue)}
    for tok in top.subtree:
        if tok is not top and (tok.dep_ in _CONTENT_DEPS or tok.i in args):
            members.difference_update(t.i for t in tok.subtree)
    start = end = cue.i
    while start - 1 in members:
        start -= 1
    while end + 1 in members:
        end += 1
    while start < cue.i and (doc[start].is_punct or doc[start].dep_ in ("mark", "cc")):
        start += 1
    while end > cue.i and doc[end].is_punct:
        end -= 1
    return start, end + 1


def reported_span(
    att: Attribution, doc: Doc, segments: dict[int, tuple[int, int]]
) -> tuple[int, int] | None:
    """Token range of what ``att`` reports, without the other attributions
    (``segments``: cue index -> :func:`segment`) that lead or trail it."""
    span = _complement(att, doc, segments[att.cue_index])
    if span is None:
        return None
    start, end, head = span
    for tok in doc[start:end]:  # stay inside the cue's paragraph
        if tok.is_space and "\n" in tok.text and (
                "\n\n" in tok.text or doc[tok.i - 1].text in _SENTENCE_ENDS):
            if tok.i < att.cue_index:
                start = tok.i + 1
            else:
                end = tok.i
                break
    for cue_index, (seg_start, seg_end) in sorted(segments.items()):
        if cue_index == att.cue_index:
            continue
        other = doc[cue_index]
        reported = (other.dep_ == "ccomp" and other.head.i == att.cue_index > seg_start
                    and _ends_sentence(doc, segments[att.cue_index][1]))  # "A told B, C added"
        if seg_start <= start < seg_end and not reported:  # "According to TASS, …"
            start = seg_end
        elif start < seg_start < end:  # "…, RIA Novosti reported"
            inner = head is not None and head.is_ancestor(doc[cue_index])
            end = _trail(doc, seg_start, seg_end, end, inner)
    start, end = trim(doc, skip_lead(doc, start, end), end)
    return (start, end) if end > start else None


def _complement(
    att: Attribution, doc: Doc, seg: tuple[int, int]
) -> tuple[int, int, Token | None] | None:
    """(start, end, head of the content clause or None) for what ``att`` reports."""
    cue = doc[att.cue_index]
    sent = cue.sent
    if att.kind == "according":
        before, after = (sent.start, seg[0]), (seg[1], sent.end)
        start, end = max(before, after, key=lambda r: sum(not t.is_punct for t in doc[r[0] : r[1]]))
        return start, end, None
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    right = [c for c in clauses if c.i > cue.i]
    if right:  # "X said C": the clause, and what the parse left after it in the sentence
        clause = right[0]
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        for lead in clause.lefts:  # "reported, citing the ministry, that …"
            if lead.dep_ == "advcl" and lead.lemma_ in _QUOTING:
                start = max(start, lead.right_edge.i + 1)
        while cue.dep_ != "relcl" and end < sent.end and doc[end].text not in _STOPS:
            end += 1
        return start, end, clause
    trailing = seg[0] > sent.start and doc[seg[0] - 1].text in _BREAKS
    ends = trailing and all(t.is_punct or t.is_space for t in doc[seg[1] : sent.end])
    if clauses:  # "C, the governor said"; "A, but B, the source added": all of it
        start = sent.start if ends else clauses[-1].left_edge.i
        return start, clauses[-1].right_edge.i + 1, clauses[-1]
    if cue.lemma_.lower() not in CORE_CUES and (found := _object_content(cue)):
        return found  # "…, promising aid": the aid, not the clause before
    head = cue.head
    if cue.dep_ in ("parataxis", "ccomp", "advcl", "conj") and trailing:
        if head.i < cue.i:  # "C, the governor said" parsed the other way round
            return (sent.start if ends else max(sent.start, head.left_edge.i)), seg[0], head
        if seg[1] < len(doc) and doc[seg[1]].text in _BREAKS:  # "C1, he said, C2"
            return max(sent.start, head.left_edge.i), head.right_edge.i + 1, head
    for tok in doc[cue.i + 1 : cue.right_edge.i + 1]:  # "told CNN in an interview that …"
        if tok.dep_ in ("relcl", "acl", "advcl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.lefts):
            return tok.left_edge.i, tok.right_edge.i + 1, tok
    return _object_content(cue)


def _object_content(cue: Token) -> tuple[int, int, Token | None] | None:
    """"denied involvement", "accused Kyiv of …", "called for talks", "vowed to …"."""
    args = content_args(cue)
    if not args:
        return None
    first = args[0]
    start = first.i + 1 if first.dep_ == "prep" else first.left_edge.i
    return start, max(a.right_edge.i for a in args) + 1, first


def _ends_sentence(doc: Doc, i: int) -> bool:
    return i >= len(doc) or all(t.is_punct or t.is_space for t in doc[i : doc[i].sent.end])


def _trail(doc: Doc, seg_start: int, seg_end: int, end: int, inner: bool) -> int:
    """Where content ends if the attribution at ``seg_start`` trails it:
    "…, RIA Novosti reported", "…, adding that …", "…, while the ministry told …"."""
    i = seg_start - 1
    while i > 0 and doc[i].dep_ in ("mark", "cc") and doc[i].lower_ in _JOINERS:
        i -= 1
    if doc[i].text not in _BREAKS:
        return end
    rest = any(not t.is_punct for t in doc[seg_end:end])
    return i if i < seg_start - 1 or not rest or not inner else end
