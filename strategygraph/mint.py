"""Mint one document's extraction as RDF: its own named graph, provenance on every statement.

The graph follows docs/MODEL.md exactly. IRIs come from :mod:`strategygraph.ids`, so the same
input always gives the same triples; literals are RDF terms, so quotes, newlines and markup in
the document's text are escaped by every serialiser rather than by hand.

Minting makes pyoxigraph triples (:func:`mint_triples`): a large build hands them to the store
without building an rdflib graph per document, which cost more than the extraction itself.
:func:`mint_extraction` gives the same triples as an rdflib graph, for pySHACL, HermiT and
``extract --format turtle``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from strategygraph import ids, reference
from strategygraph.extract import clean_text
from strategygraph.model import Extraction, NamedOrganisation, ReadDocument, Statement
from strategygraph.namespaces import OA, SG, THEME, bind_prefixes
from strategygraph.store import to_rdflib

__all__ = ["mint_extraction", "mint_triples", "triples_graph", "organisation_node", "CONTEXT_CHARS", "KIND_CLASSES"]

CONTEXT_CHARS = 32  # length of a TextQuoteSelector's prefix and suffix

KIND_CLASSES = {
    "vision": SG.Vision,
    "mission": SG.Mission,
    "value": SG.Value,
    "goal": SG.Goal,
    "commitment": SG.Commitment,
}
_HAS = {
    "vision": SG.hasVision,
    "mission": SG.hasMission,
    "value": SG.hasValue,
    "goal": SG.hasGoal,
    "commitment": SG.hasCommitment,
}

# What an organisation's name says about its kind, first match wins (names not in the reference).
_NAME_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("integrated care board",), "IntegratedCareBoard"),
    (("integrated care partnership", "health and care partnership"), "IntegratedCarePartnership"),
    (("integrated care system",), "IntegratedCareSystem"),
    (("ambulance",), "AmbulanceTrust"),
    (("council", "borough", "county council", "local authority"), "LocalAuthority"),
    (("healthwatch", "voluntary", "charity", "community interest"), "VoluntaryOrCommunityOrganisation"),
    (("mental health", "partnership nhs", "healthcare nhs"), "MentalHealthTrust"),
    (("community health", "community services"), "CommunityTrust"),
    (("hospital", "hospitals"), "AcuteTrust"),
    (("university", "college"), "University"),
)


def _kind_from_name(name: str) -> str:
    lowered = name.casefold()
    if "nhs" not in lowered and ("university" in lowered or "college" in lowered):
        return "University"
    for words, kind in _NAME_KINDS:
        if any(word in lowered for word in words):
            return kind
    return "OtherOrganisation"


@lru_cache(maxsize=4096)
def _node(iri: str) -> ox.NamedNode:
    """A pyoxigraph IRI, cached: the model's terms and the organisations repeat."""
    return ox.NamedNode(iri)


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def _typed(lexical: str, datatype: URIRef) -> ox.Literal:
    return ox.Literal(lexical, datatype=_node(datatype))


def _decimal(value: float) -> ox.Literal:
    """A confidence as an xsd:decimal in canonical form (``0.9``, not ``0.90``)."""
    number = Decimal(str(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP).normalize()
    if number == number.to_integral():
        number = number.quantize(Decimal("1"))
    return _typed(str(number), XSD.decimal)


class _Triples:
    """The triples of one document graph, in minting order, each once."""

    def __init__(self) -> None:
        self.items: dict[ox.Triple, None] = {}

    def add(self, subject: str, predicate: str, obj: str | ox.Literal) -> None:
        """``obj`` is an IRI unless it is already a literal."""
        o = obj if isinstance(obj, ox.Literal) else _node(obj)
        self.items[ox.Triple(_node(subject), _node(predicate), o)] = None


def organisation_node(graph: _Triples, organisation: NamedOrganisation) -> URIRef:
    """The IRI of an organisation named in a document, adding a node for one the reference
    does not know (label and kind), so that every organisation in the graph has a label."""
    record = None
    if organisation.ods_code:
        record = reference.organisation_by_code(organisation.ods_code)
    if record is None and organisation.name:
        record = reference.organisation_by_name(organisation.name)
    if record is not None:
        return ids.organisation_iri(record.ods_code)
    name = ids.normalise_text(organisation.name or organisation.ods_code or "")
    iri = ids.organisation_iri(organisation.ods_code, name)
    kind = organisation.kind or _kind_from_name(name)
    graph.add(iri, RDF.type, SG[kind])
    graph.add(iri, RDFS.label, _text(name))
    if organisation.ods_code:
        graph.add(iri, SG.odsCode, _text(organisation.ods_code.strip().upper()))
    return iri


def _page_of(document: ReadDocument, offset: int) -> int | None:
    if not document.page_starts:
        return None
    return max(1, bisect_right(document.page_starts, offset))


def _publishers(extraction: Extraction) -> list[NamedOrganisation]:
    if extraction.publishers:
        return list(extraction.publishers)
    found: list[NamedOrganisation] = []
    for named in extraction.metadata.organisations:
        record = reference.organisation_by_code(named) or reference.organisation_by_name(named)
        if record is not None:
            found.append(NamedOrganisation(name=record.name, ods_code=record.ods_code))
        else:
            found.append(NamedOrganisation(name=named))
    return found


def _mint_statement(
    graph: _Triples,
    extraction: Extraction,
    statement: Statement,
    order: int,
    iri: URIRef,
    document: URIRef,
    goal: URIRef | None,
) -> None:
    text = extraction.document.text
    span = statement.span
    # the text as the contract's JSON prints it (a list marker inside it removed, whitespace
    # folded), so that the graph and `extract --format json` say the same; the exact quote
    # (with any marker) stays in the selector
    normalised = clean_text(span.text)
    graph.add(iri, RDF.type, KIND_CLASSES[statement.kind])
    graph.add(iri, SG.text, _text(normalised))
    graph.add(iri, RDFS.label, _text(normalised))
    if statement.description is not None and clean_text(statement.description.text):
        graph.add(iri, SG.description, _text(clean_text(statement.description.text)))
    if goal is not None:
        graph.add(iri, SG.supportsGoal, goal)
    if statement.timeframe:
        graph.add(iri, SG.timeframe, _text(ids.normalise_text(statement.timeframe)))
    for theme in sorted(set(statement.themes)):
        graph.add(iri, SG.addressesTheme, THEME[theme])
    graph.add(iri, SG.extractionRule, _text(statement.rule))
    graph.add(iri, SG.confidence, _decimal(statement.confidence))
    graph.add(iri, SG.order, _typed(str(order), XSD.integer))
    graph.add(iri, PROV.wasDerivedFrom, document)
    page = span.page if span.page is not None else _page_of(extraction.document, span.start)
    if page is not None:
        graph.add(iri, SG.page, _typed(str(page), XSD.integer))

    target = URIRef(f"{iri}/target")
    quote = URIRef(f"{iri}/quote")
    position = URIRef(f"{iri}/position")
    graph.add(iri, SG.hasTextTarget, target)
    graph.add(target, RDF.type, OA.SpecificResource)
    graph.add(target, OA.hasSource, document)
    graph.add(target, OA.hasSelector, quote)
    graph.add(target, OA.hasSelector, position)
    graph.add(quote, RDF.type, OA.TextQuoteSelector)
    graph.add(quote, OA.exact, _text(text[span.start : span.end]))
    graph.add(quote, OA.prefix, _text(text[max(0, span.start - CONTEXT_CHARS) : span.start]))
    graph.add(quote, OA.suffix, _text(text[span.end : span.end + CONTEXT_CHARS]))
    graph.add(position, RDF.type, OA.TextPositionSelector)
    graph.add(position, OA.start, _typed(str(span.start), XSD.nonNegativeInteger))
    graph.add(position, OA.end, _typed(str(span.end), XSD.nonNegativeInteger))


def triples_graph(triples: list[ox.Triple]) -> Graph:
    """Minted triples as an rdflib graph with the project's prefixes."""
    graph = bind_prefixes(Graph())
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def mint_extraction(extraction: Extraction) -> tuple[URIRef, Graph]:
    """One document's extraction as ``(graph IRI, rdflib graph)`` following docs/MODEL.md."""
    graph_iri, triples = mint_triples(extraction)
    return graph_iri, triples_graph(triples)


def mint_triples(extraction: Extraction) -> tuple[URIRef, list[ox.Triple]]:
    """One document's extraction as ``(graph IRI, pyoxigraph triples)`` following docs/MODEL.md.

    A statement that repeats one already minted from the same document (same kind, same
    normalised text, hence the same IRI) is minted once, at its first place.
    """
    read = extraction.document
    doc_id = read.doc_id
    graph = _Triples()
    document = ids.document_iri(doc_id)
    strategy = ids.strategy_iri(doc_id)
    meta = extraction.metadata

    graph.add(document, RDF.type, SG.StrategyDocument)
    if meta.title:
        graph.add(document, DCTERMS.title, _text(ids.normalise_text(meta.title)))
    if meta.source:
        graph.add(document, DCTERMS.source, _text(meta.source))
    if meta.date:
        graph.add(document, DCTERMS.date, _text(meta.date))
    graph.add(document, SG.fileName, _text(read.path.name))
    graph.add(document, DCTERMS["format"], _text(read.media_type))
    digest = hashlib.sha256(read.text.encode("utf-8")).hexdigest()
    graph.add(document, SG.textSha256, _text(digest))

    graph.add(strategy, RDF.type, SG.Strategy)
    graph.add(strategy, PROV.wasDerivedFrom, document)

    publishers = [organisation_node(graph, o) for o in _publishers(extraction)]
    for organisation in publishers:
        graph.add(document, DCTERMS.publisher, organisation)
        graph.add(strategy, SG.publishedBy, organisation)
    for a in publishers:  # a joint strategy: its publishers work in partnership
        for b in publishers:
            if a != b:
                graph.add(a, SG.partnerOf, b)
    for partner in extraction.partners:
        organisation = organisation_node(graph, partner)
        if organisation not in publishers:
            graph.add(document, SG.mentions, organisation)

    goal_of: dict[int, Statement] = {}
    for goal in extraction.goals:
        for child in goal.statements:
            goal_of[id(child)] = goal

    minted: dict[int, URIRef] = {}
    seen: set[URIRef] = set()
    themes: set[str] = set(extraction.themes)
    for order, statement in enumerate(extraction.statements(), start=1):
        if statement.kind not in KIND_CLASSES:
            raise ValueError(f"unknown statement kind {statement.kind!r}")
        iri = ids.statement_iri(doc_id, statement.kind, statement.text)
        minted[id(statement)] = iri
        if iri in seen:
            continue
        seen.add(iri)
        parent = goal_of.get(id(statement))
        goal_iri = None
        if parent is not None:
            goal_iri = minted.get(id(parent)) or ids.statement_iri(doc_id, "goal", parent.text)
        _mint_statement(graph, extraction, statement, order, iri, document, goal_iri)
        graph.add(strategy, _HAS[statement.kind], iri)
        themes.update(statement.themes)
    for theme in sorted(themes):
        graph.add(document, SG.addressesTheme, THEME[theme])
    return ids.document_graph_iri(doc_id), list(graph.items)
