"""``strategygraph coverage [--ics NAME]``: which ICS purposes, 10 Year Health Plan shifts and
themes each organisation and system covers, as a matrix with the gaps marked."""

from __future__ import annotations

import argparse
import sys

from strategygraph.analysis import coverage
from strategygraph.analysis.render import coverage_table, to_json
from strategygraph.store import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "coverage",
        help="a matrix of organisations by ICS purposes, shifts and themes, gaps marked",
        description="Per organisation and per integrated care system: how many statements "
        "cover each of the four ICS purposes, the three shifts of the 10 Year Health Plan and "
        "the 16 themes ('-' marks a gap). JSON output carries the statements as evidence.",
    )
    parser.add_argument("--ics", metavar="NAME", default=None, help="only this integrated care system")
    parser.add_argument("--format", "-f", choices=("table", "json"), default="table", help="output format")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.store, endpoint=args.endpoint, read_only=True)
    try:
        report = coverage(store, ics=args.ics)
    finally:
        store.close()
    sys.stdout.write(to_json(report) if args.format == "json" else coverage_table(report))
    return 0
