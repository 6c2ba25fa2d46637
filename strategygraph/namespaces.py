"""Namespaces of the project and of the standard vocabularies it aligns to (docs/MODEL.md)."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from strategygraph.vocab import SG  # the typed namespace: a misspelt term fails

THEME = Namespace("https://w3id.org/strategygraph/theme/")
FW = Namespace("https://w3id.org/strategygraph/framework/")
ID = Namespace("https://w3id.org/strategygraph/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
BMM = Namespace("http://www.omg.org/spec/BMM#")

PREFIXES: dict[str, Namespace] = {
    "sg": SG,
    "theme": THEME,
    "fw": FW,
    "id": ID,
    "org": Namespace(str(ORG)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "oa": OA,
    "dcterms": Namespace(str(DCTERMS)),
    "foaf": Namespace(str(FOAF)),
    "schema": SCHEMA,
    "bmm": BMM,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "sh": Namespace(str(SH)),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's fixed prefixes (replacing rdflib's defaults) so output is stable."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for every fixed prefix, for queries built in code."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
