"""The ontology's entailments and inconsistencies that matter here, compiled into SPARQL.

HermiT stays the authority (``strategygraph reason``, small builds, and one run over the
ontology and the reference data in every build). For thousands of documents the build runs
these queries over all document graphs at once on Oxigraph instead. The ontology is small, so
its axioms are closed in Python first (subclass and subproperty closure, inverse and symmetric
links) and the queries only look one step into the data: no fixpoint loop over the store.

Each query binds ``?g`` from a ``VALUES`` list of document graphs; the rules see each document
graph together with the reference data: a document is checked with the reference data on its
own, as the full build's per-document re-check does. The queries return the premises; the
ontology's closure (small tables compiled here) is applied to their rows in Python
(``strategygraph.fastcheck.derive``), which is where Oxigraph's joins against tables are slow.

Entailments (OWL 2 RL subset, what HermiT gives this ontology): rdf:type closure over
rdfs:subClassOf; rdfs:domain / rdfs:range typing (named classes only, through subproperties);
rdfs:subPropertyOf; owl:inverseOf; owl:SymmetricProperty. Inconsistencies: an individual in two
classes declared disjoint (owl:disjointWith, owl:AllDisjointClasses) after that closure; an
owl:FunctionalProperty (datatype property) with two distinct values; a literal outside the
datatype range of a datatype property (xsd:string ranges).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, XSD

__all__ = ["Axioms", "CompiledRules", "compile_rules"]

_BUILTIN = (str(RDF), str(RDFS), str(OWL), str(XSD))


def _builtin(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_BUILTIN)


def _closure(direct: dict[URIRef, set[URIRef]]) -> dict[URIRef, set[URIRef]]:
    """Reflexive-transitive closure of a small relation."""
    closed: dict[URIRef, set[URIRef]] = {}
    nodes = set(direct) | {n for targets in direct.values() for n in targets}
    for start in nodes:
        seen = {start}
        todo = list(direct.get(start, ()))
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(direct.get(node, ()))
        closed[start] = seen
    return closed


@dataclass
class Axioms:
    """The ontology's axioms the rules use, closed in Python (the ontology is small)."""

    supers: dict[URIRef, set[URIRef]]  # class -> itself and every superclass
    links: dict[URIRef, set[tuple[URIRef, bool]]]  # p -> (q, flipped): s p o entails s q o / o q s
    domains: dict[URIRef, set[URIRef]]
    ranges: dict[URIRef, set[URIRef]]
    object_properties: set[URIRef]
    datatype_ranges: dict[URIRef, URIRef]
    functional_data: set[URIRef]
    disjoint: set[tuple[URIRef, URIRef]]  # both orders

    @classmethod
    def from_ontology(cls, ontology: Graph) -> Axioms:
        sub: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b in ontology.subject_objects(RDFS.subClassOf):
            if isinstance(a, URIRef) and isinstance(b, URIRef) and not _builtin(b):
                sub[a].add(b)
        classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
        for c in classes:
            sub.setdefault(c, set())
        subprop: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b in ontology.subject_objects(RDFS.subPropertyOf):
            if isinstance(a, URIRef) and isinstance(b, URIRef) and not _builtin(b):
                subprop[a].add(b)
        inverse: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b in ontology.subject_objects(OWL.inverseOf):
            inverse[a].add(b)
            inverse[b].add(a)
        symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
        object_properties = {p for p in ontology.subjects(RDF.type, OWL.ObjectProperty) if isinstance(p, URIRef)}
        data_properties = {p for p in ontology.subjects(RDF.type, OWL.DatatypeProperty) if isinstance(p, URIRef)}
        links: dict[URIRef, set[tuple[URIRef, bool]]] = {}
        for p in object_properties | data_properties | set(subprop):
            seen = {(p, False)}
            todo = [(p, False)]
            while todo:
                q, flipped = todo.pop()
                steps = [(r, flipped) for r in subprop.get(q, ())]
                if q in object_properties or q in inverse or q in symmetric:
                    steps += [(r, not flipped) for r in inverse.get(q, ())]
                    if q in symmetric:
                        steps.append((q, not flipped))
                for step in steps:
                    if step not in seen:
                        seen.add(step)
                        todo.append(step)
            links[p] = seen
        domains: dict[URIRef, set[URIRef]] = defaultdict(set)
        ranges: dict[URIRef, set[URIRef]] = defaultdict(set)
        datatype_ranges: dict[URIRef, URIRef] = {}
        for p, c in ontology.subject_objects(RDFS.domain):
            if isinstance(c, URIRef) and not _builtin(c):
                domains[p].add(c)
        for p, c in ontology.subject_objects(RDFS.range):
            if not isinstance(c, URIRef):
                continue
            if p in data_properties and str(c).startswith(str(XSD)):
                datatype_ranges[p] = c
            elif not _builtin(c) and p in object_properties:
                ranges[p].add(c)
        for c in {c for cs in (*domains.values(), *ranges.values()) for c in cs}:
            sub.setdefault(c, set())
        supers = _closure(sub)
        functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
        disjoint: set[tuple[URIRef, URIRef]] = set()
        for a, b in ontology.subject_objects(OWL.disjointWith):
            disjoint |= {(a, b), (b, a)}
        for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
            members = list(Collection(ontology, ontology.value(group, OWL.members)))
            disjoint |= {(a, b) for a in members for b in members if a != b}
        return cls(
            supers=supers,
            links=links,
            domains=dict(domains),
            ranges=dict(ranges),
            object_properties=object_properties,
            datatype_ranges=datatype_ranges,
            functional_data=functional & data_properties,
            disjoint=disjoint,
        )

    def subclasses(self, cls_: URIRef) -> set[URIRef]:
        """``cls_`` and every class below it."""
        return {c for c, sups in self.supers.items() if cls_ in sups} | {cls_}

    def typing(self) -> tuple[set[tuple[URIRef, URIRef]], set[tuple[URIRef, URIRef]]]:
        """(p, class) pairs: the subject of ``p`` gets the class; the object of ``p`` gets it."""
        as_subject: set[tuple[URIRef, URIRef]] = set()
        as_object: set[tuple[URIRef, URIRef]] = set()
        for p, derived in self.links.items():
            for q, flipped in derived:
                subject_side = as_object if flipped else as_subject
                object_side = as_subject if flipped else as_object
                for c in self.domains.get(q, ()):
                    subject_side.add((p, c))
                if q in self.object_properties:
                    for c in self.ranges.get(q, ()):
                        object_side.add((p, c))
        return as_subject, as_object


def _values(names: str, rows) -> str:
    """A VALUES block from trusted terms (ontology IRIs, n3-escaped)."""
    body = " ".join("(" + " ".join(term.n3() if hasattr(term, "n3") else term for term in row) + ")" for row in rows)
    return f"VALUES ({names}) {{ {body} }}"


@dataclass
class CompiledRules:
    """SPARQL texts (``{graphs}`` in each is replaced by a ``VALUES ?g { ... }`` block).

    ``premises`` return the facts of the document graphs the rules start from; the ontology's
    closure is applied to their rows in Python (``derive``), with the tables compiled here:
    Oxigraph joins a pattern against a ``VALUES`` table of class pairs 10 to 50 times more
    slowly than it matches a ``FILTER(?p IN (...))`` (measured on 500 documents)."""

    premises: dict[str, str] = field(default_factory=dict)  # "types": ?g ?x ?t; "links": ?g ?s ?p ?o
    premise_properties: list[URIRef] = field(default_factory=list)  # the predicates of "links"
    inconsistencies: dict[str, str] = field(default_factory=dict)  # name -> SELECT ?g ?x ...
    axioms: Axioms | None = None


def compile_rules(ontology: Graph) -> CompiledRules:
    """Compile the ontology's axioms into premise and inconsistency queries."""
    ax = Axioms.from_ontology(ontology)
    rules = CompiledRules(axioms=ax)
    as_subject, as_object = ax.typing()
    properties = {p for p, _ in as_subject | as_object}
    for p, derived in ax.links.items():
        if derived != {(p, False)}:
            properties.add(p)
            properties.update(q for q, _ in derived)
    rules.premise_properties = sorted(properties)
    listed = ", ".join(p.n3() for p in sorted(properties))
    rules.premises["types"] = "SELECT ?g ?x ?t WHERE { {graphs} GRAPH ?g { ?x a ?t } }"
    rules.premises["links"] = (
        f"SELECT ?g ?s ?p ?o WHERE {{ {{graphs}} GRAPH ?g {{ ?s ?p ?o }} FILTER(?p IN ({listed})) }}"
    )
    if ax.functional_data:
        listed = ", ".join(p.n3() for p in sorted(ax.functional_data))
        rules.inconsistencies["functional"] = f"""SELECT DISTINCT ?g ?x ?p ?v1 ?v2 WHERE {{
  {{graphs}}
  GRAPH ?g {{ ?x ?p ?v1 . ?x ?p ?v2 }}
  FILTER(?p IN ({listed}))
  FILTER(!sameTerm(?v1, ?v2))
  FILTER(COALESCE(?v1 != ?v2, true))
}}"""
    for p, d in sorted(ax.datatype_ranges.items()):
        rules.inconsistencies[f"datatype {p}"] = f"""SELECT DISTINCT ?g ?x ?p ?v ?d WHERE {{
  {{graphs}}
  GRAPH ?g {{ ?x {p.n3()} ?v }}
  FILTER(!isLiteral(?v) || datatype(?v) != {d.n3()})
  BIND({p.n3()} AS ?p) BIND({d.n3()} AS ?d)
}}"""
    return rules
