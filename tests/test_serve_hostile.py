"""``strategygraph serve`` against hostile requests (audit 14, items 1, 8, 9 and 15), on a real
server process over a tiny store: SERVICE cannot be smuggled past the check (and no request
reaches another host), a bad Content-Length, deep nesting and long chains get 400 instead of a
dropped connection or a dead worker, other methods get 405, and bad options exit 2."""

from __future__ import annotations

import http.client
import http.server
import socket
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_bad_input import _assert_one_line_error
from test_serve import start_server, stop

from strategygraph.serve import uses_service

pytestmark = pytest.mark.server

SECRET = "SECRET-PAYLOAD-7f3a"  # what the other host answers: never shown to the client
E = "http://e.example/"


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Oxigraph folder with three triples (one named graph): the server starts in a second."""
    path = tmp_path_factory.mktemp("tiny") / "store"
    store = ox.Store(str(path))
    graph = ox.NamedNode(E + "g")
    subject = ox.NamedNode(E + "a")
    store.add(ox.Quad(subject, ox.NamedNode(E + "flag"), ox.Literal(True), graph))
    store.add(ox.Quad(subject, ox.NamedNode(E + "n"), ox.Literal(1), graph))
    store.add(ox.Quad(subject, ox.NamedNode(E + "label"), ox.Literal("public services"), graph))
    store.flush()
    del store  # releases the folder's lock
    return path


class _Listener(http.server.BaseHTTPRequestHandler):
    """Another host's SPARQL server: records every request and answers 500 with SECRET."""

    seen: list[str] = []

    def _answer(self) -> None:
        self.seen.append(f"{self.command} {self.path}")
        body = SECRET.encode()
        self.send_response(500)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[int, list[str]]]:
    """(port, requests seen) of a tiny HTTP server on another free port."""
    seen: list[str] = []
    handler = type("Handler", (_Listener,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def endpoint(tiny_store: Path) -> Iterator[str]:
    process, url = start_server(tiny_store, "--workers", "2", "--timeout", "10")
    try:
        yield url
    finally:
        stop(process)


def request(url: str, method: str, path: str = "/sparql", body: bytes = b"",
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    """One request; (status, headers in lower case, body)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        answer = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, answer
    finally:
        connection.close()


def post_query(url: str, sparql: str) -> tuple[int, dict[str, str], str]:
    return request(url, "POST", body=sparql.encode(),
                   headers={"Content-Type": "application/sparql-query"})


def get_query(url: str, sparql: str) -> tuple[int, dict[str, str], str]:
    return request(url, "GET", path="/sparql?" + urllib.parse.urlencode({"query": sparql}))


# --- SERVICE fails closed (item 1) -------------------------------------------------------------

# Each one made the old endpoint (or Oxigraph's HTTP client) call the listener.
BYPASSES = {
    # the audit's: a \u escape in an IRI, so the keyword scan read "#..." as a comment
    "escaped-iri": r"SELECT * WHERE { BIND(<http://a/\u0041(#> AS ?x) SERVICE <http://127.0.0.1:{port}/nopad> { ?s ?p ?o } }",
    # Oxigraph ends a comment at \r; rdflib and the old scan did not
    "comment-cr": "SELECT * WHERE { BIND(1 AS ?q) # x\rSERVICE <http://127.0.0.1:{port}/cr> { ?s ?p ?o }\n}",
    # no space: Oxigraph reads "true SERVICE", the old scan one word, and rdflib gave up
    "glued-keyword": "SELECT * WHERE { ?s <http://e.example/flag> trueSERVICE <http://127.0.0.1:{port}/glued> { ?a ?b ?c } }",
    # over the old 20,000-character parse limit, with the escaped-IRI trick
    "long": r"SELECT * WHERE { BIND(<http://a/\u0041(#> AS ?x) SERVICE <http://127.0.0.1:{port}/long> { ?s ?p ?o } }"
    + "\n#" + "x" * 25_000 + "\n",
}


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_service_bypasses_get_400_and_no_request_leaves(
    endpoint: str, listener: tuple[int, list[str]], name: str
) -> None:
    port, seen = listener
    sparql = BYPASSES[name].replace("{port}", str(port))
    before = list(seen)
    for send in (post_query, get_query) if len(sparql) < 2000 else (post_query,):
        status, headers, body = send(endpoint, sparql)
        assert status == 400, body
        assert "SERVICE is refused" in body and SECRET not in body
        assert headers["content-type"].startswith("text/plain")
    assert seen == before, f"the endpoint called another host: {seen[len(before):]}"


def test_service_check_fails_closed_and_lets_literals_through() -> None:
    # refused: SERVICE may be there, and nothing disproves it
    for sparql in (
        "SELECT * WHERE { ?s ?p ?o # x\rSERVICE <http://h/> { ?a ?b ?c }\n}",
        "SELECT * WHERE { ?s ?p trueSERVICE <http://h/> { ?a ?b ?c } }",
        r"SELECT * WHERE { BIND(<http://a/\u0041(#> AS ?x) SERVICE <http://h/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p 'service' . ?s ?p",  # rdflib cannot parse it
        r"SELECT * WHERE { \u0053ERVICE <http://h/> { ?s ?p ?o } }",
        "PREFIX : <http://h/> SELECT * WHERE { SERVICE:x { ?s ?p ?o } }",
    ):
        assert uses_service(sparql), sparql
    # let through: the word only in a string, an IRI, a variable or a comment
    for sparql in (
        'SELECT * WHERE { ?s ?p "SERVICE <http://h/> { }" }',
        "SELECT ?service WHERE { ?service <http://h/service> ?o } # the service",
        "PREFIX schema: <http://schema.org/> SELECT * WHERE { ?s schema:serviceType ?o }",
    ):
        assert not uses_service(sparql), sparql


def test_a_remote_answer_is_never_echoed() -> None:
    from strategygraph.serve import _without_payload

    message = f"Error 500 Internal Server Error returned by http://h:1/x with payload: {SECRET}"
    assert SECRET not in _without_payload(message)
    assert _without_payload(message).startswith("Error 500")


def test_service_in_a_string_literal_still_answers(endpoint: str) -> None:
    """The fail-closed check must not refuse the word where it is data (a guard: the old
    endpoint answered these too)."""
    sparql = 'SELECT ?s WHERE { ?s <http://e.example/label> "public services" } # no SERVICE here'
    status, _, body = post_query(endpoint, sparql)
    assert status == 200 and "http://e.example/a" in body, body
    status, _, body = get_query(endpoint, 'ASK { BIND("Service" AS ?x) }')
    assert status == 200 and "true" in body, body


# --- bad requests (items 8, 9, 15) ------------------------------------------------------------


def test_a_negative_content_length_gets_400(endpoint: str) -> None:
    parts = urllib.parse.urlsplit(endpoint)
    with socket.create_connection((parts.hostname, parts.port), timeout=15) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: -5\r\n\r\nASK {}"
        )
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 "), answer
    assert b"Content-Length" in answer.split(b"\r\n\r\n", 1)[1]


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT * WHERE " + "{" * 20_000 + " ?s ?p ?o " + "}" * 20_000, "nested too deeply"),
        ("SELECT * WHERE { FILTER(" + "(" * 50_000 + "1" + ")" * 50_000 + ") }", "nested too deeply"),
        ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 30_000) + " }", "too long a chain"),
        ("SELECT * WHERE { FILTER(" + "+".join(["1"] * 9_000) + " > 0) }", "too long a chain"),
    ],
    ids=["braces", "parentheses", "union", "sum"],
)
def test_deep_nesting_and_long_chains_get_400(endpoint: str, sparql: str, message: str) -> None:
    status, _, body = post_query(endpoint, sparql)
    assert status == 400 and message in body, (status, body)
    assert post_query(endpoint, "ASK { ?s ?p ?o }")[0] == 200


def test_other_methods_get_405_text_plain(endpoint: str) -> None:
    for method in ("PUT", "DELETE", "OPTIONS", "PATCH"):
        status, headers, body = request(endpoint, method, body=b"ASK {}",
                                        headers={"Content-Type": "application/sparql-query"})
        assert status == 405, (method, status)
        assert headers["content-type"].startswith("text/plain") and headers["allow"] == "GET, HEAD, POST"
        assert "<html" not in body.lower() and method in body
    status, headers, body = request(endpoint, "TRACE")  # unknown to the handler: still not HTML
    assert status == 501 and headers["content-type"].startswith("text/plain"), (status, headers)


def test_queries_are_answered_at_the_endpoint_only(endpoint: str) -> None:
    status, _, _ = request(endpoint, "GET", path="/foo?query=" + urllib.parse.quote("ASK {}"))
    assert status == 404
    assert get_query(endpoint, "ASK {}")[0] == 200


# --- options (item 8) -------------------------------------------------------------------------


def test_bad_options_exit_2_with_one_line(tiny_store: Path) -> None:
    bad = [
        ("--port", "99999"), ("--port", "-1"), ("--timeout", "-1"), ("--timeout", "0"),
        ("--timeout", "nan"), ("--max-rows", "-1"), ("--max-rows", "0"),
    ]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "strategygraph", "--store", str(tiny_store), "serve",
             option, value, "--workers", "1"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for option, value in bad
    ]
    try:
        for (option, value), process in zip(bad, processes, strict=True):
            try:
                out, err = process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                pytest.fail(f"serve {option} {value} started instead of refusing the value")
            assert process.returncode == 2, (option, value, err)
            _assert_one_line_error(err)
            assert option in err and "must be" in err
            assert out == ""
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
