"""The RDF store behind every command: one small protocol, three backends.

- :class:`OxigraphStore`: pyoxigraph (RocksDB on disk, or in memory), the default.
- :class:`RdflibMemoryStore`: an rdflib ``Dataset`` in memory (``--store memory``), the peer in
  benchmarks.
- ``strategygraph.remote.RemoteStore``: any SPARQL 1.1 server (``--endpoint URL``).

All of them hold one named graph per document (docs/MODEL.md) and answer SPARQL with the
default graph being the union of all named graphs. Results come back as rdflib terms whatever
the backend, so callers never see a pyoxigraph object.

Values are bound into queries as RDF terms (a VALUES block written by pyoxigraph's N-Triples
writer at the start of the WHERE clause, or rdflib's initBindings), never pasted as text.

Two differences between the backends that queries must allow for: Oxigraph's union default
graph repeats a triple once per graph that holds it (use DISTINCT), and Oxigraph stores numbers
by value, so derived integer types such as ``xsd:nonNegativeInteger`` come back as
``xsd:integer`` (the exports type the Web Annotation offsets again, see ``export.DATATYPES``).

Crash safety: a build writes a new store folder and then swaps a symbolic link to it
(``strategygraph.build``); :func:`open_store` resolves that link once, so a reader keeps the
generation it opened even while a build swaps in the next one.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Identifier, Node

from strategygraph.errors import InputError, QueryError, UsageError
from strategygraph.namespaces import PREFIXES
from strategygraph.paths import default_build_dir

__all__ = [
    "QueryResult",
    "GraphStore",
    "OxigraphStore",
    "RdflibMemoryStore",
    "open_store",
    "bind_values",
    "store_path",
    "FORMATS",
    "rdf_format",
    "to_rdflib",
    "to_oxigraph",
    "STORE_LINK",
    "TRIG_NAME",
    "TTL_NAME",
]

STORE_LINK = "store"
TRIG_NAME = "strategygraph.trig"
TTL_NAME = "strategygraph.ttl"

Quad = tuple[Node, Node, Node, Node]


@dataclass
class QueryResult:
    """A query's answer with rdflib terms: SELECT rows, an ASK boolean or a CONSTRUCT graph."""

    kind: str  # "select" | "ask" | "construct"
    variables: list[str]
    rows: list[tuple[Identifier | None, ...]]
    boolean: bool | None = None
    graph: Graph | None = None

    def dicts(self) -> list[dict[str, Identifier | None]]:
        """SELECT rows as ``{variable: term}`` (handy in tests and notebooks)."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


@runtime_checkable
class GraphStore(Protocol):
    """What every stage needs from a store; the default graph is the union of named graphs."""

    def query(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> QueryResult: ...

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None: ...

    def remove_graph(self, graph_iri: URIRef) -> None: ...

    def graph_names(self) -> list[URIRef]: ...

    def quads(self) -> Iterator[Quad]: ...

    def load(self, source: Path | str | bytes, format: str, graph_iri: URIRef | None = None) -> None: ...

    def dump(self, out: Path | str | IO[bytes], format: str) -> None: ...

    def close(self) -> None: ...


# --- formats -------------------------------------------------------------------------------

# name -> (pyoxigraph format, rdflib format name, holds named graphs)
FORMATS: dict[str, tuple[ox.RdfFormat, str, bool]] = {
    "ttl": (ox.RdfFormat.TURTLE, "turtle", False),
    "nt": (ox.RdfFormat.N_TRIPLES, "nt", False),
    "nq": (ox.RdfFormat.N_QUADS, "nquads", True),
    "trig": (ox.RdfFormat.TRIG, "trig", True),
    "jsonld": (ox.RdfFormat.JSON_LD, "json-ld", True),
    "xml": (ox.RdfFormat.RDF_XML, "xml", False),
}
_ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "rdfxml": "xml",
    "rdf": "xml",
    "rdf/xml": "xml",
    "owl": "xml",
}


def rdf_format(name: str) -> str:
    """The canonical short name (``ttl nt nq trig jsonld xml``) of a format name or extension."""
    key = name.lower().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in FORMATS:
        raise UsageError(f"unknown RDF format {name!r}: use one of {', '.join(FORMATS)}")
    return key


# --- term conversion -----------------------------------------------------------------------

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def to_rdflib(term: object) -> Identifier | None:
    """A pyoxigraph term as the equal rdflib term (xsd:string literals come back untyped)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported RDF term {term!r}")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (the IRI is checked by pyoxigraph)."""
    if isinstance(term, URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError as error:
            raise InputError(f"not a valid IRI: {str(term)!r}") from error
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"unsupported RDF term {term!r}")


class _Converted:
    """pyoxigraph -> rdflib term conversion with a cache, for one query's rows (converting each
    repeated term again cost 0.6 s on an answer of 15,000 rows)."""

    def __init__(self) -> None:
        self._cache: dict[object, Identifier | None] = {}

    def __call__(self, term: object) -> Identifier | None:
        if term is None:
            return None
        found = self._cache.get(term)
        if found is None:
            found = self._cache[term] = to_rdflib(term)
        return found


class _TermCache:
    """rdflib -> pyoxigraph term conversion with a cache: IRIs repeat a great deal."""

    def __init__(self) -> None:
        self._cache: dict[Node, object] = {}

    def __call__(self, term: Node):
        found = self._cache.get(term)
        if found is None:
            found = to_oxigraph(term)
            if not isinstance(term, Literal) or len(self._cache) < 200_000:
                self._cache[term] = found
        return found


def _ox_quads(graph: Graph, graph_iri: URIRef, convert: _TermCache | None = None) -> Iterator[ox.Quad]:
    convert = convert or _TermCache()
    g = convert(graph_iri)
    for s, p, o in graph:
        yield ox.Quad(convert(s), convert(p), convert(o), g)


def _quads_for(graph_iri: URIRef, graph: Graph | Iterable[ox.Triple]) -> list[ox.Quad]:
    """``graph``'s triples as quads of ``graph_iri``, each term converted once."""
    if isinstance(graph, Graph):
        return list(_ox_quads(graph, graph_iri))
    name = to_oxigraph(graph_iri)
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in graph]


def _replace_update(target: ox.NamedNode, quads: list[ox.Quad]) -> str:
    """One update that drops a graph and inserts ``quads`` in it (terms written by pyoxigraph, so
    document text can never become update syntax)."""
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}"


def _query_kind(result: object) -> str:
    if isinstance(result, ox.QuerySolutions):
        return "select"
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    return "construct"


def _check_binding_names(bindings: Mapping[str, Identifier] | None) -> dict[str, Identifier]:
    checked: dict[str, Identifier] = {}
    for name, value in (bindings or {}).items():
        key = name.lstrip("?$")
        if not key or not all(c.isalnum() or c == "_" for c in key):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
        if not isinstance(value, URIRef | Literal | BNode):
            raise QueryError(f"the value of {name!r} must be an RDF term, not {type(value).__name__}")
        checked[key] = value
    return checked


# --- binding values into query text, as terms --------------------------------------------------


def bind_values(sparql: str, bindings: Mapping[str, Identifier]) -> str | None:
    """The query with ``VALUES (?name ...) { (term ...) }`` opening its WHERE clause.

    The block is placed by :func:`strategygraph.queries.inject_values` (the one place that
    reads query text for it), with terms written by pyoxigraph, so a value can never become
    query text. Inside the WHERE clause (not trailing the query) the values constrain the
    pattern before any GROUP BY, as rdflib's initBindings do. None when there is no place for
    it (CONSTRUCT WHERE short form) or a value is a blank node.
    """
    from strategygraph.queries import inject_values  # queries builds on the store, not back

    checked = _check_binding_names(bindings)
    if not checked or any(isinstance(v, BNode) for v in checked.values()):
        return None
    try:
        return inject_values(sparql, checked)
    except QueryError:
        return None


# --- Oxigraph ------------------------------------------------------------------------------


class OxigraphStore:
    """pyoxigraph's store: on disk when given a folder, in memory otherwise."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as error:
            raise InputError(f"cannot open the store at {self.path}: {error}") from error
        self.read_only = read_only

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store itself, for callers that need its speed directly."""
        return self._store

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        checked = _check_binding_names(bindings)
        try:
            result = self._run(sparql, checked)
            kind = _query_kind(result)
            if kind == "select":
                variables = [v.value for v in result.variables]
                term = _Converted()  # labels, themes, organisations repeat over thousands of rows
                rows = [tuple(term(solution[i]) for i in range(len(variables))) for solution in result]
                return QueryResult("select", variables, rows)
            if kind == "ask":
                return QueryResult("ask", [], [], boolean=bool(result))
            graph = Graph()
            for triple in result:
                graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
            return QueryResult("construct", [], [], graph=graph)
        except SyntaxError as error:
            raise QueryError(f"the query does not parse: {error}") from error
        except OSError as error:
            raise QueryError(f"the query failed: {error}") from error

    def _run(self, sparql: str, bindings: dict[str, Identifier]) -> object:
        """Run a query with values bound as terms: a VALUES block at the start of the WHERE
        clause (what rdflib's initBindings does); pyoxigraph's own substitutions where VALUES
        cannot carry the term (blank nodes) or cannot be placed."""
        if not bindings:
            return self._store.query(sparql, use_default_graph_as_union=True)
        if not any(isinstance(v, BNode) for v in bindings.values()):
            bound = bind_values(sparql, bindings)
            if bound is not None:
                return self._store.query(bound, use_default_graph_as_union=True)
        substitutions = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
        try:
            return self._store.query(
                sparql, use_default_graph_as_union=True, substitutions=substitutions
            )
        except RuntimeError as error:
            raise QueryError(f"cannot bind {', '.join(bindings)}: {error}") from error

    # Up to this many quads a replacement is one SPARQL update, so one transaction (a document
    # graph: about 500); above it, remove + extend (the analysis graphs, written by the build
    # into a generation no reader has opened yet).
    ONE_TRANSACTION_LIMIT = 50_000

    def replace_graph(self, graph_iri: URIRef, graph: Graph | Iterable[ox.Triple] | bytes) -> None:
        """Replace one named graph with ``graph`` (an rdflib Graph, pyoxigraph triples, or
        N-Triples bytes, which are loaded as they are).

        The triples are converted to pyoxigraph quads once. A graph of at most
        ``ONE_TRANSACTION_LIMIT`` quads replaces the old one in one update (one transaction:
        a reader or a crash sees the old graph or the new one). A larger one is removed and then
        added with ``extend`` (itself all or nothing): if adding fails the old quads are put back;
        between the two steps a reader of this same store object could see the graph empty.
        """
        target = to_oxigraph(graph_iri)
        if isinstance(graph, bytes):
            data: bytes | None = graph
            triples = None
        else:
            triples = None if isinstance(graph, Graph) else list(graph)
            big = triples is not None and len(triples) > self.ONE_TRANSACTION_LIMIT
            # native triples: written as N-Triples and loaded in one transaction, with no
            # Python quad object per triple (the alignment graph has hundreds of thousands)
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if big else None
        try:
            if data is not None:
                add = lambda: self._store.load(input=data, format=ox.RdfFormat.N_TRIPLES, to_graph=target)  # noqa: E731
            else:
                quads = _quads_for(graph_iri, graph if triples is None else triples)
                if len(quads) <= self.ONE_TRANSACTION_LIMIT:
                    self._store.update(_replace_update(target, quads))
                    return
                add = lambda: self._store.extend(quads)  # noqa: E731
            old = list(self._store.quads_for_pattern(None, None, None, target))
            if old:
                self._store.remove_graph(target)
            try:
                add()
            except OSError:
                self._store.extend(old)
                raise
        except (SyntaxError, OSError) as error:
            raise InputError(f"cannot replace graph <{graph_iri}>: {error}") from error

    def remove_graph(self, graph_iri: URIRef) -> None:
        node = to_oxigraph(graph_iri)
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self) -> Iterator[Quad]:
        for q in self._store.quads_for_pattern(None, None, None, None):
            yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name))

    def graph(self, graph_iri: URIRef) -> Graph:
        """One named graph as an rdflib Graph."""
        result = Graph()
        for q in self._store.quads_for_pattern(None, None, None, to_oxigraph(graph_iri)):
            result.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return result

    def add_graphs(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None:
        """Bulk insert many named graphs at once (a fresh store, before anyone reads it)."""
        convert = _TermCache()

        def stream() -> Iterator[ox.Quad]:
            for graph_iri, graph in graphs:
                yield from _ox_quads(graph, graph_iri, convert)

        self._store.bulk_extend(stream())

    def load(self, source: Path | str | bytes, format: str, graph_iri: URIRef | None = None) -> None:
        """Bulk load a file or bytes (not atomic: a syntax error leaves what came before it).
        Large N-Triples and N-Quads are loaded in chunks of lines (:meth:`_load_lines`)."""
        key = rdf_format(format)
        fmt = FORMATS[key][0]
        to_graph = to_oxigraph(graph_iri) if graph_iri is not None else None
        try:
            in_memory = isinstance(source, bytes)
            size = len(source) if in_memory else os.path.getsize(source)
            if key in ("nt", "nq") and size > self.LOAD_CHUNK_BYTES:
                with io.BytesIO(source) if in_memory else Path(source).open("rb") as lines:
                    self._load_lines(lines, fmt, to_graph)
            elif in_memory:
                self._store.bulk_load(input=source, format=fmt, to_graph=to_graph)
            else:
                self._store.bulk_load(path=str(source), format=fmt, to_graph=to_graph)
        except (SyntaxError, ValueError, OSError) as error:
            raise InputError(f"cannot load {format} data: {error}") from error

    LOAD_CHUNK_BYTES = 32 * 1024 * 1024
    """N-Triples or N-Quads larger than this are loaded in chunks (smaller ones in one call)."""

    LOAD_CHUNK_LINES = 200_000
    """Lines of N-Triples or N-Quads per bulk load. Oxigraph's bulk loader aims at about 2 GB
    per call whatever the input: one call for the 4.6M quads of a national build added 1.8 GB to
    the process, chunks of 200,000 lines add about 300 MB and load as fast (benchmarks/LARGE.md)."""

    def _load_lines(self, lines: IO[bytes], fmt: ox.RdfFormat, to_graph: ox.NamedNode | None) -> None:
        """Load line-based RDF chunk by chunk. Oxigraph renames blank nodes per load call,
        so every line that may mention one (it holds ``_:``) is kept back and loaded in one
        last call: a blank node is never split between two calls."""
        held: list[bytes] = []
        chunk: list[bytes] = []

        def flush(batch: list[bytes]) -> None:
            if batch:
                self._store.bulk_load(input=b"".join(batch), format=fmt, to_graph=to_graph)
                batch.clear()

        for line in lines:
            kept = held if b"_:" in line else chunk
            kept.append(line if line.endswith(b"\n") else line + b"\n")
            if len(chunk) >= self.LOAD_CHUNK_LINES:
                flush(chunk)
        flush(chunk)
        flush(held)

    def dump(self, out: Path | str | IO[bytes], format: str, graph_iri: URIRef | None = None) -> None:
        key = rdf_format(format)
        fmt, _, datasets = FORMATS[key]
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        kwargs: dict[str, object] = {}
        if graph_iri is not None:
            kwargs["from_graph"] = to_oxigraph(graph_iri)
        elif not datasets:
            # A triples-only format gets the union of every named graph.
            data = ox.serialize(
                (q.triple for q in self._store.quads_for_pattern(None, None, None, None)),
                format=fmt,
                prefixes=prefixes if fmt.supports_datasets or key in {"ttl", "xml"} else None,
            )
            _write_out(out, data)
            return
        if key in {"ttl", "trig", "xml", "jsonld"}:
            kwargs["prefixes"] = prefixes
        target = str(out) if isinstance(out, Path) else out
        self._store.dump(target, fmt, **kwargs)

    def flush(self) -> None:
        if not self.read_only and self.path is not None:
            self._store.flush()

    def optimize(self) -> None:
        if not self.read_only and self.path is not None:
            self._store.optimize()

    def backup(self, target: Path) -> None:
        """A copy of an on-disk store in ``target`` (hard links where it can: cheap)."""
        self._store.backup(str(target))

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Release the store (pyoxigraph closes RocksDB when the object is freed)."""
        if getattr(self, "_store", None) is not None:
            if not self.read_only and self.path is not None:
                self._store.flush()
            self._store = None  # type: ignore[assignment]

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_out(out: Path | str | IO[bytes], data: bytes) -> None:
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)


# --- rdflib ---------------------------------------------------------------------------------


_PARSED_BY_OXIGRAPH = ("nt", "nq", "ttl", "trig")
"""Formats :class:`RdflibMemoryStore` reads with Oxigraph's parser (rdflib's for the others)."""


class RdflibMemoryStore:
    """rdflib's in-memory Dataset with the union of named graphs as its default graph."""

    def __init__(self) -> None:
        self.dataset = Dataset(default_union=True)
        self.read_only = False

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        init = _check_binding_names(bindings)
        try:
            result = self.dataset.query(sparql, initBindings=init or None)
        except Exception as error:  # rdflib raises pyparsing and plain exceptions alike
            raise QueryError(f"the query does not parse or failed: {error}") from error
        if result.type == "SELECT":
            variables = [str(v) for v in result.vars or []]
            rows = [tuple(row[i] for i in range(len(variables))) for row in result]
            return QueryResult("select", variables, rows)
        if result.type == "ASK":
            return QueryResult("ask", [], [], boolean=bool(result.askAnswer))
        graph = Graph()
        for triple in result:
            graph.add(triple)
        return QueryResult("construct", [], [], graph=graph)

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Drop the named graph and add the new one (rdflib in memory: no half is ever seen)."""
        self.dataset.remove_graph(graph_iri)
        target = self.dataset.graph(graph_iri)
        for triple in graph:
            target.add(triple)

    def remove_graph(self, graph_iri: URIRef) -> None:
        self.dataset.remove_graph(graph_iri)

    def graph_names(self) -> list[URIRef]:
        names = {c.identifier for c in self.dataset.graphs() if isinstance(c.identifier, URIRef)}
        names.discard(URIRef("urn:x-rdflib:default"))
        nonempty = {n for n in names if len(self.dataset.graph(n)) > 0}
        return sorted(nonempty)

    def quads(self) -> Iterator[Quad]:
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            name = g.identifier if isinstance(g, Graph) else g
            if name == URIRef("urn:x-rdflib:default"):
                name = None
            yield (s, p, o, name)

    def graph(self, graph_iri: URIRef) -> Graph:
        result = Graph()
        for triple in self.dataset.graph(graph_iri):
            result.add(triple)
        return result

    def add_graphs(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None:
        for graph_iri, graph in graphs:
            target = self.dataset.graph(graph_iri)
            for triple in graph:
                target.add(triple)

    def load(self, source: Path | str | bytes, format: str, graph_iri: URIRef | None = None) -> None:
        key = rdf_format(format)
        rdflib_format = FORMATS[key][1]
        if key in _PARSED_BY_OXIGRAPH:
            self._load_parsed(source, key, graph_iri)
            return
        try:
            if FORMATS[key][2] and graph_iri is None:
                if isinstance(source, bytes):
                    self.dataset.parse(data=source, format=rdflib_format)
                else:
                    self.dataset.parse(source=str(source), format=rdflib_format)
            else:
                target = self.dataset.graph(graph_iri) if graph_iri is not None else self.dataset.default_graph
                if isinstance(source, bytes):
                    target.parse(data=source, format=rdflib_format)
                else:
                    target.parse(source=str(source), format=rdflib_format)
        except Exception as error:  # rdflib parsers raise many exception types
            raise InputError(f"cannot load {format} data: {error}") from error

    def _load_parsed(self, source: Path | str | bytes, key: str, graph_iri: URIRef | None) -> None:
        """Parse with Oxigraph's parser (native, about twice as fast end to end as rdflib's for
        millions of quads) and add the terms to rdflib's store; a blank node label stands for a
        new blank node in each load, as rdflib's own parsers do."""
        terms: dict[str, Identifier] = {}
        blanks: dict[str, BNode] = {}
        contexts: dict[str, Graph] = {}
        default = self.dataset.graph(graph_iri) if graph_iri is not None else self.dataset.default_graph

        def term(node: object) -> Identifier:
            if isinstance(node, ox.NamedNode):
                found = terms.get(node.value)
                if found is None:
                    found = terms[node.value] = URIRef(node.value)
                return found
            if isinstance(node, ox.BlankNode):
                return blanks.get(node.value) or blanks.setdefault(node.value, BNode())
            return to_rdflib(node)  # type: ignore[return-value]

        def context(name: object) -> Graph:
            if graph_iri is not None or not isinstance(name, ox.NamedNode | ox.BlankNode):
                return default
            key_ = f"{type(name).__name__}:{name.value}"
            found = contexts.get(key_)
            if found is None:
                found = contexts[key_] = self.dataset.graph(term(name))
            return found

        syntax = FORMATS[key][0]
        try:
            if isinstance(source, bytes):
                quads = ox.parse(source, format=syntax)
            else:
                quads = ox.parse(path=str(source), format=syntax, base_iri=Path(source).resolve().as_uri())
            self.dataset.addN(
                (term(q.subject), term(q.predicate), term(q.object), context(q.graph_name)) for q in quads
            )
        except (SyntaxError, OSError, ValueError) as error:
            raise InputError(f"cannot load {key} data: {error}") from error

    def dump(self, out: Path | str | IO[bytes], format: str, graph_iri: URIRef | None = None) -> None:
        key = rdf_format(format)
        rdflib_format = FORMATS[key][1]
        if graph_iri is not None:
            data = self.graph(graph_iri)
        elif FORMATS[key][2]:
            data = self.dataset
        else:
            data = Graph()
            for s, p, o, _ in self.quads():
                data.add((s, p, o))
        payload = data.serialize(format=rdflib_format, encoding="utf-8")
        _write_out(out, payload)

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def close(self) -> None:
        self.dataset = Dataset(default_union=True)

    def __enter__(self) -> RdflibMemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- opening --------------------------------------------------------------------------------


def store_path(location: str | Path | None = None) -> Path:
    """The Oxigraph folder a location names: a store folder, or a build folder holding one."""
    if location is None:
        return default_build_dir() / STORE_LINK
    path = Path(location)
    if (path / STORE_LINK).exists() and not (path / "CURRENT").exists():
        return path / STORE_LINK
    return path


def _is_oxigraph_folder(path: Path) -> bool:
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(
    location: str | Path | None = None,
    *,
    endpoint: str | None = None,
    read_only: bool = True,
    build_dir: Path | None = None,
) -> GraphStore:
    """Open the store a command works on.

    ``endpoint``: a SPARQL 1.1 server. ``location``: ``"memory"`` loads the build's TriG export
    into rdflib; a folder opens that Oxigraph store (or the store of that build folder); None
    opens the default build's store. The link to the current store is resolved once, here, so
    a reader keeps seeing the generation it opened while a build swaps in a new one.
    """
    if endpoint:
        from strategygraph.remote import RemoteStore  # a server only when one is named

        return RemoteStore(endpoint)
    if location is not None and str(location) == "memory":
        trig = (build_dir or default_build_dir()) / TRIG_NAME
        if not trig.is_file():
            raise UsageError(f"no built graph at {trig}: run `strategygraph build` first")
        memory = RdflibMemoryStore()
        memory.load(trig, "trig")
        return memory
    path = store_path(location if location is not None else (build_dir / STORE_LINK if build_dir else None))
    resolved = Path(os.path.realpath(path))
    if not _is_oxigraph_folder(resolved):
        if read_only or path.exists():
            raise UsageError(f"no built graph at {path}: run `strategygraph build` first")
    return OxigraphStore(resolved, read_only=read_only)


def sorted_nquads(store: GraphStore) -> bytes:
    """Every quad as N-Quads, one per line, sorted: a deterministic dump of any backend."""
    if isinstance(store, OxigraphStore):
        raw = store.native.dump(format=ox.RdfFormat.N_QUADS)
    else:
        buffer = io.BytesIO()
        store.dump(buffer, "nq")
        raw = buffer.getvalue()
    lines = sorted(set(raw.splitlines()))
    return b"".join(line + b"\n" for line in lines if line.strip())
