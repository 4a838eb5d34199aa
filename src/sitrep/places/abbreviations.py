"""Standard abbreviations of place names: "Wis.", "W.Va.", "U.S.", "D.C.".

Datelines and bylines write states and countries short ("WAUSAU, Wis.",
"Charleston, W.Va."); the gazetteer knows them by their full names. The table
is reference data (``places/abbreviations``): each abbreviation, the name it
stands for, whether it is a place wherever it stands or only right after a
place and a comma ("Columbia, Mo."; "Mo." alone is no place), and whether it
names a country or a region (a state: "Wash." is never the capital).
"""

from __future__ import annotations

from typing import NamedTuple

from .. import reference

__all__ = ["Abbreviation", "abbreviation"]


class Abbreviation(NamedTuple):
    name: str  # the full name the gazetteer knows
    anywhere: bool  # a place wherever it stands, not only after "Place, "
    region: bool  # a state or province rather than a country


#: The table as read, and the same keyed in capitals (the first abbreviation of each).
_built: list[tuple[object, dict[str, Abbreviation], dict[str, Abbreviation]]] = []


def _tables() -> tuple[dict[str, Abbreviation], dict[str, Abbreviation]]:
    rows = reference.table("places/abbreviations")  # cached; a new tuple if the overlay changes
    if not _built or _built[0][0] is not rows:
        table = {row["abbreviation"]: Abbreviation(row["name"], row["cue"] == "any",
                                                   row["level"] == "region")
                 for row in rows}
        capitals: dict[str, Abbreviation] = {}
        for key, value in table.items():
            capitals.setdefault(key.upper(), value)
        _built[:] = [(rows, table, capitals)]
    return _built[0][1], _built[0][2]


def abbreviation(text: str) -> Abbreviation | None:
    """What ``text`` abbreviates ("Wis." -> Wisconsin), or None; case and full stops as
    written ("WIS." is accepted, "Wis" is not)."""
    table, capitals = _tables()
    found = table.get(text.strip())
    if found is None and text.isupper():
        found = capitals.get(text.strip())
    return found
