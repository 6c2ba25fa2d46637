"""``strategygraph serve``: a read-only SPARQL 1.1 endpoint over the built graph."""

from __future__ import annotations

import argparse
import sys

from strategygraph.serve import MAX_TIMEOUT, MAX_WORKERS, ServeConfig, serve


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the graph as a read-only SPARQL 1.1 endpoint",
        description="Answer the SPARQL 1.1 Protocol (GET and POST) at /sparql, with a query "
        "page at /. Results as SPARQL JSON, XML, CSV or TSV (Accept header or format=), "
        "Turtle or N-Triples for CONSTRUCT. Read-only: updates get 403, SERVICE gets 400; a "
        "query past the timeout is stopped and answered 503. Stops on Ctrl-C or SIGTERM. "
        "An option out of range is refused (exit 2) before anything starts.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7880, help="port, 0-65535 (default 7880; 0 picks a free one)")
    parser.add_argument(
        "--timeout", type=float, default=10.0,
        help=f"seconds a query may run, above 0 and at most {MAX_TIMEOUT} (default 10)",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help=f"query worker processes, 1-{MAX_WORKERS} (default 2)"
    )
    parser.add_argument(
        "--max-rows", type=int, default=10_000,
        help="rows (or triples) per answer, at least 1 (default 10,000); more are cut off and "
        "marked X-Result-Truncated",
    )
    parser.add_argument(
        "--max-body", type=int, default=1_000_000,
        help="largest request body in bytes, at least 1 (default 1,000,000; 413 above)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = ServeConfig(
        location=args.store,
        endpoint=args.endpoint,
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        workers=args.workers,
        max_rows=args.max_rows,
        max_body=args.max_body,
        verbose=args.verbose,
    )
    config.check()  # one line and exit 2 for a value out of range (serve() checks it too)

    def ready(url: str) -> None:
        sys.stdout.write(f"serving SPARQL at {url} (query page at {url.rsplit('/', 1)[0]}/); Ctrl-C stops\n")
        sys.stdout.flush()

    serve(config, ready)
    sys.stdout.write("stopped\n")
    return 0
