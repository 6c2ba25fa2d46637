"""SHACL validation: the shapes accept a well-formed graph and reject each broken sample.

The broken samples are files under ``tests/data/foundation/invalid/``; each says in
``# expect: NODE | TEXT`` lines which report lines it must produce.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from strategygraph.cli import main
from strategygraph.errors import InputError
from strategygraph.ids import GRAPH_REFERENCE
from strategygraph.namespaces import ID, SG, THEME
from strategygraph.reference_graph import build_reference_graph
from strategygraph.validate import (
    read_graph,
    validate_dataset,
    validate_file,
    validate_graph,
)

DATA = Path(__file__).resolve().parent / "data" / "foundation"
VALID = DATA / "valid_document.ttl"
INVALID = sorted((DATA / "invalid").glob("*.ttl"))


def expectations(path: Path) -> list[tuple[str, str]]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            node, _, text = line[len("# expect:") :].partition("|")
            found.append((node.strip(), text.strip()))
    assert found, f"{path.name} has no '# expect:' lines"
    return found


def test_valid_document_conforms() -> None:
    report = validate_file(VALID)
    assert report.conforms, report.text
    assert report.violations == 0


def test_reference_data_conforms() -> None:
    report = validate_graph(build_reference_graph())
    assert report.conforms, report.text


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_sample_is_rejected_with_readable_report(path: Path) -> None:
    report = validate_file(path)
    assert not report.conforms
    lines = report.text.splitlines()
    for node, text in expectations(path):
        assert any(f"{node}>" in line and text in line for line in lines), (
            f"no report line for {node} saying {text!r} in:\n{report.text}"
        )


def test_commitment_without_source_is_rejected() -> None:
    """The issue's named case, on a graph built in the test from the valid sample."""
    graph = read_graph(VALID)
    commitment = ID["statement/sample/commitment-000000000004"]
    graph.remove((commitment, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    report = validate_graph(graph)
    assert not report.conforms
    assert "prov:wasDerivedFrom its document" in report.text
    assert str(commitment) in report.text


def test_theme_outside_the_scheme_is_rejected_and_real_theme_accepted() -> None:
    graph = read_graph(VALID)
    goal = ID["statement/sample/goal-000000000003"]
    graph.add((goal, SG.addressesTheme, THEME["not_a_theme"]))
    report = validate_graph(graph)
    assert not report.conforms
    assert "theme scheme" in report.text and "not_a_theme" in report.text
    # a theme of ontology/themes.ttl needs no declaration in the data
    graph.remove((goal, SG.addressesTheme, THEME["not_a_theme"]))
    graph.add((goal, SG.addressesTheme, THEME["primary_care"]))
    assert validate_graph(graph).conforms


def test_input_graph_is_not_changed() -> None:
    graph = read_graph(VALID)
    before = len(graph)
    validate_graph(graph)
    assert len(graph) == before


@pytest.mark.parametrize(
    "suffix,rdf_format", [(".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig")]
)
def test_other_formats_by_extension(tmp_path: Path, suffix: str, rdf_format: str) -> None:
    graph = read_graph(VALID)
    if rdf_format == "trig":
        dataset = Dataset()
        dataset.graph(ID["graph/sample"]).__iadd__(graph)
        text = dataset.serialize(format="trig")
    else:
        text = graph.serialize(format=rdf_format)
    path = tmp_path / f"sample{suffix}"
    path.write_text(text, encoding="utf-8")
    assert len(read_graph(path)) == len(graph)
    assert validate_file(path).conforms


def test_dataset_validated_graph_by_graph() -> None:
    dataset = Dataset()
    dataset.graph(ID["graph/sample"]).__iadd__(read_graph(VALID))
    dataset.graph(GRAPH_REFERENCE).__iadd__(build_reference_graph())
    assert validate_dataset(dataset).conforms
    broken = read_graph(DATA / "invalid" / "commitment_without_source.ttl")
    dataset.graph(ID["graph/broken"]).__iadd__(broken)
    report = validate_dataset(dataset)
    assert not report.conforms
    assert f"in graph <{ID['graph/broken']}>" in report.text
    assert "graph/sample>" not in report.text


@pytest.mark.parametrize(
    "name,content",
    [("missing.ttl", None), ("notes.txt", "hello"), ("broken.ttl", "@prefix : <x> . :a :b")],
)
def test_unreadable_input(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        validate_file(path)
    assert str(path) in str(error.value)
    assert "\n" not in str(error.value)


@pytest.fixture
def empty_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No built graph: the default target is the reference data alone."""
    monkeypatch.setenv("STRATEGYGRAPH_HOME", str(tmp_path))
    return tmp_path


def test_cli_validate_exit_codes(empty_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "reference data" in out and "valid" in out

    assert main(["validate", str(VALID)]) == 0
    assert capsys.readouterr().out.count("\n") == 1

    assert main(["validate", str(DATA / "invalid" / "bad_organisations.ttl")]) == 1
    err = capsys.readouterr().err
    assert "SHACL violation" in err and "exactly one rdfs:label" in err

    for bad in (DATA / "not_rdf.ttl", empty_build / "missing.ttl"):
        assert main(["validate", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_cli_validate_includes_the_built_graph(
    empty_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = Dataset()
    dataset.graph(ID["graph/broken"]).__iadd__(
        Graph().parse(DATA / "invalid" / "commitment_without_source.ttl")
    )
    (empty_build / "strategygraph.trig").write_text(dataset.serialize(format="trig"), "utf-8")
    assert main(["validate"]) == 1
    assert "prov:wasDerivedFrom" in capsys.readouterr().err
