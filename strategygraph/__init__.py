"""strategygraph: a knowledge graph of the strategic commitments of NHS organisations.

The verbs below are the library's public face; the CLI is a thin layer over them. They are
imported lazily, so ``import strategygraph`` stays cheap (no rdflib, pyoxigraph or owlready2
until a verb is used).

Examples
--------
>>> import strategygraph
>>> sorted(strategygraph.__all__)[:3]
['analyse', 'build_corpus', 'export_bytes']
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_VERBS: dict[str, str] = {
    "read_document": "strategygraph.readers",
    "extract_file": "strategygraph.extract",
    "build_corpus": "strategygraph.build",
    "open_store": "strategygraph.store",
    "list_queries": "strategygraph.queries",
    "load_query": "strategygraph.queries",
    "validate_graph": "strategygraph.validate",
    "reason_graph": "strategygraph.reason",
    "analyse": "strategygraph.analysis",
    "write_pages": "strategygraph.visualise",
    "export_bytes": "strategygraph.export",
}

__all__ = sorted(_VERBS)


def __getattr__(name: str) -> Any:
    if name in _VERBS:
        return getattr(importlib.import_module(_VERBS[name]), name)
    raise AttributeError(f"module 'strategygraph' has no attribute {name!r}")
