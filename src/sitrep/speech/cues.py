"""Cue lexicons for attribution: which verbs report speech or belief, what
they take as content, and which noun phrases can be a source.

Core speech verbs ("said", "told") attribute whatever their subject is. The
wider set (verbs of arguing, urging, criticising, believing) counts only
with a content argument it licenses and a subject that can hold a view: a
person, an organisation, a named entity, a pronoun, or a document ("a UN
report found …").
"""

from __future__ import annotations

from typing import Any

__all__ = ["CORE_CUES", "CUE_LEMMAS", "OBJECT_CUES", "TELLING", "TO_CUES", "content_args",
           "is_source", "is_sayer", "is_wide_source", "issuer"]

#: Verbs of saying: any subject, content from a clause or a quote beside them.
CORE_CUES = frozenset(
    "say tell add state claim report announce confirm deny warn accuse insist write post "
    "stress note explain declare allege admit acknowledge reiterate emphasize emphasise "
    "tweet assert".split()
)
#: Verbs of arguing, believing and urging: they need a source-like subject.
WIDE_CUES = frozenset(
    "argue suggest contend maintain concede recall complain reveal indicate testify reply "
    "respond answer ask predict estimate conclude mention signal hint remark observe caution "
    "boast brag joke quip lament recount disclose believe think expect hope fear worry feel "
    "know doubt suspect show find agree vow pledge promise threaten urge demand propose "
    "recommend criticize criticise blame praise condemn denounce slam dismiss reject question "
    "describe call defend predict brief inform assure".split()
)
CUE_LEMMAS = CORE_CUES | WIDE_CUES
#: Verbs that tell of a statement, passive relays included ("was quoted as saying").
TELLING = CORE_CUES | {"quote", "cite", "publish", "brief"}
#: Cues whose content may be an object or prepositional phrase ("denied involvement",
#: "criticised Trump for …", "warned of attacks", "called for talks").
OBJECT_CUES = frozenset(
    "claim report announce confirm deny warn accuse insist allege admit acknowledge "
    "criticize criticise blame praise condemn denounce slam dismiss reject question describe "
    "call urge demand propose recommend promise pledge vow defend".split()
)
#: Cues whose content may be an infinitive ("vowed to …", "urged X to …").
TO_CUES = frozenset(
    "vow pledge promise threaten urge ask agree call demand expect warn tell "
    "encourage".split()
)
#: Prepositions that open the content of an object cue.
CONTENT_PREPS = frozenset({"of", "about", "against", "on", "for", "as", "over"})

_PERSON_NOUNS = frozenset("""
official spokesman spokeswoman spokesperson minister president governor mayor commander general
chief head leader secretary ambassador envoy adviser advisor chancellor king queen emir prince
sheikh deputy lawmaker legislator senator congressman congresswoman representative politician
candidate nominee officer director prosecutor colonel captain major lieutenant sergeant soldier
troop fighter militant rebel resident witness survivor victim woman man mother father son
daughter wife husband brother sister child family relative friend neighbor neighbour doctor
nurse medic paramedic rescuer worker employee volunteer activist protester demonstrator student
teacher professor expert analyst economist scientist researcher historian observer critic
supporter opponent ally voter citizen people person villager farmer journalist reporter
correspondent editor writer author columnist blogger host anchor commentator lawyer attorney
judge justice counsel advocate negotiator mediator diplomat delegate member chairman chairwoman
chair ceo executive founder owner manager aide staffer strategist pollster operative surrogate
source insider investigator inspector auditor agent detective policeman guard sheriff pilot
driver priest imam cleric bishop pope rabbi scholar pastor fan viewer reader customer consumer
taxpayer parent patient refugee migrant immigrant prisoner detainee hostage administrator
coordinator commissioner speaker democrat republican conservative liberal progressive veteran
local someone somebody anyone everyone nobody other many some few most both one lady guy
adult teen teenager girl boy user owner landlord tenant official staff crew mogul architect
narrator announcer caller folk chorus management camp community public audience crowd
""".split())
_ORG_NOUNS = frozenset("""
ministry government administration army military force police council committee commission
court parliament congress senate assembly agency office department authority service command
headquarters group organization organisation party campaign company firm bank fund union
alliance coalition movement network team board panel cabinet regime state country nation city
county province embassy mission institute center centre foundation university school hospital
charity club association federation newspaper outlet channel station broadcaster media press
website site magazine tribunal jury prosecution defence defense side delegation bureau
directorate secretariat observatory monitor watchdog body unit brigade battalion regiment
division corps militia faction kremlin republic administration lobby caucus majority minority
industry sector operator provider
""".split())
_DOC_NOUNS = frozenset("""
report study survey poll data figure statistic analysis research review assessment estimate
finding record document statement letter memo email message post tweet filing complaint
lawsuit suit indictment ruling verdict resolution book article editorial column paper video
footage image photo map tally census model projection forecast audit investigation inquiry
probe transcript testimony evidence account version leak cable notice announcement
communique declaration release bulletin update summary chart note intelligence clip ad
advertisement slide film brief submission commentary program programme show broadcast
""".split())
_SOURCE_PRONOUNS = frozenset("i we you he she it they who which that this these those".split())
_ISSUED = frozenset("statement report study survey poll data figures document letter "
                    "message post video address remarks interview briefing".split())
_SPEAKER_VOICE = frozenset({"you"})
_SOURCE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_HUMAN_SUFFIXES = ("ist", "ian", "ee", "ant", "ists", "ians", "ees", "ants")
_SAYER_SUFFIXES = ("er", "or", "ers", "ors", "man", "men", "woman", "women")


def is_wide_source(head: Any) -> bool:
    """A source for a verb of arguing or believing, but not the generic
    reader ("you know", "you think")."""
    return head.lower_ not in _SPEAKER_VOICE and is_source(head)


def is_sayer(head: Any) -> bool:
    """A subject of "said" and the like: any source, and also a common noun
    that reads as a person ("the announcer") or a share of people ("73
    percent"); not a thing ("a haven", "the bill")."""
    if is_source(head) or head.ent_type_ in ("PERCENT", "CARDINAL") or head.like_num:
        return True
    word = head.lower_
    return len(word) > 4 and word.endswith(_SAYER_SUFFIXES)


def is_source(head: Any) -> bool:
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


def content_args(cue: Any) -> list[Any]:
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


def _has_to(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _plain_pobj(prep: Any) -> bool:
    """A prepositional object that is not a time or a place ("on Tuesday")."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")


def issuer(obj: Any) -> Any:
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
