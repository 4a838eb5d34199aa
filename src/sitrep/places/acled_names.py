"""ACLED's admin1 names for the regions the place index names otherwise.

The index names most regions as ACLED does; where it does not ("North Kivu" for
ACLED's Nord-Kivu, "Jawa Barat" for West Java, Nepal's provinces for its
development regions), the reference table ``places/acled_admin1`` gives
ACLED's name by country and index admin1, or by admin2 where one province is
split between two of ACLED's regions.

ACLED renamed some countries' regions on a date (``places/acled_admin1_changes``:
Myanmar split Shan and Bago in two or three, Nepal's development regions gave way to
its provinces); :func:`acled_admin1_on` gives the name an event of a date takes,
from the same table's rows of each era.
"""

from __future__ import annotations

from dataclasses import replace

from .. import reference
from ..records import Place

__all__ = ["acled_admin1", "acled_admin1_on", "change_dates", "with_acled_names"]

_built: list[tuple[object, dict[str, str]]] = []


def _table() -> dict[str, str]:
    rows = reference.table("places/acled_admin1")  # cached; a new tuple if the overlay changes
    if not _built or _built[0][0] is not rows:
        _built[:] = [(rows, {row["key"]: row["acled"] for row in rows})]
    return _built[0][1]


def acled_admin1(country_code: str | None, admin1: str | None,
                 admin2: str | None = None) -> str | None:
    """ACLED's name for the admin1 region ``admin1`` of ``country_code``.

    >>> acled_admin1("CD", "North Kivu")
    'Nord-Kivu'
    >>> acled_admin1("NP", "Madhesh", "Saptari"), acled_admin1("UA", "Kharkiv")
    ('East', 'Kharkiv')
    """
    if not country_code or not admin1:
        return admin1
    table = _table()
    if admin2:
        found = table.get(f"{country_code}|{admin1}|{admin2}")
        if found:
            return found
    return table.get(f"{country_code}|{admin1}|", admin1)


def change_dates() -> dict[str, str]:
    """Country code -> the date (ISO) ACLED renamed its admin1 regions on."""
    return {row["country"]: row["date"] for row in reference.table("places/acled_admin1_changes")}


def acled_admin1_on(country_code: str | None, admin1: str | None, admin2: str | None,
                    date: str | None) -> str | None:
    """ACLED's name, for an event on ``date`` (ISO), of the region a place has
    ``admin1`` (already ACLED's name, :func:`acled_admin1`) and ``admin2`` in.

    >>> acled_admin1_on("MM", "Shan", "Lashio", "2021-05-02")
    'Shan-North'
    >>> acled_admin1_on("MM", "Shan-South", "Taunggyi", "2018-03-01")
    'Shan'
    """
    if not country_code or not admin1 or not date:
        return admin1
    changes = change_dates()
    if country_code not in changes:
        return admin1
    era = "before" if date[:10] < changes[country_code] else "since"
    table = _table()
    region = table.get(f"{country_code}|{admin1}||{era}", admin1)
    if admin2:
        return table.get(f"{country_code}|{admin1}|{admin2}|{era}", region)
    return region


def with_acled_names(place: Place) -> Place:
    """``place`` with ACLED's admin1 name, the same object when the names agree."""
    name = acled_admin1(place.country_code, place.admin1, place.admin2)
    return place if name == place.admin1 else replace(place, admin1=name)
