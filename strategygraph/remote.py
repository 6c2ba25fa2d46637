"""A SPARQL 1.1 server as the store (``--endpoint URL``), over HTTP with the standard library.

Queries go over the SPARQL 1.1 Protocol (POST, form-encoded), graphs over the SPARQL 1.1 Graph
Store HTTP Protocol (``PUT``/``POST``/``DELETE ?graph=IRI``), one named graph per document as in
the embedded store. The server must answer queries over the union of its named graphs as the
default graph, as the embedded store does: start Oxigraph with ``oxigraph serve
--union-default-graph``, Fuseki with ``tdb2:unionDefaultGraph true``, GraphDB and Virtuoso do so
by default.

Oxigraph's ``--timeout-s`` answers HTTP 200 and then cuts the results short; a body that does
not parse is reported as :class:`EndpointError` ("query timed out on the server"), never as a
wrong (short) answer.
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from strategygraph.errors import EndpointError, InputError, QueryError
from strategygraph.queries import inject_values, query_form, term_to_sparql
from strategygraph.store import FORMATS, QueryResult, rdf_format, to_oxigraph, to_rdflib

__all__ = ["RemoteStore", "endpoint_urls", "parse_sparql_json"]

TIMED_OUT = "query timed out on the server"
_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"

Quad = tuple[Node, Node, Node, Node]


def endpoint_urls(endpoint: str) -> tuple[str, str | None, str | None]:
    """Query, update and Graph Store URLs guessed from a query URL, by the servers' conventions:
    Oxigraph ``/query`` ``/update`` ``/store``; Fuseki ``/ds/sparql`` ``/ds/update`` ``/ds/data``."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise EndpointError(f"not an http(s) URL: {endpoint!r}")
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "":
        return at("/query"), at("/update"), at("/store")
    base, _, last = path.rpartition("/")
    if last == "query":
        return endpoint, at(f"{base}/update"), at(f"{base}/store")
    if last == "sparql":
        return endpoint, at(f"{base}/update"), at(f"{base}/data")
    return endpoint, None, None


def _term(binding: Mapping[str, str]) -> Identifier:
    kind = binding.get("type")
    value = binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in {"literal", "typed-literal"}:
        if "xml:lang" in binding:
            return Literal(value, lang=binding["xml:lang"])
        datatype = binding.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    raise EndpointError(f"the endpoint sent a term of unknown type {kind!r}")


def parse_sparql_json(body: bytes) -> QueryResult:
    """SPARQL 1.1 Query Results JSON as a :class:`QueryResult`; a cut-short body is a timeout."""
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EndpointError(TIMED_OUT + " (its answer was cut short)") from error
    if not isinstance(document, dict):
        raise EndpointError("the endpoint sent JSON that is not a SPARQL result")
    if "boolean" in document:
        return QueryResult("ask", [], [], boolean=bool(document["boolean"]))
    try:
        variables = list(document["head"]["vars"])
        rows = [
            tuple(_term(b[v]) if v in b else None for v in variables)
            for b in document["results"]["bindings"]
        ]
    except (KeyError, TypeError) as error:
        raise EndpointError(f"the endpoint sent a malformed SPARQL JSON result: {error}") from error
    return QueryResult("select", variables, rows)


class RemoteStore:
    """A :class:`strategygraph.store.GraphStore` on a SPARQL 1.1 server."""

    def __init__(
        self,
        endpoint_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 30,
    ) -> None:
        query_url, guessed_update, guessed_gsp = endpoint_urls(endpoint_url)
        self.endpoint_url = query_url
        self.update_url = update_url or guessed_update
        self.gsp_url = gsp_url or guessed_gsp
        self.timeout = timeout
        self.read_only = False

    # --- HTTP ------------------------------------------------------------------------------

    def _request(
        self,
        url: str,
        *,
        method: str = "GET",
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok_missing: bool = False,
    ) -> bytes:
        request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            if ok_missing and error.code == 404:
                return b""
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            message = detail[0][:300] if detail else error.reason
            if error.code == 400:
                raise QueryError(f"the endpoint rejected the request: {message}") from error
            if error.code in {503, 504}:
                raise EndpointError(f"{TIMED_OUT} (HTTP {error.code}: {message})") from error
            raise EndpointError(f"{url} answered HTTP {error.code}: {message}") from error
        except http.client.IncompleteRead as error:
            raise EndpointError(TIMED_OUT + " (its answer was cut short)") from error
        except TimeoutError as error:
            raise EndpointError(f"{url} did not answer within {self.timeout:g} s") from error
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, ConnectionRefusedError):
                raise EndpointError(f"cannot reach the SPARQL endpoint {url}: connection refused") from error
            if isinstance(reason, TimeoutError):
                raise EndpointError(f"{url} did not answer within {self.timeout:g} s") from error
            raise EndpointError(f"cannot reach the SPARQL endpoint {url}: {reason}") from error
        except (ConnectionError, http.client.HTTPException) as error:
            raise EndpointError(f"the SPARQL endpoint {url} failed: {error}") from error

    def _gsp(self, graph_iri: URIRef | None) -> str:
        if not self.gsp_url:
            raise EndpointError(
                f"no Graph Store Protocol URL known for {self.endpoint_url}: give gsp_url"
            )
        term_to_sparql(graph_iri) if graph_iri is not None else None  # rejects a malformed IRI
        query = urllib.parse.urlencode({"graph": str(graph_iri)}) if graph_iri is not None else "default"
        return f"{self.gsp_url}?{query}"

    # --- queries ---------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a query; ``bindings`` become a VALUES block at the start of its WHERE clause."""
        if bindings:
            sparql = inject_values(sparql, {k.lstrip("?$"): v for k, v in bindings.items()})
        form = query_form(sparql)
        if form == "update":
            raise QueryError("an update is not a query")
        graph_result = form in {"construct", "describe"}
        body = self._request(
            self.endpoint_url,
            method="POST",
            data=urllib.parse.urlencode({"query": sparql}).encode("utf-8"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": _NTRIPLES if graph_result else _JSON,
            },
        )
        if not graph_result:
            return parse_sparql_json(body)
        graph = Graph()
        try:
            for triple in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        except SyntaxError as error:
            raise EndpointError(TIMED_OUT + " (its answer was cut short)") from error
        return QueryResult("construct", [], [], graph=graph)

    def graph_names(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0] for row in result.rows if isinstance(row[0], URIRef))

    def quads(self) -> Iterator[Quad]:
        result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        yield from result.rows  # type: ignore[misc]

    def graph(self, graph_iri: URIRef) -> Graph:
        """One named graph, fetched with a Graph Store Protocol GET."""
        body = self._request(self._gsp(graph_iri), headers={"Accept": _NTRIPLES}, ok_missing=True)
        graph = Graph()
        for triple in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return graph

    # --- writes ----------------------------------------------------------------------------

    @staticmethod
    def _ntriples(graph: Graph) -> bytes:
        return ox.serialize(
            (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph),
            format=ox.RdfFormat.N_TRIPLES,
        )

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """PUT the graph: the server swaps the old triples of that graph for these."""
        self._request(
            self._gsp(graph_iri), method="PUT", data=self._ntriples(graph),
            headers={"Content-Type": _NTRIPLES},
        )

    def remove_graph(self, graph_iri: URIRef) -> None:
        self._request(self._gsp(graph_iri), method="DELETE", ok_missing=True)

    POST_CHUNK = 100_000
    """Triples per POST when loading: a graph of millions (the alignment graph at national scale)
    is sent in parts the server takes well within the timeout (a POST adds to the graph)."""

    def _post(self, graph_iri: URIRef | None, ntriples: bytes) -> None:
        self._request(
            self._gsp(graph_iri), method="POST", data=ntriples, headers={"Content-Type": _NTRIPLES}
        )

    def load(self, source: Path | str | bytes, format: str, graph_iri: URIRef | None = None) -> None:
        """Add RDF to the server: a dataset (TriG, N-Quads) one named graph per POST."""
        fmt = FORMATS[rdf_format(format)][0]
        try:
            if isinstance(source, bytes):
                quads = list(ox.parse(source, format=fmt))
            else:
                quads = list(ox.parse(path=str(source), format=fmt))
        except (SyntaxError, OSError, ValueError) as error:
            raise InputError(f"cannot load {format} data: {error}") from error
        graphs: dict[object, list[ox.Triple]] = {}
        for quad in quads:
            target = to_oxigraph(graph_iri) if graph_iri is not None else quad.graph_name
            graphs.setdefault(target, []).append(quad.triple)
        for target, triples in graphs.items():
            name = URIRef(target.value) if isinstance(target, ox.NamedNode) else None
            for chunk in _chunks(triples, self.POST_CHUNK):
                self._post(name, ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES))

    def dump(self, out: Path | str | IO[bytes], format: str, graph_iri: URIRef | None = None) -> None:
        key = rdf_format(format)
        fmt, _, datasets = FORMATS[key]
        if graph_iri is not None:
            triples = [
                ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in self.graph(graph_iri)
            ]
            data = ox.serialize(triples, format=fmt)
        elif datasets:
            data = ox.serialize(
                (ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g)) for s, p, o, g in self.quads()),
                format=fmt,
            )
        else:
            data = ox.serialize(
                {ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o, _ in self.quads()},
                format=fmt,
            )
        if isinstance(out, str | Path):
            Path(out).write_bytes(data)
        else:
            out.write(data)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _chunks(triples: list[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """A graph's triples in parts of at most ``size``; a graph with blank nodes stays whole (each
    POST's blank nodes are new ones, so a node split over two parts would become two)."""
    if len(triples) <= size or any(
        isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples
    ):
        return [triples]
    return [triples[i : i + size] for i in range(0, len(triples), size)]
