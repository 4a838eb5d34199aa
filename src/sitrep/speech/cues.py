"""Cue lexicons for attribution: which verbs report speech or belief, what
they take as content, and which noun phrases can be a source.

Core speech verbs ("said", "told") attribute whatever their subject is. The
wider set (verbs of arguing, urging, criticising, believing) counts only
with a content argument it licenses and a subject that can hold a view: a
person, an organisation, a named entity, a pronoun, or a document ("a UN
report found …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CORE_CUES", "CUE_LEMMAS", "DISCLOSING", "OBJECT_CUES", "RELAYING", "SAYING",
           "SPEAKING", "STANCE", "TELLING", "TO_CUES", "content_args", "is_source", "is_sayer",
           "is_wide_source", "issuer", "takes_clause"]

#: Verbs of saying that also attribute a figure ("the ministry reported 15 deaths").
SAYING = reference.words("speech/saying_verbs")
#: Verbs of saying: any subject, content from a clause or a quote beside them.
CORE_CUES = SAYING | reference.words("speech/stressing_verbs")
#: Verbs of disclosing: wide cues that also attribute a figure.
DISCLOSING = reference.words("speech/disclosing_verbs")
#: Verbs of stance and intent ("supports", "wants", "declined to"): wide cues whose
#: content may be an object, an infinitive or a clause.
STANCE = reference.words("speech/stance_cues")
#: Verbs of speaking and criticising beyond "said" ("blasted", "touted"): wide cues.
SPEAKING = reference.words("speech/speaking_verbs")
#: Verbs of arguing, believing and urging: they need a source-like subject.
WIDE_CUES = DISCLOSING | reference.words("speech/wide_cues") | STANCE | SPEAKING
CUE_LEMMAS = CORE_CUES | WIDE_CUES
#: Verbs that relay a statement: "was quoted as saying", "cited the ministry".
RELAYING = reference.words("speech/relaying_verbs")
#: Verbs that tell of a statement, passive relays included ("was quoted as saying").
TELLING = CORE_CUES | RELAYING | {"brief"}
#: Cues whose content may be an object or prepositional phrase ("denied involvement",
#: "criticised Trump for …", "warned of attacks", "called for talks").
OBJECT_CUES = reference.words("speech/object_cues") | STANCE | SPEAKING
#: Cues whose content may be an infinitive ("vowed to …", "urged X to …").
TO_CUES = reference.words("speech/to_cues") | STANCE
#: Prepositions that open the content of an object cue.
CONTENT_PREPS = frozenset({"of", "about", "against", "on", "for", "as", "over"})

#: Nouns of people, organisations and documents that can hold a view.
_PERSON_NOUNS = reference.words("common/person_nouns") | reference.words("speech/speaking_people")
_ORG_NOUNS = reference.words("speech/organisation_nouns")
_DOC_NOUNS = reference.words("speech/document_nouns")
_SOURCE_PRONOUNS = reference.words("speech/source_pronouns")
#: Statements and documents whose issuer is the source ("a statement from the army").
_ISSUED = reference.words("speech/issued_nouns")
_SPEAKER_VOICE = frozenset({"you"})
#: Verbs with a clause that is not a view held: "make sure", "ensure", "mean".
_NOT_CUES = reference.words("speech/not_cues")
_SOURCE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_HUMAN_SUFFIXES = ("ist", "ian", "ee", "ant", "ists", "ians", "ees", "ants")
_SAYER_SUFFIXES = ("er", "or", "ers", "ors", "man", "men", "woman", "women")


def is_wide_source(head: Token) -> bool:
    """A source for a verb of arguing or believing, but not the generic
    reader ("you know", "you think")."""
    return head.lower_ not in _SPEAKER_VOICE and is_source(head)


def is_sayer(head: Token) -> bool:
    """A subject of "said" and the like: any source, and also a common noun
    that reads as a person ("the announcer") or a share of people ("73
    percent"); not a thing ("a haven", "the bill")."""
    if is_source(head) or head.ent_type_ in ("PERCENT", "CARDINAL") or head.like_num:
        return True
    word = head.lower_
    return len(word) > 4 and word.endswith(_SAYER_SUFFIXES)


def is_source(head: Token) -> bool:
    """True when the token heading a speaker phrase can hold a view: a
    named entity, a proper noun, a pronoun, or a person, organisation or
    document noun ("officials", "the ministry", "a UN report")."""
    if head.ent_type_ in _SOURCE_ENTS or head.pos_ == "PROPN":
        return True
    word = head.lower_
    if head.pos_ == "PRON" or word in _SOURCE_PRONOUNS:
        return word in _SOURCE_PRONOUNS or word in _PERSON_NOUNS
    lemma = head.lemma_.lower()
    if lemma in _PERSON_NOUNS or lemma in _ORG_NOUNS or lemma in _DOC_NOUNS:
        return True
    if word in _PERSON_NOUNS or word in _ORG_NOUNS or word in _DOC_NOUNS:
        return True
    if head.ent_type_ == "PERCENT" or (head.like_num and head.pos_ == "NUM"):
        return any(c.lower_ == "of" for c in head.children)  # "60 percent of voters"
    return len(word) > 5 and word.endswith(_HUMAN_SUFFIXES)


def takes_clause(verb: Token) -> bool:
    """Any verb with a finite clause after it ("the court ruled that …", "aides have
    learned the trip was cancelled"), bar verbs that make or cause rather than
    hold a view ("make sure", "ensure"): an attribution when its subject is a source."""
    if verb.lemma_.lower() in _NOT_CUES or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(
        g.dep_ in ("nsubj", "nsubjpass", "expl") or (g.dep_ == "mark" and g.lower_ == "that")
        for g in c.children) for c in verb.children)


def content_args(cue: Token) -> list[Token]:
    """The right-hand arguments of ``cue`` that carry its content, in order:
    objects and their "for"/"of"/"as" phrases ("criticised Trump for …",
    "described it as …"), an infinitive ("vowed to …", "urged X to …"), or a
    prepositional object ("called for talks", "warned of attacks")."""
    lemma = cue.lemma_.lower()
    rights = list(cue.rights)
    infinitive = next((c for c in rights if c.dep_ == "xcomp" and _has_to(c)), None)
    if infinitive is not None and lemma in TO_CUES:
        obj = next((c for c in rights if c.dep_ in ("dobj", "dative") and c.i < infinitive.i),
                   None)
        return [obj, infinitive] if obj is not None else [infinitive]
    if lemma not in OBJECT_CUES:
        return []
    args = []
    for child in rights:
        if child.dep_ in ("dobj", "attr", "oprd") or (
                child.dep_ == "prep" and child.lower_ in CONTENT_PREPS and _plain_pobj(child)):
            args.append(child)
        elif args and not (child.is_punct or child.dep_ in ("advmod", "npadvmod", "prep")):
            break
    if lemma == "call":  # "called for talks", "called Y a liar", not "called Y" (phoned)
        ok = [a for a in args if a.dep_ == "oprd" or a.lower_ in ("for", "on")]
        return args if ok else []
    if lemma == "question" and args and args[0].ent_type_ == "PERSON":
        return []  # "police questioned Smirnov"
    return args


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _plain_pobj(prep: Token) -> bool:
    """A prepositional object that is not a time or a place ("on Tuesday")."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")


def issuer(obj: Token) -> Token:
    """Who issued a statement or report: "a statement from the army", "the
    army's report" -> the army; any other noun is itself."""
    if obj.lemma_.lower() not in _ISSUED:
        return obj
    for child in obj.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and is_source(inner):
                return inner
    return obj
