"""Build the table of ACLED's named non-state actors and the words reporters use for them.

Usage: .venv/bin/python train/acled_actors.py [--data CSV_GZ] [--out CSV] [--min-rows N]

Reads the ACLED training rows (default ``../shared/data/acled-train/acled-train.csv.gz``
beside the repository, or ``$SITREP_ACLED_TRAIN``); when the file is absent it says so
and exits 0 ("skipped"). Rows held apart by :func:`sitrep.evaluation.split.is_held_apart`
are not read. Only actor names and their ``inter`` codes are used, never the notes.

Every rebel group, political militia, identity militia or other force (``inter`` 2, 3,
4 or 8: peacekeeping missions, coalitions, private security) named in at least
``--min-rows`` rows gives the words a report would use for it:

- the acronyms before ACLED's colon, each part of a slash ("KIO/KIA: …" gives "KIO/KIA",
  "KIO" and "KIA"), and each part of the full name after it;
- a name as it stands, and without its country ("Islamic State
  (Iraq)" gives "Islamic State", and the actor name becomes "Islamic State
  ({country})", filled with the event's country);
- an ethnic militia's people ("Pokot Ethnic Militia (Kenya)" gives "Pokot"), a militia's
  own name ("Mayi Mayi Militia" gives "Mayi Mayi"; "Militia (Kamwina Nsapu)" gives
  "Kamwina Nsapu"), a faction with its movement ("Mayi Mayi Militia (Mazembe)" gives
  "Mayi Mayi Mazembe").

Unidentified actors, communal militias (named after the place they come from), pairs
joined by "and/or", and the words of ``data/events/acled_alias_stoplist.txt`` give
nothing. An alias several actors share goes to the one
named in most rows (then the first name in alphabetical order). The output,
``src/sitrep/data/events/acled_actors.csv`` (alias, name, inter, acronym, and for an
acronym the ACLED countries the actor was coded in: a few capitals name other bodies
elsewhere), is sorted and the same on every run; :mod:`sitrep.events.acled_actors`
reads it.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluation.split import is_held_apart  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "acled-train" / "acled-train.csv.gz"
DEFAULT_OUT = ROOT / "src" / "sitrep" / "data" / "events" / "acled_actors.csv"
_KINDS = frozenset({"2", "3", "4", "8"})
_SKIP_PREFIXES = ("Unidentified", "Military Forces", "Police Forces", "Government of")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9()\-]*[A-Z0-9)]$")
_PAREN = re.compile(r"^(.*?)\s*\(([^()]+)\)$")
_ETHNIC = " Ethnic Militia"
_MILITIA = " Militia"
#: Aliases too general to name one group, besides the package's stoplist.
_GENERIC = frozenset({"militia", "islamist militia", "islamist", "gang", "rebels", "mutineers",
                      "rioters", "protesters", "civilians", "ex-combatants", "unknown"})
_STOPLIST = ROOT / "src" / "sitrep" / "data" / "events" / "acled_alias_stoplist.txt"


def _stoplist() -> frozenset[str]:
    lines = _STOPLIST.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def aliases(name: str, country: str) -> tuple[str, list[tuple[str, bool]]]:
    """(the actor name to write, the aliases that name it, each with whether it is an
    acronym matched by case) for one ACLED actor name."""
    written = name
    base = name
    faction = None
    match = _PAREN.match(name)
    if match:
        base, inside = match.group(1), match.group(2)
        if inside == country:
            written = f"{base} ({{country}})"
        else:
            faction = inside
    out: list[tuple[str, bool]] = []
    if ": " in base:
        short, full = base.split(": ", 1)
        if _ACRONYM.match(short.replace("/", "")):
            out += [(a, True) for a in (short, *short.split("/"))]
        out += [(part.strip(), False) for part in full.split("/")]
    elif base.endswith(_ETHNIC):
        out.append((base[: -len(_ETHNIC)], False))
    elif base.endswith(_MILITIA) and base != "Militia":
        own = base[: -len(_MILITIA)]
        out += [(base, False), (own, False)]
        if faction:
            out.append((f"{own} {faction}", False))
    elif base == "Militia" and faction:
        out.append((faction, False))
    else:
        out.append((base, False))
    stop = _stoplist()
    kept = []
    for alias, acronym in out:
        alias = alias.strip().strip('"').strip()
        if len(alias) >= 2 and alias.lower() not in _GENERIC and "Communal" not in alias \
                and alias not in stop and alias.lower() not in stop:
            kept.append((alias, acronym))
    return written, list(dict.fromkeys(kept))


def build(rows: list[dict[str, str]], min_rows: int) -> list[tuple[str, str, int, int, str]]:
    """(alias, actor name, inter, 1 when the alias is an acronym matched by case, and for
    an acronym the countries the actor was coded in, joined by "|")."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        for slot in ("1", "2"):
            name, inter = row[f"actor{slot}"].strip(), row[f"inter{slot}"].strip()
            if name and inter in _KINDS and " and/or " not in name \
                    and not name.startswith(_SKIP_PREFIXES) and "Communal Militia" not in name:
                counts[(name, inter, row["country"])] += 1
    named: Counter[tuple[str, int]] = Counter()
    countries: dict[str, set[str]] = {}
    for (name, inter, country), n in counts.items():
        written, _ = aliases(name, country)
        named[(written, int(inter))] += n
        countries.setdefault(written, set()).add(country)
    best: dict[str, tuple[int, str, int]] = {}
    for (name, inter, country), _n in sorted(counts.items()):
        written, found = aliases(name, country)
        total = named[(written, int(inter))]
        if total < min_rows:
            continue
        for alias, acronym in found:
            key = (alias if acronym else alias.lower(), int(acronym))
            seen = best.get(key)
            if seen is None or total > seen[0] or (total == seen[0] and written < seen[1]):
                best[key] = (total, written, int(inter))
    return sorted((alias, written, inter, acronym,
                   "|".join(sorted(countries[written])) if acronym else "")
                  for (alias, acronym), (_total, written, inter) in best.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("SITREP_ACLED_TRAIN", DEFAULT_DATA)))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-rows", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: {args.data} not found (set --data or SITREP_ACLED_TRAIN)")
        return 0
    with gzip.open(args.data, "rt", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not is_held_apart(r["event_id_cnty"])]
    table = build(rows, args.min_rows)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# ACLED's named non-state actors and the words reporters use for them.\n"
                 "# Built by train/acled_actors.py from the ACLED training rows (actor names\n"
                 "# and inter codes only); edit that script, not this file.\n")
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["alias", "name", "inter", "acronym", "countries"])
        writer.writerows(table)
    print(f"{len(table)} aliases of {len({r[1] for r in table})} actors -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
