"""Choosing all of an article's namesakes together.

A place name alone is resolved to its likeliest namesake
(:mod:`~sitrep.places.resolve`); the other places of the article often say
which namesake is meant:

- a qualifier names the area a place lies in: "Shiroro LGA, Niger" is the
  Nigerian state of Niger, not the country, because Shiroro lies in it;
  "Sucre (Chuquisaca)" is the Bolivian capital, not the Venezuelan state;
  "Bukumbirwa (Wanianga, Walikale, Nord-Kivu)" is a chain, each name inside
  the next. The pair that fits, best ranked, is taken for both names;
- a place with no namesake inside its qualifying region or country is
  unknown, not a namesake elsewhere ("Banmauk Township in Sagaing Region" is
  no place in India); a qualifier of an unknown place ("shelled near
  Novomlynsk, Kharkiv") names the region, not its capital;
- a name the article resolves by a qualifier means the same namesake
  wherever else it occurs ("a Niger communal militia");
- a namesake outside the admin regions the article names gives way to a
  namesake of the very same name inside one ("Alexandria" in a report that
  names Louisiana) unless it is a city of a million; one that fits nothing
  else the article places (not in the country of any of its sure places, nor
  near one) gives way to a namesake near one of its towns if it is no city of
  100,000, else to one in the country of its sure places ("Palma" in a report
  on Mozambique) if it is no city of a million; with neither, a town under
  100,000 abroad when the article places a town or region elsewhere, or a
  namesake found only under another name ("Sofi village, near Harar" is not
  Sofia), is dropped. A country, admin1 region or capital
  named by its own name is never displaced so. Only a region or
  country qualifies another place ("Paris, London" is a list of towns).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteer.areas import AREA_CODES
from ..gazetteer.names import normalize
from .distance import distance_km

if TYPE_CHECKING:
    from ..gazetteer.lookup import Candidate

__all__ = ["Choice", "fits_inside", "settle"]

#: A place qualified by a town must lie this close to it ("Robe, Bale").
_NEAR_TOWN_KM = 50.0
#: ... by a district (ADM2) whose admin1 it shares.
_NEAR_DISTRICT_KM = 80.0
#: An anchor town this close makes a namesake fit the article.
_FIT_KM = 150.0
#: A namesake within this distance of, or in the country of, an anchor already fits.
_COHERENT_KM = 300.0
#: A default this populous is never displaced ("Alexandria" in Egypt)...
_MAJOR_POPULATION = 1_000_000
#: ... and one this populous only by a namesake in an admin1 region the article names.
_SIZEABLE_POPULATION = 100_000
_AREAS = frozenset({"PCLI", "ADM1"}) | AREA_CODES


@dataclass(slots=True)
class Choice:
    """One mention's namesakes (best first), its default, and what was chosen."""

    name: str
    candidates: list[Candidate]
    default: Candidate | None
    container: int | None = None  # index of the mention that qualifies this one
    chosen: Candidate | None = None
    fixed: bool = False  # settled by a qualifier: an anchor for the rest


def _km(a: Candidate, b: Candidate) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def fits_inside(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` lies in (or, for a town, right by) ``outer``."""
    if inner.geonameid == outer.geonameid or inner.country_code is None:
        return False
    if inner.country_code != outer.country_code:
        return False
    code = outer.feature_code
    if code.startswith("PCL"):
        return True
    if code == "ADM1":
        return inner.admin1 == outer.admin1 and inner.feature_code != "ADM1"
    if code == "ADM2":
        return inner.feature_code not in {"ADM1", "ADM2"} and (
            (inner.admin2 is not None and inner.admin2 == outer.admin2)
            or (inner.admin1 == outer.admin1 and _km(inner, outer) <= _NEAR_DISTRICT_KM))
    if code.startswith("PPL"):
        return not inner.feature_code.startswith(("ADM", "PCL")) and \
            _km(inner, outer) <= _NEAR_TOWN_KM
    return False


def settle(choices: list[Choice], anchors: Sequence[Candidate] = ()) -> list[Candidate | None]:
    """The place chosen for each of ``choices`` (None where none is); ``anchors`` are
    places the article is known to be about (its dateline)."""
    for choice in choices:
        choice.chosen = choice.default
    _qualified(choices)
    _propagate(choices)
    _coherent(choices, anchors)
    return [c.chosen for c in choices]


def _qualified(choices: list[Choice]) -> None:
    """Settle each place and its qualifier together, the outermost pair first."""
    for choice in reversed(choices):
        if choice.container is None:
            continue
        outer = choices[choice.container]
        if choice.chosen is None and not choice.candidates:
            if not outer.fixed:
                outer.chosen = _region_of(outer)  # "near Novomlynsk, Kharkiv": the region
            continue
        outers = [outer.chosen] if outer.fixed and outer.chosen else [
            c for c in outer.candidates if _area(c)]  # "Paris, London" is a list of towns
        best: tuple[int, int, Candidate, Candidate] | None = None
        for j, out in enumerate(outers):
            for i, inner in enumerate(choice.candidates):
                if fits_inside(inner, out) and (best is None or (i + j, j) < best[:2]):
                    best = (i + j, j, inner, out)
        if best is not None:
            choice.chosen, outer.chosen = best[2], best[3]
            choice.fixed = outer.fixed = True
            continue
        if choice.chosen is not None and outer.chosen is not None and _area(outer.chosen) \
                and choice.chosen.country_code != outer.chosen.country_code:
            choice.chosen = None  # "Banmauk Township in Sagaing Region": not the Indian one
        if choice.chosen is None and not outer.fixed and outer.chosen is not None:
            outer.chosen = _region_of(outer)  # "near Novomlynsk, Kharkiv": the region


def _area(place: Candidate) -> bool:
    """A country or region: a qualifier that says which country a place is in."""
    return place.feature_code.startswith(("PCL", "ADM"))


def _region_of(choice: Choice) -> Candidate | None:
    """The region of the same name as a town, in its country ("Kharkiv" the oblast)."""
    town = choice.chosen
    if town is None or not town.feature_code.startswith("PPL"):
        return town
    for cand in choice.candidates:
        if cand.feature_code in {"ADM1", "ADM2"} and cand.country_code == town.country_code \
                and normalize(cand.name) == normalize(town.name):
            return cand
    return town


def _propagate(choices: list[Choice]) -> None:
    """A name settled by a qualifier means the same place elsewhere in the article."""
    settled: dict[str, Candidate] = {}
    for choice in choices:
        if choice.fixed and choice.chosen is not None:
            settled.setdefault(normalize(choice.name), choice.chosen)
    for choice in choices:
        same = settled.get(normalize(choice.name))
        if not choice.fixed and same is not None and any(
                c.geonameid == same.geonameid for c in choice.candidates):
            choice.chosen, choice.fixed = same, True


def _anchor(choice: Choice) -> bool:
    """Whether a choice is sure enough to weigh the others against: settled by a qualifier,
    a country or region, a capital or city of a million by its own name, or a name found
    in one country only."""
    if choice.chosen is None:
        return False
    if choice.fixed or choice.chosen.feature_code in {"PCLI", "ADM1", "ADM2"}:
        return True
    if _own(choice.chosen, normalize(choice.name)) and (
            choice.chosen.feature_code == "PPLC"
            or choice.chosen.population >= _MAJOR_POPULATION):
        return True
    countries = {c.country_code for c in choice.candidates}
    return len(countries) == 1


def _coherent(choices: list[Choice], anchors: Sequence[Candidate]) -> None:
    """Replace a namesake that fits nothing else by one that fits an anchor."""
    sure = [(normalize(c.name), c.chosen) for c in choices if _anchor(c) and c.chosen]
    for choice in choices:
        if choice.fixed:
            continue
        key = normalize(choice.name)
        others = [a for n, a in sure if n != key and a.country_code] + \
            [a for a in anchors if a.country_code]
        if not others:
            continue
        current = choice.chosen
        own = current is not None and _own(current, key)
        if current is not None and (current.feature_code in _AREAS or current.country_code
                                    is None or (current.feature_code == "PPLC" and own)):
            continue  # a country, region or area ("the US", "EU"); a capital by its name
        regions = [o for o in others if o.feature_code in {"ADM1", "ADM2"}]
        named = [c for c in choice.candidates if _own(c, key)
                 and not c.feature_code.startswith("PCL") and c.feature_code not in AREA_CODES]
        if current is not None and _in_region(current, regions):
            continue
        major = current is not None and current.population >= _MAJOR_POPULATION and own
        inside = [c for c in named if _in_region(c, regions)]
        if inside and not major:  # "Alexandria" in a report that names Louisiana
            choice.chosen = inside[0]
            continue
        if current is not None and (any(
                o.country_code == current.country_code or _km(o, current) <= _COHERENT_KM
                for o in others)):
            continue
        sizeable = current is not None and own and current.population >= _SIZEABLE_POPULATION
        close = [c for c in named if any(o.feature_code.startswith("PPL") and
                                         _km(o, c) <= _FIT_KM for o in others)]
        home = [c for c in named if any(o.country_code == c.country_code for o in others)]
        if close and not sizeable:
            choice.chosen = close[0]
        elif home and not major:  # "Palma" in a report on Mozambique, not Mallorca's
            choice.chosen = home[0]
        elif not own or (not sizeable and any(
                not o.feature_code.startswith("PCL") and o.feature_code not in AREA_CODES
                for o in others)):
            choice.chosen = None  # "Sofi village, near Harar" is not Sofia; a hamlet abroad


def _own(place: Candidate, key: str) -> bool:
    """Whether ``place`` is known by the name ``key`` (normalised) itself, or by a longer
    form of it ("Clacton" for Clacton-on-Sea, "Quebec City" for Quebec), not by another
    name that merely looks like it ("Sofi" for Sofia)."""
    name = normalize(place.name)
    return name == key or any(name.startswith(key + sep) or key.startswith(name + sep)
                              for sep in (" ", "-"))


def _in_region(place: Candidate, regions: list[Candidate]) -> bool:
    """Whether ``place`` lies in one of the admin regions ``regions``."""
    return any(r.geonameid != place.geonameid and r.country_code == place.country_code and
               r.admin1 == place.admin1 and (r.feature_code == "ADM1" or r.admin2 == place.admin2)
               for r in regions)
