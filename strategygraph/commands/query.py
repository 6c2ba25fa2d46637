"""``strategygraph query NAME|FILE.rq``: run a named query or a query file on the store."""

from __future__ import annotations

import argparse
import sys

from strategygraph.errors import UsageError
from strategygraph.queries import bind_params, check_syntax, inject_values, load_query
from strategygraph.results import CLI_FORMATS, format_result
from strategygraph.store import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="run a named SPARQL query (or a .rq file)",
        description="Run a named query from queries/ (see `strategygraph queries`) or any "
        "SPARQL file on the built graph (or the --endpoint server). SELECT and ASK print a "
        "table, SPARQL CSV/TSV or SPARQL 1.1 Query Results JSON; CONSTRUCT prints Turtle. "
        "Exit 2 for a query that does not parse (with its line and column), an unknown "
        "query name or an unknown parameter.",
    )
    parser.add_argument("query", metavar="NAME|FILE.rq", help="a named query or a query file")
    parser.add_argument(
        "--param", "-p", action="append", default=[], metavar="NAME=VALUE",
        help="a parameter value (repeatable); bound as an RDF term, never pasted into the query",
    )
    parser.add_argument("--format", "-f", choices=CLI_FORMATS, default="table", help="output format")
    parser.set_defaults(func=run)


def parse_params(pairs: list[str]) -> dict[str, str]:
    given: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param {pair!r}: use NAME=VALUE")
        if name.strip() in given:
            # (the last one silently winning would answer a question the analyst did not ask)
            raise UsageError(f"--param {name.strip()} is given twice; a parameter takes one value")
        given[name.strip()] = value
    return given


def run(args: argparse.Namespace) -> int:
    query = load_query(args.query)
    check_syntax(query.text, str(query.path))
    bindings = bind_params(query, parse_params(args.param))
    sparql = inject_values(query.text, bindings)
    store = open_store(args.store, endpoint=args.endpoint, read_only=True)
    try:
        result = store.query(sparql)
    finally:
        store.close()
    sys.stdout.write(format_result(result, args.format))
    return 0
