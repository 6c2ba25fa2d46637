"""The ontology's closure applied to the premise rows of ``rules.py``: inferred triples and
disjointness clashes per document graph, over pyoxigraph terms (no rdflib graph is built).

Everything is one step from the rows: the axioms were closed when the rules were compiled
(superclasses, subproperties, inverse and symmetric links), so no loop runs to a fixpoint.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from strategygraph.fastcheck.rules import Axioms

__all__ = ["Tables", "Derived", "derive"]

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _ox(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


class Tables:
    """The compiled axioms keyed by pyoxigraph terms."""

    def __init__(self, ax: Axioms) -> None:
        self.supers = {_ox(c): {_ox(s) for s in sups} for c, sups in ax.supers.items()}
        self.links = {
            _ox(p): [(_ox(q), flipped) for q, flipped in sorted(derived) if (q, flipped) != (p, False)]
            for p, derived in ax.links.items()
        }
        as_subject, as_object = ax.typing()
        self.subject_types: dict[ox.NamedNode, set[ox.NamedNode]] = defaultdict(set)
        self.object_types: dict[ox.NamedNode, set[ox.NamedNode]] = defaultdict(set)
        for p, c in as_subject:
            self.subject_types[_ox(p)].add(_ox(c))
        for p, c in as_object:
            self.object_types[_ox(p)].add(_ox(c))
        self.disjoint = {(_ox(a), _ox(b)) for a, b in ax.disjoint}
        self.members = {a for a, _ in self.disjoint}

    def closed(self, cls: ox.NamedNode) -> set[ox.NamedNode]:
        return self.supers.get(cls, {cls})


@dataclass
class Derived:
    """Per document graph: new triples, and clashes (node, {class: why}, [(a, b)]); a why is
    "asserted" or ("subject" | "object", property)."""

    triples: dict[ox.NamedNode, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    clashes: dict[ox.NamedNode, list[tuple[object, dict[ox.NamedNode, object], list[tuple]]]] = field(
        default_factory=lambda: defaultdict(list)
    )


def derive(
    tables: Tables,
    type_rows: Iterable,
    link_rows: Iterable,
    reference_types: dict[object, set[ox.NamedNode]],
    reference_triples: set[ox.Triple],
) -> Derived:
    """Apply the closure to the rows of the ``types`` (?g ?x ?t) and ``links`` (?g ?s ?p ?o)
    premise queries; ``reference_*`` are the reference data's facts (seen by every document)."""
    asserted: dict[tuple, set[ox.NamedNode]] = defaultdict(set)
    sources: dict[tuple, dict[ox.NamedNode, object]] = defaultdict(dict)  # (g, x) -> {class: why}
    for row in type_rows:
        g, x, t = row[0], row[1], row[2]
        asserted[(g, x)].add(t)
        sources[(g, x)].setdefault(t, "asserted")
    by_graph: dict[ox.NamedNode, set[tuple]] = defaultdict(set)
    links: list[tuple] = []
    for row in link_rows:
        g, s, p, o = row[0], row[1], row[2], row[3]
        by_graph[g].add((s, p, o))
        links.append((g, s, p, o))
    out = Derived()
    for g, s, p, o in links:
        for c in tables.subject_types.get(p, ()):
            sources[(g, s)].setdefault(c, ("subject", p))
        if not isinstance(o, ox.Literal):
            for c in tables.object_types.get(p, ()):
                sources[(g, o)].setdefault(c, ("object", p))
        for q, flipped in tables.links.get(p, ()):
            if flipped and isinstance(o, ox.Literal):
                continue
            triple = (o, q, s) if flipped else (s, q, o)
            if triple in by_graph[g] or ox.Triple(*triple) in reference_triples:
                continue
            out.triples[g].add(ox.Triple(*triple))
    for (g, x), found in sources.items():
        known = asserted[(g, x)] | reference_types.get(x, set())
        closed: dict[ox.NamedNode, ox.NamedNode] = {}
        for c in found:
            for sup in tables.closed(c):
                closed.setdefault(sup, c)
                if sup not in known:
                    out.triples[g].add(ox.Triple(x, RDF_TYPE, sup))
        everything = dict(closed)
        for c in reference_types.get(x, ()):
            for sup in tables.closed(c):
                everything.setdefault(sup, c)
        clashes = sorted(
            {tuple(sorted((a, b), key=str)) for a in closed.keys() & tables.members for b in everything if (a, b) in tables.disjoint},
            key=str,
        )
        if clashes:
            why = {**{c: "asserted" for c in reference_types.get(x, ())}, **found}
            involved = {everything[m] for pair in clashes for m in pair}
            out.clashes[g].append((x, {c: why[c] for c in involved}, clashes))
    return out
