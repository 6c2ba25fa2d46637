"""A read-only SPARQL 1.1 Protocol endpoint over the store (``strategygraph serve``).

Why worker processes: a pyoxigraph query cannot be interrupted from another thread, so each
query runs in one of a small pool of worker processes that open the store read-only; a query
that runs past the timeout has its worker killed (and replaced) and is answered 503, while the
other workers keep answering. The HTTP side is the standard library's ThreadingHTTPServer.

Limits (all configurable, see :class:`ServeConfig`): request bodies over ``max_body`` bytes get
413; results over ``max_rows`` rows (or triples) are cut to that many and carry the headers
``X-Result-Truncated: true`` and ``X-Result-Limit: N``; updates (``update=`` or
``application/sparql-update``) get 403; a query that names ``SERVICE`` gets 400 (no request
ever leaves for another host: the check fails closed, see :func:`uses_service`); a query nested
more than ``MAX_DEPTH`` brackets deep or chaining more than ``MAX_OPERATORS`` operators gets 400
(Oxigraph's recursive parser would overflow the worker's stack). Each worker checks a query
(:func:`screen`) before it runs it, so the checks count against the timeout and never hold up
the HTTP threads. PUT, DELETE, OPTIONS and PATCH get 405.
"""

from __future__ import annotations

import html
import itertools
import multiprocessing
import queue
import re
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
from strategygraph.queries import bind_params, inject_values, list_queries, query_form
from strategygraph.results import serialise
from strategygraph.store import QueryResult

__all__ = ["ServeConfig", "SparqlServer", "serve", "screen", "uses_service", "negotiate"]

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

    def check(self) -> None:
        """Raise a :class:`UsageError` naming the first setting out of range."""
        rules = (
            ("--port", self.port, 0, 65535, "a whole number", " (0 picks a free port)"),
            ("--timeout", self.timeout, 0, MAX_TIMEOUT, "a number of seconds above", ""),
            ("--workers", self.workers, 1, MAX_WORKERS, "a whole number", ""),
            ("--max-rows", self.max_rows, 1, MAX_ROWS_LIMIT, "a whole number", ""),
            ("--max-body", self.max_body, 1, MAX_BODY_LIMIT, "a whole number of bytes", ""),
        )
        for option, value, low, high, kind, note in rules:
            whole = kind.startswith("a whole")
            numeric = isinstance(value, int) if whole else isinstance(value, int | float)
            fits = numeric and not isinstance(value, bool) and (
                low <= value <= high if whole else low < value <= high  # also refuses nan
            )
            if not fits:
                span = f"from {low} to {high}" if whole else f"{low} and at most {high}"
                shown = f"{value:g}" if isinstance(value, float) else value
                raise UsageError(f"{option} must be {kind} {span}{note}, not {shown}")


MAX_TIMEOUT = 86_400  # a day: far longer and the waits' own limits are near
MAX_WORKERS = 64
MAX_ROWS_LIMIT = 1_000_000_000
MAX_BODY_LIMIT = 1 << 30


# --- what a query may do ----------------------------------------------------------------------


MAX_DEPTH = 256  # brackets ({ ( [ <<) open at once; Oxigraph's parser overflows at 900-2,000
MAX_OPERATORS = 1_000  # UNION/MINUS/OPTIONAL, . ; and expression/path operators; it overflows at 2,600
SERVICE_PARSE_LIMIT = 20_000  # characters: a longer query that mentions "service" is refused unparsed
SERVICE_REFUSED = "SERVICE is refused: this endpoint makes no requests to other hosts"

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Strings, IRIs (with \u escapes), comments (ended by \r too, as Oxigraph ends them, and by any
# other line break: a scan that ends a comment early only sees more), variables and numbers
# hide what is in them; a word is a keyword or a prefixed name, whose local part is cut at the
# first unusual character (the rest is scanned again).
_SCAN = re.compile(
    r"(?P<skip>"
    r"#[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*"
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r'|<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>'
    r"|[?$][A-Za-z0-9_]+"
    r"|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?"
    r"|\s+)"
    r"|(?P<word>(?P<prefix>[A-Za-z_][A-Za-z0-9_-]*)"
    r"(?::(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?)?)"
    r"|(?P<open>[{(\[]|<<)|(?P<close>[})\]]|>>)"
    r"|(?P<op>&&|\|\||!=|<=|>=|[.;+\-*/|^!=<>?])"
    r"|(?P<other>.)",
    re.DOTALL,
)
_CHAIN_WORDS = {"UNION", "MINUS", "OPTIONAL"}


@dataclass
class _Shape:
    depth: int = 0  # the deepest bracket nesting seen
    operators: int = 0
    service: bool = False  # a word whose prefix (or whole) contains "service", in any case


def _scan(text: str, stop_early: bool) -> _Shape:
    """Bracket depth, operators and SERVICE-like words outside what :data:`_SCAN` hides.

    A word like ``trueSERVICE`` or ``1SERVICE`` counts: Oxigraph reads ``true SERVICE``.
    """
    shape = _Shape()
    depth = 0
    for match in _SCAN.finditer(text):
        kind = match.lastgroup
        if kind == "skip" or kind == "other":
            continue
        if kind == "open":
            depth += 1
            if depth > shape.depth:
                shape.depth = depth
                if stop_early and depth > MAX_DEPTH:
                    break
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "op":
            shape.operators += 1
        else:  # a keyword, true/false, a prefixed name, a blank node label
            prefix = match.group("prefix")
            if "service" in prefix.casefold():
                shape.service = True
            if prefix.upper() in _CHAIN_WORDS:
                shape.operators += 1
        if stop_early and shape.operators > MAX_OPERATORS:
            break
    return shape


def _codepoint(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF else match.group(0)


def _views(sparql: str) -> list[str]:
    """The query as Oxigraph reads it (it undoes \\u escapes only inside strings and IRIs),
    then with the escapes undone everywhere first, as the SPARQL grammar and rdflib do (and
    again, in case an escape spelled another escape)."""
    views = [sparql]
    for _ in range(3):
        undone = _UCHAR.sub(_codepoint, views[-1])
        if undone == views[-1]:
            break
        views.append(undone)
    return views


def _shape_problem(sparql: str) -> str | None:
    """Why the query is too deep, or too long a chain, for the parser to survive; else None."""
    for view in _views(sparql):
        shape = _scan(view, stop_early=True)
        if shape.depth > MAX_DEPTH:
            return (
                f"the query is nested too deeply: more than {MAX_DEPTH} brackets "
                "({ ( [ <<) open at once"
            )
        if shape.operators > MAX_OPERATORS:
            return (
                f"the query is too long a chain: more than {MAX_OPERATORS} operators "
                "(UNION, MINUS, OPTIONAL, '.', ';' and expression or path operators)"
            )
    return None


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
    """Could the query call SERVICE? This fails closed: True unless that is disproved.

    A query in which the letters ``service`` (any case, also once \\u escapes are undone)
    appear nowhere cannot name SERVICE, and is not parsed. Any other query counts as using
    SERVICE when it is over ``SERVICE_PARSE_LIMIT`` characters; or when a word containing
    ``service`` stands outside strings, IRIs and comments, read both as Oxigraph reads the text
    and with the escapes undone first (parsers disagree: Oxigraph ends a comment at ``\\r``,
    rdflib does not); or when rdflib cannot parse it; or when rdflib's algebra holds a
    SERVICE. So ``"service"`` in a string literal is let through, and little else.
    """
    views = _views(sparql)
    if not any("service" in view.casefold() for view in views):
        return False
    if len(sparql) > SERVICE_PARSE_LIMIT:
        return True
    if any(_scan(view, stop_early=False).service for view in views):
        return True
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return _algebra_has_service(translateQuery(parseQuery(sparql)).algebra)
    except Exception:  # pyparsing's, rdflib's, a RecursionError: nothing is disproved
        return True


def screen(sparql: str) -> str | None:
    """Why this endpoint will not run the query (answered 400), or None: too deeply nested,
    too long a chain, or (perhaps) calling SERVICE. Cheap unless the query says "service"."""
    problem = _shape_problem(sparql)
    if problem:
        return problem
    if uses_service(sparql):
        if len(sparql) > SERVICE_PARSE_LIMIT:
            return (
                f"{SERVICE_REFUSED} (a query over {SERVICE_PARSE_LIMIT} characters that "
                "contains the word 'service' is not checked, so it is refused)"
            )
        return SERVICE_REFUSED
    return None


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
            raise QueryError(f"the query failed: {_without_payload(str(error))}") from error
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


def _without_payload(message: str) -> str:
    """An error's text without what another server sent back (Oxigraph's HTTP client puts the
    response body after "with payload"): it never reaches the client."""
    return message.split(" with payload", 1)[0][:300]


def _no_service_call(*args: Any, **kwargs: Any) -> Any:
    raise QueryError(SERVICE_REFUSED)


def _worker_main(conn: Connection, location: str | None, endpoint: str | None, max_rows: int) -> None:
    """A worker: open the store read-only, then answer (query, format) messages until EOF.
    Each query is screened first (:func:`screen`): a refusal is answered ("bad", why)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    import rdflib.plugins.sparql
    import rdflib.plugins.sparql.evaluate

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> never fetches anything
    rdflib.plugins.sparql.evaluate.urlopen = _no_service_call  # nor does rdflib's SERVICE

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
            refusal = screen(sparql)
            if refusal:
                conn.send(("bad", refusal, "", False))
                continue
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
        """("ok", body, media, truncated) | ("bad"|"error", message, "", False) | ("timeout", ...).
        "bad" includes a query the worker's :func:`screen` refused."""
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
            return ("error", "the worker stopped (a query nested very deeply can do this); "
                    "it has been replaced", "", False)
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


_ENDPOINT_PATHS = {"/sparql", "/query"}


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

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        body = (message.rstrip() + "\n").encode("utf-8")
        self._send(status, body, "text/plain; charset=utf-8", headers)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (a bad request line, 414, 431, an unknown method) as
        short text/plain, like every other answer here, not its HTML page."""
        self.log_error("code %d, message %s", code, message)
        self.close_connection = True
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        self._error(code, message or phrase, {"Connection": "close"})

    def _not_allowed(self) -> None:
        self.close_connection = True  # any body is left unread
        self._error(
            HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not allowed: use GET, HEAD or POST",
            {"Allow": "GET, HEAD, POST"},
        )

    do_PUT = do_DELETE = do_OPTIONS = do_PATCH = _not_allowed

    # requests

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        parts = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        if parts.path in {"/", "/index.html"}:
            return self._page(params.get("example", [""])[0])
        if parts.path not in _ENDPOINT_PATHS:  # queries are answered at the endpoint only
            return self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "read-only endpoint: updates are refused")
        if "query" in params:
            return self._query(params["query"][0], params)
        return self._error(HTTPStatus.BAD_REQUEST, "no query: give query=...")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        parts = urllib.parse.urlsplit(self.path)
        if parts.path not in _ENDPOINT_PATHS:
            self.close_connection = True  # the body is left unread
            return self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            self.close_connection = True
            return self._error(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        if not re.fullmatch(r"[0-9]{1,15}", length_text.strip()):  # not int(): "-5", "1_0", "+5"
            self.close_connection = True
            return self._error(HTTPStatus.BAD_REQUEST, "bad Content-Length: give the body's size in bytes")
        length = int(length_text)
        if length > self.server.config.max_body:
            self.close_connection = True
            return self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"request body over {self.server.config.max_body} bytes",
            )
        body = self.rfile.read(length)
        params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
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
        # SERVICE, nesting and length are checked by the worker (screen()), under the timeout
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
    config.check()  # before any worker starts
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
