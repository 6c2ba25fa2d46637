"""SHACL validation of a graph against ``ontology/shapes.ttl``, with a readable report.

A document graph points at organisations, partnerships and themes it does not describe itself,
so it is validated together with a fixed support graph: the ontology's class hierarchy (for
``sh:class`` and ``sh:targetClass`` through subclasses), the theme thesaurus and the reference
data. The shapes and the support graph are built once per process; no inference is run
(pySHACL's RDFS/OWL-RL expansion costs far more than the subclass triples it would add).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, ConjunctiveGraph, Dataset, Graph, Node
from rdflib.namespace import OWL, SH, SKOS

from strategygraph.errors import InputError
from strategygraph.namespaces import ID, bind_prefixes
from strategygraph.ontology import ontology_graph, shapes_graph, themes_graph

__all__ = [
    "ValidationReport",
    "validate_graph",
    "validate_file",
    "read_graph",
    "read_dataset",
    "validate_dataset",
    "support_graph",
]

# RDF formats by file extension (rdflib parser names); datasets are read as their union.
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
_DATASET_FORMATS = {"trig", "nquads", "json-ld"}


@dataclass
class ValidationReport:
    """The outcome of validating one graph: ``text`` is for people, ``results_graph`` for tools."""

    conforms: bool
    text: str
    results_graph: Graph = field(repr=False)
    violations: int = 0

    def summary(self) -> str:
        if self.conforms:
            return "valid: the graph conforms to the SHACL shapes"
        return f"invalid: {self.violations} SHACL violation(s)"


@lru_cache(maxsize=1)
def support_graph() -> Graph:
    """What every validation sees besides the data: class hierarchy, themes, reference data.

    Shared and cached: do not mutate.
    """
    from strategygraph.reference_graph import build_reference_graph

    support = bind_prefixes(Graph())
    ontology = ontology_graph()
    support += ontology.triples((None, RDFS.subClassOf, None))
    support += ontology.triples((None, RDF.type, OWL.Class))
    themes = themes_graph()
    for predicate in (RDF.type, SKOS.inScheme, SKOS.topConceptOf):
        support += themes.triples((None, predicate, None))
    support += build_reference_graph()
    return support


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return "-"
    try:
        return node.n3(graph.namespace_manager)
    except Exception:  # noqa: BLE001 - n3() of an odd literal must not hide the report
        return str(node)


def _report_text(results: Graph) -> tuple[str, int]:
    bind_prefixes(results)
    lines = []
    # Top-level results only: an sh:node failure's nested sh:detail repeats the outer one.
    for result in results.objects(None, SH.result):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        message = messages[0] if messages else "constraint violated"
        line = f"- {_short(results, focus)}  path {_short(results, path)}: {message}"
        if value is not None and value != focus:
            line += f" (value {_short(results, value)})"
        lines.append(line)
    lines = sorted(set(lines))
    return "\n".join(lines), len(lines)


def validate_graph(data: Graph) -> ValidationReport:
    """Validate ``data`` (a graph, or a dataset read as the union of its graphs) against the shapes.

    ``data`` is not changed: it is copied into a new graph beside the support graph.
    """
    combined = Graph()
    combined += support_graph()
    if isinstance(data, ConjunctiveGraph):  # a Dataset: validate the union of its graphs
        combined.addN((s, p, o, combined) for s, p, o, _ in data.quads((None, None, None, None)))
    else:
        combined += data
    conforms, results, _text = shacl_validate(
        combined,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=False,
        allow_warnings=True,
        do_owl_imports=False,
    )
    text, count = _report_text(results)
    if conforms:
        text = "valid: the graph conforms to the SHACL shapes"
    else:
        text = f"{count} SHACL violation(s):\n{text}"
    return ValidationReport(
        conforms=bool(conforms), text=text, results_graph=results, violations=count
    )


def _format_of(path: Path) -> str:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    rdf_format = RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        known = " ".join(sorted(RDF_FORMATS))
        raise InputError(f"{path}: unknown RDF file extension (known: {known})")
    return rdf_format


def _remote_context(value: object) -> str | None:
    """The first context a JSON-LD document names by address ("@context": "https://..." or an
    "@import"), which rdflib would fetch: reading a file must not reach out to other hosts."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("@context", "@import") and isinstance(inner, str):
                return inner
            if key == "@context" and isinstance(inner, list):
                named = next((item for item in inner if isinstance(item, str)), None)
                if named is not None:
                    return named
            found = _remote_context(inner)
            if found is not None:
                return found
    elif isinstance(value, list):
        for inner in value:
            found = _remote_context(inner)
            if found is not None:
                return found
    return None


def _parse_into(target: Graph, path: Path, rdf_format: str) -> None:
    if rdf_format == "json-ld":
        try:
            remote = _remote_context(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise InputError(f"{path}: not valid json-ld: {error}") from error
        if remote is not None:
            raise InputError(f"{path}: names a remote JSON-LD context ({remote[:100]}); contexts are not "
                             "fetched: put the context in the file")
    try:
        target.parse(path, format=rdf_format)
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read: {error}") from error
    except Exception as error:  # rdflib's parsers raise many unrelated exception types
        lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
        detail = " ".join(lines[:2])[:200] if lines else type(error).__name__
        raise InputError(f"{path}: not valid {rdf_format}: {detail}") from error


def read_dataset(path: Path | str) -> Dataset:
    """Read an RDF file by extension as a dataset (a triples file fills the default graph)."""
    path = Path(path)
    rdf_format = _format_of(path)
    dataset = Dataset()
    if rdf_format in _DATASET_FORMATS:
        _parse_into(dataset, path, rdf_format)
    else:
        _parse_into(dataset.default_graph, path, rdf_format)
    return dataset


def read_graph(path: Path | str) -> Graph:
    """Read an RDF file, chosen by extension, as one graph (a dataset's graphs merged).

    Raises ``InputError`` (exit 2) for a missing or unreadable file or an unknown extension.
    """
    path = Path(path)
    rdf_format = _format_of(path)
    graph = bind_prefixes(Graph())
    if rdf_format in _DATASET_FORMATS:
        dataset = read_dataset(path)
        graph.addN((s, p, o, graph) for s, p, o, _ in dataset.quads((None, None, None, None)))
    else:
        _parse_into(graph, path, rdf_format)
    return graph


def _groups(dataset: Dataset) -> dict[str, Graph]:
    """The dataset's graphs, each document graph together with its inferred graph."""
    inferred_prefix = str(ID["graph/inferred/"])
    groups: dict[str, Graph] = {}
    for context in dataset.graphs():
        if len(context) == 0:
            continue
        name = str(context.identifier)
        if name.startswith(inferred_prefix):
            name = str(ID["graph/" + name[len(inferred_prefix) :]])
        group = groups.setdefault(name, Graph())
        group += context
    return groups


def validate_dataset(dataset: Dataset) -> ValidationReport:
    """Validate each named graph on its own (with the support graph), as builds do.

    A document graph is validated together with its ``id:graph/inferred/{doc_id}`` graph.
    Validating graph by graph keeps the cost linear in the number of documents.
    """
    reports = []
    results = Graph()
    for name, group in sorted(_groups(dataset).items()):
        report = validate_graph(group)
        results += report.results_graph
        if not report.conforms:
            reports.append((name, report))
    if not reports:
        return ValidationReport(True, "valid: the graph conforms to the SHACL shapes", results, 0)
    count = sum(r.violations for _, r in reports)
    text = "\n".join(f"in graph <{name}>: {r.text}" for name, r in reports)
    return ValidationReport(False, text, results, count)


def validate_file(path: Path | str) -> ValidationReport:
    """Read an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML by extension)."""
    path = Path(path)
    if _format_of(path) in _DATASET_FORMATS:
        return validate_dataset(read_dataset(path))
    return validate_graph(read_graph(path))
