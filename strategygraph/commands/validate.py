"""``strategygraph validate [FILE]``: check a graph against the SHACL shapes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from strategygraph.errors import ValidationFailed
from strategygraph.ids import GRAPH_REFERENCE
from strategygraph.paths import default_build_dir
from strategygraph.validate import read_dataset, validate_dataset, validate_file

BUILT_GRAPH_NAME = "strategygraph.trig"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a graph against the SHACL shapes (ontology/shapes.ttl)",
        description="Validate an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) "
        "against the SHACL shapes, with the reference data and themes beside it. Without FILE, "
        "validate the reference data and, when it exists, the built graph. Exit 0 valid, "
        "1 invalid (with a report), 2 unreadable input.",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the RDF file to check")
    parser.set_defaults(func=run)


def default_dataset_and_label():
    """The reference data (and the built graph, if there is one), as a dataset and a label."""
    from rdflib import Dataset

    from strategygraph.reference_graph import build_reference_graph

    built = default_build_dir() / BUILT_GRAPH_NAME
    dataset = read_dataset(built) if built.is_file() else Dataset()
    dataset.graph(GRAPH_REFERENCE).__iadd__(build_reference_graph())
    label = f"the reference data and {built}" if built.is_file() else "the reference data"
    return dataset, label


def run(args: argparse.Namespace) -> int:
    if args.file is not None:
        label = str(args.file)
        report = validate_file(args.file)
    else:
        dataset, label = default_dataset_and_label()
        report = validate_dataset(dataset)
    if not report.conforms:
        raise ValidationFailed(f"{label}: {report.summary()}", report=report.text)
    sys.stdout.write(f"{label}: {report.summary()}\n")
    return 0
