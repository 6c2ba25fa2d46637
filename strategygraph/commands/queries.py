"""``strategygraph queries``: list the named queries, or show one's question and parameters."""

from __future__ import annotations

import argparse
import sys

from strategygraph.queries import list_queries, load_query


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "queries",
        help="list the named SPARQL queries",
        description="List the named queries in queries/ with their titles; with a NAME, show "
        "the question it answers, its parameters and defaults, and its file.",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="show this query in full")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.name:
        query = load_query(args.name)
        out.write(f"{query.name}: {query.title}\n")
        if query.question:
            out.write(f"  question: {query.question}\n")
        for param in query.params:
            default = param.default if param.default is not None else "none (unbound: all values)"
            out.write(f"  --param {param.name}=…  ({param.type}, default: {default}) {param.description}\n")
        out.write(f"  file: {query.path}\n")
        return 0
    found = list_queries()
    width = max((len(q.name) for q in found), default=0)
    for query in found:
        params = f"  [{', '.join(p.name for p in query.params)}]" if query.params else ""
        out.write(f"{query.name.ljust(width)}  {query.title}{params}\n")
    return 0
