"""Demonyms and everyday country names, written by hand in ``data/gazetteer/``.

``demonyms.csv`` maps the adjectives and nouns that name a country's people
("Russian", "Burkinabe") to its ISO 3166-1 alpha-2 code. Plurals are made by
:func:`demonym_index` ("Russians", "Israelis"), so only the singular is listed,
except where the plural is irregular ("Frenchmen").

``country_aliases.csv`` holds short or colloquial country names that the
GeoNames data lacks or spells otherwise ("the US", "Britain", "DRC").
"""

from __future__ import annotations

from .. import reference

__all__ = ["country_aliases", "demonym_index"]

_DEMONYMS = "gazetteer/demonyms"
_COUNTRY_ALIASES = "gazetteer/country_aliases"


def country_aliases() -> dict[str, str]:
    """Short or colloquial country name -> ISO alpha-2 code ("Britain" -> "GB")."""
    return {row["alias"]: row["country"] for row in reference.table(_COUNTRY_ALIASES)}


def demonym_index() -> dict[str, str]:
    """Lower-cased demonym (singular and plural) -> country code."""
    index: dict[str, str] = {}
    for row in reference.table(_DEMONYMS):
        key, code = row["demonym"].casefold(), row["country"]
        index.setdefault(key, code)
        if not key.endswith(("s", "sh", "ch", "ese", "men", "i")):
            index.setdefault(key + "s", code)
        elif key.endswith("i"):  # Israelis, Pakistanis, Somalis
            index.setdefault(key + "s", code)
    return index
