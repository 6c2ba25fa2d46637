"""Minting (docs/MODEL.md): stable IRIs, Web Annotation selectors, escaped literals.

The document text below is written for these tests; the extraction is built by hand, so the
tests check minting alone.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from strategygraph import ids
from strategygraph.mint import CONTEXT_CHARS, mint_extraction
from strategygraph.model import (
    DocumentMetadata,
    Extraction,
    NamedOrganisation,
    ReadDocument,
    Span,
    Statement,
)
from strategygraph.namespaces import OA, SG, THEME
from strategygraph.store import OxigraphStore, RdflibMemoryStore

TRICKY = 'We will say "no" to <script>alert(1)</script> & mean it'

TEXT = (
    "Test Trust strategy (written for the tests)\n\n"
    "Our vision\nOutstanding care for everyone, every time.\n\n"
    "Our values\nKind: we treat people \"as family\".\n\n"
    "Goal 1: Great care\n- Reduce waiting times for\n  planned care\n- " + TRICKY + "\n\n"
    "In the year ahead we will recruit 200 nurses.\n"
    "Partners: Healthwatch Testshire and Derbyshire Healthcare NHS Foundation Trust.\n"
)


def span(text: str, needle: str, page: int | None = None) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle, page)


def make_extraction(text: str = TEXT, *, media_type: str = "text/plain", page_starts=None) -> Extraction:
    document = ReadDocument(
        path=Path("test-trust-strategy.txt"),
        doc_id="test-trust-strategy",
        text=text,
        media_type=media_type,
        page_starts=list(page_starts or []),
    )
    vision = Statement("vision", span(text, "Outstanding care for everyone, every time."), "heading:our-vision", 0.95)
    value = Statement(
        "value", span(text, "Kind"), "values-list", 0.9, description=span(text, 'we treat people "as family".')
    )
    bullets = [
        Statement("commitment", span(text, "Reduce waiting times for\n  planned care"), "goal-bullet", 0.85, themes=["access_waiting_times"]),
        Statement("commitment", span(text, TRICKY), "goal-bullet", 0.8),
    ]
    goal = Statement("goal", span(text, "Great care"), "goal-heading", 0.9, statements=bullets, themes=["quality_safety"])
    commitment = Statement(
        "commitment",
        span(text, "In the year ahead we will recruit 200 nurses."),
        "we-will",
        0.7,
        themes=["workforce"],
        timeframe="in the year ahead",
    )
    return Extraction(
        document=document,
        metadata=DocumentMetadata(title="Test strategy", organisations=["RBD"], source="written for the tests", date="2024-09"),
        publishers=[NamedOrganisation("Dorset County Hospital NHS Foundation Trust", "RBD", "AcuteTrust")],
        organisation_type="acute trust",
        partners=[
            NamedOrganisation("Healthwatch Testshire"),
            NamedOrganisation("Derbyshire Healthcare NHS Foundation Trust"),
        ],
        vision=vision,
        mission=None,
        values=[value],
        goals=[goal],
        commitments=[commitment],
        themes=["access_waiting_times", "quality_safety", "workforce"],
    )


def statement_of(graph: Graph, text: str) -> URIRef:
    found = list(graph.subjects(SG.text, Literal(ids.normalise_text(text))))
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]  # type: ignore[return-value]


def test_graph_iri_and_document_node() -> None:
    graph_iri, graph = mint_extraction(make_extraction())
    assert graph_iri == URIRef("https://w3id.org/strategygraph/id/graph/test-trust-strategy")
    document = ids.document_iri("test-trust-strategy")
    assert (document, RDF.type, SG.StrategyDocument) in graph
    assert graph.value(document, DCTERMS.title) == Literal("Test strategy")
    assert graph.value(document, DCTERMS.date) == Literal("2024-09")
    assert graph.value(document, SG.fileName) == Literal("test-trust-strategy.txt")
    assert graph.value(document, DCTERMS["format"]) == Literal("text/plain")
    assert len(str(graph.value(document, SG.textSha256))) == 64
    assert set(graph.objects(document, SG.addressesTheme)) == {THEME.access_waiting_times, THEME.quality_safety, THEME.workforce}
    strategy = ids.strategy_iri("test-trust-strategy")
    assert (strategy, PROV.wasDerivedFrom, document) in graph
    assert (strategy, SG.publishedBy, ids.organisation_iri("RBD")) in graph


def test_iris_are_stable_and_follow_the_model() -> None:
    first_iri, first = mint_extraction(make_extraction())
    second_iri, second = mint_extraction(make_extraction())
    assert first_iri == second_iri
    assert isomorphic(first, second)
    assert sorted(first) == sorted(second)  # same IRIs, not merely the same shape
    vision = ids.statement_iri("test-trust-strategy", "vision", "Outstanding care for everyone, every time.")
    assert str(vision).startswith("https://w3id.org/strategygraph/id/statement/test-trust-strategy/vision-")
    assert (vision, RDF.type, SG.Vision) in first
    assert not any(isinstance(term, type(None)) for triple in first for term in triple)
    assert not [t for t in first if any(term.__class__.__name__ == "BNode" for term in t)]


def test_selectors_point_at_the_text() -> None:
    extraction = make_extraction()
    _, graph = mint_extraction(extraction)
    text = extraction.document.text
    for statement in extraction.statements():
        iri = ids.statement_iri("test-trust-strategy", statement.kind, statement.text)
        target = graph.value(iri, SG.hasTextTarget)
        assert target == URIRef(f"{iri}/target")
        assert graph.value(target, OA.hasSource) == ids.document_iri("test-trust-strategy")
        quote, position = URIRef(f"{iri}/quote"), URIRef(f"{iri}/position")
        assert set(graph.objects(target, OA.hasSelector)) == {quote, position}
        start = graph.value(position, OA.start)
        end = graph.value(position, OA.end)
        assert start.datatype == XSD.nonNegativeInteger and end.datatype == XSD.nonNegativeInteger
        assert text[int(start) : int(end)] == str(graph.value(quote, OA.exact)) == statement.text
        assert str(graph.value(quote, OA.prefix)) == text[max(0, int(start) - CONTEXT_CHARS) : int(start)]
        assert str(graph.value(quote, OA.suffix)) == text[int(end) : int(end) + CONTEXT_CHARS]
        assert graph.value(iri, PROV.wasDerivedFrom) == ids.document_iri("test-trust-strategy")


def test_statement_properties() -> None:
    _, graph = mint_extraction(make_extraction())
    goal = statement_of(graph, "Great care")
    bullet = statement_of(graph, "Reduce waiting times for planned care")  # whitespace folded
    assert graph.value(bullet, SG.supportsGoal) == goal
    assert graph.value(bullet, RDFS.label) == Literal("Reduce waiting times for planned care")
    value = statement_of(graph, "Kind")
    assert graph.value(value, SG.description) == Literal('we treat people "as family".')
    commitment = statement_of(graph, "In the year ahead we will recruit 200 nurses.")
    assert graph.value(commitment, SG.timeframe) == Literal("in the year ahead")
    assert graph.value(commitment, SG.addressesTheme) == THEME.workforce
    assert graph.value(commitment, SG.extractionRule) == Literal("we-will")
    confidence = graph.value(commitment, SG.confidence)
    assert confidence.datatype == XSD.decimal and confidence.toPython() == Decimal("0.7")
    assert str(confidence) == "0.7"  # canonical lexical form: what Oxigraph stores too
    orders = sorted(int(o) for o in graph.objects(None, SG.order))
    assert orders == [1, 2, 3, 4, 5, 6]
    strategy = ids.strategy_iri("test-trust-strategy")
    assert set(graph.objects(strategy, SG.hasCommitment)) == {
        commitment,
        bullet,
        statement_of(graph, TRICKY),
    }
    assert graph.value(strategy, SG.hasGoal) == goal
    assert graph.value(strategy, SG.hasValue) == value


def test_organisations_reference_and_others() -> None:
    _, graph = mint_extraction(make_extraction())
    document = ids.document_iri("test-trust-strategy")
    rbd = ids.organisation_iri("RBD")
    assert graph.value(document, DCTERMS.publisher) == rbd
    assert (rbd, RDFS.label, None) not in graph  # the reference graph describes it
    mentioned = set(graph.objects(document, SG.mentions))
    known = ids.organisation_iri("RXM")  # found in the reference by its name
    other = ids.organisation_iri(None, "Healthwatch Testshire")
    assert mentioned == {known, other}
    assert graph.value(other, RDFS.label) == Literal("Healthwatch Testshire")
    assert graph.value(other, RDF.type) == SG.VoluntaryOrCommunityOrganisation


def test_repeated_statement_is_minted_once() -> None:
    extraction = make_extraction()
    again = Statement("commitment", extraction.commitments[0].span, "we-will", 0.6)
    extraction.commitments.append(again)
    _, graph = mint_extraction(extraction)
    iri = statement_of(graph, "In the year ahead we will recruit 200 nurses.")
    assert len(list(graph.objects(iri, SG.order))) == 1
    assert len(list(graph.objects(iri, SG.confidence))) == 1


def test_pdf_statements_carry_their_page() -> None:
    text = TEXT
    second_page = text.index("Goal 1")
    _, graph = mint_extraction(make_extraction(text, media_type="application/pdf", page_starts=[0, second_page]))
    assert graph.value(statement_of(graph, "Outstanding care for everyone, every time."), SG.page) == Literal(1)
    assert graph.value(statement_of(graph, "Great care"), SG.page) == Literal(2)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "json-ld", "xml"])
def test_tricky_literal_round_trips_through_rdflib(fmt: str) -> None:
    _, graph = mint_extraction(make_extraction())
    data = graph.serialize(format=fmt)
    back = Dataset(default_union=True) if fmt in ("trig", "json-ld") else Graph()
    back.parse(data=data, format=fmt)
    assert (None, SG.text, Literal(TRICKY)) in back
    assert (None, OA.exact, Literal("Reduce waiting times for\n  planned care")) in back


@pytest.mark.parametrize("store_class", [OxigraphStore, RdflibMemoryStore])
def test_tricky_literal_round_trips_through_the_stores(store_class) -> None:
    graph_iri, graph = mint_extraction(make_extraction())
    store = store_class()
    store.replace_graph(graph_iri, graph)
    result = store.query(
        "SELECT ?s WHERE { ?s <https://w3id.org/strategygraph/ontology#text> ?t }",
        {"t": Literal(TRICKY)},
    )
    assert len(result.rows) == 1
    buffer = io.BytesIO()
    store.dump(buffer, "nq")
    parsed = list(ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS))
    assert ox.Literal(TRICKY) in {q.object for q in parsed}


def test_minted_graph_passes_the_shapes() -> None:
    from strategygraph.validate import validate_graph

    _, graph = mint_extraction(make_extraction())
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_text_is_the_contracts_text_and_the_quote_stays_exact(tmp_path: Path) -> None:
    """A statement whose span runs over a line holding a list marker ("... specific health\\n•
    conditions"): the graph's text is what `extract --format json` prints, the selector keeps
    the exact quote."""
    from strategygraph.extract import extract_file, to_contract_json

    page = tmp_path / "plan.txt"
    page.write_text("Our priorities\n\nIn the year ahead we will:\n\n• Improve care for people with specific health\n"
                    "• conditions such as diabetes\n", encoding="utf-8")
    extraction = extract_file(page)
    printed = to_contract_json(extraction)
    _, graph = mint_extraction(extraction)
    texts = {str(o) for o in graph.objects(None, SG.text)}
    exacts = {str(o) for o in graph.objects(None, OA.exact)}
    assert set(printed["commitments"]) <= texts
    assert not any("•" in text for text in texts)
    assert any("•" in exact for exact in exacts)
