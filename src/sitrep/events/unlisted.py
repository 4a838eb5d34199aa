"""Armed groups the reference table does not list, named as the text names them.

Reports name many local groups that no table holds ("NDC-R/Guidon", "the KBDF",
"Mayi Mayi Kabidon"). An acronym, or a proper name tagged as an organisation
whose words say it is armed ("… Front", "… Brigade", "… militia"), that is the
doer or target of a violent act is such a group: ACLED would name
it, so sitrep keeps the name as written instead of writing "Unidentified Armed
Group". Its ``inter`` is 2 (rebels) when the phrase says rebels, else 3
(political militia), ACLED's code for a named armed group of no known kind.
News outlets and institutions ("the ministry", "Reuters") are never groups, nor is
an acronym the text spells out as a police or military force ("Khulna
Metropolitan Police (KMP)").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import reference
from ..nlp.entity_bounds import entity_at
from ..nlp.model import doc_text
from .proxies import REBEL_NOUNS
from .reference import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["unlisted_group"]

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}(?:[-/][A-Z0-9]{1,7})*")
_NOT_GROUP_LABELS = reference.words("events/non_group_labels")


@functools.cache
def _outlets() -> frozenset[str]:
    names = reference.words("speech/agencies")
    return frozenset(n.strip().lower() for line in names for n in line.split("|"))


@functools.cache
def _armed_words() -> frozenset[str]:
    return (reference.words("events/armed_organisation_words")
            | reference.words("events/armed_nouns") | reference.words("events/militia_nouns"))


@functools.cache
def _institution_nouns() -> frozenset[str]:
    return reference.words("speech/institution_words") | reference.words(
        "speech/organisation_nouns")


def _institution(words: list[str]) -> bool:
    return any(w.lower() in _institution_nouns() for w in words)


def unlisted_group(tok: Token) -> Group | None:
    """A named armed group for the proper name at ``tok``, or None if it is not one."""
    if tok.pos_ != "PROPN":
        return None
    ent = entity_at(tok.doc, tok.i)
    if ent is not None and ent.label_ in _NOT_GROUP_LABELS:
        return None
    acronym = _ACRONYM.fullmatch(tok.text) is not None and ent is not None \
        and ent.label_ in ("ORG", "NORP")  # "WAR" in a shouted quote is no group
    if ent is None or ent.label_ != "ORG" and not acronym:
        return None
    words = [t.text for t in ent] if ent is not None else [tok.text]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    name = " ".join(words).strip()
    if not name or name.lower() in _outlets() or _institution(words):
        return None
    if acronym and _state_force(tok.text, doc_text(tok.doc)):
        return None  # "Khulna Metropolitan Police (KMP)": the police, not an armed group
    lowered = [w.lower() for w in words]
    rebels = any(w.rstrip("s") in REBEL_NOUNS for w in lowered)
    if not (acronym or rebels or any(w in _armed_words() for w in lowered)):
        return None  # a company, a newspaper, a person the model called an organisation
    return Group(name, 2 if rebels else 3, re.compile(re.escape(name)))


@functools.cache
def _force_words() -> frozenset[str]:
    return (reference.words("events/police_nouns") | reference.words("events/military_nouns")
            | {"forces", "guards"})


def _state_force(acronym: str, text: str) -> bool:
    """The text spells ``acronym`` out as a police or military force ("… Police (KMP)")."""
    spelled = re.search(r"((?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)\s*\(" + re.escape(acronym)
                        + r"\)", text)
    return spelled is not None and any(
        w.lower() in _force_words() for w in spelled.group(1).split())
