"""Toponym recognition and resolution of sitrep's places stage on GeoWebNews / GeoVirus.

Usage: .venv/bin/python bench/eval_geo.py [--corpus gwn|geovirus] [--limit N] [--errors N]

A thin wrapper over ``sitrep eval geoparse`` (the scoring lives in
``sitrep.evaluation.geoparse``; see docs/evaluation.md), kept so that this script's
options and its flat table stay as they were. Runs the dateline, entities and places
stages over each article and pairs predicted places with gold toponyms one-to-one
by overlapping character offsets, the largest overlaps first. Reports toponym
precision, recall and F1; the distance error over the found toponyms (median,
mean, acc@161 km) and acc@161 km over all gold toponyms; and the misses by class.

Gold toponyms: in GeoWebNews, the annotations that carry coordinates; a prediction
on another annotation (Demonym, Non_Toponym …) is a false positive tallied apart.
In GeoVirus every <location> is gold; its offsets are re-anchored on the name.
"""

from __future__ import annotations

from common import base_parser, data_file, report

from sitrep.evaluation.geo_corpora import CORPORA
from sitrep.evaluation.running import eval_geoparse


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="gwn")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list the N commonest misses, false hits and worst errors")
    args = parser.parse_args()

    path = data_file(args.data, CORPORA[args.corpus])
    if path is None:
        return
    metrics = eval_geoparse(args.corpus, path, None, limit=args.limit,
                            progress=not args.quiet, examples=args.errors)
    report(f"geoparsing: {path.name}", metrics, as_json=args.json)


if __name__ == "__main__":
    main()
