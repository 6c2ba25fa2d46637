"""Write the analysis into the store, so that SPARQL sees it (docs/MODEL.md, "Analysis").

``id:graph/alignment`` holds the aligned statement pairs (``sg:alignsWith`` both ways and one
``sg:Alignment`` node each, with score, shared themes and method); ``id:graph/analysis`` holds an
``sg:OrganisationSimilarity`` per edge of the organisation graph. Both are replaced whole on each
run, and the same store gives the same triples (scores are rounded decimals, nothing random).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from strategygraph.analysis.alignment import DEFAULT_METHOD, Alignment, AlignmentMethod, align
from strategygraph.analysis.data import CorpusView, load_view, select
from strategygraph.analysis.projections import SIMILARITY_METHOD, communities, organisation_graph
from strategygraph.ids import GRAPH_ALIGNMENT, GRAPH_ANALYSIS
from strategygraph.namespaces import ID, SG, bind_prefixes

__all__ = [
    "AnalysisSummary",
    "alignment_graph",
    "analyse",
    "similarity_graph",
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


def _decimal(value: float) -> Literal:
    """An xsd:decimal in its canonical form ("0.5", "1.0"), as every store writes it back."""
    text = f"{value:.3f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def alignment_graph(alignments: list[Alignment]) -> Graph:
    graph = bind_prefixes(Graph())
    for link in alignments:
        node = link.iri
        graph.add((link.a, SG.alignsWith, link.b))
        graph.add((link.b, SG.alignsWith, link.a))
        graph.add((node, RDF.type, SG.Alignment))
        graph.add((node, SG.alignedStatement, link.a))
        graph.add((node, SG.alignedStatement, link.b))
        graph.add((node, SG.score, _decimal(link.score)))
        graph.add((node, SG.method, Literal(link.method)))
        for theme in link.shared_themes:
            graph.add((node, SG.sharedTheme, theme))
    return graph


def similarity_iri(view: CorpusView, a: URIRef, b: URIRef) -> URIRef:
    """``id:similarity/{ods A}-{ods B}``, the two sorted (slugs stand in for missing codes)."""
    keys = sorted(view.organisations[o].key if o in view.organisations else str(o).rsplit("/", 1)[-1] for o in (a, b))
    return ID[f"similarity/{keys[0]}-{keys[1]}"]


def similarity_graph(view: CorpusView, projection: Any) -> Graph:
    """One ``sg:OrganisationSimilarity`` per edge of :func:`organisation_graph`'s projection."""
    graph = bind_prefixes(Graph())
    for a, b, data in projection.edges(data=True):
        node = similarity_iri(view, URIRef(a), URIRef(b))
        graph.add((node, RDF.type, SG.OrganisationSimilarity))
        graph.add((node, SG.organisation, URIRef(a)))
        graph.add((node, SG.organisation, URIRef(b)))
        graph.add((node, SG.score, _decimal(float(data["weight"]))))
        graph.add((node, SG.method, Literal(SIMILARITY_METHOD)))
        for theme in data["shared_themes"]:
            graph.add((node, SG.sharedTheme, URIRef(theme)))
    return graph


def analyse(store: Any, method: AlignmentMethod = DEFAULT_METHOD) -> AnalysisSummary:
    """Align statements, score organisation pairs, and replace the two analysis graphs."""
    view = load_view(store)
    alignments = align(view, method)
    store.replace_graph(GRAPH_ALIGNMENT, alignment_graph(alignments))
    projection = organisation_graph(view, alignments)
    similarities = similarity_graph(view, projection)
    store.replace_graph(GRAPH_ANALYSIS, similarities)
    return AnalysisSummary(
        statements=len(view.statements),
        alignments=len(alignments),
        similarities=len(set(similarities.subjects(RDF.type, SG.OrganisationSimilarity))),
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
