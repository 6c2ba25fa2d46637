"""Query results written out: readable tables for people, SPARQL 1.1 result formats for programs.

One module for both the CLI (``table csv tsv json``) and the endpoint (SPARQL Query Results
JSON, XML, CSV and TSV; Turtle and N-Triples for CONSTRUCT/DESCRIBE), so that
``strategygraph query --format json`` and the server give the same bytes for the same answer.
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from strategygraph.errors import UsageError
from strategygraph.namespaces import PREFIXES, bind_prefixes
from strategygraph.store import QueryResult

__all__ = [
    "CLI_FORMATS",
    "MEDIA_TYPES",
    "compact",
    "format_result",
    "to_table",
    "sparql_json",
    "sparql_xml",
    "sparql_csv",
    "sparql_tsv",
    "serialise",
    "graph_turtle",
    "graph_ntriples",
    "term_json",
]

CLI_FORMATS = ("table", "csv", "tsv", "json")
# result format name -> media type (for SELECT/ASK, then for CONSTRUCT/DESCRIBE)
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
_NAMESPACES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda x: -len(x[1]))
TABLE_CELL_MAX = 100


def compact(term: Identifier | None) -> str:
    """A short readable form: a prefixed name for an IRI, the text of a literal."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        value = str(term)
        for prefix, namespace in _NAMESPACES:
            if value.startswith(namespace) and len(value) > len(namespace):
                return f"{prefix}:{value[len(namespace):]}"
        return f"<{value}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _nt(term: Identifier) -> str:
    """N-Triples form of a term (pyoxigraph escapes quotes, newlines and tabs)."""
    if isinstance(term, URIRef):
        return str(ox.NamedNode(str(term)))
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        if term.language:
            return str(ox.Literal(str(term), language=term.language))
        if term.datatype is not None:
            return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
        return str(ox.Literal(str(term)))
    raise TypeError(f"not an RDF term: {term!r}")


def term_json(term: Identifier) -> dict[str, str]:
    """One term as a SPARQL 1.1 Query Results JSON binding."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        found = {"type": "literal", "value": str(term)}
        if term.language:
            found["xml:lang"] = term.language
        elif term.datatype is not None:
            found["datatype"] = str(term.datatype)
        return found
    raise TypeError(f"not an RDF term: {term!r}")


def sparql_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2) + "\n"
    bindings = [
        {v: term_json(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _xml_term(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(str(term))}</literal>"
    if term.datatype is not None:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{escape(str(term))}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def sparql_xml(result: QueryResult) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("  <head>")
    out += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
    out += ["  </head>", "  <results>"]
    for row in result.rows:
        out.append("    <result>")
        for variable, term in zip(result.variables, row, strict=True):
            if term is not None:
                out.append(f"      <binding name={quoteattr(variable)}>{_xml_term(term)}</binding>")
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


def sparql_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: plain values, CRLF line ends (an ASK answer is one ``true``/``false``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
    return buffer.getvalue()


def sparql_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: terms in N-Triples syntax, header of ``?variables``."""
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else _nt(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


def graph_turtle(graph: Graph) -> str:
    """Turtle with the project's fixed prefixes."""
    return bind_prefixes(_copy(graph)).serialize(format="turtle")


def graph_ntriples(graph: Graph) -> str:
    """Sorted N-Triples: deterministic whatever order the store gave."""
    return "".join(sorted(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in graph))


def to_table(result: QueryResult) -> str:
    """A fixed-width text table for a terminal; long cells are cut with an ellipsis."""
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    cells = []
    for row in result.rows:
        line = []
        for term in row:
            text = " ".join(compact(term).split())
            if len(text) > TABLE_CELL_MAX:
                text = text[: TABLE_CELL_MAX - 1] + "…"
            line.append(text)
        cells.append(line)
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The CLI's output: a table, SPARQL CSV/TSV/JSON; a CONSTRUCT graph is always Turtle."""
    if result.kind == "construct":
        return graph_turtle(result.graph if result.graph is not None else Graph())
    if fmt == "table":
        return to_table(result)
    if fmt == "csv":
        return sparql_csv(result)
    if fmt == "tsv":
        return sparql_tsv(result)
    if fmt == "json":
        return sparql_json(result)
    raise UsageError(f"unknown format {fmt!r}: use one of {', '.join(CLI_FORMATS)}")


def serialise(result: QueryResult, fmt: str) -> tuple[bytes, str]:
    """Bytes and media type of a result in a SPARQL protocol format (``json xml csv tsv`` for
    SELECT/ASK, ``turtle ntriples rdfxml jsonld`` for a graph; a graph asked for as a table format is Turtle)."""
    if result.kind == "construct":
        graph = result.graph if result.graph is not None else Graph()
        if fmt == "ntriples":
            return graph_ntriples(graph).encode("utf-8"), MEDIA_TYPES["ntriples"]
        if fmt == "jsonld":
            return bind_prefixes(_copy(graph)).serialize(format="json-ld", encoding="utf-8"), MEDIA_TYPES["jsonld"]
        if fmt == "rdfxml":
            return bind_prefixes(_copy(graph)).serialize(format="xml", encoding="utf-8"), MEDIA_TYPES["rdfxml"]
        return graph_turtle(graph).encode("utf-8"), MEDIA_TYPES["turtle"]
    writer = {"json": sparql_json, "xml": sparql_xml, "csv": sparql_csv, "tsv": sparql_tsv}.get(fmt, sparql_json)
    media = MEDIA_TYPES[fmt] if fmt in {"json", "xml", "csv", "tsv"} else MEDIA_TYPES["json"]
    return writer(result).encode("utf-8"), media + "; charset=utf-8"
