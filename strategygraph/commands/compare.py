"""``strategygraph compare ORG ORG``: two organisations side by side: what they share, what
only one of them commits to."""

from __future__ import annotations

import argparse
import sys

from strategygraph.analysis import compare
from strategygraph.analysis.render import compare_table, to_json
from strategygraph.store import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="two organisations side by side: shared, only in A, only in B",
        description="Compare two organisations' strategies: shared themes, aligned commitments "
        "(statements that promise the same thing in other words), and what only one of them "
        "covers. Name an organisation by ODS code (RBD), IRI or a unique part of its name; an "
        "unknown name lists close matches and exits 2.",
    )
    parser.add_argument("a", metavar="ORG", help="the first organisation")
    parser.add_argument("b", metavar="ORG", help="the second organisation")
    parser.add_argument("--format", "-f", choices=("table", "json"), default="table", help="output format")
    parser.add_argument("--quotes", type=int, default=3, metavar="N",
                        help="unshared statements shown per side in the table (0: all; default 3)")
    parser.add_argument("--pairs", type=int, default=10, metavar="N",
                        help="aligned pairs shown in the table, best first (0: all; default 10)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.store, endpoint=args.endpoint, read_only=True)
    try:
        result = compare(store, args.a, args.b)
    finally:
        store.close()
    sys.stdout.write(to_json(result) if args.format == "json" else compare_table(result, args.quotes, args.pairs))
    return 0
