"""``strategygraph reason [FILE]``: run HermiT over the ontology and a graph."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph

from strategygraph.atomic import write_text
from strategygraph.errors import InconsistentOntology
from strategygraph.namespaces import bind_prefixes
from strategygraph.reason import reason_graph
from strategygraph.validate import read_graph


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reason",
        help="check the ontology plus a graph for consistency with HermiT, and infer facts",
        description="Load the OWL ontology and an RDF file into owlready2 and run HermiT. "
        "Without FILE, reason over the reference data and, when it exists, the built graph. "
        "Exit 0 consistent, 1 inconsistent (naming the individuals and classes involved), "
        "2 unreadable input.",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the RDF file to check")
    parser.add_argument(
        "--write-inferred",
        type=Path,
        metavar="OUT.ttl",
        help="write the inferred triples (types, inverse and symmetric links) as Turtle",
    )
    parser.set_defaults(func=run)


def _default_graph() -> tuple[Graph, str]:
    from strategygraph.commands.validate import default_dataset_and_label

    dataset, label = default_dataset_and_label()
    graph = bind_prefixes(Graph())
    graph.addN((s, p, o, graph) for s, p, o, _ in dataset.quads((None, None, None, None)))
    return graph, label


def run(args: argparse.Namespace) -> int:
    if args.file is not None:
        data, label = read_graph(args.file), str(args.file)
    else:
        data, label = _default_graph()
    report = reason_graph(data)
    if not report.consistent:
        raise InconsistentOntology(f"{label}: inconsistent", report=report.report)
    if args.write_inferred is not None:
        write_text(args.write_inferred, report.inferred.serialize(format="turtle"))
    sys.stdout.write(f"{label}: {report.report} ({report.seconds:.1f} s)\n")
    return 0
