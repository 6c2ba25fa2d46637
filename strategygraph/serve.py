"""A read-only SPARQL 1.1 Protocol endpoint over the store (``strategygraph serve``).

Why worker processes: a pyoxigraph query cannot be interrupted from another thread, so each
query runs in one of a small pool of worker processes that open the store read-only; a query
that runs past the timeout has its worker killed (and replaced) and is answered 503, while the
other workers keep answering. The HTTP side is the standard library's ThreadingHTTPServer.

Limits (all configurable, see :class:`ServeConfig`): request bodies over ``max_body`` bytes get
413; results over ``max_rows`` rows (or triples) are cut to that many and carry the headers
``X-Result-Truncated: true`` and ``X-Result-Limit: N``; updates (``update=`` or
``application/sparql-update``) get 403; a query that names ``SERVICE`` gets 400 (no request
ever leaves for another host).
"""

from __future__ import annotations

import html
import itertools
import multiprocessing
import queue
import signal
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from typing import Any

from rdflib import Graph

from strategygraph.errors import QueryError, StrategyGraphError, UsageError
from strategygraph.queries import (
    bind_params,
    inject_values,
    list_queries,
    mentions_service,
    query_form,
)
from strategygraph.results import serialise
from strategygraph.store import QueryResult

__all__ = ["ServeConfig", "SparqlServer", "serve", "uses_service", "negotiate"]

GRAPH_FORMS = {"construct", "describe"}
_RESULT_FORMATS = {
    "json": "json", "application/sparql-results+json": "json", "application/json": "json",
    "xml": "xml", "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "csv": "csv", "text/csv": "csv",
    "tsv": "tsv", "text/tab-separated-values": "tsv",
}
_GRAPH_FORMATS = {
    "turtle": "turtle", "ttl": "turtle", "text/turtle": "turtle", "application/x-turtle": "turtle",
    "ntriples": "ntriples", "nt": "ntriples", "application/n-triples": "ntriples", "text/plain": "ntriples",
    "rdfxml": "rdfxml", "xml": "rdfxml", "application/rdf+xml": "rdfxml",
    "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "application/ld+json": "jsonld",
}


@dataclass
class ServeConfig:
    location: str | None = None  # the store: None (the build's), a folder, or "memory"
    endpoint: str | None = None  # or a remote SPARQL server to relay to
    host: str = "127.0.0.1"
    port: int = 7880
    timeout: float = 10.0  # seconds a query may run before its worker is killed (503)
    workers: int = 2
    max_rows: int = 10_000
    max_body: int = 1_000_000
    verbose: bool = False


# --- what a query may do ----------------------------------------------------------------------


def _algebra_has_service(node: Any) -> bool:
    name = getattr(node, "name", None)
    if name == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_algebra_has_service(v) for v in node.values())
    if isinstance(node, list | tuple | set):
        return any(_algebra_has_service(v) for v in node)
    return False


def uses_service(sparql: str) -> bool:
    """Does the query federate (SERVICE)? rdflib's parsed algebra is walked for a service
    pattern; the keyword scan outside strings, IRIs and comments backs it up for queries rdflib
    cannot parse (or that are too long to parse quickly), so none slips through."""
    if mentions_service(sparql):
        return True
    if len(sparql) > 20_000:
        return False
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return _algebra_has_service(translateQuery(parseQuery(sparql)).algebra)
    except Exception:  # rdflib's parser raises pyparsing and plain errors: the scan decided
        return False


def negotiate(form: str, accept: str | None, format_param: str | None) -> str:
    """The result format: the ``format`` parameter when it names one this query form has, else
    the best the Accept header names, else SPARQL JSON (Turtle for CONSTRUCT/DESCRIBE)."""
    table = _GRAPH_FORMATS if form in GRAPH_FORMS else _RESULT_FORMATS
    default = "turtle" if form in GRAPH_FORMS else "json"
    if format_param and format_param.strip().lower() in table:
        return table[format_param.strip().lower()]
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        quality = 1.0
        for piece in pieces[1:]:
            if piece.startswith("q="):
                try:
                    quality = float(piece[2:])
                except ValueError:
                    quality = 0.0
        if media in table and quality > 0:
            choices.append((-quality, index, table[media]))
    return min(choices)[2] if choices else default


# --- worker processes ---------------------------------------------------------------------------


def _bounded_query(store: Any, sparql: str, max_rows: int) -> tuple[QueryResult, bool]:
    """Run a query keeping at most ``max_rows`` rows; streamed when the store is Oxigraph."""
    from strategygraph.store import OxigraphStore, to_rdflib

    if isinstance(store, OxigraphStore):
        import pyoxigraph as ox

        try:
            answer = store.native.query(sparql, use_default_graph_as_union=True)
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult("ask", [], [], boolean=bool(answer)), False
            if isinstance(answer, ox.QuerySolutions):
                variables = [v.value for v in answer.variables]
                rows = [
                    tuple(to_rdflib(s[i]) for i in range(len(variables)))
                    for s in itertools.islice(answer, max_rows + 1)
                ]
                return QueryResult("select", variables, rows[:max_rows]), len(rows) > max_rows
            graph = Graph()
            triples = list(itertools.islice(answer, max_rows + 1))
            for t in triples[:max_rows]:
                graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
            return QueryResult("construct", [], [], graph=graph), len(triples) > max_rows
        except SyntaxError as error:
            raise QueryError(f"the query does not parse: {error}") from error
        except OSError as error:
            raise QueryError(f"the query failed: {error}") from error
    result = store.query(sparql)
    truncated = False
    if result.kind == "select" and len(result.rows) > max_rows:
        result.rows, truncated = result.rows[:max_rows], True
    if result.kind == "construct" and result.graph is not None and len(result.graph) > max_rows:
        graph = Graph()
        for triple in itertools.islice(iter(result.graph), max_rows):
            graph.add(triple)
        result.graph, truncated = graph, True
    return result, truncated


def _worker_main(conn: Connection, location: str | None, endpoint: str | None, max_rows: int) -> None:
    """A worker: open the store read-only, then answer (query, format) messages until EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> never fetches anything

    from strategygraph.store import open_store

    try:
        store = open_store(location, endpoint=endpoint, read_only=True)
    except StrategyGraphError as error:
        conn.send(("failed", str(error)))
        return
    conn.send(("ready", None))
    while True:
        try:
            sparql, fmt = conn.recv()
        except (EOFError, OSError):
            break
        try:
            result, truncated = _bounded_query(store, sparql, max_rows)
            body, media = serialise(result, fmt)
            conn.send(("ok", body, media, truncated))
        except QueryError as error:
            conn.send(("bad", str(error), "", False))
        except Exception as error:  # the worker must outlive any one query's failure
            conn.send(("error", f"{type(error).__name__}: {error}", "", False))
    store.close()


class _Worker:
    def __init__(self, context: Any, config: ServeConfig) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, config.location, config.endpoint, config.max_rows),
            daemon=True,
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> str | None:
        """None when ready, else why it is not."""
        if not self.conn.poll(timeout):
            return "the worker did not start in time"
        try:
            status, message = self.conn.recv()
        except EOFError:
            return "the worker stopped while opening the store"
        return None if status == "ready" else str(message)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Worker processes handed out one query at a time; a timed-out one is killed and replaced."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        workers = [self._spawn() for _ in range(max(1, self.config.workers))]
        for worker in workers:
            problem = worker.wait_ready(120)
            if problem:
                self.close()
                raise UsageError(f"cannot serve: {problem}")
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.config)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return

        def start_one() -> None:
            worker = self._spawn()
            if worker.wait_ready(120) is None and not self._closed:
                self._idle.put(worker)
            else:
                worker.kill()

        threading.Thread(target=start_one, daemon=True).start()

    def run(self, sparql: str, fmt: str) -> tuple[str, Any, str, bool]:
        """("ok", body, media, truncated) | ("bad"|"error", message, "", False) | ("timeout", ...)."""
        deadline = time.monotonic() + self.config.timeout
        try:
            worker = self._idle.get(timeout=self.config.timeout)
        except queue.Empty:
            return ("timeout", "every worker is busy", "", False)
        try:
            worker.conn.send((sparql, fmt))
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return ("error", "the worker stopped", "", False)
        self._replace(worker)
        return ("timeout", f"the query ran past {self.config.timeout:g} s and was stopped", "", False)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


# --- HTTP -------------------------------------------------------------------------------------


def _examples() -> list[tuple[str, str, str]]:
    """(name, title, runnable text with the defaults bound) of every named query."""
    found = []
    for query in list_queries():
        try:
            text = inject_values(query.text, bind_params(query, {}))
        except StrategyGraphError:
            text = query.text
        found.append((query.name, query.title, text))
    return found


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>strategygraph SPARQL endpoint</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}textarea{{width:100%;height:22em;font-family:monospace}}</style>
</head><body>
<h1>strategygraph SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>{endpoint}</code> (GET or POST). Read-only: updates and SERVICE are refused;
queries stop after {timeout:g} s; at most {max_rows} rows are returned.</p>
<form method="get" action="/sparql">
<textarea name="query" spellcheck="false">{query}</textarea>
<p><label>Results as <select name="format">
<option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option>
</select></label> <button type="submit">Run</button></p>
</form>
<h2>Named queries</h2>
<p>Each link fills the form with the query, its parameters bound to their defaults.</p>
<ul>
{examples}
</ul>
</body></html>
"""


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, config: ServeConfig, pool: WorkerPool) -> None:
        self.config = config
        self.pool = pool
        self.examples = _examples()
        super().__init__((config.host, config.port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "strategygraph"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        if self.server.config.verbose:
            super().log_message(format, *args)

    # responses

    def _send(self, status: int, body: bytes, media: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # requests

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        parts = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if "query" in params:
            return self._query(params["query"][0], params)
        if parts.path in {"/", "/index.html"}:
            return self._page(params.get("example", [""])[0])
        if parts.path in {"/sparql", "/query"}:
            return self._error(HTTPStatus.BAD_REQUEST, "no query: give query=...")
        return self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            self.close_connection = True
            return self._error(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            self.close_connection = True
            return self._error(HTTPStatus.BAD_REQUEST, "bad Content-Length")
        if length > self.server.config.max_body:
            self.close_connection = True
            return self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"request body over {self.server.config.max_body} bytes",
            )
        body = self.rfile.read(length)
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
        if media == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if media == "application/x-www-form-urlencoded":
            try:
                form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                return self._error(HTTPStatus.BAD_REQUEST, "the form is not UTF-8")
            if "update" in form:
                return self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
            if "query" not in form:
                return self._error(HTTPStatus.BAD_REQUEST, "no query: give query=...")
            return self._query(form["query"][0], {**params, **form})
        if media == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._error(HTTPStatus.BAD_REQUEST, "the query is not UTF-8")
            return self._query(text, params)
        return self._error(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "POST application/x-www-form-urlencoded or application/sparql-query",
        )

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        form = query_form(sparql)
        if form == "update":
            return self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if uses_service(sparql):
            return self._error(HTTPStatus.BAD_REQUEST, "SERVICE is refused: this endpoint makes no requests to other hosts")
        fmt = negotiate(form, self.headers.get("Accept"), (params.get("format") or [None])[0])
        status, body, media, truncated = self.server.pool.run(sparql, fmt)
        if status == "ok":
            headers = {"X-Result-Truncated": "true", "X-Result-Limit": str(self.server.config.max_rows)} if truncated else {}
            return self._send(HTTPStatus.OK, body, media, headers)
        if status == "bad":
            return self._error(HTTPStatus.BAD_REQUEST, body)
        if status == "timeout":
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, body)
        return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, body)

    def _page(self, example: str) -> None:
        # only the named queries' own texts: never a path taken from the request
        chosen = next((text for name, _, text in self.server.examples if name == example), "")
        if not chosen:
            chosen = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10"
        items = "\n".join(
            f'<li><a href="/?example={html.escape(urllib.parse.quote(name))}">{html.escape(name)}</a>: {html.escape(title)}</li>'
            for name, title, _ in self.server.examples
        )
        page = _PAGE.format(
            endpoint=html.escape(self.server.url),
            timeout=self.server.config.timeout,
            max_rows=self.server.config.max_rows,
            query=html.escape(chosen),
            examples=items,
        )
        self._send(
            HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8",
            {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"},
        )


# --- running --------------------------------------------------------------------------------


def serve(config: ServeConfig, ready: Callable[[str], None] | None = None) -> None:
    """Serve until Ctrl-C or SIGTERM; ``ready`` gets the endpoint URL once it answers."""
    pool = WorkerPool(config)
    pool.start()
    try:
        try:
            server = SparqlServer(config, pool)
        except OSError as error:
            raise UsageError(f"cannot listen on {config.host}:{config.port}: {error.strerror or error}") from error

        def stop(signum: int, frame: object) -> None:
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, stop)
        try:
            if ready is not None:
                ready(server.url)
            server.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            server.server_close()
    finally:
        pool.close()
