"""ACLED names and ``inter`` codes for actor references, and the branch that acts.

:func:`settle_kind` turns a country used as a doer into its army or its
government, depending on the event; :func:`name_actor` writes the ACLED name
(``Military Forces of Russia (2000-)``, ``Civilians (Ukraine)``), with inter 8 for a
state's forces outside their own country (the event's country decides);
:func:`is_generic` tells such a name of nobody in particular from a named group's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_refs import ActorRef
from .proxies import rebel_name
from .reference import COUNTRY_NAMES, Group, regime_years

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places

__all__ = ["ABROAD", "settle_kind", "country_name", "name_actor", "is_generic"]


def settle_kind(ref: ActorRef, family: str) -> ActorRef:
    """Turn ``state``/``weapon``/``milsite`` into the branch that acts in ``family``."""
    if ref.kind in ("state", "weapon", "milsite"):
        civil = family in ("agree", "evacuate", "change", "withdraw")
        if family == "arrest" and ref.kind == "state":
            return replace(ref, kind="police")
        return replace(ref, kind="government" if civil and ref.kind == "state" else "military")
    if ref.kind == "civsite":
        return replace(ref, kind="civilians")
    if ref.kind == "government" and family not in ("agree", "evacuate", "change", "withdraw",
                                                   "arrest"):
        return replace(ref, kind="military")  # "Syrian government (warplanes) struck"
    return ref


def country_name(code: str | None, gazetteer: Places | None) -> str | None:
    """ACLED's name for a country code ("RU" -> "Russia")."""
    if not code:
        return None
    info = gazetteer.country_info(code) if gazetteer is not None else None
    if info is not None and getattr(info, "name", None):
        return str(info.name)
    return COUNTRY_NAMES.get(code.upper(), code.upper())


#: ACLED's inter code for external forces: a state's forces acting outside their country.
ABROAD = 8
_INTER = {"military": 1, "police": 1, "government": 1, "unidentified": 3, "militia": 4,
          "rioters": 5, "protesters": 6, "civilians": 7, "crowd": 5}
_TEMPLATE = {
    "military": "Military Forces of {c}", "police": "Police Forces of {c}",
    "government": "Government of {c}", "civilians": "Civilians ({c})",
    "protesters": "Protesters ({c})", "rioters": "Rioters ({c})", "crowd": "Rioters ({c})",
    "unidentified": "Unidentified Armed Group ({c})", "militia": "Communal Militia ({c})",
}

#: The names of actors nobody in particular: the templates without their country.
_GENERIC = tuple(sorted({t.replace(" ({c})", "").replace(" of {c}", "")
                         for t in _TEMPLATE.values()} | {"Unidentified Communal Militia"}))


def is_generic(name: str) -> bool:
    """Whether ``name`` is one of :func:`name_actor`'s generic names ("Civilians (Kenya)",
    "Military Forces of Kenya (2013-)"), not a named group's."""
    return any(name == base or name.startswith((f"{base} (", f"{base} of "))
               for base in _GENERIC)


def _acts_in(group: Group, code: str | None, gazetteer: Places | None) -> bool:
    """Whether the group an acronym named may act in the country ``code`` (any country
    when the acronym is ACLED's only there, or the country is unknown)."""
    if not group.countries or not code:
        return True
    name = country_name(code, gazetteer)
    return name is None or name in group.countries


def name_actor(ref: ActorRef, date: str | None, fallback_country: str | None,
               gazetteer: Places | None) -> tuple[str, int]:
    """ACLED name and inter code for ``ref`` on ``date``.

    ``fallback_country`` (the event's country) is used when the phrase named none. A
    group named by an acronym that is ACLED's only in other countries is read as the
    phrase's own kind (``ref.unlisted``).
    """
    code = ref.country or fallback_country
    if ref.kind == "group" and ref.group is not None and not _acts_in(ref.group, code,
                                                                       gazetteer):
        return name_actor(replace(ref, kind=ref.unlisted or "unidentified", group=None), date,
                          fallback_country, gazetteer)
    if ref.kind == "group" and ref.group is not None:
        group = ref.group
        if group.state_from and date and date >= group.state_from and group.country:
            return name_actor(ActorRef("military", group.country), date, fallback_country,
                              gazetteer)
        name = group.name.replace("{country}", country_name(code, gazetteer) or "")
        return name.replace(" ()", ""), group.inter
    if ref.kind == "rebels":
        return rebel_name(code, date) or (name_actor(replace(ref, kind="unidentified"), date,
                                                     fallback_country, gazetteer)[0], 2)
    kind = ref.kind if ref.kind in _TEMPLATE else "unidentified"
    cname = country_name(code, gazetteer)
    if cname is None:
        base = _TEMPLATE[kind].replace(" ({c})", "").replace(" of {c}", "")
        return base, _INTER[kind]
    name = _TEMPLATE[kind].format(c=cname)
    inter = _INTER[kind]
    if kind in ("military", "police", "government") and code:
        years = regime_years(code, date)
        if years:
            name += f" ({years})"
        if fallback_country and code != fallback_country:
            inter = ABROAD  # a state's forces outside their own country
    return name, inter
