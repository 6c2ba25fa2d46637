"""The reference graph: one node per row of the reference CSVs, in the shape of docs/MODEL.md."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from strategygraph.ids import ics_iri, organisation_iri, partnership_iri
from strategygraph.namespaces import ID, SG
from strategygraph.paths import REFERENCE_DIR
from strategygraph.reference import KIND_CLASSES, load_organisations
from strategygraph.reference_graph import build_reference_graph, federations
from strategygraph.validate import validate_graph


def _rows(name: str, directory: Path = REFERENCE_DIR) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ORGANISATIONS = _rows("organisations.csv")
SYSTEMS = _rows("integrated_care_systems.csv")


@pytest.fixture(scope="module")
def graph():
    return build_reference_graph()


@pytest.mark.parametrize("row", ORGANISATIONS, ids=lambda r: r["ods_code"])
def test_organisation_row(graph, row: dict[str, str]) -> None:
    node = ID[f"organisation/{row['ods_code']}"]
    classes = KIND_CLASSES.get(row["type"].lower(), ("OtherOrganisation",))
    assert set(graph.objects(node, RDF.type)) == {SG[c] for c in classes}
    assert list(graph.objects(node, RDFS.label)) == [Literal(row["name"])]
    assert graph.value(node, SG.odsCode) == Literal(row["ods_code"])
    system = next(s for s in SYSTEMS if s["icb_ods_code"] == row["icb_ods_code"])
    ics = ics_iri(system["name"])
    assert (node, SG.memberOf, ics) in graph
    assert (ics, SG.hasMember, node) in graph


@pytest.mark.parametrize("row", SYSTEMS, ids=lambda r: r["icb_ods_code"])
def test_ics_row(graph, row: dict[str, str]) -> None:
    ics = ics_iri(row["name"])
    assert (ics, RDF.type, SG.IntegratedCareSystem) in graph
    assert graph.value(ics, RDFS.label) == Literal(row["name"])
    icb = organisation_iri(row["icb_ods_code"])
    assert graph.value(ics, SG.hasIntegratedCareBoard) == icb
    assert (icb, RDF.type, SG.IntegratedCareBoard) in graph
    members = {str(m).rsplit("/", 1)[1] for m in graph.objects(ics, SG.hasMember)}
    assert members == {
        o["ods_code"] for o in ORGANISATIONS if o["icb_ods_code"] == row["icb_ods_code"]
    }


def test_model_examples(graph) -> None:
    """The triples docs/MODEL.md shows for the reference graph."""
    rxm = ID["organisation/RXM"]
    derbyshire = ID["ics/joined-up-care-derbyshire"]
    assert (rxm, RDF.type, SG.MentalHealthTrust) in graph
    assert (rxm, SG.memberOf, derbyshire) in graph
    assert set(graph.objects(derbyshire, SG.hasMember)) == {rxm, ID["organisation/QJ2"]}
    assert graph.value(derbyshire, SG.hasIntegratedCareBoard) == ID["organisation/QJ2"]
    rdy = ID["organisation/RDY"]
    assert {SG.CommunityTrust, SG.MentalHealthTrust} <= set(graph.objects(rdy, RDF.type))


def test_dorset_federation(graph) -> None:
    federation = ID["partnership/dorset-federation"]
    rbd, rdy = ID["organisation/RBD"], ID["organisation/RDY"]
    assert (federation, RDF.type, SG.Partnership) in graph
    assert graph.value(federation, RDFS.label) is not None
    assert set(graph.objects(federation, SG.hasMember)) == {rbd, rdy}
    assert (rbd, SG.memberOf, federation) in graph and (rdy, SG.memberOf, federation) in graph
    assert (rbd, SG.partnerOf, rdy) in graph and (rdy, SG.partnerOf, rbd) in graph
    partnerships = set(graph.subjects(RDF.type, SG.Partnership))
    assert partnerships == {federation}, "only the notes' federation is a plain partnership"


def test_federations_come_from_the_notes_not_from_code(tmp_path: Path) -> None:
    """A made-up reference folder: the federation follows its notes, three members, no Dorset."""
    (tmp_path / "organisations.csv").write_text(
        "name,ods_code,type,integrated_care_board,icb_ods_code,notes\n"
        "Riverside Hospitals NHS Trust,ZZ1,acute trust,NHS Riverside,ZZ9,federated with Riverside Community Health since 2025\n"
        "Riverside Community Health NHS Trust,ZZ2,community trust,NHS Riverside,ZZ9,\n"
        "Riverside Mental Health NHS Trust,ZZ3,mental health trust,NHS Riverside,ZZ9,"
        "federated with Riverside Hospitals\n"
        "Hilltop Ambulance Service NHS Trust,ZZ4,ambulance trust,NHS Riverside,ZZ9,works with Riverside Hospitals\n"
        "NHS Riverside,ZZ9,integrated care board,NHS Riverside,ZZ9,\n",
        encoding="utf-8",
    )
    (tmp_path / "integrated_care_systems.csv").write_text(
        "name,icb_ods_code,icb_name,notes\nRiverside Together,ZZ9,NHS Riverside,\n",
        encoding="utf-8",
    )
    found = federations(load_organisations(tmp_path))
    assert [(name, [m.ods_code for m in members]) for name, members in found] == [
        ("Riverside federation", ["ZZ1", "ZZ2", "ZZ3"])
    ]
    graph = build_reference_graph(tmp_path)
    federation = partnership_iri("Riverside federation")
    assert len(set(graph.objects(federation, SG.hasMember))) == 3
    zz1, zz3, zz4 = (ID[f"organisation/{c}"] for c in ("ZZ1", "ZZ3", "ZZ4"))
    assert (zz3, SG.partnerOf, zz1) in graph
    assert not list(graph.objects(zz4, SG.partnerOf))
    assert (ID["organisation/ZZ4"], RDF.type, SG.AmbulanceTrust) in graph
    assert (
        ics_iri("Riverside Together"),
        SG.hasIntegratedCareBoard,
        ID["organisation/ZZ9"],
    ) in graph
    assert validate_graph(graph).conforms


def test_reference_graph_validates(graph) -> None:
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_every_node_is_an_iri(graph) -> None:
    assert all(isinstance(s, URIRef) for s in graph.subjects())
