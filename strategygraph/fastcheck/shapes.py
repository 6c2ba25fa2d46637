"""The SHACL Core constraints ``ontology/shapes.ttl`` uses, compiled into SPARQL SELECTs.

pySHACL stays the authority (``strategygraph validate``, small builds, reloads). At scale the
build runs these queries over all document graphs at once on Oxigraph. Each query binds ``?g``
from a ``VALUES`` list of document graphs and returns ``?g ?this ?v`` per violation: focus nodes
come from the document graph (or are reference nodes the document says something about);
values are read from the document graph, the reference data and the theme thesaurus, and
``sh:class`` follows the ontology's subclasses, as ``strategygraph.validate`` sees them.

Anything the compiler does not know (a constraint component, a target or a path form) raises
``UnsupportedShape`` at compile time, so a new shape can never slip through unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from strategygraph.errors import StrategyGraphError
from strategygraph.fastcheck.rules import Axioms
from strategygraph.ids import GRAPH_REFERENCE, GRAPH_THEMES

__all__ = ["CompiledShape", "UnsupportedShape", "compile_shapes"]


class UnsupportedShape(StrategyGraphError):
    """A shape uses SHACL the fast path cannot compile (extend shapes.py, or use --checks full)."""


_IGNORED = {RDF.type, RDFS.comment, RDFS.label, SH.name, SH.description, SH.message}
_NODE_KEYS = _IGNORED | {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.nodeKind, SH["class"]}
_PROPERTY_KEYS = _IGNORED | {
    SH.path, SH.minCount, SH.maxCount, SH.minLength, SH.datatype, SH.pattern, SH["class"],
    SH.nodeKind, SH.minInclusive, SH.maxInclusive, SH.lessThan, SH.hasValue,
}
_NODE_KINDS = {
    SH.IRI: "isIRI(?v)",
    SH.Literal: "isLiteral(?v)",
    SH.BlankNode: "isBlank(?v)",
    SH.BlankNodeOrIRI: "(isBlank(?v) || isIRI(?v))",
    SH.BlankNodeOrLiteral: "(isBlank(?v) || isLiteral(?v))",
    SH.IRIOrLiteral: "(isIRI(?v) || isLiteral(?v))",
}
_SOURCES = ("?g", f"<{GRAPH_REFERENCE}>", f"<{GRAPH_THEMES}>")


@dataclass(frozen=True)
class CompiledShape:
    """One constraint as a query: ``SELECT ?g ?this ?v``; ``{graphs}`` binds ?g and ``{touched}``
    (?g ?this) to the reference nodes that are subjects in a document graph."""

    shape: str  # the shape and constraint, for error messages
    path: str  # the path as text for the report ("-" on the focus node itself)
    message: str
    query: str


def _data(s: str, p: str, o: str) -> str:
    """A triple of the document graph, the reference data or the thesaurus (s bound)."""
    return " UNION ".join(f"{{ GRAPH {g} {{ {s} {p} {o} }} }}" for g in _SOURCES)


def _term(shapes: Graph, node: object, where: str) -> str:
    if isinstance(node, (URIRef, Literal)):
        return node.n3()
    raise UnsupportedShape(f"{where}: expected an IRI or a literal, found {node!r}")


def _path(shapes: Graph, path: object, start: str, end: str, where: str, counter: list[int]) -> tuple[str, str]:
    """(SPARQL pattern from ``start`` to ``end``, readable path) for a SHACL path."""
    nm = shapes.namespace_manager
    if isinstance(path, URIRef):
        return _data(start, path.n3(), end), path.n3(nm)
    if isinstance(path, BNode):
        if (path, RDF.first, None) in shapes:  # a sequence path
            steps = list(Collection(shapes, path))
            if not steps:
                raise UnsupportedShape(f"{where}: empty sequence path")
            parts, names, here = [], [], start
            for i, step in enumerate(steps):
                counter[0] += 1
                there = end if i == len(steps) - 1 else f"?m{counter[0]}"
                pattern, name = _path(shapes, step, here, there, where, counter)
                parts.append(f"{{ {pattern} }}")
                names.append(name)
                here = there
            return " . ".join(parts), "(" + " / ".join(names) + ")"
        keys = set(shapes.predicates(path, None))
        if keys == {SH.alternativePath}:
            options = list(Collection(shapes, shapes.value(path, SH.alternativePath)))
            parts, names = [], []
            for option in options:
                pattern, name = _path(shapes, option, start, end, where, counter)
                parts.append(f"{{ {pattern} }}")
                names.append(name)
            return " UNION ".join(parts), "[ " + " | ".join(names) + " ]"
        raise UnsupportedShape(f"{where}: path form {sorted(map(str, keys))} is not supported by the fast checks")
    raise UnsupportedShape(f"{where}: unsupported sh:path {path!r}")


def _targets(shapes: Graph, shape: object, axioms: Axioms, where: str) -> str:
    parts = []
    for cls in shapes.objects(shape, SH.targetClass):
        classes = ", ".join(c.n3() for c in sorted(axioms.subclasses(cls)))
        parts.append(f"{{ GRAPH ?g {{ ?this a ?tc }} FILTER(?tc IN ({classes})) }}")
        # a reference node the document says something about
        # ({touched}: the (graph, node) pairs where a document graph has a reference node as a subject)
        parts.append(f"{{ {{touched}} GRAPH <{GRAPH_REFERENCE}> {{ ?this a ?tc }} FILTER(?tc IN ({classes})) }}")
    for p in shapes.objects(shape, SH.targetSubjectsOf):
        parts.append(f"{{ GRAPH ?g {{ ?this {_term(shapes, p, where)} ?anyo }} }}")
    for p in shapes.objects(shape, SH.targetObjectsOf):
        parts.append(f"{{ GRAPH ?g {{ ?anys {_term(shapes, p, where)} ?this }} }}")
    if not parts:
        raise UnsupportedShape(f"{where}: a node shape without a target the fast checks know")
    return "{ SELECT DISTINCT ?g ?this WHERE { {graphs} " + " UNION ".join(parts) + " } }"


def _class_test(axioms: Axioms, cls: object, node: str, where: str) -> str:
    if not isinstance(cls, URIRef):
        raise UnsupportedShape(f"{where}: sh:class must be an IRI")
    classes = ", ".join(c.n3() for c in sorted(axioms.subclasses(cls)))
    return f"FILTER NOT EXISTS {{ {{ {_data(node, 'a', '?vt')} }} FILTER(?vt IN ({classes})) }}"


def _number(shapes: Graph, shape: object, key: URIRef, where: str) -> int:
    value = shapes.value(shape, key)
    if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
        raise UnsupportedShape(f"{where}: {key.n3(shapes.namespace_manager)} must be an integer")
    return int(value.toPython())


def _select(focus: str, body: str) -> str:
    return f"SELECT DISTINCT ?g ?this ?v WHERE {{\n  {focus}\n  {body}\n}}"


def _property_queries(shapes: Graph, focus: str, prop: object, axioms: Axioms, where: str) -> list[CompiledShape]:
    keys = set(shapes.predicates(prop, None))
    unknown = keys - _PROPERTY_KEYS
    if unknown:
        raise UnsupportedShape(f"{where}: fast checks cannot compile {sorted(str(k) for k in unknown)}")
    path = shapes.value(prop, SH.path)
    if path is None:
        raise UnsupportedShape(f"{where}: property shape without sh:path")
    message = str(shapes.value(prop, SH.message) or "constraint violated")
    counter = [0]
    values, path_text = _path(shapes, path, "?this", "?v", where, counter)
    found: list[CompiledShape] = []

    def add(name: str, body: str, with_focus: bool = True) -> None:
        query = _select(focus if with_focus else "", body)
        found.append(CompiledShape(f"{where} {name}", path_text, message, query))

    count_body = (
        "{ SELECT ?g ?this (COUNT(DISTINCT ?v) AS ?n) WHERE { "
        + focus + f" OPTIONAL {{ {values} }} }} GROUP BY ?g ?this }}"
    )
    if SH.minCount in keys:
        add("sh:minCount", f"{count_body} FILTER(?n < {_number(shapes, prop, SH.minCount, where)})", False)
    if SH.maxCount in keys:
        add("sh:maxCount", f"{count_body} FILTER(?n > {_number(shapes, prop, SH.maxCount, where)})", False)
    each = f"{{ {values} }}"
    if SH.minLength in keys:
        n = _number(shapes, prop, SH.minLength, where)
        add("sh:minLength", f"{each} FILTER(isBlank(?v) || STRLEN(STR(?v)) < {n})")
    if SH.datatype in keys:
        datatype = _term(shapes, shapes.value(prop, SH.datatype), where)
        add("sh:datatype", f"{each} FILTER(!isLiteral(?v) || datatype(?v) != {datatype})")
    if SH.pattern in keys:
        pattern = Literal(str(shapes.value(prop, SH.pattern))).n3()
        add("sh:pattern", f"{each} FILTER(isBlank(?v) || !REGEX(STR(?v), {pattern}))")
    if SH["class"] in keys:
        add("sh:class", f"{each} {_class_test(axioms, shapes.value(prop, SH['class']), '?v', where)}")
    if SH.nodeKind in keys:
        kind = _NODE_KINDS.get(shapes.value(prop, SH.nodeKind))
        if kind is None:
            raise UnsupportedShape(f"{where}: unknown sh:nodeKind")
        add("sh:nodeKind", f"{each} FILTER(!{kind})")
    for key, op in ((SH.minInclusive, ">="), (SH.maxInclusive, "<=")):
        if key in keys:
            bound = _term(shapes, shapes.value(prop, key), where)
            add(key.n3(shapes.namespace_manager), f"{each} FILTER(COALESCE(!(?v {op} {bound}), true))")
    if SH.lessThan in keys:
        other = _term(shapes, shapes.value(prop, SH.lessThan), where)
        add("sh:lessThan", f"{each} {{ {_data('?this', other, '?w')} }} FILTER(COALESCE(!(?v < ?w), true))")
    if SH.hasValue in keys:
        wanted = _term(shapes, shapes.value(prop, SH.hasValue), where)
        inner, _ = _path(shapes, path, "?this", wanted, where, [100])
        add("sh:hasValue", f"FILTER NOT EXISTS {{ {inner} }} BIND(?this AS ?v)")
    if not found:
        raise UnsupportedShape(f"{where}: a property shape with no constraint the fast checks know")
    return found


def compile_shapes(shapes: Graph, axioms: Axioms) -> list[CompiledShape]:
    """Every constraint of every node shape as a query; raises ``UnsupportedShape``."""
    nm = shapes.namespace_manager
    compiled: list[CompiledShape] = []
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    for shape in sorted(node_shapes, key=str):
        where = shape.n3(nm) if isinstance(shape, URIRef) else "a node shape"
        unknown = set(shapes.predicates(shape, None)) - _NODE_KEYS
        if unknown:
            raise UnsupportedShape(f"{where}: fast checks cannot compile {sorted(str(k) for k in unknown)}")
        focus = _targets(shapes, shape, axioms, where)
        message = str(shapes.value(shape, SH.message) or "constraint violated")
        kind = shapes.value(shape, SH.nodeKind)
        if kind is not None:
            test = _NODE_KINDS.get(kind)
            if test is None:
                raise UnsupportedShape(f"{where}: unknown sh:nodeKind")
            body = f"BIND(?this AS ?v) FILTER(!{test})"
            compiled.append(CompiledShape(f"{where} sh:nodeKind", "-", message, _select(focus, body)))
        cls = shapes.value(shape, SH["class"])
        if cls is not None:
            body = f"BIND(?this AS ?v) {_class_test(axioms, cls, '?this', where)}"
            compiled.append(CompiledShape(f"{where} sh:class", "-", message, _select(focus, body)))
        for prop in shapes.objects(shape, SH.property):
            compiled.extend(_property_queries(shapes, focus, prop, axioms, where))
    others = set(shapes.subjects(RDF.type, SH.PropertyShape)) | {
        s for s in shapes.subjects(SH.path, None) if not any(True for _ in shapes.subjects(SH.property, s))
    }
    if others:
        raise UnsupportedShape("top-level property shapes are not supported by the fast checks")
    for key in (SH.targetNode, SH.sparql, SH.node, SH["or"], SH["and"], SH["not"], SH.xone, SH.closed, SH.qualifiedValueShape):
        if any(True for _ in shapes.subject_objects(key)):
            raise UnsupportedShape(f"{key.n3(nm)} is used in the shapes but not supported by the fast checks")
    return compiled
