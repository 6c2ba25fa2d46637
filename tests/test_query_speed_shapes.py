"""The named queries rewritten for speed (queries/README.md, "Speed") answer exactly what their
plain forms answer: the same rows, in the same order where the query orders them.

The plain forms below are the queries as first written (simple, and slow at national scale);
they are run next to the named queries on the seed build, and on a small graph made here where
a seed answer would be empty. These tests check answers, never time.
"""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef

from strategygraph.ids import GRAPH_ALIGNMENT, GRAPH_SUMMARY
from strategygraph.namespaces import SG, sparql_prologue
from strategygraph.queries import bind_params, inject_values, load_query
from strategygraph.store import OxigraphStore, to_rdflib
from strategygraph.summaries import (
    TOP_PROVENANCE,
    alignment_rank_triples,
    provenance_rank_triples,
    similarity_rank_triples,
    summary_triples,
)

PLAIN = {
    "aligned-commitments": """
SELECT ?score ?labelA ?textA ?labelB ?textB ?method ?a ?b WHERE {
  ?alignment a sg:Alignment ; sg:alignedStatement ?a , ?b ; sg:score ?score .
  FILTER (STR(?a) < STR(?b))
  FILTER (!BOUND(?theme) || EXISTS { ?alignment sg:sharedTheme ?theme })
  ?a sg:text ?textA ; prov:wasDerivedFrom ?documentA .
  ?b sg:text ?textB ; prov:wasDerivedFrom ?documentB .
  ?documentA dcterms:publisher ?organisationA . ?organisationA rdfs:label ?labelA .
  ?documentB dcterms:publisher ?organisationB . ?organisationB rdfs:label ?labelB .
  OPTIONAL { ?alignment sg:method ?method }
} ORDER BY DESC(?score) ?a ?b ?labelA ?labelB LIMIT 1000""",
    "statement-provenance": """
SELECT ?statement ?kind ?document ?fileName ?start ?end ?exact ?prefix ?suffix ?page ?rule ?confidence WHERE {
  ?statement sg:hasTextTarget ?target ; a ?kind .
  VALUES ?kind { sg:Vision sg:Mission sg:Value sg:Goal sg:Commitment }
  ?target oa:hasSource ?document ; oa:hasSelector ?quote , ?position .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  FILTER (!BOUND(?contains) || CONTAINS(LCASE(STR(?exact)), LCASE(STR(?contains))))
  OPTIONAL { ?quote oa:prefix ?prefix } OPTIONAL { ?quote oa:suffix ?suffix }
  OPTIONAL { ?document sg:fileName ?fileName } OPTIONAL { ?statement sg:page ?page }
  OPTIONAL { ?statement sg:extractionRule ?rule } OPTIONAL { ?statement sg:confidence ?confidence }
} ORDER BY ?document ?start ?statement LIMIT 1000""",
    "framework-coverage": """
SELECT ?ics ?icsLabel ?scheme ?concept ?conceptLabel (COUNT(DISTINCT ?statement) AS ?statements)
       (COUNT(DISTINCT ?statement) = 0 AS ?gap) WHERE {
  ?ics a sg:IntegratedCareSystem ; rdfs:label ?icsLabel .
  VALUES ?scheme { fw:ics-purposes fw:ten-year-plan-shifts }
  ?concept skos:inScheme ?scheme ; skos:prefLabel ?conceptLabel .
  OPTIONAL {
    ?organisation sg:memberOf ?ics . ?document dcterms:publisher ?organisation .
    ?statement prov:wasDerivedFrom ?document ; sg:text ?text ; sg:addressesTheme ?theme .
    ?theme skos:broadMatch|skos:relatedMatch ?concept .
  }
} GROUP BY ?ics ?icsLabel ?scheme ?concept ?conceptLabel ORDER BY ?icsLabel ?scheme ?concept""",
    "organisation-themes": """
SELECT ?organisation ?label ?theme ?themeLabel (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?document dcterms:publisher ?organisation . ?organisation rdfs:label ?label .
  ?statement prov:wasDerivedFrom ?document ; sg:text ?text ; sg:addressesTheme ?theme .
  OPTIONAL { ?theme skos:prefLabel ?themeLabel }
} GROUP BY ?organisation ?label ?theme ?themeLabel ORDER BY ?label DESC(?statements) ?theme""",
    "organisations": """
SELECT ?ics ?icsLabel ?organisation ?label ?odsCode ?kind WHERE {
  ?organisation sg:memberOf ?ics ; rdfs:label ?label ; a ?kind .
  ?ics a sg:IntegratedCareSystem ; rdfs:label ?icsLabel .
  VALUES ?kind { sg:AcuteTrust sg:MentalHealthTrust sg:CommunityTrust sg:AmbulanceTrust sg:IntegratedCareBoard
    sg:IntegratedCarePartnership sg:IntegratedCareSystem sg:VoluntaryOrCommunityOrganisation
    sg:LocalAuthority sg:University sg:OtherOrganisation }
  OPTIONAL { ?organisation sg:odsCode ?odsCode }
} ORDER BY ?icsLabel ?label ?kind""",
    "similar-pairs": """
SELECT ?a ?aLabel ?b ?bLabel ?score WHERE {
  ?pair a sg:OrganisationSimilarity ; sg:organisation ?a , ?b ; sg:score ?score .
  FILTER (STR(?a) < STR(?b))
  OPTIONAL { ?a rdfs:label ?aLabel } OPTIONAL { ?b rdfs:label ?bLabel }
} ORDER BY DESC(?score) ?a ?b LIMIT 100""",
    "unique-statements": """
SELECT ?statement ?kind ?text WHERE {
  ?document dcterms:publisher ?organisation .
  ?statement prov:wasDerivedFrom ?document ; sg:text ?text ; sg:order ?order ; a ?kind .
  VALUES ?kind { sg:Vision sg:Mission sg:Value sg:Goal sg:Commitment }
  FILTER NOT EXISTS { ?statement sg:alignsWith ?aligned }
  FILTER NOT EXISTS {
    ?statement rdfs:label ?label . ?twin rdfs:label ?label ; a ?kind ; prov:wasDerivedFrom ?twinDocument .
    ?twinDocument dcterms:publisher ?twinPublisher .
    FILTER NOT EXISTS { ?document dcterms:publisher ?twinPublisher }
  }
  FILTER NOT EXISTS {
    ?statement sg:addressesTheme ?theme . ?otherDocument sg:addressesTheme ?theme ; dcterms:publisher ?other .
    FILTER NOT EXISTS { ?document dcterms:publisher ?other }
  }
} ORDER BY ?document ?order""",
}

CASES = [
    ("aligned-commitments", {}),
    ("aligned-commitments", {"theme": "health_inequalities"}),
    ("aligned-commitments", {"theme": "workforce"}),
    ("statement-provenance", {}),
    ("statement-provenance", {"contains": "health"}),
    ("statement-provenance", {"statement": "id:statement/tewv-our-journey-to-change/commitment-f18b3a38224c"}),
    ("framework-coverage", {}),
    ("framework-coverage", {"ics": "Our Dorset"}),
    ("organisation-themes", {}),
    ("organisation-themes", {"organisation": "RBD"}),
    ("similar-pairs", {}),
    ("organisations", {}),
    ("organisations", {"ics": "Our Dorset"}),
    ("unique-statements", {}),
    ("unique-statements", {"organisation": "RXM"}),
    ("unique-statements", {"organisation": "RBD"}),
]


def _answer(store, sparql: str, bindings) -> tuple[list, list]:
    result = store.query(inject_values(sparql, bindings))
    rows = [tuple(t.n3() if t is not None else "" for t in row) for row in result.rows]
    return rows, sorted(rows)


def _same(store, name: str, params: dict[str, str]) -> int:
    query = load_query(name)
    bindings = bind_params(query, params)
    plain_text = sparql_prologue() + PLAIN[name]
    # the plain form takes the same parameters as the named query (the same variables)
    mine_ordered, mine = _answer(store, query.text, bindings)
    plain_ordered, plain = _answer(store, plain_text, bindings)
    assert Counter(mine) == Counter(plain), f"{name} {params}: other rows than the plain form"
    if len(set(mine)) == len(mine):  # no tied duplicates: the order is the query's alone
        assert mine_ordered == plain_ordered, f"{name} {params}: the rows come in another order"
    return len(mine)


@pytest.mark.parametrize(("name", "params"), CASES, ids=lambda v: v if isinstance(v, str) else repr(v))
def test_a_rewritten_query_answers_what_its_plain_form_answers(seed_store, name: str, params: dict[str, str]) -> None:
    _same(seed_store, name, params)


def test_the_seed_answers_are_not_all_empty(seed_store) -> None:
    """The comparison above means something only if the answers have rows."""
    names = ("aligned-commitments", "statement-provenance", "framework-coverage", "organisation-themes", "unique-statements", "similar-pairs", "organisations")
    for name in names:
        assert _same(seed_store, name, {}) > 0, name


# --- the summary on a graph made here --------------------------------------------------------


def _statement(graph: Graph, doc: str, n: int, start: int, publisher: str, text: str) -> URIRef:
    ns = "https://w3id.org/strategygraph/id/"
    s, d, o = URIRef(f"{ns}statement/{doc}/commitment-{n:03d}"), URIRef(f"{ns}document/{doc}"), URIRef(f"{ns}organisation/{publisher}")
    oa = "http://www.w3.org/ns/oa#"
    target, quote, position = URIRef(f"{s}/target"), URIRef(f"{s}/quote"), URIRef(f"{s}/position")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    graph.add((s, rdf_type, SG.Commitment))
    graph.add((s, SG.text, Literal(text)))
    graph.add((s, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), d))
    graph.add((s, SG.hasTextTarget, target))
    graph.add((target, URIRef(oa + "hasSource"), d))
    graph.add((target, URIRef(oa + "hasSelector"), quote))
    graph.add((target, URIRef(oa + "hasSelector"), position))
    graph.add((quote, rdf_type, URIRef(oa + "TextQuoteSelector")))
    graph.add((quote, URIRef(oa + "exact"), Literal(text)))
    graph.add((position, rdf_type, URIRef(oa + "TextPositionSelector")))
    graph.add((position, URIRef(oa + "start"), Literal(start)))
    graph.add((position, URIRef(oa + "end"), Literal(start + len(text))))
    graph.add((d, URIRef("http://purl.org/dc/terms/publisher"), o))
    graph.add((o, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(f"Organisation {publisher}")))
    return s


@pytest.fixture(scope="module")
def small_store() -> OxigraphStore:
    """Three documents of 40 statements, offsets out of IRI order, and 60 alignments with tied
    scores, so that the ranks' ties and cut-offs matter (written for these tests)."""
    store, graph = OxigraphStore(), Graph()
    statements = [
        _statement(graph, doc, n, start=(97 * n) % 400, publisher=pub, text=f"we will do thing {doc} {n}")
        for doc, pub in (("doc-b", "RB1"), ("doc-a", "RA1"), ("doc-c", "RC1"))
        for n in range(40)
    ]
    store.replace_graph(URIRef("https://w3id.org/strategygraph/id/graph/doc"), graph)
    alignment = Graph()
    theme = URIRef("https://w3id.org/strategygraph/theme/workforce")
    for i in range(60):
        node = URIRef(f"https://w3id.org/strategygraph/id/alignment/{i:04d}")
        a, b = statements[i], statements[40 + (i * 7) % 80]
        alignment.add((node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SG.Alignment))
        alignment.add((node, SG.alignedStatement, a))
        alignment.add((node, SG.alignedStatement, b))
        alignment.add((node, SG.score, Literal(["0.9", "0.75", "0.9"][i % 3], datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
        alignment.add((node, SG.method, Literal("test")))
        if i % 2:
            alignment.add((node, SG.sharedTheme, theme))
    store.replace_graph(GRAPH_ALIGNMENT, alignment)
    summary = Graph()
    for t in summary_triples(store):
        summary.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    store.replace_graph(GRAPH_SUMMARY, summary)
    return store


def test_provenance_ranks_follow_document_then_offset(small_store) -> None:
    rank = str(SG.provenanceRank)
    ranks = sorted((int(t.object.value), t.subject.value) for t in provenance_rank_triples(small_store) if t.predicate.value == rank)
    assert [r for r, _ in ranks] == list(range(1, 121))
    assert "/doc-a/" in ranks[0][1] and "/doc-c/" in ranks[-1][1]


def test_top_alignments_fill_the_limit_and_no_more(small_store) -> None:
    triples = alignment_rank_triples(small_store, top=10)
    top = Counter(t.subject.value for t in triples if t.predicate.value == str(SG.topAlignment))
    assert top == {str(GRAPH_ALIGNMENT): 10, "https://w3id.org/strategygraph/theme/workforce": 10}


@pytest.mark.parametrize("params", [{}, {"theme": "workforce"}, {"theme": "prevention"}, {"contains": "thing doc-c"}], ids=repr)
def test_summary_queries_match_their_plain_forms_on_a_small_graph(small_store, params) -> None:
    name = "statement-provenance" if "contains" in params else "aligned-commitments"
    rows = _same(small_store, name, params)
    expected = 40 if "contains" in params else {"": 60, "workforce": 30, "prevention": 0}[params.get("theme", "")]
    assert rows == expected


def test_theme_counts_match_the_plain_grouping_on_a_joint_strategy() -> None:
    """A joint strategy counts for both publishers, a statement read twice (two documents of one
    publisher) counts once, and a statement with no text counts for nobody: the build's counts
    and the plain grouping agree (written for these tests)."""
    g, ns = Graph(), "https://w3id.org/strategygraph/id/"
    dcterms, prov, rdfs = "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#", "http://www.w3.org/2000/01/rdf-schema#"
    theme = "https://w3id.org/strategygraph/theme/"
    for org in ("RA1", "RB1"):
        g.add((URIRef(ns + f"organisation/{org}"), URIRef(rdfs + "label"), Literal(f"Trust {org}")))
    publishers = {"joint": ("RA1", "RB1"), "a-2024": ("RA1",), "a-2025": ("RA1",)}
    for doc, orgs in publishers.items():
        for org in orgs:
            g.add((URIRef(ns + f"document/{doc}"), URIRef(dcterms + "publisher"), URIRef(ns + f"organisation/{org}")))
    statements = {"s1": (["joint"], ["workforce", "digital"], True), "s2": (["a-2024", "a-2025"], ["workforce"], True),
                  "s3": (["a-2024"], ["workforce"], False)}
    for name, (docs, themes, has_text) in statements.items():
        s = URIRef(ns + f"statement/{name}")
        for doc in docs:
            g.add((s, URIRef(prov + "wasDerivedFrom"), URIRef(ns + f"document/{doc}")))
        for t in themes:
            g.add((s, SG.addressesTheme, URIRef(theme + t)))
        if has_text:
            g.add((s, SG.text, Literal(f"we will {name}")))
    store = OxigraphStore()
    store.replace_graph(URIRef(ns + "graph/doc"), g)
    summary = Graph()
    for t in summary_triples(store):
        summary.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    store.replace_graph(GRAPH_SUMMARY, summary)
    counts = {(str(row[1]), str(row[2]).rsplit("/", 1)[1], int(row[4])) for row in _named_rows(store, "organisation-themes")}
    assert counts == {("Trust RA1", "workforce", 2), ("Trust RA1", "digital", 1), ("Trust RB1", "workforce", 1), ("Trust RB1", "digital", 1)}
    assert _same(store, "organisation-themes", {}) == 4


def _named_rows(store, name: str) -> list:
    return list(store.query(load_query(name).text).rows)


# --- the newer summaries on graphs made here (written for these tests) ----------------------

_NS = "https://w3id.org/strategygraph/id/"
_RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
_PUBLISHER = URIRef("http://purl.org/dc/terms/publisher")
_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_FW = "https://w3id.org/strategygraph/framework/"
_THEME = "https://w3id.org/strategygraph/theme/"


def _with_summary(graph: Graph, analysis: Graph | None = None) -> OxigraphStore:
    store = OxigraphStore()
    store.replace_graph(URIRef(_NS + "graph/doc"), graph)
    if analysis is not None:
        store.replace_graph(URIRef(_NS + "graph/analysis"), analysis)
    summary = Graph()
    for t in summary_triples(store):
        summary.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    store.replace_graph(GRAPH_SUMMARY, summary)
    return store


def _publish(graph: Graph, doc: str, *organisations: str) -> URIRef:
    document = URIRef(_NS + f"document/{doc}")
    for org in organisations:
        graph.add((document, _PUBLISHER, URIRef(_NS + f"organisation/{org}")))
    return document


def test_coverage_counts_match_the_plain_grouping() -> None:
    """Two ICSs, a joint strategy across them, a statement on two themes matching one concept
    (counted once), a statement with no text (not counted), a concept nobody covers (a gap)."""
    g = Graph()
    for ics, orgs in (("north", ("RA1", "RB1")), ("south", ("RC1",))):
        node = URIRef(_NS + f"ics/{ics}")
        g.add((node, _RDF_TYPE, SG.IntegratedCareSystem))
        g.add((node, _LABEL, Literal(f"ICS {ics}")))
        for org in orgs:
            g.add((URIRef(_NS + f"organisation/{org}"), SG.memberOf, node))
    for scheme, concepts in (("ics-purposes", ("improve-outcomes", "tackle-inequalities")), ("ten-year-plan-shifts", ("analogue-to-digital",))):
        for concept in concepts:
            g.add((URIRef(_FW + concept), URIRef(_SKOS + "inScheme"), URIRef(_FW + scheme)))
            g.add((URIRef(_FW + concept), URIRef(_SKOS + "prefLabel"), Literal(concept)))
    for theme, match, concept in (("workforce", "broadMatch", "improve-outcomes"), ("prevention", "broadMatch", "improve-outcomes"),
                                  ("digital", "relatedMatch", "analogue-to-digital")):
        g.add((URIRef(_THEME + theme), URIRef(_SKOS + match), URIRef(_FW + concept)))
    docs = {"joint": _publish(g, "joint", "RB1", "RC1"), "a": _publish(g, "a", "RA1")}
    statements = {"s1": ("joint", ("workforce", "prevention"), True), "s2": ("a", ("workforce",), True),
                  "s3": ("a", ("digital",), False), "s4": ("a", ("digital",), True)}
    for name, (doc, themes, has_text) in statements.items():
        s = URIRef(_NS + f"statement/{name}")
        g.add((s, _DERIVED, docs[doc]))
        for t in themes:
            g.add((s, SG.addressesTheme, URIRef(_THEME + t)))
        if has_text:
            g.add((s, SG.text, Literal(f"we will {name}")))
    store = _with_summary(g)
    rows = {(str(r[0]).rsplit("/", 1)[1], str(r[3]).rsplit("/", 1)[1], int(r[5])) for r in _named_rows(store, "framework-coverage")}
    assert rows == {("north", "improve-outcomes", 2), ("north", "tackle-inequalities", 0), ("north", "analogue-to-digital", 1),
                    ("south", "improve-outcomes", 1), ("south", "tackle-inequalities", 0), ("south", "analogue-to-digital", 0)}
    assert _same(store, "framework-coverage", {}) == 6
    assert _same(store, "framework-coverage", {"ics": "https://w3id.org/strategygraph/id/ics/south"}) == 3


def _similarities(n_orgs: int) -> tuple[Graph, Graph]:
    """Every pair of ``n_orgs`` organisations with one of three scores (many ties); one
    organisation has two labels and one none, so that some pairs give two rows or none labelled."""
    g, analysis = Graph(), Graph()
    orgs = [URIRef(_NS + f"organisation/R{i:02d}") for i in range(n_orgs)]
    for i, org in enumerate(orgs):
        if i != 3:
            g.add((org, _LABEL, Literal(f"Trust {i:02d}")))
    g.add((orgs[5], _LABEL, Literal("Trust five")))
    k = 0
    for i, a in enumerate(orgs):
        for b in orgs[i + 1 :]:
            node = URIRef(_NS + f"similarity/{k:04d}")
            analysis.add((node, _RDF_TYPE, SG.OrganisationSimilarity))
            analysis.add((node, SG.organisation, b))  # the larger first: the rank must order them
            analysis.add((node, SG.organisation, a))
            analysis.add((node, SG.score, Literal(["0.5", "0.75", "0.5", "0.25"][k % 4], datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
            k += 1
    return g, analysis


def _same_pairs(store) -> int:
    """``_same`` for similar-pairs where an organisation has two labels: its two rows tie on
    the query's order (score, a, b), so only the order of those keys is compared."""
    query = load_query("similar-pairs")
    mine_ordered, mine = _answer(store, query.text, {})
    plain_ordered, plain = _answer(store, sparql_prologue() + PLAIN["similar-pairs"], {})
    assert Counter(mine) == Counter(plain)
    keys = [(r[4], r[0], r[2]) for r in mine_ordered]
    assert keys == [(r[4], r[0], r[2]) for r in plain_ordered]
    return len(mine)


def test_similarity_ranks_fill_the_limit_and_no_more() -> None:
    g, analysis = _similarities(20)  # 190 pairs, 47 at the best score
    store = _with_summary(g, analysis)
    assert 0 < len(similarity_rank_triples(store, top=10)) <= 10
    assert len(similarity_rank_triples(store)) < 100  # pairs with R05 give two rows each
    assert _same_pairs(store) == 100


def test_similar_pairs_with_fewer_pairs_than_the_limit() -> None:
    g, analysis = _similarities(6)  # 15 pairs, all ranked
    store = _with_summary(g, analysis)
    assert len(similarity_rank_triples(store)) == 15
    assert _same_pairs(store) == 15 + 5  # R05's five pairs give two rows


def test_top_provenance_ranks_are_the_first_thousand() -> None:
    """With neither parameter statement-provenance reads sg:topProvenanceRank: the first
    1,000 ranks, the same numbers (written for these tests: 1,003 statements)."""
    g = Graph()
    for n in range(TOP_PROVENANCE + 3):
        _statement(g, "doc-t", n, start=(7919 * n) % 20011, publisher="RT1", text=f"we will {n}")
    store = _with_summary(g)
    triples = provenance_rank_triples(store)
    ranks = {t.subject.value: int(t.object.value) for t in triples if t.predicate.value == str(SG.provenanceRank)}
    top = {t.subject.value: int(t.object.value) for t in triples if t.predicate.value == str(SG.topProvenanceRank)}
    assert len(ranks) == TOP_PROVENANCE + 3 and len(top) == TOP_PROVENANCE
    assert top == {s: r for s, r in ranks.items() if r <= TOP_PROVENANCE}
    assert _same(store, "statement-provenance", {}) == TOP_PROVENANCE
