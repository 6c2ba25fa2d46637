"""HermiT through owlready2: consistency, culprits of an inconsistency, and inferred facts.

Each reasoner run starts a JVM (seconds), so every run here is shared through a module fixture
where it can be.
"""

from __future__ import annotations

import os
from pathlib import Path

import owlready2
import pytest
from rdflib import RDF, Graph, URIRef

from strategygraph.cli import main
from strategygraph.namespaces import ID, SG
from strategygraph.reason import reason_file, reason_graph
from strategygraph.reference_graph import build_reference_graph

DATA = Path(__file__).resolve().parent / "data" / "foundation"
INCONSISTENT = sorted((DATA / "inconsistent").glob("*.ttl"))
ORG = "http://www.w3.org/ns/org#"


def expectations(path: Path) -> list[tuple[str, str]]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            node, _, text = line[len("# expect:") :].partition("|")
            found.append((node.strip(), text.strip()))
    assert found, f"{path.name} has no '# expect:' lines"
    return found


@pytest.fixture(scope="module")
def reference_report():
    return reason_graph(build_reference_graph())


@pytest.fixture(scope="module")
def sample_report():
    worlds_before = len(owlready2.default_world.ontologies)
    java_options = os.environ.get("JAVA_TOOL_OPTIONS")
    report = reason_file(DATA / "inference_sample.ttl")
    assert len(owlready2.default_world.ontologies) == worlds_before, "default world touched"
    assert os.environ.get("JAVA_TOOL_OPTIONS") == java_options, "environment not restored"
    return report


def test_reference_data_is_consistent(reference_report) -> None:
    assert reference_report.consistent, reference_report.report
    assert reference_report.culprits == []
    assert "consistent" in reference_report.report


def test_reference_inferences_are_new_facts_only(reference_report) -> None:
    data = build_reference_graph()
    inferred = reference_report.inferred
    assert len(inferred) > 0
    assert not [t for t in inferred if t in data]
    rxm = ID["organisation/RXM"]
    assert (rxm, RDF.type, SG.Organisation) in inferred
    assert (rxm, URIRef(ORG + "memberOf"), ID["ics/joined-up-care-derbyshire"]) in inferred
    assert (ID["ics/our-dorset"], RDF.type, SG.Partnership) in inferred


def test_inverse_and_symmetric_links_are_inferred(sample_report) -> None:
    assert sample_report.consistent, sample_report.report
    inferred = sample_report.inferred
    aaa, bbb, ccc = (ID[f"organisation/{c}"] for c in ("AAA", "BBB", "CCC"))
    ics = ID["ics/sample"]
    a, b = ID["statement/a/commitment-1"], ID["statement/b/commitment-2"]
    assert (ics, SG.hasMember, aaa) in inferred  # inverse of memberOf
    assert (bbb, SG.partnerOf, aaa) in inferred  # symmetric
    assert (b, SG.alignsWith, a) in inferred  # symmetric
    assert (ics, URIRef(ORG + "hasMember"), aaa) in inferred  # super-property of the inverse
    assert (ccc, RDF.type, SG.IntegratedCareBoard) in inferred  # range of hasIntegratedCareBoard
    assert (aaa, RDF.type, SG.Organisation) in inferred  # superclass of AcuteTrust
    assert (a, RDF.type, SG.StrategicStatement) in inferred
    assert (ics, RDF.type, SG.Partnership) in inferred
    asserted = Graph().parse(DATA / "inference_sample.ttl")
    assert not [t for t in inferred if t in asserted]
    assert not [o for o in inferred.objects() if "ontology.invalid" in str(o)]


@pytest.mark.parametrize("path", INCONSISTENT, ids=lambda p: p.stem)
def test_inconsistency_names_individuals_and_classes(path: Path) -> None:
    report = reason_file(path)
    assert not report.consistent
    assert len(report.inferred) == 0
    lines = report.report.splitlines()
    for node, text in expectations(path):
        assert any(f"{node}>" in line and text in line for line in lines), report.report
    if path.stem == "vision_and_value":  # the named case: the culprit and its classes
        node = ID["statement/broken/vision-000000000001"]
        assert report.culprits == [(node, [SG.Value, SG.Vision])]


def test_cli_reason_exit_codes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STRATEGYGRAPH_HOME", str(tmp_path))  # no built graph here
    out = tmp_path / "inferred.ttl"
    assert main(["reason", "--write-inferred", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert stdout.count("\n") == 1 and "consistent" in stdout
    assert (ID["organisation/RXM"], RDF.type, SG.Organisation) in Graph().parse(out)

    assert main(["reason", str(DATA / "inconsistent" / "vision_and_value.ttl")]) == 1
    err = capsys.readouterr().err
    assert "inconsistent" in err and "vision-000000000001" in err

    for bad in (DATA / "not_rdf.ttl", tmp_path / "missing.ttl", DATA.parent / "foundation"):
        assert main(["reason", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
