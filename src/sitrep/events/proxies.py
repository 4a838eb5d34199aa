"""Rebels, separatists and proxy forces: who backs them, and ACLED's names for them.

A force described by its backer ("Russia-led forces", "Moscow-backed
militants", "pro-Russian separatists") is a non-state armed group fighting in
the event's country: the backer names neither its country nor where the event
was (:func:`backer_of`). Such a force, and "rebels", "separatists" or
"insurgents", are actor kind ``rebels``, ``inter`` 2 (a rebel group).

Naming convention (:func:`rebel_name`): in Ukraine from the proclamation of the
Donetsk and Luhansk "people's republics" (2014-04-07) to the full-scale
invasion (2022-02-24), separatist forces are ACLED's ``NAF: Novorossiya Armed
Forces``; the republics named as such ("DPR", "LNR", "Luhansk People's
Republic") keep their own names, ``Novorossiya: Donetsk People's Republic`` and
``Novorossiya: Luhansk People's Republic`` (see :data:`~sitrep.events.reference.GROUPS`).
Anywhere else, or outside those dates, rebels with no name are
``Unidentified Armed Group (<country>)`` with ``inter`` 2.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import BACKING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..gazetteer.protocol import Places

__all__ = ["backer_of", "rebel_name", "REBEL_NOUNS", "SEPARATIST_YEARS"]

#: Nouns for armed groups fighting a state.
REBEL_NOUNS = frozenset("rebel separatist insurgent insurgency".split())
#: (country, first day, day after the last) of the separatist naming convention.
SEPARATIST_YEARS = {"UA": ("2014-04-07", "2022-02-24", "NAF: Novorossiya Armed Forces")}
_PRO = re.compile(r"\bpro[-\s]+([A-Z][\w'’]*)", re.I)


def _code(word: str, gazetteer: Places | None) -> str | None:
    word = word.removesuffix("'s").removesuffix("’s")
    if not word or gazetteer is None:
        return None
    code = gazetteer.country_for_demonym(word) or gazetteer.country_for_name(word)
    if code:
        return str(code)
    found = gazetteer.lookup(word, limit=1) if word[0].isupper() else []
    if found and found[0].feature_code in ("PPLC", "PCLI"):
        return str(found[0].country_code)  # "Moscow-backed"
    return None


def backer_of(tok: Token, gazetteer: Places | None) -> str | None:
    """The country that leads or backs the force headed by ``tok``, or None.

    "Russia-led forces", "Moscow-backed rebels", "pro-Russian separatists".
    """
    for child in tok.children:
        if child.i > tok.i or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if child.lemma_.lower() in BACKING_VERBS or child.lower_.endswith(
                tuple(f"-{v}" for v in ("led", "backed", "supported", "sponsored"))):
            words = [c.text for c in child.children if c.i < child.i and not c.is_punct]
            words += [child.text.split("-")[0]] if "-" in child.text else []
            for word in words:
                code = _code(word, gazetteer)
                if code:
                    return code
    left = tok.doc[tok.left_edge.i:tok.i].text
    found = _PRO.search(left)
    if found:
        return _code(found.group(1), gazetteer)
    return None


def rebel_name(country: str | None, date: str | None) -> tuple[str, int] | None:
    """ACLED's name for unnamed rebels in ``country`` on ``date``, if a convention covers it."""
    rule = SEPARATIST_YEARS.get((country or "").upper())
    if rule is None or not date:
        return None
    first, end, name = rule
    if first <= date < end:
        return name, 2
    return None
