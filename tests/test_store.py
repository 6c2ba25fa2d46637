"""The store protocol: Oxigraph and rdflib answer alike, bindings are terms, swaps are whole."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, XSD

from strategygraph.atomic import swap_symlink
from strategygraph.errors import QueryError, UsageError
from strategygraph.store import (
    GraphStore,
    OxigraphStore,
    QueryResult,
    RdflibMemoryStore,
    open_store,
    sorted_nquads,
)

EX = Namespace("http://example.org/")
INJECTION = '"> } ; DROP ALL #'
TRICKY = 'line one\nline "two" <script>alert(1)</script> \\ end'


def sample_graph(tag: str) -> Graph:
    graph = Graph()
    graph.add((EX[f"{tag}-a"], RDFS.label, Literal(f"A {tag}")))
    graph.add((EX[f"{tag}-a"], EX.text, Literal(TRICKY)))
    # Language tags in lower case: Oxigraph normalises them so, rdflib keeps them as given
    # (RDF 1.1 compares them case-insensitively).
    graph.add((EX[f"{tag}-a"], EX.lang, Literal("colour", lang="en-gb")))
    graph.add((EX[f"{tag}-a"], EX.score, Literal("0.5", datatype=XSD.decimal)))
    graph.add((EX[f"{tag}-a"], EX["count"], Literal(3)))
    graph.add((EX[f"{tag}-b"], EX.knows, EX[f"{tag}-a"]))
    graph.add((EX[f"{tag}-b"], RDFS.label, Literal(INJECTION)))
    return graph


@pytest.fixture(params=["oxigraph", "oxigraph-disk", "rdflib"])
def store(request, tmp_path: Path) -> GraphStore:
    if request.param == "oxigraph":
        backend: GraphStore = OxigraphStore()
    elif request.param == "oxigraph-disk":
        backend = OxigraphStore(tmp_path / "ox")
    else:
        backend = RdflibMemoryStore()
    backend.replace_graph(EX.g1, sample_graph("one"))
    backend.replace_graph(EX.g2, sample_graph("two"))
    yield backend
    backend.close()


def both() -> list[GraphStore]:
    stores: list[GraphStore] = [OxigraphStore(), RdflibMemoryStore()]
    for backend in stores:
        backend.replace_graph(EX.g1, sample_graph("one"))
        backend.replace_graph(EX.g2, sample_graph("two"))
    return stores


def test_protocol(store: GraphStore) -> None:
    assert isinstance(store, GraphStore)
    assert store.graph_names() == [EX.g1, EX.g2]
    assert len(list(store.quads())) == 14


QUERIES = [
    "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT ?o WHERE { ?s <http://example.org/text> ?o } ORDER BY ?s",
    "SELECT ?s ?o WHERE { ?s <http://example.org/lang> ?o FILTER(langMatches(lang(?o), 'en')) } ORDER BY ?s",
    "SELECT ?s ?x WHERE { ?s <http://example.org/score> ?x FILTER(?x > 0.4) } ORDER BY ?s",
    "SELECT ?s WHERE { ?s <http://example.org/knows> ?o . OPTIONAL { ?o <http://example.org/none> ?z } } ORDER BY ?s",
]


@pytest.mark.parametrize("query", QUERIES)
def test_backends_answer_select_alike(query: str) -> None:
    oxigraph, memory = both()
    a, b = oxigraph.query(query), memory.query(query)
    assert a.kind == b.kind == "select"
    assert a.variables == b.variables
    assert a.rows == b.rows
    assert a.rows  # the query does match something


def test_backends_answer_ask_and_construct_alike() -> None:
    oxigraph, memory = both()
    for ask, expected in [("ASK { ?s ?p 'A one' }", True), ("ASK { ?s ?p 'nothing' }", False)]:
        a, b = oxigraph.query(ask), memory.query(ask)
        assert a.kind == b.kind == "ask"
        assert a.boolean is b.boolean is expected
    construct = "CONSTRUCT { ?o <http://example.org/knownBy> ?s } WHERE { ?s <http://example.org/knows> ?o }"
    a, b = oxigraph.query(construct), memory.query(construct)
    assert a.kind == b.kind == "construct"
    assert len(a.graph) == 2 and isomorphic(a.graph, b.graph)


def test_terms_come_back_as_rdflib_terms(store: GraphStore) -> None:
    result = store.query(
        "SELECT ?text ?lang ?score ?count WHERE { ?s <http://example.org/text> ?text ; "
        "<http://example.org/lang> ?lang ; <http://example.org/score> ?score ; <http://example.org/count> ?count } "
        "ORDER BY ?s LIMIT 1"
    )
    assert isinstance(result, QueryResult)
    text, lang, score, count = result.rows[0]
    assert text == Literal(TRICKY) and text.datatype is None
    assert lang == Literal("colour", lang="en-gb")
    assert score.datatype == XSD.decimal and float(score) == 0.5
    assert count == Literal(3)


@pytest.mark.parametrize(
    "value",
    [Literal(INJECTION), Literal('x" } } DELETE WHERE { ?s ?p ?o } #'), Literal(TRICKY), Literal("A one")],
)
def test_bindings_are_terms_not_text(store: GraphStore, value: Literal) -> None:
    result = store.query("SELECT ?s WHERE { ?s ?p ?value } ORDER BY ?s", {"value": value})
    expected = {Literal(INJECTION): [EX["one-b"], EX["two-b"]], Literal(TRICKY): [EX["one-a"], EX["two-a"]],
                Literal("A one"): [EX["one-a"]]}.get(value, [])
    assert [row[0] for row in result.rows] == expected
    assert len(list(store.quads())) == 14  # nothing was dropped


def test_binding_an_iri_and_an_unprojected_variable(store: GraphStore) -> None:
    result = store.query("SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }", {"s": EX["two-a"]})
    assert result.rows == [(Literal("A two"),)]


def test_binding_constrains_the_pattern_before_aggregation(store: GraphStore) -> None:
    query = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    assert int(store.query(query).rows[0][0]) == 4
    assert int(store.query(query, {"label": Literal("A one")}).rows[0][0]) == 1
    construct = "CONSTRUCT { ?s <http://example.org/named> ?label } WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    result = store.query(construct, {"s": EX["two-a"]})
    assert set(result.graph) == {(EX["two-a"], EX.named, Literal("A two"))}


def test_bind_values_places_the_block_inside_the_where_clause() -> None:
    from strategygraph.store import bind_values

    value = Literal(INJECTION)
    bound = bind_values('PREFIX x: <http://x/> # { comment\nSELECT ?s { ?s ?p "}" FILTER(?n < 3) }', {"o": value})
    assert bound == (
        'PREFIX x: <http://x/> # { comment\nSELECT ?s { VALUES (?o) { ("\\"> } ; DROP ALL #") }  ?s ?p "}" FILTER(?n < 3) }'
    )
    assert bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"o": value}) is None


def test_bad_binding_names_and_values_are_refused(store: GraphStore) -> None:
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o) } DROP ALL #": Literal("x")})
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": "raw text"})  # type: ignore[dict-item]


def test_bad_query_is_a_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p }")


def test_replace_graph_replaces_one_graph_only(store: GraphStore) -> None:
    replacement = Graph()
    replacement.add((EX.new, RDFS.label, Literal("new")))
    store.replace_graph(EX.g1, replacement)
    assert store.graph_names() == [EX.g1, EX.g2]
    labels = {row[0] for row in store.query("SELECT ?l WHERE { GRAPH <http://example.org/g1> { ?s ?p ?l } }").rows}
    assert labels == {Literal("new")}
    assert len([q for q in store.quads() if q[3] == EX.g2]) == 7
    store.remove_graph(EX.g1)
    assert store.graph_names() == [EX.g2]


def test_blank_nodes_survive(store: GraphStore) -> None:
    graph = Graph()
    node = BNode()
    graph.add((EX.x, EX.has, node))
    graph.add((node, RDFS.label, Literal("inside")))
    store.replace_graph(EX.g3, graph)
    result = store.query("SELECT ?l WHERE { <http://example.org/x> <http://example.org/has> ?b . ?b ?p ?l }")
    assert result.rows == [(Literal("inside"),)]


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dump_and_load_round_trip(store: GraphStore, fmt: str) -> None:
    buffer = io.BytesIO()
    store.dump(buffer, fmt)
    copy = RdflibMemoryStore()
    copy.load(buffer.getvalue(), fmt)
    assert sorted_nquads(copy) == sorted_nquads(store)


def test_sorted_nquads_is_the_same_for_both_backends() -> None:
    oxigraph, memory = both()
    assert sorted_nquads(oxigraph) == sorted_nquads(memory)


def test_open_store_missing_build_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="run `strategygraph build` first"):
        open_store(tmp_path / "nothing-here")
    with pytest.raises(UsageError, match="run `strategygraph build` first"):
        open_store("memory", build_dir=tmp_path)


def test_reader_keeps_its_generation_across_a_swap(tmp_path: Path) -> None:
    """A reader opens through the link; a swap to a new store does not change what it sees."""
    old = OxigraphStore(tmp_path / "gen-1")
    old.replace_graph(EX.g1, sample_graph("one"))
    old.close()
    new = OxigraphStore(tmp_path / "gen-2")
    new.replace_graph(EX.g2, sample_graph("two"))
    new.close()
    link = tmp_path / "store"
    swap_symlink(link, "gen-1")
    reader = open_store(link)
    swap_symlink(link, "gen-2")
    assert os.readlink(link) == "gen-2"
    assert reader.graph_names() == [EX.g1]
    fresh = open_store(link)
    assert fresh.graph_names() == [EX.g2]
    reader.close()
    fresh.close()


def test_memory_store_loads_the_builds_trig(tmp_path: Path) -> None:
    source = OxigraphStore()
    source.replace_graph(EX.g1, sample_graph("one"))
    source.dump(tmp_path / "strategygraph.trig", "trig")
    memory = open_store("memory", build_dir=tmp_path)
    assert isinstance(memory, RdflibMemoryStore)
    assert memory.graph_names() == [EX.g1]
    assert sorted_nquads(memory) == sorted_nquads(source)


def test_open_store_with_an_endpoint_uses_the_remote_store() -> None:
    remote = open_store(endpoint="http://127.0.0.1:9/sparql")
    assert type(remote).__name__ == "RemoteStore"


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    disk = OxigraphStore(tmp_path / "ox")
    disk.replace_graph(EX.g1, sample_graph("one"))
    disk.close()
    reader = open_store(tmp_path / "ox")
    assert reader.graph_names() == [EX.g1]
    with pytest.raises(Exception):  # noqa: B017 - pyoxigraph's own error type
        reader.replace_graph(EX.g2, sample_graph("two"))
    reader.close()


@pytest.mark.parametrize("fmt", ["nq", "trig", "nt", "ttl"])
def test_memory_store_reads_with_oxigraph_what_rdflib_reads(fmt: str) -> None:
    """The rdflib store parses these formats with Oxigraph's parser: the same graph as rdflib's
    own parser gives, typed, language-tagged and blank-node terms included."""
    from rdflib import Dataset

    source = RdflibMemoryStore()
    source.dataset.graph(EX.g1).add((EX.a, RDFS.label, Literal("A", lang="en")))
    source.dataset.graph(EX.g1).add((EX.a, EX.total, Literal("3", datatype=XSD.integer)))
    node = BNode()
    source.dataset.graph(EX.g2).add((EX.a, EX.has, node))
    source.dataset.graph(EX.g2).add((node, RDFS.label, Literal('quote " and \\n break')))
    data = io.BytesIO()
    source.dump(data, fmt)
    mine = RdflibMemoryStore()
    mine.load(data.getvalue(), fmt)
    theirs = Dataset(default_union=True)
    theirs.parse(data=data.getvalue(), format={"nq": "nquads", "trig": "trig", "nt": "nt", "ttl": "turtle"}[fmt])
    assert isomorphic(_union(mine.dataset), _union(theirs))
    if fmt in ("nq", "trig"):
        assert sorted(mine.graph_names()) == [EX.g1, EX.g2]


def test_memory_store_keeps_two_loads_blank_nodes_apart() -> None:
    """The same blank node label in two loads names two nodes, as with rdflib's parsers."""
    store = RdflibMemoryStore()
    store.load(b'_:b0 <http://example.org/p> "one" <http://example.org/g> .\n', "nq")
    store.load(b'_:b0 <http://example.org/p> "two" <http://example.org/g> .\n', "nq")
    subjects = {s for s, _, _, _ in store.quads()}
    assert len(subjects) == 2


def test_memory_store_refuses_bad_data_with_an_input_error() -> None:
    from strategygraph.errors import InputError

    with pytest.raises(InputError):
        RdflibMemoryStore().load(b"<http://example.org/a> <http://example.org/p> .\n", "nt")


def _union(dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("where", ["memory", "disk"])
def test_line_based_file_loads_in_chunks_and_keeps_blank_nodes_whole(tmp_path: Path, where: str) -> None:
    """A big N-Quads file is loaded a chunk of lines at a time (bounded memory); a blank node
    mentioned on lines far apart is still one node, and a file without a final newline loads."""
    lines = [f'<http://example.org/s{i}> <http://example.org/p> "{i}" <http://example.org/g> .' for i in range(25)]
    lines.insert(2, '_:list <http://example.org/first> "head" <http://example.org/g> .')
    lines.append('_:list <http://example.org/rest> "tail" <http://example.org/g> .')
    source = tmp_path / "data.nq"
    source.write_text("\n".join(lines), encoding="utf-8")
    store = OxigraphStore(tmp_path / "ox") if where == "disk" else OxigraphStore()
    store.LOAD_CHUNK_LINES = 4
    store.LOAD_CHUNK_BYTES = 10
    store.load(source, "nq")
    assert len(sorted_nquads(store).splitlines()) == 27
    both_ends = store.query(
        "SELECT ?a ?b WHERE { ?n <http://example.org/first> ?a ; <http://example.org/rest> ?b }"
    )
    assert both_ends.rows == [(Literal("head"), Literal("tail"))]
    store.close()


def test_line_based_file_with_a_bad_line_is_an_input_error(tmp_path: Path) -> None:
    from strategygraph.errors import InputError

    source = tmp_path / "bad.nt"
    source.write_text('<http://example.org/a> <http://example.org/p> "ok" .\n<http://example.org/a> <http://example.org/p> .\n')
    store = OxigraphStore()
    store.LOAD_CHUNK_BYTES = 10
    with pytest.raises(InputError):
        store.load(source, "nt")
