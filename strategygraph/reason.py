"""OWL reasoning with HermiT (through owlready2): consistency, and the facts the ontology implies.

The ontology and the data go into a fresh owlready2 ``World`` (never the default world, so
separate runs cannot leak into each other) from a temporary N-Triples file; ``owl:imports`` are
dropped, so nothing is fetched. Undeclared terms of the data are declared first (classes,
individuals, annotation properties) so that the input stays OWL 2 DL and owlready2 treats every
resource as an individual HermiT reports on.

HermiT decides consistency and the types of every individual (from domains, ranges and
subclasses). owlready2 deliberately drops inferred links whose inverse is already asserted, so
the inverse, symmetric and super-property links are completed here from the ontology's axioms.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, XSD, NamespaceManager

from strategygraph.errors import ProblemFound
from strategygraph.namespaces import bind_prefixes
from strategygraph.ontology import ontology_graph
from strategygraph.validate import read_graph
from strategygraph.xmlchars import XML_ILLEGAL, xml_safe

__all__ = ["ReasoningReport", "reason_graph", "reason_file"]

_BUILTIN = (str(RDF), str(RDFS), str(OWL), str(XSD))
_PROPERTY_TYPES = (
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)


@dataclass
class ReasoningReport:
    """What HermiT found: ``inferred`` holds only triples the input did not assert."""

    consistent: bool
    report: str
    inferred: Graph = field(repr=False)
    culprits: list[tuple[URIRef | BNode, list[URIRef]]] = field(default_factory=list)
    seconds: float = 0.0


def _builtin(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_BUILTIN)


class _Axioms:
    """The parts of the ontology the post-processing needs, read once per run (it is small)."""

    def __init__(self, ontology: Graph) -> None:
        self.classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
        self.properties = {p for kind in _PROPERTY_TYPES for p in ontology.subjects(RDF.type, kind)}
        self.object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
        self.symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
        self.functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
        self.inverse: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b in ontology.subject_objects(OWL.inverseOf):
            self.inverse[a].add(b)
            self.inverse[b].add(a)
        self.super_classes = self._closure(ontology, RDFS.subClassOf)
        self.super_properties = self._closure(ontology, RDFS.subPropertyOf)
        self.domains = self._named(ontology, RDFS.domain)
        self.ranges = self._named(ontology, RDFS.range)
        self.disjoint: set[frozenset[URIRef]] = set()
        for a, b in ontology.subject_objects(OWL.disjointWith):
            self.disjoint.add(frozenset((a, b)))
        for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
            members = list(Collection(ontology, ontology.value(group, OWL.members)))
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    self.disjoint.add(frozenset((a, b)))

    @staticmethod
    def _closure(ontology: Graph, predicate: URIRef) -> dict[URIRef, set[URIRef]]:
        direct: dict[URIRef, set[URIRef]] = defaultdict(set)
        for sub, sup in ontology.subject_objects(predicate):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                direct[sub].add(sup)
        closed: dict[URIRef, set[URIRef]] = {}
        for start in list(direct):
            seen: set[URIRef] = set()
            todo = list(direct[start])
            while todo:
                node = todo.pop()
                if node not in seen:
                    seen.add(node)
                    todo.extend(direct.get(node, ()))
            closed[start] = seen
        return closed

    @staticmethod
    def _named(ontology: Graph, predicate: URIRef) -> dict[URIRef, URIRef]:
        return {
            p: c
            for p, c in ontology.subject_objects(predicate)
            if isinstance(p, URIRef) and isinstance(c, URIRef) and not _builtin(c)
        }

    def with_supers(self, classes: set[URIRef]) -> set[URIRef]:
        found = set(classes)
        for c in classes:
            found |= self.super_classes.get(c, set())
        return found


def _ontology_headers(*graphs: Graph) -> set:
    return {s for graph in graphs for s in graph.subjects(RDF.type, OWL.Ontology)}


def _prepare(data: Graph, ontology: Graph, axioms: _Axioms) -> Graph:
    """Ontology + data, minus owl:imports, plus the declarations that keep it OWL 2 DL."""
    combined = Graph()
    combined += ontology
    combined += data
    combined.remove((None, OWL.imports, None))
    declared = axioms.classes | axioms.properties | _ontology_headers(ontology, data)
    for s, p, o in data:
        if isinstance(o, Literal) and XML_ILLEGAL.search(o):
            # HermiT reads RDF/XML: a literal's stray control character would stop it for the
            # whole graph (the literal's exact text plays no part in the reasoning)
            combined.remove((s, p, o))
            combined.add((s, p, Literal(xml_safe(str(o)), lang=o.language, datatype=o.datatype)))
        if p == RDF.type:
            if isinstance(o, URIRef) and not _builtin(o) and o not in declared:
                combined.add((o, RDF.type, OWL.Class))
                declared.add(o)
        elif not _builtin(p) and p not in declared:
            combined.add((p, RDF.type, OWL.AnnotationProperty))
            declared.add(p)
        if p != RDF.type and _builtin(p):
            continue  # schema triples and owl:imports in the data: no individuals there
        for node in (s, o) if p != RDF.type else (s,):
            if isinstance(node, URIRef) and node not in declared and not _builtin(node):
                combined.add((node, RDF.type, OWL.NamedIndividual))
    return combined


# HermiT runs in a new JVM each time and finishes in seconds: the JIT's optimising tier costs
# more than it saves there (measured: 5.4 s -> 1.7 s on the reference data, 2 cores).
_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1"
_java_lock = threading.Lock()


@contextlib.contextmanager
def _java_options() -> Iterator[None]:
    """Pass the JVM options to the java process owlready2 starts (it inherits the environment)."""
    with _java_lock:
        before = os.environ.get("JAVA_TOOL_OPTIONS")
        os.environ["JAVA_TOOL_OPTIONS"] = f"{before} {_JAVA_OPTIONS}" if before else _JAVA_OPTIONS
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("JAVA_TOOL_OPTIONS", None)
            else:
                os.environ["JAVA_TOOL_OPTIONS"] = before


def _java_cause(message: str) -> str:
    """The line of a Java error that names what went wrong (the exception and its message), not
    the last frame of its stack trace."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    causes = [line for line in lines if not line.startswith("at ") and ("Exception" in line or "Error" in line)]
    return (causes[-1] if causes else lines[-1] if lines else "no message")[:300]


def _run_hermit(combined: Graph) -> tuple[bool, Graph]:
    """Consistency and HermiT's new facts (as owlready2 applies them), in a fresh World."""
    import owlready2

    world = owlready2.World()
    fd, name = tempfile.mkstemp(prefix="strategygraph-", suffix=".nt")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(combined.serialize(format="nt", encoding="utf-8"))
        world.get_ontology(Path(name).as_uri()).load()
        try:
            with _java_options():
                owlready2.sync_reasoner_hermit(
                    world, infer_property_values=True, debug=0, ignore_unsupported_datatypes=True
                )
        except owlready2.OwlReadyInconsistentOntologyError:
            return False, Graph()
        except owlready2.OwlReadyJavaError as error:
            raise ProblemFound(f"HermiT could not reason over the graph: {_java_cause(str(error))}") from error
        new = Graph()
        inferences = world.get_ontology("http://inferrences/")
        rdf_graph = world.as_rdflib_graph()
        for triple in rdf_graph.get_context(inferences).triples((None, None, None)):
            s, p, o = triple
            if p == RDF.type and o == OWL.Ontology:
                continue
            new.add((s, p, o))
        return True, new
    finally:
        os.unlink(name)
        world.close()


def _complete(data: Graph, hermit: Graph, axioms: _Axioms, individuals: set) -> Graph:
    """Superclass types, inverse, symmetric and super-property links not already asserted."""
    facts = Graph()
    facts += data
    facts += hermit
    types: dict[object, set[URIRef]] = defaultdict(set)
    for s, o in facts.subject_objects(RDF.type):
        if s in individuals and isinstance(o, URIRef) and not _builtin(o):
            types[s].add(o)
    for s, classes in types.items():
        for c in axioms.with_supers(classes):
            facts.add((s, RDF.type, c))
    changed = True
    while changed:
        changed = False
        for s, p, o in list(facts):
            if p == RDF.type or s not in individuals:
                continue
            new = [(s, sup, o) for sup in axioms.super_properties.get(p, ())]
            if isinstance(o, (URIRef, BNode)) and p in axioms.object_properties:
                new += [(o, inv, s) for inv in axioms.inverse.get(p, ())]
                if p in axioms.symmetric:
                    new.append((o, p, s))
            for triple in new:
                if triple not in facts:
                    facts.add(triple)
                    changed = True
    inferred = bind_prefixes(Graph())
    for triple in facts:
        if triple not in data and triple[0] in individuals and not _builtin(triple[2]):
            inferred.add(triple)
    return inferred


def _culprits(data: Graph, axioms: _Axioms, nm: NamespaceManager) -> tuple[list, list[str]]:
    """Individuals whose classes (asserted, or implied by domains and ranges) are disjoint."""
    classes: dict[object, set[URIRef]] = defaultdict(set)
    why: dict[tuple[object, URIRef], str] = {}
    for s, p, o in data:
        if p == RDF.type and isinstance(o, URIRef):
            classes[s].add(o)
            why.setdefault((s, o), "asserted")
            continue
        for prop in {p} | axioms.super_properties.get(p, set()):
            if prop in axioms.domains:
                classes[s].add(axioms.domains[prop])
                why.setdefault((s, axioms.domains[prop]), f"subject of {p.n3(nm)}")
            if prop in axioms.ranges and prop in axioms.object_properties:
                classes[o].add(axioms.ranges[prop])
                why.setdefault((o, axioms.ranges[prop]), f"object of {p.n3(nm)}")
    found = []
    for node, direct in classes.items():
        closed: dict[URIRef, URIRef] = {}
        for c in direct:
            for sup in axioms.with_supers({c}):
                closed.setdefault(sup, c)
        clashes = sorted({tuple(sorted(pair)) for pair in axioms.disjoint if pair <= closed.keys()})
        if clashes:
            involved = sorted({closed[c] for pair in clashes for c in pair})
            found.append((node, involved, clashes, why))
    found.sort(key=lambda item: str(item[0]))
    notes = []
    for prop in sorted(axioms.functional):
        if prop in axioms.object_properties:
            continue
        for s in set(data.subjects(prop, None)):
            values = set(data.objects(s, prop))
            if len({v.toPython() if isinstance(v, Literal) else v for v in values}) > 1:
                shown = ", ".join(sorted(v.n3(nm) for v in values))
                notes.append(
                    f"- {s.n3(nm)} has more than one value of the "
                    f"functional property {prop.n3(nm)}: {shown}"
                )
    return found, notes


def _inconsistency_report(data: Graph, axioms: _Axioms) -> tuple[str, list]:
    nm = bind_prefixes(Graph()).namespace_manager  # the caller's graph keeps its prefixes
    found, notes = _culprits(data, axioms, nm)
    lines = ["HermiT found the ontology and the data inconsistent."]
    culprits = []
    for node, involved, clashes, why in found:
        culprits.append((node, involved))
        pairs = "; ".join(f"{a.n3(nm)} and {b.n3(nm)} are disjoint" for a, b in clashes)
        reasons = ", ".join(f"{c.n3(nm)} ({why.get((node, c), 'implied')})" for c in involved)
        lines.append(f"- individual {node.n3(nm)} is typed {reasons}: {pairs}")
    lines.extend(notes)
    if not found and not notes:
        lines.append(
            "- no individual has disjoint classes and no functional property has two values; "
            "check the data against the ontology's domains, ranges and datatypes"
        )
    return "\n".join(lines), culprits


def reason_graph(data: Graph) -> ReasoningReport:
    """Run HermiT over the ontology plus ``data`` (not changed) and report what it finds."""
    started = time.perf_counter()
    ontology = ontology_graph()
    axioms = _Axioms(ontology)
    combined = _prepare(data, ontology, axioms)
    declared = axioms.classes | axioms.properties | _ontology_headers(ontology, data)
    individuals = {
        node
        for s, p, o in data
        if p == RDF.type or not _builtin(p)
        for node in ((s,) if p == RDF.type else (s, o))
        if isinstance(node, (URIRef, BNode)) and node not in declared and not _builtin(node)
    }
    consistent, hermit = _run_hermit(combined)
    if not consistent:
        text, culprits = _inconsistency_report(data, axioms)
        return ReasoningReport(
            consistent=False,
            report=text,
            inferred=bind_prefixes(Graph()),
            culprits=culprits,
            seconds=time.perf_counter() - started,
        )
    inferred = _complete(data, hermit, axioms, individuals)
    seconds = time.perf_counter() - started
    text = (
        f"consistent: HermiT found no contradiction in {len(data)} triples; "
        f"{len(inferred)} inferred triple(s)"
    )
    return ReasoningReport(consistent=True, report=text, inferred=inferred, seconds=seconds)


def reason_file(path: Path | str) -> ReasoningReport:
    """Read an RDF file (by extension, see ``strategygraph.validate.read_graph``) and reason."""
    return reason_graph(read_graph(path))
