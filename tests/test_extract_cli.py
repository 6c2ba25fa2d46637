"""``strategygraph extract FILE [--format json|turtle]`` in-process, on seen and unseen pages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from contract_schema import validate_contract

from strategygraph.cli import main
from strategygraph.paths import CORPUS_DIR

PAGES = sorted(CORPUS_DIR.glob("*.txt")) + sorted(
    p for p in (Path(__file__).parent / "extraction").glob("*/*")
    if p.suffix in (".txt", ".md", ".html")
)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.parent.name + "/" + p.name)
def test_json_follows_the_contract(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(page), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    validate_contract(result)
    assert result["source"] == page.name
    for detail in result["commitment_details"]:
        assert {"start", "end", "rule", "confidence", "themes"} <= set(detail)


def test_json_is_the_default_and_uses_the_manifest(capsys: pytest.CaptureFixture[str]) -> None:
    page = CORPUS_DIR / "dorset-dch-dhc-joint-strategy.txt"
    assert main(["extract", str(page)]) == 0
    result = json.loads(capsys.readouterr().out)
    publishers = [p["ods_code"] for p in result["organisation"]["publishers"]]
    assert publishers == ["RBD", "RDY"]
    assert result["organisation"]["type"] == "acute trust"
    assert result["vision"] == "Healthier lives, empowered citizens, thriving communities."


def test_unseen_page_outside_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "strategy.txt"
    page.write_text(
        "Eastfield Hospitals NHS Foundation Trust\n\nOur vision\nBetter health for Eastfield.\n\n"
        "Our values\n• Kind – we care\n• Brave – we speak up\n\nWe will:\n• cut waiting times\n",
        encoding="utf-8",
    )
    assert main(["extract", str(page)]) == 0
    result = json.loads(capsys.readouterr().out)
    validate_contract(result)
    assert result["organisation"] == {
        "name": "Eastfield Hospitals NHS Foundation Trust", "type": "acute trust",
        "ods_code": None,
        "publishers": [{"name": "Eastfield Hospitals NHS Foundation Trust", "ods_code": None,
                        "kind": "AcuteTrust"}],
    }
    assert result["vision"] == "Better health for Eastfield."
    assert [v["name"] for v in result["values"]] == ["Kind", "Brave"]
    assert result["commitments"] == ["cut waiting times"]
    assert result["themes"] == ["access_waiting_times"]


def test_turtle(capsys: pytest.CaptureFixture[str]) -> None:
    page = CORPUS_DIR / "tewv-our-journey-to-change.txt"
    code = main(["extract", str(page), "--format", "turtle"])
    captured = capsys.readouterr()
    if importlib.util.find_spec("strategygraph.mint") is None:
        assert code == 2
        assert "turtle output needs the minting module" in captured.err
        return
    from rdflib import Graph

    assert code == 0
    graph = Graph().parse(data=captured.out, format="turtle")
    assert len(graph) > 50


def test_bad_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(PAGES[0]), "--format", "xml"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
