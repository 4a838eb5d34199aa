"""News agencies and outlets: recognising the one that relayed a statement.

``agency_name`` turns a noun phrase into the outlet's usual name ("the
Interfax news agency" -> "Interfax"), or None when it names no outlet.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["AGENCY_RE", "AIR_RE", "agency_name"]


def _words_re(words: frozenset[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive regex for any of ``words`` as whole words."""
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(words))) + r")\b", re.IGNORECASE)


_INSTITUTIONS = _words_re(reference.words("speech/institution_words"))
#: Known agencies and outlets: the name ``via`` reports, then other spellings.
_AGENCIES = {
    alias.strip(): line.split("|")[0].strip()
    for line in reference.ordered_words("speech/agencies")
    for alias in line.split("|")
}
_BY_LENGTH = sorted(_AGENCIES, key=len, reverse=True)
AGENCY_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _BY_LENGTH)) + r")(?![\w-])")
_FOLDED = {k.lower(): v for k, v in _AGENCIES.items() if len(k) > 4}
_FOLDED_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _FOLDED)) + r")(?![\w-])", re.I)
_BROADCAST = reference.words("speech/broadcast_words")
_OUTLET_RE = _words_re(_BROADCAST | reference.words("speech/outlet_words"))
AIR_RE = _words_re(_BROADCAST)


def agency_name(doc: Doc, start: int, end: int, *, loose: bool = False) -> str | None:
    """The outlet named by tokens ``[start, end)``, or None.

    A known agency gives its usual name ("the Interfax news agency" ->
    "Interfax"); a phrase with an outlet word gives itself ("state
    television"). With ``loose``, any organisation that is not an
    institution counts too (after "told", "quoted by", "interview with").
    """
    if start >= end:
        return None
    while end < len(doc) and doc[end].ent_iob_ == "I":  # the whole name: "Channel One"
        end += 1
    span = doc[start:end]
    text = span.text
    if found := AGENCY_RE.search(text):
        return _AGENCIES[found.group(1)]
    if found := _FOLDED_RE.search(text):
        return _FOLDED[found.group(1).lower()]
    org = " ".join(t.text for t in span if t.ent_type_ == "ORG" and t.dep_ != "det")
    if _OUTLET_RE.search(text) and not text.lower().startswith(("social media", "his ", "her ")):
        if org and not _OUTLET_RE.search(org):
            return org
        words = [t.text for t in span if t.dep_ not in ("det", "poss", "case") and not t.is_punct]
        return " ".join(words) or None
    if loose and org and not _INSTITUTIONS.search(text):
        return org
    return None
