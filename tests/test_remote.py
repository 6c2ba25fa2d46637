"""The remote backend against a real Oxigraph server: same answers as the embedded store.

Each dataset (the hand-written fixture and the seed build) is loaded into its own
``oxigraph serve`` process through the Graph Store Protocol, one named graph per document,
and every named query, with every parameter set of the expectation files, must answer
exactly as the embedded store does.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from strategygraph.cli import main
from strategygraph.errors import EndpointError
from strategygraph.queries import bind_params, inject_values, list_queries
from strategygraph.remote import RemoteStore, endpoint_urls
from strategygraph.results import format_result
from strategygraph.store import OxigraphStore, QueryResult

pytestmark = pytest.mark.server

DATA = Path(__file__).parent / "data" / "queries"
SERVER_TIMEOUT_S = 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.stderr.read() if process.stderr else ''}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("the server did not start listening")


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        ["oxigraph", "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
         "--union-default-graph", "--timeout-s", str(SERVER_TIMEOUT_S)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for_port(port, process)
    except BaseException:
        process.kill()
        process.wait()
        raise
    return process, f"http://127.0.0.1:{port}/query"


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module", params=["fixture", "seed"])
def pair(request, tmp_path_factory) -> Iterator[tuple[str, OxigraphStore, RemoteStore]]:
    """(dataset, embedded store, remote store holding the same named graphs)."""
    if request.param == "seed":
        embedded = request.getfixturevalue("seed_store")
    else:
        embedded = OxigraphStore()
        embedded.load(DATA / "fixture.trig", "trig")
    process, url = start_oxigraph(tmp_path_factory.mktemp(f"oxigraph-{request.param}"))
    try:
        remote = RemoteStore(url, timeout=20)
        for name in embedded.graph_names():  # the Graph Store Protocol, one graph at a time
            remote.replace_graph(name, embedded.graph(name))
        yield request.param, embedded, remote
    finally:
        stop(process)


def _cases(dataset: str) -> list[tuple[str, dict[str, str]]]:
    expected = json.loads((DATA / f"expected_{dataset}.json").read_text(encoding="utf-8"))
    found = []
    for query in list_queries():
        param_sets = [c.get("params", {}) for c in expected.get(query.name, [])] or [{}]
        found += [(query.name, p) for p in param_sets]
    return found


def _without_blank_nodes(quads: list[tuple]) -> list[str]:
    return sorted(repr(q) for q in quads if not any(isinstance(t, BNode) for t in q))


def _comparable(result: QueryResult, ordered: bool) -> object:
    if result.kind == "ask":
        return result.boolean
    if result.kind == "construct":
        return sorted(repr(triple) for triple in result.graph)
    rows = [tuple(repr(t) for t in row) for row in result.rows]
    return (result.variables, rows if ordered else sorted(rows))


def test_every_named_query_answers_the_same_on_the_server(pair) -> None:
    dataset, embedded, remote = pair
    assert remote.graph_names() == embedded.graph_names()
    mine, theirs = list(embedded.quads()), list(remote.quads())
    assert len(theirs) == len(mine)
    assert _without_blank_nodes(theirs) == _without_blank_nodes(mine)
    queries = {q.name: q for q in list_queries()}
    for name, params in _cases(dataset):
        query = queries[name]
        sparql = inject_values(query.text, bind_params(query, params))
        ordered = re.search(r"\bORDER\s+BY\b", query.text, re.IGNORECASE) is not None
        mine = _comparable(embedded.query(sparql), ordered)
        theirs = _comparable(remote.query(sparql), ordered)
        assert theirs == mine, f"{name} {params}: the server answers differently"


def test_bindings_are_sent_as_values_not_text(pair) -> None:
    _, embedded, remote = pair
    hostile = Literal('x" } } ; DROP ALL ; SELECT * { "')
    sparql = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    assert remote.query(sparql, {"label": hostile}).rows == []
    some = embedded.query(sparql + " LIMIT 1").rows[0][0]
    assert remote.query(sparql, {"?label": some}).rows == [(some,)]


def test_a_server_timeout_is_an_endpoint_error(tmp_path: Path) -> None:
    """Oxigraph's --timeout-s answers 200 and cuts the JSON short while rows stream out: a
    cross join with a filter that lets some rows through on the fixture graph."""
    process, url = start_oxigraph(tmp_path / "ox")
    try:
        remote = RemoteStore(url, timeout=20)
        remote.load(DATA / "fixture.trig", "trig")
        _check_timeout(remote)
    finally:
        stop(process)


def _check_timeout(remote: RemoteStore) -> None:
    slow = (
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
        "FILTER (STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) = 9) }"
    )
    started = time.monotonic()
    with pytest.raises(EndpointError, match="query timed out on the server"):
        remote.query(slow)
    assert time.monotonic() - started < 15


def test_replace_and_remove_a_graph(tmp_path: Path) -> None:
    process, url = start_oxigraph(tmp_path / "ox")
    try:
        remote = RemoteStore(url)
        name = URIRef("https://w3id.org/strategygraph/id/graph/test")
        first, second = Graph(), Graph()
        first.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("one")))
        second.add((URIRef("http://e/b"), URIRef("http://e/p"), Literal('two "quoted"\nline', lang="en")))
        remote.replace_graph(name, first)
        remote.replace_graph(name, second)
        assert set(remote.graph(name)) == set(second)
        assert remote.query("ASK { <http://e/a> ?p ?o }").boolean is False
        remote.remove_graph(name)
        assert remote.graph_names() == []
        remote.remove_graph(name)  # removing a missing graph is not an error
        constructed = remote.query("CONSTRUCT WHERE { ?s ?p ?o }")
        assert constructed.kind == "construct" and len(constructed.graph) == 0
    finally:
        stop(process)


def test_connection_refused_is_one_line() -> None:
    remote = RemoteStore(f"http://127.0.0.1:{free_port()}/query", timeout=5)
    with pytest.raises(EndpointError, match="connection refused") as caught:
        remote.query("ASK {}")
    assert "\n" not in str(caught.value)


def test_endpoint_urls_follow_the_servers_conventions() -> None:
    assert endpoint_urls("http://h:7878") == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert endpoint_urls("http://h/ds/sparql") == ("http://h/ds/sparql", "http://h/ds/update", "http://h/ds/data")
    with pytest.raises(EndpointError):
        endpoint_urls("ftp://h/query")


def test_cli_query_through_the_endpoint_prints_what_the_embedded_store_answers(pair, capsys, monkeypatch) -> None:
    _, embedded, remote = pair
    queries = {q.name: q for q in list_queries()}
    for name, fmt in (("theme-commitments", "json"), ("framework-coverage", "csv"), ("addresses-theme", "table")):
        query = queries[name]
        expected = format_result(embedded.query(inject_values(query.text, bind_params(query, {}))), fmt)
        assert main(["--endpoint", remote.endpoint_url, "query", name, "--format", fmt]) == 0
        assert capsys.readouterr().out == expected
    monkeypatch.setenv("STRATEGYGRAPH_ENDPOINT", remote.endpoint_url)
    assert main(["query", "organisation-profile"]) == 0
    printed = Graph().parse(data=capsys.readouterr().out, format="turtle")
    query = queries["organisation-profile"]
    assert len(printed) == len(embedded.query(inject_values(query.text, bind_params(query, {}))).graph)


def test_cli_names_an_unreachable_endpoint_in_one_line(capsys) -> None:
    assert main(["--endpoint", f"http://127.0.0.1:{free_port()}/query", "query", "organisations"]) == 2
    err = capsys.readouterr().err
    assert "connection refused" in err and len(err.strip().splitlines()) == 1


def test_a_large_graph_is_loaded_in_parts_and_blank_nodes_stay_whole(tmp_path: Path) -> None:
    """A graph over POST_CHUNK triples goes in several POSTs and arrives whole; a graph with
    blank nodes goes in one (each POST's blank nodes would be new ones)."""
    process, url = start_oxigraph(tmp_path / "ox")
    try:
        remote = RemoteStore(url)
        remote.POST_CHUNK = 3
        posts: list[int] = []
        send = remote._post
        remote._post = lambda name, body: (posts.append(body.count(b"\n")), send(name, body))[1]  # type: ignore[method-assign]
        big = "".join(f'<http://e/s{i}> <http://e/p> "{i}" <http://e/big> .\n' for i in range(8))
        blank = "".join(f'_:n <http://e/p> "{i}" <http://e/blank> .\n' for i in range(5))
        remote.load((big + blank).encode(), "nq")
        assert sorted(posts) == [2, 3, 3, 5]
        assert len(remote.graph(URIRef("http://e/big"))) == 8
        subjects = {s for s, _, _ in remote.graph(URIRef("http://e/blank"))}
        assert len(subjects) == 1 and isinstance(next(iter(subjects)), BNode)
    finally:
        stop(process)
