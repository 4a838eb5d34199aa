"""ACLED's named non-state actors, found by the words reporters use for them.

The table ``data/events/acled_actors.csv`` (alias, name, inter, acronym) is built by
``train/acled_actors.py`` from the actor names of ACLED's training rows: rebel groups,
political and identity militias and other forces (peacekeeping missions, coalitions,
private security: inter 8) named in at least three rows, with their acronyms,
their names without a country, an ethnic militia's people ("Pokot"), a militia's own
name ("Mayi Mayi"). It backs up the curated table of
:mod:`sitrep.events.reference`: :func:`acled_group` is asked only for a phrase that
table does not name and that reads as armed but unnamed ("IS militants", "Luo gang
members") or as no actor at all ("the Twiganeho"). Acronyms match by case ("LeT",
"QSD"), other aliases in any case and also in the plural ("Anti-Balakas"), always as
whole words.
"""

from __future__ import annotations

import re

from .. import reference
from .reference import Group

__all__ = ["acled_group", "ACTORS_TABLE"]

ACTORS_TABLE = "events/acled_actors"


_Index = tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, Group]]
_cache: tuple[object, _Index] | None = None


def _index(rows: tuple[dict[str, str], ...]) -> _Index:
    """The patterns and groups of ``rows``, built once per table (and overlay)."""
    global _cache
    if _cache is None or _cache[0] is not rows:
        _cache = (rows, _build(rows))
    return _cache[1]


def _build(rows: tuple[dict[str, str], ...]) -> _Index:
    groups: dict[str, Group] = {}
    cased: list[str] = []
    loose: list[str] = []
    never = re.compile(r"(?!)")
    for row in rows:
        alias = row["alias"]
        acronym = row.get("acronym") == "1"
        key = alias if acronym else alias.lower()
        groups[key] = Group(row["name"], int(row["inter"]), never)
        (cased if acronym else loose).append(re.escape(alias))

    def compile_(words: list[str], flags: int, plural: str) -> re.Pattern[str] | None:
        if not words:
            return None
        words = sorted(set(words), key=lambda w: (-len(w), w))
        return re.compile(rf"(?<![\w-])(?:{'|'.join(words)}){plural}(?![\w-])", flags)

    return compile_(cased, 0, ""), compile_(loose, re.I, r"(?:s(?![\w-]))?"), groups


def acled_group(text: str) -> Group | None:
    """The ACLED actor ``text`` names by one of its aliases (the longest, then the
    first), or None."""
    cased, loose, groups = _index(reference.table(ACTORS_TABLE))
    found = []
    for pattern, fold in ((cased, False), (loose, True)):
        match = pattern.search(text) if pattern is not None else None
        if match is not None:
            said = match.group(0).lower() if fold else match.group(0)
            if fold and said not in groups:
                said = said[:-1]  # "Anti-Balakas"
            found.append((-len(match.group(0)), match.start(), said))
    if not found:
        return None
    return groups.get(min(found)[2])
