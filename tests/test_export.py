"""Exports: every format parses back (rdflib and pyoxigraph) to the store's content; bytes are
deterministic; the shapes are checked before anything is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from strategygraph import ids
from strategygraph.cli import main
from strategygraph.errors import UsageError, ValidationFailed
from strategygraph.export import DATATYPES, export_bytes, export_to, json_ld_context
from strategygraph.namespaces import SG, THEME
from strategygraph.store import OxigraphStore, to_oxigraph

DATASET_FORMATS = {"nq", "trig", "jsonld"}
RDFLIB_NAMES = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}
OX_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def expected_dataset(store, *, graphs=None, with_ontology=False, merge=False) -> ox.Dataset:
    """The store's content as the export should hold it (datatypes the model names)."""
    found = []
    for quad in store.native.quads_for_pattern(None, None, None, None):
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
        if name == str(ids.GRAPH_ONTOLOGY) and not with_ontology:
            continue
        if graphs is not None and name not in graphs and not (with_ontology and name == str(ids.GRAPH_ONTOLOGY)):
            continue
        obj = quad.object
        wanted = DATATYPES.get(quad.predicate.value)
        if wanted and isinstance(obj, ox.Literal):
            obj = ox.Literal(obj.value, datatype=ox.NamedNode(wanted))
        graph = ox.DefaultGraph() if merge else quad.graph_name
        found.append(ox.Quad(quad.subject, quad.predicate, obj, graph))
    dataset = ox.Dataset(found)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def canonical(quads) -> ox.Dataset:
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def parsed_with_rdflib(data: bytes, fmt: str) -> ox.Dataset:
    quads = []
    if fmt in DATASET_FORMATS:
        dataset = Dataset()
        dataset.parse(data=data, format=RDFLIB_NAMES[fmt])
        for s, p, o, g in dataset.quads((None, None, None, None)):
            name = g.identifier if isinstance(g, Graph) else g
            graph = ox.DefaultGraph() if name is None or str(name) == "urn:x-rdflib:default" else to_oxigraph(name)
            quads.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph))
    else:
        graph = Graph()
        graph.parse(data=data, format=RDFLIB_NAMES[fmt])
        quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph()) for s, p, o in graph]
    return canonical(quads)


def parsed_with_oxigraph(data: bytes, fmt: str) -> ox.Dataset:
    return canonical(
        q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        for q in ox.parse(data, format=OX_FORMATS[fmt])
    )


def assert_same(actual: ox.Dataset, expected: ox.Dataset) -> None:
    if actual != expected:
        missing = sorted(str(q) for q in expected if q not in actual)[:5]
        extra = sorted(str(q) for q in actual if q not in expected)[:5]
        pytest.fail(f"export differs from the store: missing {missing}, extra {extra}")


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_each_format_round_trips(seed_store, fmt: str) -> None:
    data = export_bytes(seed_store, fmt, validate=False)
    expected = expected_dataset(seed_store, merge=fmt not in DATASET_FORMATS)
    assert len(expected) > 500
    assert_same(parsed_with_oxigraph(data, fmt), expected)
    assert_same(parsed_with_rdflib(data, fmt), expected)


@pytest.mark.parametrize("fmt", ["trig", "ttl"])
def test_with_ontology_round_trips_blank_nodes_included(seed_store, fmt: str) -> None:
    data = export_bytes(seed_store, fmt, with_ontology=True, validate=False)
    expected = expected_dataset(seed_store, with_ontology=True, merge=fmt == "ttl")
    assert_same(parsed_with_oxigraph(data, fmt), expected)
    assert_same(parsed_with_rdflib(data, fmt), expected)
    assert b"owl:Ontology" in data or b"<http://www.w3.org/2002/07/owl#Ontology>" in data


def test_exports_are_deterministic_across_processes(seed_build, seed_store, tmp_path: Path) -> None:
    in_process = {fmt: export_bytes(seed_store, fmt, validate=False) for fmt in OX_FORMATS}
    assert in_process == {fmt: export_bytes(seed_store, fmt, validate=False) for fmt in OX_FORMATS}
    for fmt in ("jsonld",):  # the one written through rdflib; the others are pyoxigraph's
        out = tmp_path / f"export.{fmt}"
        subprocess.run(
            [sys.executable, "-m", "strategygraph", "--store", str(seed_build.store_path), "export",
             "--format", fmt, "--out", str(out), "--no-validate"],
            check=True, capture_output=True, env={**__import__("os").environ, "PYTHONHASHSEED": "123"},
        )
        assert out.read_bytes() == in_process[fmt]


def test_turtle_is_sorted_with_fixed_prefixes(seed_store) -> None:
    text = export_bytes(seed_store, "ttl", validate=False).decode("utf-8")
    prefixes = [line.split()[1] for line in text.splitlines() if line.startswith("@prefix")]
    assert prefixes[:4] == ["sg:", "theme:", "fw:", "org:"]
    assert "\\/" not in text  # data IRIs are written in full, never as escaped local names
    assert "<https://w3id.org/strategygraph/id/document/" in text
    nt = export_bytes(seed_store, "nt", validate=False).decode("utf-8").splitlines()
    assert len(nt) == len(set(nt))  # each triple once, though several graphs describe some nodes
    nq = export_bytes(seed_store, "nq", validate=False).decode("utf-8").splitlines()
    blocks: dict[str, list[str]] = {}
    for line in nq:  # graph by graph in IRI order, each graph's statements sorted
        blocks.setdefault(line.rsplit(" ", 2)[-2], []).append(line)
    assert list(blocks) == sorted(blocks)
    assert all(lines == sorted(lines) for lines in blocks.values())
    assert sum(len(lines) for lines in blocks.values()) == len(nq)


def test_one_document_graph(seed_build, seed_store) -> None:
    doc_id = seed_build.summary.documents[0].doc_id
    graph_iri = str(ids.document_graph_iri(doc_id))
    for name in (doc_id, graph_iri):
        data = export_bytes(seed_store, "nq", graphs=[ids.document_graph_iri(doc_id)], validate=True)
        expected = expected_dataset(seed_store, graphs={graph_iri})
        assert_same(parsed_with_oxigraph(data, "nq"), expected)
        assert {q.graph_name.value for q in expected} == {graph_iri}
        assert name  # both spellings resolve (checked through the CLI below)


def test_cli_export_to_file_and_stdout(seed_build, tmp_path: Path, capsysbinary) -> None:
    doc_id = seed_build.summary.documents[0].doc_id
    out = tmp_path / "doc.ttl"
    assert main(["--store", str(seed_build.store_path), "export", "--graph", doc_id, "--out", str(out)]) == 0
    iri = str(ids.document_graph_iri(doc_id))
    assert main(["--store", str(seed_build.store_path), "export", "--graph", iri]) == 0
    assert capsysbinary.readouterr().out == out.read_bytes()
    assert main(["--store", str(seed_build.store_path), "export", "--graph", "no-such-document"]) == 2


def test_unknown_graph_is_a_usage_error(seed_store) -> None:
    from strategygraph.export import resolve_graph

    with pytest.raises(UsageError, match="no graph named"):
        resolve_graph(seed_store, "no-such-document")


def test_json_ld_uses_the_readable_context(seed_store) -> None:
    document = json.loads(export_bytes(seed_store, "jsonld", validate=False))
    assert document["@context"] == json_ld_context()
    assert json_ld_context()["text"] == "sg:text"
    flat = json.dumps(document)
    assert '"text":' in flat and '"hasTextTarget":' in flat and '"exact":' in flat


def test_invalid_graph_is_not_written(seed_build, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    OxigraphStore(seed_build.store_path.resolve(), read_only=True).backup(copy)
    store = OxigraphStore(copy)
    doc_id = seed_build.summary.documents[0].doc_id
    graph = store.graph(ids.document_graph_iri(doc_id))
    graph.add((ids.document_iri(doc_id), SG.addressesTheme, THEME["not-a-theme"]))
    store.replace_graph(ids.document_graph_iri(doc_id), graph)
    out = tmp_path / "export.ttl"
    out.write_bytes(b"previous export\n")
    with pytest.raises(ValidationFailed):
        export_to(store, "ttl", out, graph=doc_id)
    assert out.read_bytes() == b"previous export\n"
    store.close()


def test_streamed_files_equal_the_bytes_and_leave_no_temporary_file(seed_store, tmp_path: Path) -> None:
    """The build writes TriG and Turtle with write_exports (graph by graph, to a temporary file
    then renamed): the files hold exactly what export_bytes gives, and nothing else is left."""
    from strategygraph.export import write_exports

    targets = {fmt: tmp_path / f"all.{fmt}" for fmt in ("nt", "nq", "trig", "ttl")}
    sizes = write_exports(seed_store, targets, with_ontology=True)
    for fmt, path in targets.items():
        assert path.read_bytes() == export_bytes(seed_store, fmt, with_ontology=True, validate=False), fmt
        assert sizes[fmt] == path.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in targets.values())
