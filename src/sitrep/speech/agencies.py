"""News agencies and outlets: recognising the one that relayed a statement.

``agency_name`` turns a noun phrase into the outlet's usual name ("the
Interfax news agency" -> "Interfax"), or None when it names no outlet.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["AGENCY_RE", "AIR_RE", "agency_name"]

_INSTITUTIONS = re.compile(
    r"\b(council|ministry|parliament|assembly|committee|commission|court|congress|senate|"
    r"army|forces|government|office|department|union|nations|nato|organi[sz]ation|police|"
    r"service|command|staff|headquarters|bank|fund|party|administration|authority|group|"
    r"agency)\b",
    re.IGNORECASE,
)
#: Known agencies and outlets: the name ``via`` reports, then other spellings.
_AGENCY_LINES = """
TASS|Tass; RIA Novosti|RIA; Interfax-Ukraine; Interfax; Reuters; AFP|Agence France-Presse|
Agence France Presse; AP|Associated Press; Ukrinform; Anadolu|Anadolu Agency; Al Jazeera|
Al-Jazeera; BBC; CNN; Xinhua; IRNA; WAFA|Wafa; SANA; dpa|DPA; EFE; Kyodo; Yonhap; UNIAN|Unian;
RBC; Izvestia; Kommersant; Ukrainska Pravda; Kyiv Independent; Kyiv Post; Suspilne; Meduza;
Tasnim; Fars; Mehr; ISNA; Al Arabiya|Al-Arabiya; Sky News; Bloomberg; New York Times;
Washington Post; Wall Street Journal; Times of Israel; Haaretz; Sputnik; RT; BelTA; NHK;
Bernama; Antara; PTI; QNA; KUNA; MENA; Hromadske; Euronews; Deutsche Welle; France 24;
Al Mayadeen|Al-Mayadeen; Al-Manar; Channel One|Channel 1; Channel 12; Channel 13;
Axios; Politico; Fox News; NBC; CBS; ABC News; Ynet; Rossiya-24
"""
_AGENCIES = {
    alias.strip(): names.split("|")[0].strip()
    for names in " ".join(_AGENCY_LINES.split("\n")).replace("| ", "|").split(";")
    for alias in names.split("|")
}
_BY_LENGTH = sorted(_AGENCIES, key=len, reverse=True)
AGENCY_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _BY_LENGTH)) + r")(?![\w-])")
_FOLDED = {k.lower(): v for k, v in _AGENCIES.items() if len(k) > 4}
_FOLDED_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _FOLDED)) + r")(?![\w-])", re.I)
_OUTLET_RE = re.compile(
    r"\b(news agency|press agency|newspaper|daily|broadcaster|television|TV|radio|news outlet|"
    r"outlet|news site|news website|news portal|media|newswire|wire service|tabloid|magazine|"
    r"channel)\b",
    re.IGNORECASE,
)
AIR_RE = re.compile(r"\b(television|TV|radio|broadcaster)\b", re.IGNORECASE)

def agency_name(doc: Any, start: int, end: int, *, loose: bool = False) -> str | None:
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
