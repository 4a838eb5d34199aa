"""Ranking namesakes: derived points last in their group, admin3 after admin2, stable ties."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sitrep.gazetteer.lookup import Candidate
from sitrep.gazetteer.ranking import rank_plain
from sitrep.gazetteer.rows import ACLED_PLACE, OWN


@dataclass
class Hit:
    candidate: Candidate
    kind: int = OWN
    flags: int = 0


def cand(pid, fcode="PPL", pop=0, cc="UA", approximate=False, name="Pisky"):
    return Candidate(pid, name, 48.0, 37.0, cc, "Ukraine", "Donetsk", None, fcode, pop,
                     approximate)


def ids(hits):
    return [h.candidate.geonameid for h in hits]


def test_a_derived_point_ranks_below_a_real_point_of_the_same_name():
    real, derived = Hit(cand(5)), Hit(cand(-30_000_001, approximate=True))
    assert ids(rank_plain([derived, real], "pisky")) == [5, -30_000_001]
    # even when the real one is no more populous and has the higher id
    real_late = Hit(cand(90, pop=0))
    assert ids(rank_plain([real_late, derived], "pisky"))[0] == 90


def test_a_derived_point_still_ranks_by_population_among_derived_points():
    small = Hit(cand(-1, approximate=True, pop=10))
    large = Hit(cand(-2, approximate=True, pop=5000))
    assert ids(rank_plain([small, large], "pisky")) == [-2, -1]


def test_admin3_units_go_after_admin2_regions_and_towns():
    town, adm2, adm3 = Hit(cand(1, pop=800)), Hit(cand(-2, "ADM2")), Hit(cand(-3, "ADM3"))
    assert ids(rank_plain([adm3, adm2, town], "pisky")) == [1, -2, -3]
    lone2, lone3 = Hit(cand(-2, "ADM2", cc="RU")), Hit(cand(-3, "ADM3", cc="RU"))
    assert ids(rank_plain([lone3, lone2], "pisky")) == [-2, -3]


def test_equal_candidates_come_out_in_one_order_whatever_the_input_order():
    hits = [Hit(cand(pid, approximate=pid % 3 == 0)) for pid in range(1, 30)]
    first = ids(rank_plain(list(hits), "pisky"))
    for seed in range(5):
        shuffled = list(hits)
        random.Random(seed).shuffle(shuffled)
        assert ids(rank_plain(shuffled, "pisky")) == first
    assert first[:3] == [1, 2, 4]  # real points first, then by id


def test_the_place_made_from_a_derived_candidate_says_so():
    place = cand(-1, approximate=True).to_place("Pisky", 0, 5, "places@1")
    assert place.approximate and place.geonameid is None
    assert not cand(7).to_place("Pisky", 0, 5, "places@1").approximate


def test_a_village_acled_codes_events_at_outranks_a_larger_town_abroad():
    village = Hit(cand(-50_000_001, cc="BF", name="Madou"), flags=ACLED_PLACE)
    town = Hit(cand(7, pop=43_000, cc="TW", name="Madou"))
    assert ids(rank_plain([town, village], "madou")) == [-50_000_001, 7]


def test_a_town_acled_codes_events_at_outranks_a_region_of_its_name_a_bit_larger():
    town = Hit(cand(1, pop=230_000, cc="CD", name="Beni"), flags=ACLED_PLACE)
    region = Hit(cand(2, fcode="ADM1", pop=420_000, cc="BO", name="Beni"))
    assert ids(rank_plain([region, town], "beni")) == [1, 2]


def test_a_region_of_millions_still_outranks_a_city_acled_codes_events_at():
    city = Hit(cand(1, pop=290_000, cc="CA", name="Victoria"), flags=ACLED_PLACE)
    state = Hit(cand(2, fcode="ADM1", pop=6_500_000, cc="AU", name="Victoria"))
    assert ids(rank_plain([city, state], "victoria")) == [2, 1]
