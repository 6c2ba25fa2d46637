"""Themes: the SKOS thesaurus is well formed and is the classifier's only vocabulary."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import FOAF, RDF, SKOS

from strategygraph.classify import load_terms, themes_of
from strategygraph.namespaces import FW, THEME
from strategygraph.paths import REFERENCE_DIR, THEMES_FILE


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(THEMES_FILE, format="turtle")


def _theme_ids() -> list[str]:
    with (REFERENCE_DIR / "themes.csv").open(encoding="utf-8") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def test_sixteen_themes_with_labels_definitions_and_terms(graph: Graph) -> None:
    ids = _theme_ids()
    assert len(ids) == 16
    concepts = set(graph.subjects(SKOS.inScheme, THEME.scheme))
    assert concepts == {THEME[i] for i in ids}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in graph
        assert (concept, SKOS.topConceptOf, THEME.scheme) in graph
        assert len(list(graph.objects(concept, SKOS.prefLabel))) == 1
        assert len(list(graph.objects(concept, SKOS.definition))) == 1
        assert list(graph.objects(concept, SKOS.altLabel)), concept
        assert list(graph.objects(concept, SKOS.broadMatch)), concept


def test_framework_schemes(graph: Graph) -> None:
    purposes = set(graph.subjects(SKOS.topConceptOf, FW["ics-purposes"]))
    shifts = set(graph.subjects(SKOS.topConceptOf, FW["ten-year-plan-shifts"]))
    assert purposes == {FW[x] for x in ("improve-outcomes", "tackle-inequalities",
                                        "productivity-value", "social-economic-development")}
    assert shifts == {FW[x] for x in ("hospital-to-community", "analogue-to-digital",
                                      "sickness-to-prevention")}
    for concept in purposes | shifts:
        assert graph.value(concept, SKOS.prefLabel) is not None
        assert graph.value(concept, SKOS.definition) is not None
    for theme in graph.subjects(SKOS.inScheme, THEME.scheme):
        assert set(graph.objects(theme, SKOS.broadMatch)) <= purposes
        assert set(graph.objects(theme, SKOS.relatedMatch)) <= shifts
    assert (THEME.health_inequalities, SKOS.broadMatch, FW["tackle-inequalities"]) in graph
    assert (THEME.digital_innovation, SKOS.relatedMatch, FW["analogue-to-digital"]) in graph
    assert (FW["long-term-plan-2019"], RDF.type, FOAF.Document) in graph


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        ("Reduce health inequalities", ["health_inequalities"]),
        ("address the inequalities we know exist", ["health_inequalities"]),  # stem
        ("support primary care (GP services) and urgent and emergency care",
         ["primary_care", "urgent_emergency_care"]),
        ("Increase recruitment and retention of our workforce", ["workforce"]),
        ("co-creating services with people", ["community_engagement"]),
        ("Reach net zero by 2040", ["environmental_sustainability"]),
        ("The car park will be resurfaced", []),
    ],
)
def test_themes_of(text: str, themes: list[str]) -> None:
    assert themes_of(text) == themes


def test_every_term_is_read_from_the_thesaurus(graph: Graph) -> None:
    terms = load_terms(THEMES_FILE)
    for concept in graph.subjects(SKOS.inScheme, THEME.scheme):
        theme_id = str(concept)[len(str(THEME)):]
        for label in graph.objects(concept, SKOS.altLabel):
            key = " ".join(str(label).casefold().replace("’", "'").split())
            if key in terms.phrases:
                assert theme_id in terms.phrases[key]


def test_vocabulary_comes_only_from_the_file(tmp_path: Path) -> None:
    """A thesaurus with one made-up term: the classifier knows that term and nothing else."""
    graph = Graph()
    graph.add((THEME.scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((THEME.made_up, RDF.type, SKOS.Concept))
    graph.add((THEME.made_up, SKOS.inScheme, THEME.scheme))
    graph.add((THEME.made_up, SKOS.prefLabel, Literal("Made up")))
    graph.add((THEME.made_up, SKOS.altLabel, Literal("purple elephants")))
    graph.add((THEME.made_up, SKOS.hiddenLabel, Literal("zebr")))
    path = tmp_path / "themes.ttl"
    graph.serialize(path, format="turtle")
    assert themes_of("Reduce health inequalities", path) == []
    assert themes_of("We will count Purple  Elephants", path) == ["made_up"]
    assert themes_of("zebras and zebra crossings", path) == ["made_up"]


def test_document_themes_are_the_union() -> None:
    from strategygraph.extract import extract_file
    from strategygraph.paths import CORPUS_DIR

    extraction = extract_file(CORPUS_DIR / "one-gloucestershire-pillars.txt")
    union = set()
    for statement in extraction.statements():
        union.update(statement.themes)
    assert extraction.themes == sorted(union)
    assert {"prevention", "primary_care", "workforce"} <= set(extraction.themes)
