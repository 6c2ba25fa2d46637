"""analyse() writes id:graph/alignment and id:graph/analysis as docs/MODEL.md says, deterministically."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rdflib.compare import to_isomorphic

from strategygraph.analysis import analyse
from strategygraph.analysis.alignment import alignment_iri
from strategygraph.ids import GRAPH_ALIGNMENT, GRAPH_ANALYSIS
from strategygraph.namespaces import ID, sparql_prologue
from strategygraph.store import OxigraphStore, RdflibMemoryStore, sorted_nquads

SMALL = Path(__file__).parent / "data" / "analysis" / "small.trig"
TEWV_INEQ = ID["statement/tewv/commitment-bbbbbbbbbbb2"]
GLOS_INEQ = ID["statement/glos/commitment-ccccccccccc1"]


def _store(kind=OxigraphStore):
    store = kind()
    store.load(SMALL, "trig")
    return store


def test_alignment_graph_is_seen_by_sparql():
    store = _store()
    summary = analyse(store)
    assert summary.alignments >= 3 and summary.similarities >= 3
    assert GRAPH_ALIGNMENT in store.graph_names() and GRAPH_ANALYSIS in store.graph_names()
    ask = store.query(sparql_prologue() + "ASK { ?a sg:alignsWith ?b . ?b sg:alignsWith ?a }",
                      {"a": TEWV_INEQ, "b": GLOS_INEQ})
    assert ask.boolean is True
    rows = store.query(
        sparql_prologue()
        + "SELECT ?score ?theme ?method WHERE { ?n a sg:Alignment ; sg:alignedStatement ?a , ?b ;"
        " sg:score ?score ; sg:sharedTheme ?theme ; sg:method ?method }",
        {"a": TEWV_INEQ, "b": GLOS_INEQ},
    ).dicts()
    assert len(rows) == 1
    assert 0 < float(rows[0]["score"]) <= 1
    assert str(rows[0]["theme"]).endswith("theme/health_inequalities")
    node = store.query(sparql_prologue() + "SELECT ?n WHERE { ?n sg:alignedStatement ?a , ?b }",
                       {"a": TEWV_INEQ, "b": GLOS_INEQ}).rows[0][0]
    assert node == alignment_iri(TEWV_INEQ, GLOS_INEQ) == alignment_iri(GLOS_INEQ, TEWV_INEQ)
    # statements of one document (one publisher) are never aligned with each other
    same = store.query(sparql_prologue() + "ASK { ?a sg:alignsWith ?b . ?a prov:wasDerivedFrom ?d . ?b prov:wasDerivedFrom ?d }")
    assert same.boolean is False


def test_similarity_nodes_follow_the_model():
    store = _store()
    analyse(store)
    rows = store.query(
        sparql_prologue()
        + "SELECT ?n ?score WHERE { ?n a sg:OrganisationSimilarity ; sg:organisation ?a , ?b ; sg:score ?score ;"
        " sg:method ?m }",
        {"a": ID["organisation/QR1"], "b": ID["organisation/RX3"]},
    ).dicts()
    assert [r["n"] for r in rows] == [ID["similarity/QR1-RX3"]]
    assert 0 < float(rows[0]["score"]) <= 1


def test_analyse_is_deterministic_and_replaces_its_graphs():
    store = _store()
    analyse(store)
    first = sorted_nquads(store)
    analyse(store)
    assert sorted_nquads(store) == first
    other = _store()
    analyse(other)
    assert sorted_nquads(other) == first
    memory = _store(RdflibMemoryStore)
    analyse(memory)
    for name in (GRAPH_ALIGNMENT, GRAPH_ANALYSIS):
        assert to_isomorphic(memory.graph(name)) == to_isomorphic(store.graph(name))


def test_replace_graph_takes_pyoxigraph_triples_on_both_paths():
    """Small graphs are replaced in one update, large ones by remove + extend: same result."""
    import pyoxigraph as ox

    from strategygraph.analysis.alignment import align
    from strategygraph.analysis.data import load_view
    from strategygraph.analysis.materialise import alignment_ntriples, alignment_triples

    store = _store()
    triples = alignment_triples(align(load_view(store)))
    assert triples and all(isinstance(t, ox.Triple) for t in triples)
    store.replace_graph(GRAPH_ALIGNMENT, triples)
    one_update = sorted_nquads(store)
    store.ONE_TRANSACTION_LIMIT = 1  # force remove + extend
    store.replace_graph(GRAPH_ALIGNMENT, triples[:3])
    store.replace_graph(GRAPH_ALIGNMENT, triples)
    assert sorted_nquads(store) == one_update
    store.replace_graph(GRAPH_ALIGNMENT, triples[:3])
    store.replace_graph(GRAPH_ALIGNMENT, alignment_ntriples(align(load_view(store))))  # the build's bytes
    assert sorted_nquads(store) == one_update


def test_alignment_ntriples_escapes_the_method_name():
    """The method is a literal written by hand into N-Triples: quotes and breaks stay data."""
    import pyoxigraph as ox

    from strategygraph.analysis.alignment import align
    from strategygraph.analysis.data import load_view
    from strategygraph.analysis.materialise import alignment_ntriples

    store = _store()
    links = [replace(link, method='say "hi"\\ \nnow') for link in align(load_view(store))[:2]]
    methods = {
        q.object.value
        for q in ox.parse(alignment_ntriples(links), format=ox.RdfFormat.N_TRIPLES)
        if q.predicate.value.endswith("#method") or q.predicate.value.endswith("/method")
    }
    assert methods == {'say "hi"\\ \nnow'}
