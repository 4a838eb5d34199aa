"""ACLED's named non-state actors, found by the words reporters use for them.

The table ``data/events/acled_actors.csv`` (alias, name, inter, acronym, and an
acronym's countries) is built by
``train/acled_actors.py`` from the actor names of ACLED's training rows: rebel groups,
political and identity militias and other forces (peacekeeping missions, coalitions,
private security: inter 8) named in at least three rows, with their acronyms,
their names without a country, an ethnic militia's people ("Pokot"), a militia's own
name ("Mayi Mayi"). It backs up the curated table of
:mod:`sitrep.events.reference`: :func:`acled_group` is asked only for a phrase that
table does not name and that reads as armed but unnamed ("IS militants", "Luo gang
members") or as no actor at all ("the Twiganeho"). Acronyms match by case ("LeT",
"QSD"), other aliases in any case and also in the plural ("Anti-Balakas"), always as
whole words. An acronym names its group only in the countries ACLED coded the group in
(:attr:`~sitrep.events.reference.Group.countries`; the name is settled with the event's
country by :func:`~sitrep.events.actor_names.name_actor`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import reference
from .reference import Group

__all__ = ["acled_group", "ACTORS_TABLE"]

ACTORS_TABLE = "events/acled_actors"


class _Index:
    """The aliases of one table (and overlay), cut into buckets by their first letter.

    One alternation of all the aliases is slow to compile, and the first article waited for
    it; a bucket is compiled the first time a text has a word starting with its letter. A
    match can only start with its alias's first letter, and each bucket keeps the aliases in
    the alternation's order (longest first), so the leftmost match over the buckets is the
    one the single alternation would find. Answers are kept per text.
    """

    def __init__(self, rows: tuple[dict[str, str], ...]) -> None:
        self.rows = rows
        self.groups: dict[str, Group] = {}
        cased: dict[str, list[str]] = {}
        loose: dict[str, list[str]] = {}
        never = re.compile(r"(?!)")
        for row in rows:
            alias = row["alias"]
            acronym = row.get("acronym") == "1"
            key = alias if acronym else alias.lower()
            where = frozenset(c for c in (row.get("countries") or "").split("|") if c)
            self.groups[key] = Group(row["name"], int(row["inter"]), never, countries=where)
            if acronym:
                cased.setdefault(alias[0], []).append(re.escape(alias))
            else:
                loose.setdefault(alias[0].lower(), []).append(re.escape(alias))
        self.cased = _Buckets(cased, 0, "")
        self.loose = _Buckets(loose, re.I, r"(?:s(?![\w-]))?")
        self.answers: dict[str, Group | None] = {}


class _Buckets:
    """Alternations of whole-word aliases by first letter, compiled on first use."""

    def __init__(self, words: dict[str, list[str]], flags: int, plural: str) -> None:
        self.words = {first: sorted(set(w), key=lambda a: (-len(a), a))
                      for first, w in words.items()}
        self.flags = flags
        self.plural = plural
        self.compiled: dict[str, re.Pattern[str]] = {}
        # Case folding can join a non-ASCII letter to an ASCII one (the Kelvin sign to "k"):
        # buckets of non-ASCII letters are always searched, and a non-ASCII text searches all.
        self.always = [first for first in self.words if not first.isascii()]

    def pattern(self, first: str) -> re.Pattern[str]:
        found = self.compiled.get(first)
        if found is None:
            found = self.compiled[first] = re.compile(
                rf"(?<![\w-])(?:{'|'.join(self.words[first])}){self.plural}(?![\w-])",
                self.flags)
        return found

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match in ``text`` (the longest alias there), as one alternation of
        every alias would find it."""
        if not text.isascii():
            firsts: Iterable[str] = self.words
        else:
            starts = _STARTS.findall(text)  # a match starts where a word may start
            letters = {c.lower() for c in starts} if self.flags & re.I else set(starts)
            firsts = [f for f in self.words if f in letters] + self.always
        best = None
        for first in firsts:
            match = self.pattern(first).search(text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best


_STARTS = re.compile(r"(?<![\w-]).", re.S)
_cache: _Index | None = None
_ANSWERS_KEPT = 100_000  # distinct phrases remembered; then the memory starts again


def _index(rows: tuple[dict[str, str], ...]) -> _Index:
    """The index of ``rows``, built once per table (and overlay)."""
    global _cache
    if _cache is None or _cache.rows is not rows:
        _cache = _Index(rows)
    return _cache


def acled_group(text: str) -> Group | None:
    """The ACLED actor ``text`` names by one of its aliases (the longest, then the
    first), or None."""
    index = _index(reference.table(ACTORS_TABLE))
    if text in index.answers:
        return index.answers[text]
    found = []
    for buckets, fold in ((index.cased, False), (index.loose, True)):
        match = buckets.search(text)
        if match is not None:
            said = match.group(0).lower() if fold else match.group(0)
            if fold and said not in index.groups:
                said = said[:-1]  # "Anti-Balakas"
            found.append((-len(match.group(0)), match.start(), said))
    group = index.groups.get(min(found)[2]) if found else None
    if len(index.answers) >= _ANSWERS_KEPT:
        index.answers.clear()
    index.answers[text] = group
    return group
