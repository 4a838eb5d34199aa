"""What the stages need of a gazetteer, as a protocol.

Stages and rules take a :class:`Places` rather than the concrete SQLite-backed
:class:`~sitrep.gazetteer.lookup.Gazetteer`, so that a test, or a user with
another place index, can pass anything that answers these questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .lookup import Candidate, CountryInfo

__all__ = ["Places"]


class Places(Protocol):
    """A place index: candidates for a name, and facts about countries."""

    def lookup(self, name: str, *, country_codes: Sequence[str] = (),
               limit: int = 10) -> list[Candidate]:
        """The places ``name`` may stand for, best first."""
        ...

    def best(self, name: str, *, country_codes: Sequence[str] = ()) -> Candidate | None:
        """The most likely place for ``name``, or None."""
        ...

    def best_within(self, name: str, area: str) -> Candidate | None:
        """The best place named ``name`` inside the admin area or country ``area``."""
        ...

    def is_place(self, name: str, *, min_population: int = 0) -> bool:
        """Whether ``name`` names a place of at least ``min_population``."""
        ...

    def country(self, code: str) -> Candidate | None:
        """The country with ISO alpha-2 ``code``, as a place."""
        ...

    def country_for_demonym(self, word: str) -> str | None:
        """The ISO alpha-2 code of the country a demonym ("Ukrainian") belongs to."""
        ...

    def country_for_name(self, name: str) -> str | None:
        """The ISO alpha-2 code of the country called ``name``."""
        ...

    def country_info(self, code: str) -> CountryInfo | None:
        """Name (ACLED-style), ISO numeric and alpha-3 codes of a country."""
        ...
