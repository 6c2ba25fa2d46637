"""Coverage of ICS purposes, shifts and themes, and its gaps, on a small graph built here."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal

from strategygraph import analysis
from strategygraph.ids import GRAPH_REFERENCE, GRAPH_THEMES, document_graph_iri
from strategygraph.namespaces import DCTERMS, FW, ID, PROV, RDFS, SG, SKOS, THEME
from strategygraph.store import RdflibMemoryStore

PURPOSES = ["improve-outcomes", "tackle-inequalities", "productivity-value", "social-economic-development"]
SHIFTS = ["hospital-to-community", "analogue-to-digital", "sickness-to-prevention"]
# theme -> (purposes it serves, shifts it serves), as themes.ttl relates them
THEMES = {
    "health_inequalities": (["tackle-inequalities"], ["sickness-to-prevention"]),
    "workforce": (["productivity-value"], []),
    "digital_innovation": (["productivity-value"], ["analogue-to-digital"]),
    "integrated_care": (["improve-outcomes"], ["hospital-to-community"]),
}


def _store() -> RdflibMemoryStore:
    store = RdflibMemoryStore()
    themes = Graph()
    for scheme, members in ((FW["ics-purposes"], PURPOSES), (FW["ten-year-plan-shifts"], SHIFTS)):
        for name in members:
            themes.add((FW[name], SKOS.inScheme, scheme))
            themes.add((FW[name], SKOS.prefLabel, Literal(name.replace("-", " "))))
    for name, (purposes, shifts) in THEMES.items():
        themes.add((THEME[name], SKOS.inScheme, THEME.scheme))
        themes.add((THEME[name], SKOS.prefLabel, Literal(name.replace("_", " "))))
        for p in purposes:
            themes.add((THEME[name], SKOS.broadMatch, FW[p]))
        for s in shifts:
            themes.add((THEME[name], SKOS.relatedMatch, FW[s]))
    store.replace_graph(GRAPH_THEMES, themes)
    ref = Graph()
    ics = ID["ics/test-system"]
    ref.add((ics, RDF.type, SG.IntegratedCareSystem))
    ref.add((ics, RDFS.label, Literal("Test System")))
    for code in ("AAA", "BBB"):
        org = ID[f"organisation/{code}"]
        ref.add((org, RDF.type, SG.AcuteTrust))
        ref.add((org, RDFS.label, Literal(f"Trust {code}")))
        ref.add((org, SG.odsCode, Literal(code)))
        ref.add((org, SG.memberOf, ics))
    store.replace_graph(GRAPH_REFERENCE, ref)
    statements = {
        "AAA": [("Reduce health inequalities", ["health_inequalities"]), ("Be a great employer", ["workforce"])],
        "BBB": [("Grow our workforce", ["workforce"]), ("Respect", [])],
    }
    for code, items in statements.items():
        doc = ID[f"document/{code.lower()}"]
        g = Graph()
        g.add((doc, RDF.type, SG.StrategyDocument))
        g.add((doc, DCTERMS.publisher, ID[f"organisation/{code}"]))
        for i, (text, themes_of) in enumerate(items):
            s = ID[f"statement/{code.lower()}/commitment-{i}"]
            g.add((s, RDF.type, SG.Commitment))
            g.add((s, SG.text, Literal(text)))
            g.add((s, PROV.wasDerivedFrom, doc))
            for t in themes_of:
                g.add((s, SG.addressesTheme, THEME[t]))
        store.replace_graph(document_graph_iri(code.lower()), g)
    return store


@pytest.fixture(scope="module")
def report():
    return analysis.coverage(_store(), ics="Test")


def _labels(cells):
    return sorted(c.label for c in cells)


def test_organisation_coverage_and_gaps(report):
    a = report.row(ID["organisation/AAA"])
    assert _labels(a.covered("purpose")) == ["productivity value", "tackle inequalities"]
    assert _labels(a.gaps("purpose")) == ["improve outcomes", "social economic development"]
    assert _labels(a.covered("shift")) == ["sickness to prevention"]
    assert _labels(a.gaps("shift")) == ["analogue to digital", "hospital to community"]
    assert _labels(a.gaps("theme")) == ["digital innovation", "integrated care"]
    b = report.row(ID["organisation/BBB"])
    assert _labels(b.covered("purpose")) == ["productivity value"]
    assert _labels(b.gaps("shift")) == ["analogue to digital", "hospital to community", "sickness to prevention"]


def test_evidence_is_the_statements(report):
    a = report.row(ID["organisation/AAA"])
    cell = next(c for c in a.cells if c.label == "tackle inequalities")
    assert [e.text for e in cell.evidence] == ["Reduce health inequalities"]
    assert cell.evidence[0].organisation_label == "Trust AAA"


def test_system_covers_the_union_of_its_members(report):
    system = report.row(ID["ics/test-system"])
    assert system.kind == "ics"
    assert _labels(system.gaps("purpose")) == ["improve outcomes", "social economic development"]
    assert _labels(system.gaps("shift")) == ["analogue to digital", "hospital to community"]
    workforce = next(c for c in system.cells if c.label == "workforce")
    assert sorted(e.organisation_label for e in workforce.evidence) == ["Trust AAA", "Trust BBB"]
    assert len(report.columns) == len(PURPOSES) + len(SHIFTS) + len(THEMES)
