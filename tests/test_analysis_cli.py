"""The `shared`, `compare` and `coverage` commands, and name resolution, on tests/data/analysis/small.trig."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strategygraph.analysis import analyse
from strategygraph.analysis.data import load_view
from strategygraph.analysis.resolve import resolve_ics, resolve_organisation
from strategygraph.cli import main
from strategygraph.errors import UsageError
from strategygraph.namespaces import ID
from strategygraph.store import OxigraphStore

SMALL = Path(__file__).parent / "data" / "analysis" / "small.trig"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("analysis") / "store"
    store = OxigraphStore(path)
    store.load(SMALL, "trig")
    analyse(store)
    store.close()
    return str(path)


@pytest.fixture(scope="module")
def view():
    s = OxigraphStore()
    s.load(SMALL, "trig")
    return load_view(s)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "name, code",
    [("RBD", "RBD"), ("rbd", "RBD"), (str(ID["organisation/RDY"]), "RDY"), ("County Hospital", "RBD"),
     ("Dorset HealthCare", "RDY"), ("tees, esk", "RX3"), ("NHS Gloucestershire", "QR1")],
)
def test_resolve_organisation(view, name, code):
    assert resolve_organisation(view, name) == ID[f"organisation/{code}"]


@pytest.mark.parametrize("name", ["Dorset", "dorset", "our-dorset", str(ID["ics/our-dorset"]), "QVV"])
def test_resolve_ics(view, name):
    assert resolve_ics(view, name) == ID["ics/our-dorset"]


def test_unknown_name_lists_close_matches(view):
    with pytest.raises(UsageError, match="did you mean: Dorset County Hospital"):
        resolve_organisation(view, "Dorset County Hospitl")
    with pytest.raises(UsageError, match="more than one organisation"):
        resolve_organisation(view, "Dorset")


def test_cli_unknown_organisation_exits_2_with_close_matches(capsys, store_dir):
    code, out, err = run(capsys, "--store", store_dir, "compare", "Dorset Cuonty Hospital", "RX3")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Dorset County Hospital NHS Foundation Trust (RBD)" in err
    assert "Traceback" not in err


def test_cli_unknown_ics_exits_2(capsys, store_dir):
    code, _, err = run(capsys, "--store", store_dir, "shared", "--ics", "Dorsit")
    assert code == 2 and "Our Dorset" in err


def test_cli_shared_table_has_quotes_most_shared_first(capsys, store_dir):
    code, out, _ = run(capsys, "--store", store_dir, "shared")
    assert code == 0
    themes = out.index("Themes shared")
    assert out.index("* Health inequalities: 4 organisations") < out.index("* Digital and innovation: 2")
    assert out.index('"Reduce health inequalities"', themes) > themes
    assert "Tees, Esk and Wear Valleys NHS Foundation Trust" in out
    assert "Aligned commitments shared by two or more organisations" in out


def test_cli_shared_json(capsys, store_dir):
    code, out, _ = run(capsys, "--store", store_dir, "shared", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["themes"][0]["label"] in {"Health inequalities", "Partnership working", "Workforce"}
    top = data["commitments"][0]
    assert {o["ods_code"] for o in top["organisations"]} == {"QR1", "RBD", "RDY", "RX3"}
    assert "Reduce health inequalities" in {q["text"] for q in top["statements"]}


def test_cli_compare(capsys, store_dir):
    code, out, _ = run(capsys, "--store", store_dir, "compare", "RX3", "Gloucestershire", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["a"]["ods_code"] == "RX3" and data["b"]["ods_code"] == "QR1"
    assert {t["label"] for t in data["shared_themes"]} == {"Health inequalities", "Partnership working", "Workforce"}
    assert {t["label"] for t in data["only_b_themes"]} == {"Financial sustainability and value", "Prevention and population health"}
    pairs = {(p["a"]["text"], p["b"]["text"][:6]) for p in data["aligned"]}
    assert ("Reduce health inequalities", "Reduce") in pairs
    code, out, _ = run(capsys, "--store", store_dir, "compare", "RX3", "QR1")
    assert code == 0 and "Aligned commitments" in out and "Only in B (NHS Gloucestershire)" in out


def test_cli_compare_same_organisation_is_usage_error(capsys, store_dir):
    code, _, err = run(capsys, "--store", store_dir, "compare", "RBD", "County Hospital")
    assert code == 2 and "two different organisations" in err


def test_cli_coverage_matrix_marks_gaps(capsys, store_dir):
    code, out, _ = run(capsys, "--store", store_dir, "coverage", "--ics", "Gloucestershire")
    assert code == 0
    assert "[ICS] One Gloucestershire" in out
    assert "[ICS] One Gloucestershire: From analogue to digital; From hospital to community" in out
    assert "Tees" not in out
    code, out, _ = run(capsys, "--store", store_dir, "coverage", "--format", "json")
    rows = {r["label"]: r for r in json.loads(out)["rows"]}
    dorset = {c["label"]: c for c in rows["Our Dorset"]["cells"]}
    assert dorset["From hospital to community"]["evidence"] == []
    assert dorset["From analogue to digital"]["evidence"][0]["text"].startswith("We are looking to transform")
