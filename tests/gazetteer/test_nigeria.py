"""Nigerian towns from ng-address-toolkit, on small made-up files."""

from __future__ import annotations

import json

from sitrep.gazetteer.nearby import TownGrid
from sitrep.gazetteer.nigeria import add_nigeria, read_nigerian_towns
from sitrep.gazetteer.rows import APPROXIMATE, NIGERIA_IDS, OWN, PlaceRow


def files(tmp_path, towns):
    lgas = [{"alias": "konduga", "name": "Konduga", "state_code": "BO"}]
    (tmp_path / "towns.json").write_text(json.dumps(towns), encoding="utf-8")
    (tmp_path / "lgas.json").write_text(json.dumps(lgas), encoding="utf-8")
    return tmp_path / "towns.json", tmp_path / "lgas.json"


def record(name, lat, lon, state="BO", lga="konduga"):
    return {"name": name, "ward_alias": "w", "lga_alias": lga, "state_code": state,
            "latitude": lat, "longitude": lon}


def test_read_keeps_good_records_with_their_lga_and_reports_bad_ones(tmp_path):
    skipped: list[str] = []
    towns = read_nigerian_towns(*files(tmp_path, [
        record("Kawuri", 11.7, 13.5), {"name": "Nowhere", "state_code": "BO"},
        record("", 11.0, 13.0)]), skipped)
    assert [(t.name, t.state, t.lga, t.record) for t in towns] == [
        ("Kawuri", "BO", "Konduga", 1)]
    assert skipped == ["towns.json, record 2: no name, state or position",
                       "towns.json, record 3: no name, state or position"]


def test_towns_are_added_with_their_states_admin1_and_shared_points_marked(tmp_path):
    maiduguri = PlaceRow(1, "Maiduguri", 11.85, 13.16, "NG", "Borno", "Maiduguri", "PPLA",
                         1_000_000, "NG.27")
    places = {1: maiduguri}
    names = {("maiduguri", 1): OWN}
    towns = read_nigerian_towns(*files(tmp_path, [
        record("Kawuri", 11.70, 13.50),  # its own point
        record("Dalwa", 11.60, 13.40), record("Mairamri", 11.60, 13.40),  # the ward's point
        record("Maiduguri", 11.86, 13.15),  # cities500 has it
    ]))
    counts = add_nigeria(towns, places, names, TownGrid(places.values()))
    assert counts == {"added": 1, "added_approximate": 2, "in_cities500": 1}
    kawuri, dalwa = places[NIGERIA_IDS - 1], places[NIGERIA_IDS - 2]
    assert (kawuri.admin1, kawuri.a1, kawuri.admin2, kawuri.fcode) == ("Borno", "NG.27",
                                                                      "Konduga", "PPL")
    assert not kawuri.flags & APPROXIMATE and dalwa.flags & APPROXIMATE
    assert names[("kawuri", kawuri.id)] == OWN
    assert NIGERIA_IDS - 4 not in places
