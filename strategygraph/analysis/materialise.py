"""Write the analysis into the store, so that SPARQL sees it (docs/MODEL.md, "Analysis").

``id:graph/alignment`` holds the aligned statement pairs (``sg:alignsWith`` both ways and one
``sg:Alignment`` node each, with score, shared themes and method); ``id:graph/analysis`` holds an
``sg:OrganisationSimilarity`` per edge of the organisation graph; ``id:graph/summary`` holds the
sort keys some named queries read (``strategygraph.summaries``). All three are replaced whole on
each run, and the same store gives the same triples (scores are rounded decimals, nothing random).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from strategygraph.analysis.alignment import DEFAULT_METHOD, Alignment, AlignmentMethod, align
from strategygraph.analysis.data import CorpusView, load_view, select
from strategygraph.analysis.projections import SIMILARITY_METHOD, communities, organisation_graph
from strategygraph.ids import GRAPH_ALIGNMENT, GRAPH_ANALYSIS, GRAPH_SUMMARY
from strategygraph.namespaces import ID, SG, bind_prefixes
from strategygraph.store import OxigraphStore, to_rdflib
from strategygraph.summaries import summary_triples

__all__ = [
    "AnalysisSummary",
    "alignment_graph",
    "alignment_ntriples",
    "alignment_triples",
    "analyse",
    "similarity_graph",
    "similarity_triples",
    "similarity_iri",
    "stored_alignments",
]


@dataclass
class AnalysisSummary:
    """What :func:`analyse` wrote: counts for the build's summary table."""

    statements: int
    alignments: int
    similarities: int
    communities: list[list[str]] = field(default_factory=list)
    method: str = ""


_XSD_DECIMAL = ox.NamedNode(str(XSD.decimal))
_TYPE = ox.NamedNode(str(RDF.type))
_P = {name: ox.NamedNode(str(SG[name])) for name in (
    "alignsWith", "Alignment", "alignedStatement", "score", "method", "sharedTheme",
    "OrganisationSimilarity", "organisation")}


def _decimal_text(value: float) -> str:
    """An xsd:decimal's canonical form ("0.5", "1.0"), as every store writes it back."""
    text = f"{value:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _decimal(value: float) -> Literal:
    return Literal(_decimal_text(value), datatype=XSD.decimal)


class _Nodes:
    """IRI -> pyoxigraph node, converted once (statement and theme IRIs repeat a great deal)."""

    def __init__(self) -> None:
        self._cache: dict[str, ox.NamedNode] = {}

    def __call__(self, iri: str) -> ox.NamedNode:
        node = self._cache.get(iri)
        if node is None:
            node = self._cache[iri] = ox.NamedNode(iri)
        return node


def alignment_ntriples(alignments: list[Alignment]) -> bytes:
    """The alignment graph as N-Triples, written straight from the links: the build loads these
    bytes natively (at national scale, millions of triples with no Python object each)."""
    sg = str(SG)
    type_ = f"<{RDF.type}> <{sg}Alignment> .\n"
    aligns, member = f"> <{sg}alignsWith> <", f"> <{sg}alignedStatement> <"
    score_p, method_p, theme_p = f"> <{sg}score> ", f"> <{sg}method> ", f"> <{sg}sharedTheme> <"
    decimal = f"^^<{XSD.decimal}> .\n"
    scores: dict[float, str] = {}
    methods: dict[str, str] = {}
    blocks: list[bytes] = []  # encoded a block of links at a time: a list of every line held 0.4 GB at national scale
    lines: list[str] = []
    for number, link in enumerate(alignments, 1):
        node, a, b = f"<{link.iri}", f"<{link.a}", f"<{link.b}"
        score = scores.get(link.score) or scores.setdefault(link.score, f'"{_decimal_text(link.score)}"{decimal}')
        method = methods.get(link.method) or methods.setdefault(link.method, f"{ox.Literal(link.method)} .\n")
        lines += [
            f"{a}{aligns}{link.b}> .\n",
            f"{b}{aligns}{link.a}> .\n",
            f"{node}> {type_}",
            f"{node}{member}{link.a}> .\n",
            f"{node}{member}{link.b}> .\n",
            f"{node}{score_p}{score}",
            f"{node}{method_p}{method}",
        ]
        lines += [f"{node}{theme_p}{t}> .\n" for t in link.shared_themes]
        if number % 5000 == 0:
            blocks.append("".join(lines).encode("utf-8"))
            lines.clear()
    blocks.append("".join(lines).encode("utf-8"))
    return b"".join(blocks)


def alignment_triples(alignments: list[Alignment]) -> list[ox.Triple]:
    """The alignment graph as pyoxigraph triples (for callers that want objects, not bytes)."""
    return [q.triple for q in ox.parse(alignment_ntriples(alignments), format=ox.RdfFormat.N_TRIPLES)]


def similarity_triples(view: CorpusView, projection: Any) -> list[ox.Triple]:
    """One ``sg:OrganisationSimilarity`` per edge of :func:`organisation_graph`'s projection."""
    node_of = _Nodes()
    method = ox.Literal(SIMILARITY_METHOD)
    out: list[ox.Triple] = []
    for a, b, data in projection.edges(data=True):
        node = ox.NamedNode(str(similarity_iri(view, URIRef(a), URIRef(b))))
        out += [
            ox.Triple(node, _TYPE, _P["OrganisationSimilarity"]),
            ox.Triple(node, _P["organisation"], node_of(str(a))),
            ox.Triple(node, _P["organisation"], node_of(str(b))),
            ox.Triple(node, _P["score"], ox.Literal(_decimal_text(float(data["weight"])), datatype=_XSD_DECIMAL)),
            ox.Triple(node, _P["method"], method),
        ]
        out += [ox.Triple(node, _P["sharedTheme"], node_of(str(t))) for t in data["shared_themes"]]
    return out


def _as_graph(triples: list[ox.Triple]) -> Graph:
    graph = bind_prefixes(Graph())
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def alignment_graph(alignments: list[Alignment]) -> Graph:
    """The alignment graph as an rdflib Graph (for other stores and notebooks)."""
    return _as_graph(alignment_triples(alignments))


def similarity_iri(view: CorpusView, a: URIRef, b: URIRef) -> URIRef:
    """``id:similarity/{ods A}-{ods B}``, the two sorted (slugs stand in for missing codes)."""
    keys = sorted(view.organisations[o].key if o in view.organisations else str(o).rsplit("/", 1)[-1] for o in (a, b))
    return ID[f"similarity/{keys[0]}-{keys[1]}"]


def similarity_graph(view: CorpusView, projection: Any) -> Graph:
    """The similarity graph as an rdflib Graph (for other stores and notebooks)."""
    return _as_graph(similarity_triples(view, projection))


def _replace(store: Any, graph_iri: URIRef, triples: list[ox.Triple] | bytes) -> None:
    """pyoxigraph triples or N-Triples bytes straight into an Oxigraph store; an rdflib Graph
    for the others."""
    if isinstance(store, OxigraphStore):
        store.replace_graph(graph_iri, triples)
        return
    if isinstance(triples, bytes):
        triples = [q.triple for q in ox.parse(triples, format=ox.RdfFormat.N_TRIPLES)]
    store.replace_graph(graph_iri, _as_graph(triples))


def analyse(store: Any, method: AlignmentMethod = DEFAULT_METHOD) -> AnalysisSummary:
    """Align statements, score organisation pairs, and replace the two analysis graphs."""
    view = load_view(store)
    alignments = align(view, method)
    _replace(store, GRAPH_ALIGNMENT, alignment_ntriples(alignments))
    projection = organisation_graph(view, alignments)
    _replace(store, GRAPH_ANALYSIS, similarity_triples(view, projection))
    _replace(store, GRAPH_SUMMARY, summary_triples(store, alignments))  # sort keys for named queries
    return AnalysisSummary(
        statements=len(view.statements),
        alignments=len(alignments),
        similarities=projection.number_of_edges(),
        communities=communities(projection),
        method=method.description,
    )


_Q_ALIGNMENTS = f"""
SELECT ?node ?a ?b ?score ?method ?theme WHERE {{
  GRAPH <{GRAPH_ALIGNMENT}> {{
    ?node a sg:Alignment ; sg:alignedStatement ?a , ?b ; sg:score ?score ; sg:method ?method .
    OPTIONAL {{ ?node sg:sharedTheme ?theme }}
  }}
  FILTER(STR(?a) < STR(?b))
}}"""


def stored_alignments(store: Any) -> list[Alignment] | None:
    """The alignments :func:`analyse` wrote, or None when the store has no alignment graph."""
    if GRAPH_ALIGNMENT not in set(store.graph_names()):
        return None
    found: dict[URIRef, dict[str, Any]] = {}
    for row in select(store, _Q_ALIGNMENTS):
        entry = found.setdefault(
            row["node"],
            {"a": row["a"], "b": row["b"], "score": float(row["score"]), "method": str(row["method"]), "themes": set()},
        )
        if row["theme"] is not None:
            entry["themes"].add(row["theme"])
    links = [
        Alignment(
            a=e["a"], b=e["b"], score=e["score"], shared_themes=tuple(sorted(e["themes"], key=str)),
            cosine=float("nan"), theme=float("nan"), method=e["method"],
        )
        for e in found.values()
    ]
    return sorted(links, key=lambda x: (-x.score, str(x.a), str(x.b)))
