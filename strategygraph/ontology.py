"""The ontology, the theme thesaurus and the SHACL shapes, each parsed once per process.

Validation and reasoning run once per document graph (thousands at national scale), so the
Turtle files under ``ontology/`` are parsed on first use and the same ``Graph`` is handed to
every later caller. Callers must NOT mutate the returned graphs: copy them first
(``g = Graph(); g += ontology_graph()``) if a changed version is needed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.exceptions import ParserError

from strategygraph import paths
from strategygraph.errors import InputError
from strategygraph.namespaces import bind_prefixes

__all__ = ["ontology_graph", "themes_graph", "shapes_graph", "clear_caches"]


def _parse(path: Path, required: bool = True) -> Graph:
    graph = bind_prefixes(Graph())
    if not path.is_file():
        if required:
            raise InputError(f"{path}: missing (the package's data files are not installed)")
        return graph
    try:
        graph.parse(path, format="turtle")
    except (ParserError, SyntaxError, ValueError) as error:
        raise InputError(f"{path}: not valid Turtle: {error}") from error
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The OWL ontology ``ontology/strategygraph.ttl`` (shared: do not mutate)."""
    return _parse(paths.ONTOLOGY_FILE)


@lru_cache(maxsize=1)
def themes_graph() -> Graph:
    """The SKOS themes and frameworks ``ontology/themes.ttl``; empty if the file is missing."""
    return _parse(paths.THEMES_FILE, required=False)


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes ``ontology/shapes.ttl`` (shared: do not mutate)."""
    return _parse(paths.SHAPES_FILE)


def clear_caches() -> None:
    """Forget the parsed graphs (for tests that change the files)."""
    ontology_graph.cache_clear()
    themes_graph.cache_clear()
    shapes_graph.cache_clear()
