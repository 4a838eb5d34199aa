"""ACLED's actor-naming tables: governments with their terms, and named armed groups.

ACLED names state actors after the government in power when the event took
place: ``Military Forces of Russia (2000-)``, ``Police Forces of Kenya
(2022-)``, ``Government of Ukraine (2019-)``. The year is when the current
head of government or regime came to power; a regime that has ended carries
both years (``Military Forces of Syria (2000-2024)``). Those terms are the
table ``data/events/regimes.csv`` (:func:`regimes`); :func:`regime_years`
reads the label for a day.

The names and abbreviations reporters use for armed groups, with ACLED's
actor name and ``inter`` code, are the table ``data/events/armed_groups.csv``
(:func:`armed_groups`); :func:`find_group` finds the one a phrase names, and
:func:`home_countries` the home countries of the groups a text names.

Both tables are read on first use after :func:`sitrep.reference.use_overlay`,
so rows a user adds in the overlay folder reach every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import reference
from ..errors import ConfigError
from ..gazetteer.admin import acled_country_names

__all__ = ["Regime", "Group", "COUNTRY_NAMES", "regimes", "armed_groups", "regime_years",
           "find_group", "home_countries"]

REGIMES_TABLE = "events/regimes"
GROUPS_TABLE = "events/armed_groups"


@dataclass(frozen=True, slots=True)
class Regime:
    """One government's term in office."""

    start: str  # YYYY-MM-DD the government took office
    end: str | None  # YYYY-MM-DD it left office, None while in power

    @property
    def label(self) -> str:
        return f"{self.start[:4]}-{self.end[:4] if self.end else ''}"


def _terms(row: dict[str, str]) -> tuple[Regime, ...]:
    out = []
    for term in row["terms"].split("|"):
        start, sep, end = term.strip().partition("/")
        if not sep or not start:
            raise ConfigError(f"{REGIMES_TABLE}.csv: term {term!r} of {row['country']} is not "
                              "start/end (YYYY-MM-DD/YYYY-MM-DD, the end empty while in office).")
        out.append(Regime(start.strip(), end.strip() or None))
    return tuple(out)


_regimes: tuple[object, dict[str, tuple[Regime, ...]]] | None = None


def regimes() -> dict[str, tuple[Regime, ...]]:
    """Alpha-2 code -> government terms, oldest first (package table plus overlay)."""
    global _regimes
    rows = reference.table(REGIMES_TABLE)
    if _regimes is None or _regimes[0] is not rows:
        _regimes = (rows, {row["country"].upper(): _terms(row) for row in rows})
    return _regimes[1]


#: ACLED country names used when the gazetteer has none: the rows of
#: ``data/gazetteer/acled_countries.csv`` marked ``actor_fallback``.
COUNTRY_NAMES: dict[str, str] = acled_country_names(actor_fallback=True)


def regime_years(code: str, date: str | None) -> str | None:
    """``"2000-"`` style years of ``code``'s government on ``date`` (latest if no date)."""
    periods = regimes().get(code.upper())
    if not periods:
        return None
    if not date:
        return periods[-1].label
    for period in reversed(periods):
        if period.start <= date and (period.end is None or date < period.end):
            return period.label
    return None


@dataclass(frozen=True, slots=True)
class Group:
    """A named armed group (or a state force's own name) and how ACLED codes it."""

    name: str  # ACLED actor name; "{country}" is filled with the event's country
    inter: int
    pattern: re.Pattern[str]
    country: str | None = None  # home country, alpha-2
    state_from: str | None = None  # date from which ACLED codes it as that country's state forces
    kind: str = "group"  # "group", or "military"/"police" for a state force's own name
    #: ACLED country names where an acronym names it: elsewhere it names another body
    #: ("SNA", Myanmar's Shanni army, is the Somali army in Somalia); empty: anywhere
    countries: frozenset[str] = frozenset()


def _group(row: dict[str, str]) -> Group:
    words = "|".join(a.strip() for a in row["aliases"].split("|"))
    try:
        pattern = re.compile(rf"(?<![\w-])(?:{words})(?:(?![\w-])|(?=-led\b))", re.I)
        inter = int(row["inter"])
    except (re.error, ValueError) as exc:
        raise ConfigError(f"{GROUPS_TABLE}.csv: row {row['name']!r}: {exc}.") from exc
    return Group(row["name"], inter, pattern, row["country"] or None, row["state_from"] or None,
                 row["kind"] or "group")


_groups: tuple[object, tuple[Group, ...]] | None = None


def armed_groups() -> tuple[Group, ...]:
    """The named groups, in the table's order (package table plus overlay)."""
    global _groups
    rows = reference.table(GROUPS_TABLE)
    if _groups is None or _groups[0] is not rows:
        _groups = (rows, tuple(_group(row) for row in rows))
    return _groups[1]


_found: tuple[tuple[Group, ...], dict[str, Group | None]] | None = None


def find_group(text: str) -> Group | None:
    """The first named group mentioned in ``text``, or None.

    The same phrases ("Russian forces", "the army") come back in every report,
    and each look-up tries every group's pattern; answers are kept per text
    for as long as the group table is unchanged.
    """
    global _found
    groups = armed_groups()
    if _found is None or _found[0] is not groups or len(_found[1]) > 50_000:
        _found = (groups, {})
    known = _found[1]
    if text not in known:
        known[text] = next((g for g in groups if g.pattern.search(text)), None)
    return known[text]


def home_countries(text: str) -> tuple[str, ...]:
    """The home countries (alpha-2) of the named groups ``text`` mentions, each once, in
    the order of the groups' first mentions ("FARDC troops ... Boko Haram": CD, NG)."""
    found: dict[str, int] = {}
    for group in armed_groups():
        if group.country and group.country not in found:
            match = group.pattern.search(text)
            if match is not None:
                found[group.country] = match.start()
    return tuple(sorted(found, key=found.__getitem__))
