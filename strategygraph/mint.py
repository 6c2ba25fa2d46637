"""Mint one document's extraction as RDF: its own named graph, provenance on every statement.

The graph follows docs/MODEL.md exactly. IRIs come from :mod:`strategygraph.ids`, so the same
input always gives the same triples; literals are rdflib terms, so quotes, newlines and markup in
the document's text are escaped by every serialiser rather than by hand.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from decimal import ROUND_HALF_UP, Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from strategygraph import ids, reference
from strategygraph.model import Extraction, NamedOrganisation, ReadDocument, Statement
from strategygraph.namespaces import OA, SG, THEME, bind_prefixes

__all__ = ["mint_extraction", "organisation_node", "CONTEXT_CHARS", "KIND_CLASSES"]

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


def _decimal(value: float) -> Literal:
    """A confidence as an xsd:decimal in canonical form (``0.9``, not ``0.90``)."""
    number = Decimal(str(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP).normalize()
    if number == number.to_integral():
        number = number.quantize(Decimal("1"))
    return Literal(number, datatype=XSD.decimal)


def organisation_node(graph: Graph, organisation: NamedOrganisation) -> URIRef:
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
    graph.add((iri, RDF.type, SG[kind]))
    graph.add((iri, RDFS.label, Literal(name)))
    if organisation.ods_code:
        graph.add((iri, SG.odsCode, Literal(organisation.ods_code.strip().upper())))
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
    graph: Graph,
    extraction: Extraction,
    statement: Statement,
    order: int,
    iri: URIRef,
    document: URIRef,
    goal: URIRef | None,
) -> None:
    text = extraction.document.text
    span = statement.span
    normalised = ids.normalise_text(span.text)
    graph.add((iri, RDF.type, KIND_CLASSES[statement.kind]))
    graph.add((iri, SG.text, Literal(normalised)))
    graph.add((iri, RDFS.label, Literal(normalised)))
    if statement.description is not None and ids.normalise_text(statement.description.text):
        graph.add((iri, SG.description, Literal(ids.normalise_text(statement.description.text))))
    if goal is not None:
        graph.add((iri, SG.supportsGoal, goal))
    if statement.timeframe:
        graph.add((iri, SG.timeframe, Literal(ids.normalise_text(statement.timeframe))))
    for theme in sorted(set(statement.themes)):
        graph.add((iri, SG.addressesTheme, THEME[theme]))
    graph.add((iri, SG.extractionRule, Literal(statement.rule)))
    graph.add((iri, SG.confidence, _decimal(statement.confidence)))
    graph.add((iri, SG.order, Literal(order, datatype=XSD.integer)))
    graph.add((iri, PROV.wasDerivedFrom, document))
    page = span.page if span.page is not None else _page_of(extraction.document, span.start)
    if page is not None:
        graph.add((iri, SG.page, Literal(page, datatype=XSD.integer)))

    target = URIRef(f"{iri}/target")
    quote = URIRef(f"{iri}/quote")
    position = URIRef(f"{iri}/position")
    graph.add((iri, SG.hasTextTarget, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, document))
    graph.add((target, OA.hasSelector, quote))
    graph.add((target, OA.hasSelector, position))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(text[span.start : span.end])))
    graph.add((quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS) : span.start])))
    graph.add((quote, OA.suffix, Literal(text[span.end : span.end + CONTEXT_CHARS])))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))


def mint_extraction(extraction: Extraction) -> tuple[URIRef, Graph]:
    """One document's extraction as ``(graph IRI, graph)`` following docs/MODEL.md.

    A statement that repeats one already minted from the same document (same kind, same
    normalised text, hence the same IRI) is minted once, at its first place.
    """
    read = extraction.document
    doc_id = read.doc_id
    graph = bind_prefixes(Graph())
    document = ids.document_iri(doc_id)
    strategy = ids.strategy_iri(doc_id)
    meta = extraction.metadata

    graph.add((document, RDF.type, SG.StrategyDocument))
    if meta.title:
        graph.add((document, DCTERMS.title, Literal(ids.normalise_text(meta.title))))
    if meta.source:
        graph.add((document, DCTERMS.source, Literal(meta.source)))
    if meta.date:
        graph.add((document, DCTERMS.date, Literal(meta.date)))
    graph.add((document, SG.fileName, Literal(read.path.name)))
    graph.add((document, DCTERMS["format"], Literal(read.media_type)))
    digest = hashlib.sha256(read.text.encode("utf-8")).hexdigest()
    graph.add((document, SG.textSha256, Literal(digest)))

    graph.add((strategy, RDF.type, SG.Strategy))
    graph.add((strategy, PROV.wasDerivedFrom, document))

    publishers = [organisation_node(graph, o) for o in _publishers(extraction)]
    for organisation in publishers:
        graph.add((document, DCTERMS.publisher, organisation))
        graph.add((strategy, SG.publishedBy, organisation))
    for a in publishers:  # a joint strategy: its publishers work in partnership
        for b in publishers:
            if a != b:
                graph.add((a, SG.partnerOf, b))
    for partner in extraction.partners:
        organisation = organisation_node(graph, partner)
        if organisation not in publishers:
            graph.add((document, SG.mentions, organisation))

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
        graph.add((strategy, _HAS[statement.kind], iri))
        themes.update(statement.themes)
    for theme in sorted(themes):
        graph.add((document, SG.addressesTheme, THEME[theme]))
    return ids.document_graph_iri(doc_id), graph
