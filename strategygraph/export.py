"""Exports that load anywhere: Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML.

Deterministic by construction: statements are sorted (graph, subject, predicate, object, with
``rdf:type`` first), blank nodes get canonical labels (RDFC-1.0) and the prefixes are the fixed
ones of :mod:`strategygraph.namespaces`, so a rebuild gives identical bytes. pyoxigraph's native
writers do the serialising (an order of magnitude faster than rdflib's); JSON-LD goes through
rdflib's compaction so that the output uses the readable context ``ontology/context.jsonld``,
which it embeds.

Oxigraph stores numbers by value, so derived integer types come back as ``xsd:integer``; the
Web Annotation offsets are typed ``xsd:nonNegativeInteger`` again on the way out
(:data:`DATATYPES`), so that an export says exactly what the build minted.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import XSD

from strategygraph import ids, paths
from strategygraph.atomic import write_bytes
from strategygraph.errors import UsageError, ValidationFailed
from strategygraph.namespaces import OA, PREFIXES
from strategygraph.store import (
    FORMATS,
    GraphStore,
    OxigraphStore,
    rdf_format,
    to_oxigraph,
    to_rdflib,
)
from strategygraph.xmlchars import XML_ILLEGAL, xml_safe

__all__ = [
    "export_bytes",
    "export_formats",
    "write_exports",
    "write_streams",
    "export_to",
    "resolve_graph",
    "json_ld_context",
    "DATATYPES",
    "CONTEXT_FILE",
    "MEDIA_TYPES",
    "writer_prefixes",
]

CONTEXT_FILE = paths.ONTOLOGY_DIR / "context.jsonld"

# Predicates whose literals Oxigraph normalises to xsd:integer, and the type the model says.
DATATYPES: dict[str, str] = {
    str(OA.start): str(XSD.nonNegativeInteger),
    str(OA.end): str(XSD.nonNegativeInteger),
}
_INTEGER = str(XSD.integer)

MEDIA_TYPES = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}


@lru_cache(maxsize=1)
def json_ld_context() -> dict:
    """The JSON-LD context (``ontology/context.jsonld``), with the prefixes of namespaces.py."""
    if CONTEXT_FILE.is_file():
        return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    return {p: str(ns) for p, ns in PREFIXES.items()}


def resolve_graph(store: GraphStore, name: str) -> URIRef:
    """A ``--graph`` argument (a doc_id or a graph IRI) as the IRI of a graph in the store."""
    names = set(store.graph_names())
    candidates = [URIRef(name)] if ":" in name else []
    candidates.append(ids.document_graph_iri(name))
    candidates.append(ids.document_graph_iri(ids.slugify(name)))
    for candidate in candidates:
        if candidate in names:
            return candidate
    fixed = {ids.GRAPH_ONTOLOGY, ids.GRAPH_THEMES, ids.GRAPH_REFERENCE, ids.GRAPH_ALIGNMENT, ids.GRAPH_ANALYSIS, ids.GRAPH_SUMMARY}
    inferred = str(ids.ID["graph/inferred/"])
    documents = sorted(
        str(g).rsplit("/", 1)[-1]
        for g in names
        if str(g).startswith(str(ids.ID["graph/"])) and not str(g).startswith(inferred) and g not in fixed
    )
    hint = ", ".join(documents[:10]) + (" ..." if len(documents) > 10 else "")
    raise UsageError(f"no graph named {name!r} in the store (documents: {hint})")


# --- collecting, fixing and sorting statements ------------------------------------------------
#
# Sorting is done on N-Triples lines (bytes compare in C): each graph is dumped by the store's
# native writer, its lines fixed and sorted, and the result parsed back by pyoxigraph in that
# order for the writers of the other formats. Blank nodes (only the ontology has them) are
# given canonical labels first, so that their labels do not depend on the load.

_DATATYPE_FIX = re.compile(
    rb"(<(?:"
    + b"|".join(re.escape(predicate.encode()) for predicate in DATATYPES)
    + rb')> "[0-9]+")\^\^<' + re.escape(_INTEGER.encode()) + rb"> \.$",
    re.MULTILINE,
)
_FIXED_TYPE = {predicate.encode(): wanted.encode() for predicate, wanted in DATATYPES.items()}


def _fix_datatypes(data: bytes) -> bytes:
    """Give the offsets of an N-Triples dump their model datatype again (one regex pass in C)."""

    def fixed(match: re.Match[bytes]) -> bytes:
        head = match.group(1)
        predicate = head[1 : head.index(b">")]
        return head + b"^^<" + _FIXED_TYPE[predicate] + b"> ."

    return _DATATYPE_FIX.sub(fixed, data)


def _selected_graphs(store: GraphStore, graphs: list[URIRef] | None, with_ontology: bool) -> list[URIRef]:
    names = store.graph_names() if graphs is None else list(graphs)
    if with_ontology and ids.GRAPH_ONTOLOGY not in names and ids.GRAPH_ONTOLOGY in store.graph_names():
        names.append(ids.GRAPH_ONTOLOGY)
    if not with_ontology:
        names = [g for g in names if g != ids.GRAPH_ONTOLOGY]
    return sorted(set(names), key=str)


def _graph_lines(store: GraphStore, names: list[URIRef]) -> dict[URIRef, list[bytes]]:
    """Each selected graph as sorted, unique N-Triples lines with the model's datatypes."""
    if isinstance(store, OxigraphStore):
        dumps = {
            name: store.native.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(name)))
            for name in names
        }
        with_blanks = [name for name, data in dumps.items() if b"_:" in data]
        quads = [
            q for n in with_blanks for q in store.native.quads_for_pattern(None, None, None, ox.NamedNode(str(n)))
        ]
    else:
        wanted = {str(n) for n in names}
        quads = [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g))
            for s, p, o, g in store.quads()
            if g is not None and str(g) in wanted
        ]
        dumps, with_blanks = {}, list(names)
    if with_blanks:
        # One canonical labelling over every graph that has blank nodes, so that a blank node
        # shared by two graphs keeps one label and two different ones never share a label.
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        for name in with_blanks:
            triples = [q.triple for q in dataset.quads_for_graph_name(ox.NamedNode(str(name)))]
            dumps[name] = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return {name: sorted(set(_fix_datatypes(data).split(b"\n")) - {b""}) for name, data in dumps.items()}


def _parsed_quads(nquads: bytes) -> list[ox.Quad]:
    return list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))


def _sort_json(value: object, key: str | None = None) -> object:
    """JSON-LD arrays are sets (but ``@list``): sorted, they no longer depend on rdflib's order."""
    if isinstance(value, dict):
        if key == "@context":
            return value  # the context as written in ontology/context.jsonld
        return {k: _sort_json(value[k], k) for k in sorted(value)}
    if isinstance(value, list):
        items = [_sort_json(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def _json_ld(quads: list[ox.Quad]) -> bytes:
    dataset = Dataset()
    for quad in quads:
        s, p, o = (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
        dataset.graph(to_rdflib(quad.graph_name)).add((s, p, o))
    text = dataset.serialize(format="json-ld", context=json_ld_context(), auto_compact=True)
    document = _sort_json(json.loads(text))
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- validation --------------------------------------------------------------------------------


def _validate(ntriples: bytes) -> None:
    """The statements to export, with the reference data and themes that validate_graph
    adds, must pass the shapes; the whole export is refused otherwise."""
    import importlib.util

    if importlib.util.find_spec("strategygraph.validate") is None:
        return
    from strategygraph.validate import validate_graph

    data = Graph()
    data.parse(data=ntriples, format="nt")
    report = validate_graph(data)
    if not report.conforms:
        raise ValidationFailed("the graph to export does not pass the shapes: nothing written", report.text)


# --- exporting ---------------------------------------------------------------------------------


def export_bytes(
    store: GraphStore,
    format: str = "ttl",
    *,
    graphs: list[URIRef] | None = None,
    with_ontology: bool = False,
    validate: bool = True,
) -> bytes:
    """Serialise the store (or some of its graphs) deterministically in ``format``.

    ``with_ontology`` adds the OWL ontology's graph (left out by default: integrators get it
    as ``ontology/strategygraph.ttl``). Triple formats (ttl, nt, xml) hold the merge of the
    selected graphs; the others keep each named graph.
    """
    return export_formats(store, [format], graphs=graphs, with_ontology=with_ontology, validate=validate)[format]


def export_formats(
    store: GraphStore,
    formats: list[str],
    *,
    graphs: list[URIRef] | None = None,
    with_ontology: bool = False,
    validate: bool = True,
) -> dict[str, bytes]:
    """:func:`export_bytes` in several formats at once: the statements are collected, sorted
    and validated once."""
    keys = {format: rdf_format(format) for format in formats}
    streamed = {k for k in keys.values() if k in _STREAMED}
    if validate or "xml" in keys.values():
        streamed.add("nt")
    if "jsonld" in keys.values():
        streamed.add("nq")
    buffers = {key: io.BytesIO() for key in streamed}
    write_streams(store, buffers, graphs=graphs, with_ontology=with_ontology)
    data = {key: buffer.getvalue() for key, buffer in buffers.items()}
    if validate:
        _validate(data["nt"])
    out: dict[str, bytes] = {}
    for format, key in keys.items():
        if key == "jsonld":
            out[format] = _json_ld(_parsed_quads(data["nq"]))
        elif key == "xml":
            nt = _xml_safe_triples(ox.parse(data["nt"], format=ox.RdfFormat.N_TRIPLES))
            out[format] = ox.serialize(nt, format=FORMATS[key][0], prefixes=writer_prefixes())
        else:
            out[format] = data[key]
    return out


def _xml_safe_triples(triples: Iterator[ox.Triple]) -> Iterator[ox.Triple]:
    """The triples, with each literal's characters that XML cannot hold as U+FFFD: RDF/XML has
    no way to write them, and one would make the whole file unreadable."""
    for triple in triples:
        value = triple.object
        if isinstance(value, ox.Literal) and XML_ILLEGAL.search(value.value):
            safe = xml_safe(value.value)
            value = ox.Literal(safe, language=value.language) if value.language \
                else ox.Literal(safe, datatype=value.datatype)
            triple = ox.Triple(triple.subject, triple.predicate, value)
        yield triple


_STREAMED = ("nt", "nq", "trig", "ttl")
"""Formats written graph by graph (memory bounded by the largest graph, not the store)."""


def write_exports(
    store: GraphStore, targets: dict[str, Path], *, with_ontology: bool = True
) -> dict[str, int]:
    """Write exports to files, graph by graph and atomically (a temporary file replaced at the
    end), without holding the whole store's serialisation in memory: what a build uses.
    Formats: nt, nq, trig, ttl. Returns the byte count of each file."""
    keys = {rdf_format(format): Path(path) for format, path in targets.items()}
    unknown = sorted(set(keys) - set(_STREAMED))
    if unknown:
        raise UsageError(f"cannot stream {', '.join(unknown)}: use export_bytes")
    with contextlib.ExitStack() as stack:
        handles: dict[str, BinaryIO] = {}
        temporaries: dict[str, Path] = {}
        for key, path in keys.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            temporaries[key] = Path(name)
            handles[key] = stack.enter_context(os.fdopen(descriptor, "wb"))
            stack.callback(lambda n=Path(name): n.unlink(missing_ok=True))
        write_streams(store, handles, with_ontology=with_ontology)
        sizes = {}
        for key, handle in handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(temporaries[key], 0o644)  # (mkstemp makes it 0600: readable by its owner only)
            os.replace(temporaries[key], keys[key])
            sizes[key] = keys[key].stat().st_size
    return sizes


def write_streams(
    store: GraphStore,
    outputs: dict[str, BinaryIO],
    *,
    graphs: list[URIRef] | None = None,
    with_ontology: bool = False,
) -> None:
    """Write nt / nq / trig / ttl to binary streams, graph by graph in IRI order.

    Each graph's statements are sorted (N-Triples lines, bytes order) and written as one
    block, so the output is deterministic; the triple formats (nt, ttl) hold each triple once:
    a triple about a node that several graphs describe (an organisation, a theme) is written at
    its first graph only. The lines about a graph's own nodes (statements, alignments,
    similarities: the bulk of a store) are never repeated elsewhere, so they are turned into
    Turtle once and that text serves both the Turtle and the TriG block; only the other lines
    are checked for repeats (and written twice when some were repeats).
    """
    header = _prefix_header()
    keys = set(outputs)
    started: set[str] = set()
    written: set[bytes] = set()  # digests of the shared triples already in the triple formats
    for name in _selected_graphs(store, graphs, with_ontology):
        lines = _graph_lines(store, [name])[name]
        if not lines:
            continue
        runs = _own_runs(lines)
        dedup = bool(keys & {"nt", "ttl"})
        kept = [run if own or not dedup else [line for line in run if _first_time(line, written)] for own, run in runs]
        bodies = [_turtle_body(run) for _, run in runs] if keys & {"ttl", "trig"} else []
        for key, out in outputs.items():
            if key == "nt":
                out.write(b"".join(line + b"\n" for run in kept for line in run))
            elif key == "nq":
                suffix = f" <{name}> .".encode()
                out.write(b"".join(line[:-2] + suffix + b"\n" for line in lines))
            elif key == "ttl":
                body = b"".join(
                    whole if len(mine) == len(run) else _turtle_body(mine)
                    for whole, mine, (_, run) in zip(bodies, kept, runs, strict=True)
                )
                if body:
                    out.write(body if key in started else header + body)
                    started.add(key)
            elif key == "trig":
                out.write(b"" if key in started else header)
                out.write(_trig_block(name, b"".join(bodies)))
                started.add(key)


def _own_runs(lines: list[bytes]) -> list[tuple[bool, list[bytes]]]:
    """Sorted lines cut into runs: those about the graph's own nodes (:data:`_OWN`, contiguous
    in bytes order since they share a prefix) and the others, in order. A run never splits a
    subject's lines, so the Turtle of the runs, joined, is the Turtle of the whole graph."""
    cuts: list[tuple[int, int]] = []
    for prefix in sorted(_OWN):
        first = bisect.bisect_left(lines, prefix)
        last = bisect.bisect_left(lines, prefix[:-1] + bytes([prefix[-1] + 1]))
        if first < last:
            cuts.append((first, last))
    runs: list[tuple[bool, list[bytes]]] = []
    position = 0
    for first, last in cuts:
        if position < first:
            runs.append((False, lines[position:first]))
        runs.append((True, lines[first:last]))
        position = last
    if position < len(lines):
        runs.append((False, lines[position:]))
    return runs


def _prefix_header() -> bytes:
    """The ``@prefix`` lines that open a Turtle or TriG file, in the fixed order of
    namespaces.py (Oxigraph's writer gives them before its first statement)."""
    anything = ox.NamedNode("urn:x")
    data = ox.serialize([ox.Triple(anything, anything, anything)], format=ox.RdfFormat.TURTLE, prefixes=writer_prefixes())
    lines = data.split(b"\n")
    return _sorted_prefixes(b"\n".join(lines[: _prefix_lines(lines)]) + b"\n")


def _turtle_body(lines: list[bytes]) -> bytes:
    """Sorted N-Triples lines as Turtle statements, without the ``@prefix`` header (Oxigraph's
    writer: one subject's triples grouped with ``;``)."""
    if not lines:
        return b""
    data = ox.serialize(
        ox.parse(b"".join(line + b"\n" for line in lines), format=ox.RdfFormat.N_TRIPLES),
        format=ox.RdfFormat.TURTLE,
        prefixes=writer_prefixes(),
    )
    body = data.split(b"\n")
    return b"\n".join(body[_prefix_lines(body):])


def _trig_block(name: URIRef, body: bytes) -> bytes:
    """One graph's TriG block from its Turtle statements: what Oxigraph's TriG writer gives
    (``<graph> {``, each statement line indented by a tab, ``}``); a literal's line breaks are
    escaped in both, so every line is a line of the syntax."""
    body = body.strip(b"\n")
    if b"\n\n" in body:  # not from Oxigraph's writer, which puts no blank line between statements
        body = b"\n".join(line for line in body.split(b"\n") if line)
    inner = b"\t" + body.replace(b"\n", b"\n\t") + b"\n" if body else b""
    return f"<{name}> {{\n".encode() + inner + b"}\n"


_OWN = tuple(f"<{ids.ID[part]}".encode() for part in ("statement/", "alignment/", "similarity/"))
"""Subjects that only their own graph describes (the bulk of a store): never deduplicated."""


def _first_time(line: bytes, written: set[bytes]) -> bool:
    digest = hashlib.blake2b(line, digest_size=12).digest()
    if digest in written:
        return False
    written.add(digest)
    return True


def _prefix_lines(lines: list[bytes]) -> int:
    """How many ``@prefix`` lines open a Turtle or TriG block."""
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return count


def writer_prefixes() -> dict[str, str]:
    """The fixed prefixes for Turtle, TriG and RDF/XML, except ``id:``: data IRIs have slashes
    in their local part, which Turtle would have to escape (``id:document\\/x``), so they are
    written in full, which every parser and reader takes as it is."""
    return {p: str(ns) for p, ns in PREFIXES.items() if p != "id"}


def _sorted_prefixes(data: bytes) -> bytes:
    """The ``@prefix`` header in the fixed order of namespaces.py, whatever order the writer
    chose (it keeps them in a hash map)."""
    lines = data.split(b"\n")
    count = _prefix_lines(lines)
    order = {name.encode(): i for i, name in enumerate(PREFIXES)}
    header = sorted(lines[:count], key=lambda line: order.get(line[8:].split(b":", 1)[0], len(order)))
    return b"\n".join(header + lines[count:])


def export_to(
    store: GraphStore,
    format: str,
    out: Path,
    *,
    graph: str | None = None,
    with_ontology: bool = False,
    validate: bool = True,
) -> int:
    """Export to a file, written atomically (nothing is written when validation fails);
    returns the byte count."""
    graphs = [resolve_graph(store, graph)] if graph else None
    if not validate and graphs is None and rdf_format(format) in _STREAMED:
        # nothing to check first: written graph by graph, memory bounded by the largest graph
        return write_exports(store, {format: Path(out)}, with_ontology=with_ontology)[rdf_format(format)]
    data = export_bytes(store, format, graphs=graphs, with_ontology=with_ontology, validate=validate)
    write_bytes(Path(out), data)
    return len(data)
