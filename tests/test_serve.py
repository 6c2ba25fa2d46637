"""``strategygraph serve`` as a real process, queried by clients nobody here wrote:
SPARQLWrapper, rdflib's SPARQLStore and curl. Read-only, no SERVICE, bounded, and a slow query
is stopped (503) while other queries are still answered."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from strategygraph.serve import negotiate, uses_service

pytestmark = pytest.mark.server

TIMEOUT = 2.0
MAX_ROWS = 50
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
VISION = "https://w3id.org/strategygraph/ontology#Vision"


def start_server(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """``strategygraph serve --port 0``; the URL is read from the line it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "strategygraph", "--store", str(store), "serve", "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    line = found[0] if found else ""
    if "http://" not in line:
        process.kill()
        process.wait()
        raise RuntimeError(f"serve did not start: {line!r} {process.stderr.read()}")
    return process, line.split("serving SPARQL at ", 1)[1].split()[0]


def stop(process: subprocess.Popen) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            return process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait()


@pytest.fixture(scope="module")
def store_dir(seed_build) -> Path:
    """The seed build's store: the server's workers open it read-only."""
    return seed_build.store_path


@pytest.fixture(scope="module")
def endpoint(store_dir: Path) -> Iterator[str]:
    process, url = start_server(
        store_dir, "--timeout", str(TIMEOUT), "--workers", "2", "--max-rows", str(MAX_ROWS),
        "--max-body", "20000",
    )
    try:
        yield url
    finally:
        stop(process)


def curl(*args: str) -> tuple[int, dict[str, str], str]:
    """Run curl; (status, headers, body)."""
    done = subprocess.run(
        ["curl", "-s", "-S", "--max-time", "30", "-D", "-", *args],
        capture_output=True, check=True,
    )
    head, _, body = done.stdout.decode("utf-8").partition("\r\n\r\n")
    lines = head.split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


def count(url: str) -> int:
    status, _, body = curl("-G", "--data-urlencode", f"query={COUNT}", "-H", "Accept: text/csv", url)
    assert status == 200
    return int(body.split("\r\n")[1])


# --- real clients ---------------------------------------------------------------------------


def test_sparqlwrapper_select_json_and_xml(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(f"SELECT ?s ?text WHERE {{ ?s a <{VISION}> ; <https://w3id.org/strategygraph/ontology#text> ?text }}")
    client.setReturnFormat(JSON)
    document = client.query().convert()
    texts = {b["text"]["value"] for b in document["results"]["bindings"]}
    assert "Healthier lives, empowered citizens, thriving communities." in texts
    client.setReturnFormat(XML)
    xml = client.query().convert()
    assert len(xml.getElementsByTagName("result")) == len(texts) == 3
    client.setMethod("POST")
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 3


def test_sparqlwrapper_construct_and_ask(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(f"CONSTRUCT {{ ?s a <{VISION}> }} WHERE {{ ?s a <{VISION}> }}")
    client.setReturnFormat(TURTLE)
    data = client.query().convert()
    graph = Graph().parse(data=data, format="turtle")
    assert len(graph) == 3
    client.setQuery(f"ASK {{ ?s a <{VISION}> }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_rdflib_sparqlstore(endpoint: str) -> None:
    graph = Graph(store=SPARQLStore(endpoint, returnFormat="xml"))
    rows = list(graph.query(f"SELECT ?s WHERE {{ ?s a <{VISION}> }}"))
    assert len(rows) == 3
    found = list(graph.triples((None, RDFS.label, Literal("Our Dorset"))))
    assert [str(s) for s, _, _ in found] == ["https://w3id.org/strategygraph/id/ics/our-dorset"]


def test_curl_get_post_and_content_negotiation(endpoint: str) -> None:
    query = f"SELECT ?s WHERE {{ ?s a <{VISION}> }} ORDER BY ?s"
    status, headers, body = curl("-G", "--data-urlencode", f"query={query}", "-H", "Accept: text/csv", endpoint)
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert len(list(csv.reader(io.StringIO(body)))) == 4
    status, headers, body = curl("-X", "POST", "-H", "Content-Type: application/sparql-query",
                                 "-H", "Accept: text/tab-separated-values", "--data-binary", query, endpoint)
    assert status == 200 and body.splitlines()[0] == "?s" and body.splitlines()[1].startswith("<https://")
    status, headers, body = curl("--data-urlencode", f"query={query}", "--data-urlencode", "format=xml", endpoint)
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+xml")
    status, headers, body = curl("--data-urlencode", f"query={query}", endpoint)  # no Accept: SPARQL JSON
    assert json.loads(body)["head"]["vars"] == ["s"]
    construct = f"CONSTRUCT WHERE {{ ?s a <{VISION}> }}"
    status, headers, body = curl("--data-urlencode", f"query={construct}", "-H", "Accept: application/n-triples", endpoint)
    assert status == 200 and headers["content-type"] == "application/n-triples" and len(body.splitlines()) == 3
    status, headers, body = curl("--data-urlencode", f"query={construct}", endpoint)
    assert headers["content-type"] == "text/turtle" and len(Graph().parse(data=body, format="turtle")) == 3


def test_query_page_lists_named_queries_escaped(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0]
    status, headers, body = curl(f"{base}/?example=theme-commitments")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "theme-commitments" in body and "shared-values" in body
    assert "&lt;https://w3id.org/strategygraph/theme/health_inequalities&gt;" in body  # the default, bound
    assert "<https://w3id.org" not in body  # query text is escaped, never markup
    status, _, body = curl(f"{base}/?example=/etc/passwd")  # names only, never a path
    assert status == 200 and "root:" not in body and "LIMIT 10" in body


# --- read-only and safe ---------------------------------------------------------------------


def test_updates_are_forbidden_and_change_nothing(endpoint: str) -> None:
    before = count(endpoint)
    update = "DROP ALL"
    assert curl("--data-urlencode", f"update={update}", endpoint)[0] == 403
    assert curl("-H", "Content-Type: application/sparql-update", "--data-binary", update, endpoint)[0] == 403
    assert curl("-G", "--data-urlencode", f"update={update}", endpoint)[0] == 403
    assert curl("--data-urlencode", "query=INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", endpoint)[0] == 403
    assert count(endpoint) == before


def test_service_is_refused(endpoint: str) -> None:
    for query in (
        "SELECT * WHERE { service <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE SILENT <http://example.org/> { ?s ?p ?o } } }",
    ):
        status, _, body = curl("--data-urlencode", f"query={query}", endpoint)
        assert status == 400 and "SERVICE" in body
    client = SPARQLWrapper(endpoint)
    client.setQuery("ASK { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryBadFormed):
        client.query()


def test_a_bad_query_is_400_with_the_parser_message(endpoint: str) -> None:
    status, _, body = curl("--data-urlencode", "query=SELECT * WHERE { ?s ?p }", endpoint)
    assert status == 400 and "1:" in body


def test_big_bodies_and_results_are_bounded(endpoint: str) -> None:
    padding = "#" + "x" * 30_000 + "\n"
    status, _, _ = curl("-H", "Content-Type: application/sparql-query", "--data-binary", padding + COUNT, endpoint)
    assert status == 413
    status, headers, body = curl("--data-urlencode", "query=SELECT * WHERE { ?s ?p ?o }", endpoint)
    assert status == 200 and headers["x-result-truncated"] == "true" and headers["x-result-limit"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


def test_a_slow_query_is_stopped_while_others_are_answered(endpoint: str) -> None:
    outcome: dict[str, object] = {}

    def slow() -> None:
        started = time.monotonic()
        data = urllib.parse.urlencode({"query": SLOW}).encode()
        try:
            urllib.request.urlopen(urllib.request.Request(endpoint, data=data), timeout=60)
            outcome["status"] = 200
        except urllib.error.HTTPError as error:
            outcome["status"] = error.code
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    assert count(endpoint) > 0  # answered by the other worker while the slow one runs
    assert time.monotonic() - started < TIMEOUT
    thread.join(60)
    assert outcome["status"] == 503
    assert TIMEOUT - 0.5 <= outcome["seconds"] < TIMEOUT + 5
    deadline = time.monotonic() + 30  # the killed worker is replaced: both answer again
    while time.monotonic() < deadline:
        if count(endpoint) > 0:
            break
    assert count(endpoint) > 0


def test_sigterm_stops_the_server_cleanly(store_dir: Path) -> None:
    process, url = start_server(store_dir, "--workers", "1")
    assert url.startswith("http://127.0.0.1:")
    assert count(url) > 0
    assert stop(process) == 0
    assert "stopped" in process.stdout.read()


def test_negotiation_and_service_detection() -> None:
    assert negotiate("select", "text/csv;q=0.5, application/sparql-results+xml", None) == "xml"
    assert negotiate("select", "*/*", None) == "json"
    assert negotiate("select", "text/csv", "tsv") == "tsv"
    assert negotiate("construct", "application/rdf+xml", None) == "rdfxml"
    assert negotiate("construct", None, "json") == "jsonld"
    assert uses_service("PREFIX s: <http://e/>\nSELECT * { SeRvIcE s:x { ?a ?b ?c } }")
    assert not uses_service('SELECT * { ?s ?p "SERVICE <http://e/>" }')
