"""``strategygraph shared [--ics NAME]``: themes and aligned commitments that two or more
organisations share, most shared first, with their quotes."""

from __future__ import annotations

import argparse
import sys

from strategygraph.analysis import shared_commitments
from strategygraph.analysis.render import shared_table, to_json
from strategygraph.store import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "shared",
        help="what the organisations of an ICS share: themes and aligned commitments, with quotes",
        description="Themes and aligned commitments shared by two or more organisations, most "
        "shared first, with the statements in their own words and who said them. The ICS can "
        "be named by a unique part of its name ('Dorset'), its slug or its ICB's ODS code.",
    )
    parser.add_argument("--ics", metavar="NAME", default=None, help="only this integrated care system")
    parser.add_argument("--format", "-f", choices=("table", "json"), default="table", help="output format")
    parser.add_argument("--quotes", type=int, default=3, metavar="N",
                        help="quotes shown per theme in the table (0: all; default 3)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.store, endpoint=args.endpoint, read_only=True)
    try:
        report = shared_commitments(store, ics=args.ics)
    finally:
        store.close()
    sys.stdout.write(to_json(report) if args.format == "json" else shared_table(report, args.quotes))
    return 0
