"""``strategygraph queries`` and ``strategygraph query``: formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph

from strategygraph.cli import main
from strategygraph.store import OxigraphStore

FIXTURE = Path(__file__).parent / "data" / "queries" / "fixture.trig"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An on-disk Oxigraph store of the hand-written fixture graph."""
    folder = tmp_path_factory.mktemp("query-cli") / "store"
    store = OxigraphStore(folder)
    store.load(FIXTURE, "trig")
    store.close()
    return str(folder)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_queries_lists_names_and_titles(capsys) -> None:
    code, out, _ = run(capsys, "queries")
    assert code == 0
    assert "theme-commitments" in out and "Who commits to a theme, in their own words" in out
    assert len(out.splitlines()) >= 12
    code, out, _ = run(capsys, "queries", "theme-commitments")
    assert code == 0 and "--param theme=" in out and "health_inequalities" in out


def test_table_format(capsys, store_dir: str) -> None:
    code, out, err = run(capsys, "--store", store_dir, "query", "theme-commitments")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["organisation", "label", "icsLabel"]
    assert "Reduce health inequalities" in out and lines[-1] == "(4 rows)"


def test_csv_format(capsys, store_dir: str) -> None:
    code, out, _ = run(capsys, "query", "theme-commitments", "--param", "theme=workforce", "--format", "csv", "--store", store_dir)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["organisation"] for r in rows} == {
        "https://w3id.org/strategygraph/id/organisation/RX3",
        "https://w3id.org/strategygraph/id/organisation/QR1",
    }
    assert "\r\n" in out  # SPARQL 1.1 CSV line ends


def test_tsv_format(capsys, store_dir: str) -> None:
    code, out, _ = run(capsys, "--store", store_dir, "query", "year-ahead", "-f", "tsv")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split("\t") == ["?organisation", "?label", "?timeframe", "?text", "?document"]
    assert rows[0].startswith("<https://w3id.org/strategygraph/id/organisation/QR1>\t\"NHS Gloucestershire\"")


def test_json_format_is_sparql_results_json(capsys, store_dir: str) -> None:
    code, out, _ = run(capsys, "--store", store_dir, "query", "shared-values", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["head"]["vars"] == ["value", "organisations", "organisation", "label", "name"]
    first = document["results"]["bindings"][0]
    assert first["value"] == {"type": "literal", "value": "respect"}
    assert first["organisations"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    code, out, _ = run(capsys, "--store", store_dir, "query", "addresses-theme", "--format", "json")
    assert json.loads(out) == {"head": {}, "boolean": True}


def test_ask_and_construct(capsys, store_dir: str) -> None:
    code, out, _ = run(capsys, "--store", store_dir, "query", "addresses-theme", "-p", "organisation=RXM")
    assert (code, out) == (0, "false\n")
    code, out, _ = run(capsys, "--store", store_dir, "query", "organisation-profile")
    assert code == 0 and out.startswith("@prefix")
    graph = Graph().parse(data=out, format="turtle")
    assert len(graph) >= 20


def test_query_file(capsys, store_dir: str, tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/strategygraph/ontology#Vision> }\n", encoding="utf-8")
    code, out, _ = run(capsys, "--store", store_dir, "query", str(path), "--format", "csv")
    assert (code, out) == (0, "n\r\n3\r\n")


def test_a_query_that_does_not_parse_exits_2_with_line_and_column(capsys, store_dir: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.rq"
    path.write_text("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER (?o = )\n}\n", encoding="utf-8")
    code, out, err = run(capsys, "--store", store_dir, "query", str(path))
    assert code == 2 and out == ""
    assert "bad.rq:4:" in err and "line 4, column" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_unknown_query_name_lists_close_matches(capsys, store_dir: str) -> None:
    code, _, err = run(capsys, "--store", store_dir, "query", "shared-value")
    assert code == 2 and "shared-values" in err


def test_unknown_param_and_bad_param_exit_2(capsys, store_dir: str) -> None:
    code, _, err = run(capsys, "--store", store_dir, "query", "theme-commitments", "--param", "colour=red")
    assert code == 2 and "unknown param colour" in err
    code, _, err = run(capsys, "--store", store_dir, "query", "theme-commitments", "--param", "theme")
    assert code == 2 and "NAME=VALUE" in err
    code, _, err = run(capsys, "--store", store_dir, "query", "statement-provenance", "-p", 'statement=<x> } ; DROP ALL #')
    assert code == 2 and "IRI" in err
    code, _, err = run(capsys, "--store", store_dir, "query", "theme-commitments", "-p", "theme=workforce",
                       "-p", "theme=digital_innovation")
    assert code == 2 and "given twice" in err and len(err.strip().splitlines()) == 1


def test_missing_store_exits_2(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--store", str(tmp_path / "nothing"), "query", "organisations")
    assert code == 2 and "strategygraph build" in err


def test_query_on_the_seed_build(capsys, seed_build) -> None:
    code, out, err = run(capsys, "--store", str(seed_build.store_path), "query", "theme-commitments", "--format", "csv")
    assert code == 0, err
    organisations = {row["label"] for row in csv.DictReader(io.StringIO(out))}
    assert "Tees, Esk and Wear Valleys NHS Foundation Trust" in organisations
