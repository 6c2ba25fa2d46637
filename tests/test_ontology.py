"""The OWL ontology: it parses, loads in owlready2, documents every term, and matches the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, SKOS

from strategygraph import ontology, paths
from strategygraph.namespaces import SG
from strategygraph.vocab import SG as VOCAB_SG

ONTOLOGY_IRI = URIRef("https://w3id.org/strategygraph/ontology")
SG_NS = str(VOCAB_SG)
MODEL_MD = Path(__file__).resolve().parent.parent / "docs" / "MODEL.md"

_TERM_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
)


def _graph() -> Graph:
    return Graph().parse(paths.ONTOLOGY_FILE, format="turtle")


def _own_terms(graph: Graph) -> set[URIRef]:
    return {
        s
        for kind in _TERM_TYPES
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(SG_NS)
    }


def test_parses_and_has_metadata() -> None:
    graph = _graph()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    for predicate in (OWL.versionIRI, DCTERMS.title, DCTERMS.license, DCTERMS.created):
        assert graph.value(ONTOLOGY_IRI, predicate) is not None, predicate
    assert not list(graph.triples((None, OWL.imports, None))), "nothing may be imported"


def test_every_term_has_label_and_definition() -> None:
    graph = _graph()
    terms = _own_terms(graph)
    assert len(terms) > 40
    missing = [
        f"{term} lacks {predicate}"
        for term in sorted(terms)
        for predicate in (RDFS.label, SKOS.definition)
        if graph.value(term, predicate) is None
    ]
    assert not missing, "\n".join(missing)


def test_every_sg_iri_in_the_file_is_a_declared_term() -> None:
    graph = _graph()
    used = {
        node
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(SG_NS)
    }
    assert used == _own_terms(graph), used ^ _own_terms(graph)


def test_vocab_in_step_with_the_ontology() -> None:
    in_file = {str(t)[len(SG_NS) :] for t in _own_terms(_graph())}
    in_class = set(VOCAB_SG.__annotations__)
    assert in_file == in_class, (
        f"only in the ontology: {in_file - in_class}; only in vocab.py: {in_class - in_file}"
    )
    assert SG is VOCAB_SG
    with pytest.raises(AttributeError):
        SG.Visoin  # noqa: B018 - a misspelt term must fail


def test_terms_of_the_model_exist() -> None:
    """Every sg: term docs/MODEL.md names is in the ontology."""
    named = set(re.findall(r"\bsg:([A-Za-z][A-Za-z0-9]*)", MODEL_MD.read_text(encoding="utf-8")))
    assert {"Vision", "memberOf", "hasTextTarget", "alignsWith"} <= named
    in_file = {str(t)[len(SG_NS) :] for t in _own_terms(_graph())}
    assert named <= in_file, named - in_file


def test_every_predicate_and_class_used_is_declared() -> None:
    """OWL 2 DL: external terms are declared with their kind, and kinds do not mix."""
    graph = _graph()
    builtin = (str(RDF), str(RDFS), str(OWL))
    declared: dict[URIRef, set[URIRef]] = {}
    for kind in _TERM_TYPES:
        for s in graph.subjects(RDF.type, kind):
            declared.setdefault(s, set()).add(kind)
    mixed = {t: k for t, k in declared.items() if len(k) > 1}
    assert not mixed, mixed
    for p in set(graph.predicates()):
        if not str(p).startswith(builtin):
            assert p in declared, f"predicate {p} is not declared"
    for predicate in (RDFS.subClassOf, RDFS.domain, RDFS.range):
        for o in set(graph.objects(None, predicate)):
            if isinstance(o, URIRef) and not str(o).startswith(str(OWL)) and "XMLSchema" not in o:
                assert OWL.Class in declared.get(o, set()), f"{o} is not declared an owl:Class"
    for predicate in (RDFS.subPropertyOf, OWL.inverseOf):
        for s, o in graph.subject_objects(predicate):
            assert declared.get(s) == declared.get(o), f"{s} and {o} are of different kinds"


def test_axioms_the_reasoner_uses() -> None:
    graph = _graph()
    groups = [
        set(Collection(graph, graph.value(g, OWL.members)))
        for g in graph.subjects(RDF.type, OWL.AllDisjointClasses)
    ]
    assert {SG.Vision, SG.Mission, SG.Value, SG.Goal, SG.Commitment} in groups
    assert (SG.memberOf, OWL.inverseOf, SG.hasMember) in graph
    for prop in (SG.partnerOf, SG.alignsWith):
        assert (prop, RDF.type, OWL.SymmetricProperty) in graph
    for prop in (SG.hasVision, SG.hasMission):
        assert (prop, RDF.type, OWL.FunctionalProperty) in graph
    assert (SG.IntegratedCareSystem, RDFS.subClassOf, SG.Partnership) in graph
    assert (SG.odsCode, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/org#identifier")) in graph
    assert (SG.Vision, RDFS.subClassOf, URIRef("http://www.omg.org/spec/BMM#Vision")) in graph
    assert (SG.addressesTheme, RDFS.range, SKOS.Concept) in graph


def test_loads_in_owlready2_with_the_themes() -> None:
    import owlready2

    world = owlready2.World()
    try:
        onto = world.get_ontology(paths.ONTOLOGY_FILE.as_uri())
        combined = Graph()
        combined += ontology.ontology_graph()
        combined += ontology.themes_graph()
        data = combined.serialize(format="nt", encoding="utf-8")
        import io

        onto.load(fileobj=io.BytesIO(data), format="ntriples")
        assert world[str(SG.Vision)] is not None
        assert world[str(SG.memberOf)] is not None
        assert world[str(SG.hasMember)] in {world[str(SG.memberOf)].inverse_property}
        assert len(list(world.classes())) > 20
    finally:
        world.close()
    assert world is not owlready2.default_world


def test_loaders_are_cached_and_themes_optional(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert ontology.ontology_graph() is ontology.ontology_graph()
    assert ontology.shapes_graph() is ontology.shapes_graph()
    assert len(ontology.shapes_graph()) > 50
    monkeypatch.setattr(paths, "THEMES_FILE", tmp_path / "no-themes.ttl")
    ontology.themes_graph.cache_clear()
    try:
        assert len(ontology.themes_graph()) == 0
    finally:
        ontology.themes_graph.cache_clear()
