"""Attribution (quote) extraction of sitrep's quotes stage on the PolNeAR dev split.

Usage: .venv/bin/python bench/eval_quotes.py [--limit N] [--errors N] [--json]

A thin wrapper over ``sitrep eval quotes`` (``sitrep.evaluation.quotes``): it
runs the dateline, entities and quotes stages over each text in
polnear-dev/text/ and scores the quotes against the gold attributions in
polnear-dev/attributions/: precision, recall and F1 of content, speaker, and
both; recall by class (direct, indirect, no source, several sentences); the
commonest cues of missed attributions; the quotes stage's time per article.
"""

from __future__ import annotations

from common import base_parser, data_file


def main() -> None:
    from sitrep.evaluation.quotes import FOLDER, render_quotes
    from sitrep.evaluation.render import as_json
    from sitrep.evaluation.running import eval_quotes

    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N texts only (0: all)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list N misses, false hits and wrong speakers")
    args = parser.parse_args()
    folder = data_file(args.data, FOLDER)
    if folder is None:
        return
    result = eval_quotes(folder, None, limit=args.limit, progress=not args.quiet,
                         examples=args.errors)
    print(as_json(result) if args.json else render_quotes(result))


if __name__ == "__main__":
    main()
