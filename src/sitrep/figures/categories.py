"""What happened to counted people, read from the words and the parse around them.

:func:`category_of` takes the token that stands for the counted people in
the parse (the noun of "12 civilians", or the number itself in "121
injured") and returns the :data:`~sitrep.records.COUNT_CATEGORIES` entry its
predicate gives, with the token that gave it:

- the people are the patient of a casualty verb: "were killed" (passive),
  "121 injured" (an elliptical passive), "shelling killed 5" (object),
  "civilians killed in the strike" (participle);
- the subject of an intransitive one: "five people died", "have fled";
- chained to another verb or made deadly by its complement: "were shot and
  killed", "was injured and later died", "shot dead", "beaten to death";
- through a hedge or a light verb: "were reported killed", "are feared dead",
  "were forced to flee", "were taken prisoner", "left 12 people dead",
  "lost their lives";
- a casualty noun: "15 deaths", "3 casualties", "the bodies of 14 people",
  "the death toll rose to 40".

The agent of an active casualty verb is not counted: in "5 soldiers killed 12
civilians" the soldiers get no category here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import first_child

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "category_of", "word_category", "BRIDGE_WORDS", "cue_at", "cue_after", "cue_before",
    "joint_category", "PEOPLE_PRONOUNS", "PERSON_NOUNS", "is_person_noun", "TOTALS",
    "verb_lemma", "verb_category",
]

_CASUALTY = reference.mapping("figures/casualty_words")
#: Verbs whose object (or passive subject) is the counted people.
TRANSITIVE: dict[str, str] = _CASUALTY["transitive"]
#: Verbs whose subject is the counted people.
INTRANSITIVE: dict[str, str] = _CASUALTY["intransitive"]
#: Adjectives, participles and nouns that name what happened ("3 dead", "were left homeless").
WORDS: dict[str, str] = _CASUALTY["words"]
#: Verbs that pass the people on to a complement: "reported killed", "feared dead".
HEDGES = reference.words("figures/hedge_verbs")
_COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp", "attr", "ccomp"})
#: Nouns that hold a running figure: "the death toll rose to 40", "the total reached 50".
TOTALS = reference.words("figures/totals")
#: "took 240 people hostage", "were taken prisoner", "held captive".
_TAKE = frozenset(_CASUALTY["take_verbs"])
#: "lost their lives", "claimed 9 lives", "suffered injuries".
_LIFE_VERBS = frozenset(_CASUALTY["life_verbs"])
_INJURY_VERBS = frozenset(_CASUALTY["injury_verbs"])

#: Nouns of people a figure may count.
PERSON_NOUNS = reference.words("common/person_nouns") | reference.words("figures/counted_people")
_PERSON_SUFFIXES = ("man", "men", "woman", "women", "ist")
#: Pronouns that stand for counted people ("four of them").
PEOPLE_PRONOUNS = reference.words("figures/people_pronouns")
#: Nouns whose "of" phrase holds the counted people: "a total of 6,000 people".
_GROUPS = frozenset({"total", "group", "number"})
_RELATIVES = frozenset({"who", "that", "which", "whom"})


def is_person_noun(token: Token) -> bool:
    """True when ``token`` names people: "civilians", "Palestinians", "others", "them"."""
    if token.pos_ == "PRON":
        return token.lower_ in PEOPLE_PRONOUNS
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    lemma = token.lemma_.lower()
    if lemma in PERSON_NOUNS or token.lower_ in PERSON_NOUNS:
        return True
    if token.pos_ == "NOUN" and len(lemma) >= 6 and lemma.endswith(_PERSON_SUFFIXES):
        return True  # "policemen", "tribesmen", "activists"
    return token.ent_type_ == "NORP" and token.lower_.endswith("s")


def word_category(token: Token) -> str | None:
    """The category a single word names ("dead", "casualties", "refugees"), or None."""
    return WORDS.get(token.lower_) or WORDS.get(token.lemma_.lower())


def _is_passive(verb: Token) -> bool:
    return first_child(verb, {"auxpass", "nsubjpass"}) is not None or verb.dep_ in ("acl", "amod")


def _elliptical_passive(verb: Token) -> bool:
    """ "121 injured", "three soldiers killed": a bare participle with no object.

    The tagger often reads a headline's participle as a past tense (VBD), so
    both count, as long as nothing marks an active clause (an object, a
    clausal complement, "have").
    """
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    if first_child(verb, {"dobj", "ccomp", "dative"}) is not None:
        return False
    return first_child(verb, {"aux"}, {"have", "do"}) is None


def _complement(verb: Token, depth: int) -> tuple[str, Token] | None:
    """The category of a hedge's complement: "reported [killed]", "feared [dead]"."""
    for child in verb.children:
        if child.dep_ in _COMPLEMENT_DEPS:
            if child.pos_ in ("VERB", "AUX") and child.lemma_.lower() not in ("be",):
                role = "patient" if _is_passive(child) or child.tag_ == "VBN" else "subject"
                found = verb_category(child, role, depth + 1)
                if found:
                    return found
            cat = word_category(child)
            if cat:
                return cat, child
        if child.dep_ == "prep" and child.lower_ in ("among", "from", "into"):
            for obj in child.children:  # "among the dead", "forced from their homes"
                if child.lower_ == "among" and word_category(obj):
                    return word_category(obj) or "", obj
                if child.lower_ == "from" and obj.lemma_.lower() in ("home", "house"):
                    return "displaced", verb
                if child.lower_ == "into" and obj.lemma_.lower() == "custody":
                    return "detained", verb
    return None


def verb_lemma(tok: Token) -> str:
    """The verb's lemma, also for a gerund the tagger read as a noun ("killing 10")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NN" and lemma.endswith("ing"):
        for stem in (lemma[:-3], lemma[:-3] + "e", lemma[:-4]):
            if stem in TRANSITIVE or stem in INTRANSITIVE:
                return stem
    return lemma


def _deadly(verb: Token) -> Token | None:
    """The word that makes any act a killing: "shot *dead*", "beaten to *death*"."""
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "xcomp", "advmod") and child.lower_ == "dead":
            return child
        if child.dep_ == "prep" and child.lower_ == "to" and first_child(
            child, {"pobj"}, {"death"}
        ) is not None:
            return child
    return None


def _chained(verb: Token, role: str, depth: int) -> tuple[str, Token] | None:
    """A casualty verb chained to ``verb`` that shares its people: "shot and killed",
    "attacked and killed", "kidnapped, murdered and buried"."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < verb.i:
            continue
        if first_child(conj, {"nsubj", "nsubjpass"}) is not None:
            continue  # a clause of its own: "… and two were captured"
        if role == "object" and first_child(conj, {"dobj"}) is not None:
            continue  # "seized weapons and killed two": the object is not shared
        if role == "subject" and verb_lemma(conj) not in INTRANSITIVE:
            continue  # "gunmen attacked and killed": the subject is the killer
        found = verb_category(conj, role, depth + 1)
        if found:
            return found
    return None


def verb_category(verb: Token, role: str, depth: int = 0) -> tuple[str, Token] | None:
    """Category for people in ``role`` ("patient", "subject", "object") of ``verb``."""
    if depth > 3:
        return None
    lemma = verb_lemma(verb)
    if lemma in TRANSITIVE and role in ("patient", "object"):
        if TRANSITIVE[lemma] == "injured":  # "was wounded and later died"
            later = _chained(verb, role, depth)
            if later is not None and later[0] == "killed":
                return later
        return TRANSITIVE[lemma], verb
    if role in ("patient", "object") and verb.pos_ == "VERB":
        deadly = _deadly(verb)
        if deadly is not None:
            return "killed", deadly
    if lemma in INTRANSITIVE and role in ("subject", "patient"):
        return INTRANSITIVE[lemma], verb
    if role == "subject" and lemma in TRANSITIVE and _elliptical_passive(verb):
        return TRANSITIVE[lemma], verb
    if role == "subject" and lemma in ("leave", "abandon", "flee") and first_child(
        verb, {"dobj"}, {"home", "house", "village", "town", "city"}
    ):
        return "displaced", verb
    if role == "subject" and lemma in _LIFE_VERBS and first_child(verb, {"dobj"}, {"life"}):
        return "killed", verb
    if role == "subject" and lemma in _INJURY_VERBS and \
            first_child(verb, {"dobj"}, {"injury", "wound"}):
        return "injured", verb
    if role == "subject" and verb.lower_ in WORDS and \
            first_child(verb, {"aux"}, {"be"}) is not None:
        return WORDS[verb.lower_], verb  # "three journalists are missing" (read as a VBG)
    hedged = lemma in HEDGES and (role != "subject" or _elliptical_passive(verb))
    if lemma in _TAKE or hedged or lemma in (
        "be", "remain", "go", "become", "lie", "stay", "appear", "seem",
    ):
        found = _complement(verb, depth)
        if found:
            cat, tok = found
            if lemma in _TAKE and tok.lemma_.lower() == "prisoner":
                return "captured", tok
            return found
    if role in ("patient", "object", "subject") and verb.pos_ == "VERB":
        return _chained(verb, role, depth)
    return None


def _climb(token: Token) -> Token:
    """From a conjoined or appositive noun to the one that carries the role."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        token = token.head
    return token


def _toll(verb: Token) -> tuple[str, Token] | None:
    """ "the death toll rose to 40", "put the death toll at 35", "the number of dead is 70"."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = child.lemma_.lower()
        if lemma in TOTALS:
            mods = [t for t in child.subtree if t is not child]
            for mod in mods:
                cat = word_category(mod)
                if cat and mod.lemma_.lower() != "toll":
                    return cat, child
            if lemma == "toll":
                return "killed", child
            if lemma == "total":  # "bringing the total to 50": of what, the caller decides
                return "other", child
    return None


def category_of(token: Token) -> tuple[str, Token] | None:
    """``(category, cue token)`` for the people that ``token`` stands for, or None.

    The clause's own predicate wins over a participle on the noun: "Soldier,
    wounded on July 15, dies" is killed.
    """
    found = _role_category(token)
    if found:
        return found
    for child in token.children:  # "civilians killed in the strike", "who were killed"
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
            role = "patient" if _is_passive(child) or child.tag_ == "VBN" else "subject"
            if child.tag_ == "VBG" and child.dep_ == "acl":
                role = "subject"  # "attack a school killing 3 teachers": the school kills none
            subj = first_child(child, {"nsubj"}) if child.dep_ == "relcl" else None
            if subj is not None:
                if subj.lower_ not in _RELATIVES:
                    continue  # "400 workers, many injured …": the clause has its own subject
                role = "subject"
            found = verb_category(child, role)
            if found:
                return found
    for child in token.children:  # "injured civilians", "one civilian dead"
        if child.dep_ in ("amod", "appos") and (child.i < token.i or child.i == token.i + 1):
            cat = word_category(child)
            if cat and cat != "killed_or_injured" and child.pos_ != "NOUN":
                return cat, child
    return None


def _role_category(token: Token) -> tuple[str, Token] | None:
    token = _climb(token)
    head, dep = token.head, token.dep_
    if dep == "nsubjpass":
        return verb_category(head, "patient")
    if dep in ("nsubj", "expl"):
        return verb_category(head, "subject")
    if dep == "dobj" and _toll(head):  # "death toll hits 67"
        return _toll(head)
    if dep == "dobj":
        if token.lemma_.lower() == "life" and head.lemma_.lower() in _LIFE_VERBS:
            return "killed", token  # "claimed 9 lives"
        found = verb_category(head, "object")
        if found:
            return found
        if head.lemma_.lower() in ("leave",):  # "left 12 people dead"
            return _complement(head, 0)
        if head.lemma_.lower() in _TAKE:  # "took 240 people hostage"
            found = _complement(head, 0)
            if found and found[1].lemma_.lower() == "prisoner":
                return "captured", found[1]
            return found
        return None
    if dep == "pobj":
        prep = head
        if prep.lower_ == "of":  # "the deaths of 12 people", "the release of 50 prisoners"
            cat = word_category(prep.head)
            if cat and prep.head.pos_ in ("NOUN", "PROPN"):
                return cat, prep.head
        if prep.lower_ in ("to", "at"):  # "rose to 40", "put the toll at 35"
            verb = prep.head
            for _ in range(4):  # "bringing the toll since the start of the war to 42,300"
                if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep"):
                    break
                verb = verb.head
            return _toll(verb) if verb.pos_ in ("VERB", "AUX") else None
        if prep.lower_ == "of" and prep.head.lemma_.lower() in _GROUPS:
            return _role_category(prep.head)  # "a total of 6,000 people have fled"
        return None
    if dep == "attr" and head.lemma_.lower() == "be":  # "the death toll was 40"
        return _toll(head) or _complement(head, 0)  # "among the dead were four children"
    return None


# ------------------------------------------------------------------ surface cues
# The small model often misparses headline style ("Two KIA, one WIA", "… kills two
# militiamen - DPR command"); these read the words around a figure instead.

#: Words that may stand between a figure's noun and its cue: "were reportedly killed".
BRIDGE_WORDS = reference.words("figures/bridge_words")
_LINKS = frozenset({",", "and", "&", "or"})
_JOINT = {("killed", "injured"), ("injured", "killed")}
#: State words that may follow their people: "Two *KIA*", "3 *dead*", "five *missing*".
_STATES = reference.words("figures/state_words")
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def cue_at(tok: Token) -> tuple[str, Token] | None:
    """The category a word names when it stands after its people: "killed", "dies", "KIA"."""
    doc, lemma = tok.doc, tok.lemma_.lower()
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ == "shot" and nxt is not None and nxt.lower_ == "dead":
        return "killed", nxt
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if lemma in INTRANSITIVE:
            return INTRANSITIVE[lemma], tok
        if lemma not in TRANSITIVE or tok.tag_ not in ("VBN", "VBD"):
            return None
        if nxt is not None and nxt.ent_type_ not in _WHEN_WHERE and (
            nxt.pos_ in ("NUM", "DET", "PRON", "NOUN", "PROPN", "ADJ") or nxt.like_num
        ):
            return None  # active: "5 soldiers killed 12 civilians"
        return TRANSITIVE[lemma], tok
    if tok.lower_ in _STATES and tok.pos_ in ("ADJ", "PROPN", "NOUN", "X"):
        return WORDS[tok.lower_], tok
    return None


def joint_category(cue: Token, category: str) -> str:
    """``killed_or_injured`` for a cue paired with its opposite: "dead and wounded"."""
    doc = cue.doc
    for link, other in ((cue.i + 1, cue.i + 2), (cue.i - 1, cue.i - 2)):
        if 0 <= min(link, other) and max(link, other) < len(doc) and doc[link].lower_ in (
            "and", "or", "/", "&",
        ):
            found = cue_at(doc[other])
            if found and (category, found[0]) in _JOINT:
                return "killed_or_injured"
    return category


def cue_after(doc: Doc, i: int, *, join: bool = True) -> tuple[str, Token] | None:
    """The cue that says what happened to the people named just before token ``i``.

    "3 children *killed*", "two *shot dead*", "Two *KIA*", "one soldier *WIA*";
    with ``join``, across other people coordinated before one cue: "22 civilians,
    3 children *killed*", "Ten soldiers, police *killed*".
    """
    crossed = people = False
    for j in range(i, min(len(doc), i + 12)):
        tok = doc[j]
        found = cue_at(tok)
        if found and (not crossed or people):
            return joint_category(found[1], found[0]), found[1]
        if tok.lower_ in _LINKS and join and not crossed or (crossed and tok.lower_ in _LINKS):
            crossed, people = True, False
        elif tok.lower_ in BRIDGE_WORDS and not crossed:
            continue
        elif crossed and (tok.like_num or tok.pos_ in ("ADJ", "PROPN", "NUM")
                          or tok.tag_ in ("HYPH", "POS")):
            continue
        elif crossed and tok.pos_ == "NOUN" and (is_person_noun(tok) or j + 1 < len(doc)
                                                 and doc[j + 1].pos_ in ("NOUN", "PROPN")):
            people = people or is_person_noun(tok)
        else:
            return None
    return None


def cue_before(tok: Token) -> tuple[str, Token] | None:
    """The casualty verb just before a figure: "kills at least one", "killing two"."""
    if tok.i == 0:
        return None
    verb = tok.doc[tok.i - 1]
    lemma = verb_lemma(verb)
    # a VBN too: the tagger reads "strikes killed at least 12" as a participle, and
    # a participle followed by its figure is active ("were killed 12" is not English)
    if verb.tag_ in ("VBZ", "VBG", "VBD", "VBP", "VBN", "NN") and lemma in TRANSITIVE:
        return TRANSITIVE[lemma], verb
    return None
