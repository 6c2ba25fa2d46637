"""``strategygraph extract FILE [--format json|turtle]``: what was read in one document."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from strategygraph.errors import UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the vision, mission, values, goals and commitments read in one document",
        description="Read one strategy document (.txt, .md, .html, .pdf) and print what was "
        "extracted: JSON following the extraction contract, or the minted RDF as Turtle.",
    )
    parser.add_argument("file", type=Path, help="the document to read")
    parser.add_argument("--format", choices=("json", "turtle"), default="json",
                        help="output format (default: json)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from strategygraph.extract import extract_file, to_contract_json

    extraction = extract_file(args.file)
    for warning in extraction.document.warnings:
        sys.stderr.write(f"strategygraph: warning: {warning}\n")
    if args.format == "json":
        sys.stdout.write(json.dumps(to_contract_json(extraction), ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return 0
    if importlib.util.find_spec("strategygraph.mint") is None:
        raise UsageError("turtle output needs the minting module")
    from strategygraph.mint import mint_extraction

    _, graph = mint_extraction(extraction)
    sys.stdout.write(graph.serialize(format="turtle"))
    return 0
