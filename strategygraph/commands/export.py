"""``strategygraph export``: the built graph in a format an integrator's tools load."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from strategygraph.store import FORMATS, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the built graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML",
        description="Write the built graph deterministically (sorted, fixed prefixes), after "
        "checking it against the SHACL shapes. Triple formats (ttl, nt, xml) hold the merge of "
        "all graphs; nq, trig and jsonld keep one named graph per document.",
    )
    parser.add_argument("--format", default="ttl", choices=sorted(FORMATS), help="output format (default ttl)")
    parser.add_argument("--graph", metavar="DOC", help="only this document's graph (a doc_id or a graph IRI)")
    parser.add_argument(
        "--with-ontology", action="store_true", help="include the OWL ontology's graph"
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="write here (atomically) instead of stdout")
    parser.add_argument(
        "--no-validate", action="store_true", help="skip the SHACL check (the build already ran it)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from strategygraph.commands._outputs import output_file
    from strategygraph.export import export_bytes, export_to, resolve_graph

    output_file(args.out)
    store = open_store(getattr(args, "store", None), endpoint=getattr(args, "endpoint", None))
    try:
        validate = not args.no_validate
        if args.out is not None:
            size = export_to(
                store, args.format, args.out, graph=args.graph,
                with_ontology=args.with_ontology, validate=validate,
            )
            sys.stderr.write(f"wrote {args.out} ({size:,} bytes, {args.format})\n")
            return 0
        graphs = [resolve_graph(store, args.graph)] if args.graph else None
        data = export_bytes(store, args.format, graphs=graphs, with_ontology=args.with_ontology, validate=validate)
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    finally:
        store.close()
