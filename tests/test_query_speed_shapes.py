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
from strategygraph.summaries import alignment_rank_triples, provenance_rank_triples, summary_triples

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
    for name in ("aligned-commitments", "statement-provenance", "framework-coverage", "organisation-themes", "unique-statements"):
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
    ranks = sorted((int(t.object.value), t.subject.value) for t in provenance_rank_triples(small_store))
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
