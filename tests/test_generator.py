"""The synthetic corpus generator of benchmarks/: deterministic, well-formed, mixed formats."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from contract_schema import validate_contract

from strategygraph.corpus import list_corpus
from strategygraph.paths import REFERENCE_DIR

ROOT = Path(__file__).resolve().parent.parent


def _load_generator():
    spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_corpus"] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    gen.write_corpus(out, organisations=60, seed=3, versions=2, truth=True)
    return out


def test_same_seed_gives_identical_bytes(corpus: Path, tmp_path: Path) -> None:
    gen.write_corpus(tmp_path, organisations=60, seed=3, versions=2, truth=True)
    assert _digest(tmp_path) == _digest(corpus)


def test_another_seed_differs(corpus: Path, tmp_path: Path) -> None:
    gen.write_corpus(tmp_path, organisations=60, seed=4, versions=2, truth=True)
    first, second = _digest(corpus / "corpus"), _digest(tmp_path / "corpus")
    assert first != second


def test_manifest_lists_every_document(corpus: Path) -> None:
    entries = list_corpus(corpus / "corpus")
    assert len(entries) == 60 * 2
    assert all(e.metadata.organisations and e.metadata.ics and e.metadata.date for e in entries)
    assert len({e.doc_id for e in entries}) == len(entries)


def test_formats_are_mixed(corpus: Path) -> None:
    suffixes = {p.suffix for p in (corpus / "corpus").iterdir() if p.name != "manifest.toml"}
    assert suffixes == {".txt", ".md", ".html"}


def test_spread_over_42_systems_with_references(corpus: Path) -> None:
    with (corpus / "reference" / "integrated_care_systems.csv").open(encoding="utf-8") as handle:
        systems = list(csv.DictReader(handle))
    assert len(systems) == 42
    with (corpus / "reference" / "organisations.csv").open(encoding="utf-8") as handle:
        codes = {row["ods_code"] for row in csv.DictReader(handle)}
    manifest_codes = {o for e in list_corpus(corpus / "corpus") for o in e.metadata.organisations}
    assert manifest_codes <= codes
    with (REFERENCE_DIR / "organisations.csv").open(encoding="utf-8") as handle:
        real = {row["ods_code"] for row in csv.DictReader(handle)}
    assert not real & codes


def test_truth_follows_the_contract_and_is_in_the_text(corpus: Path) -> None:
    truths = sorted((corpus / "truth").glob("*.json"))
    assert len(truths) == 120
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        validate_contract(truth)
        text = (corpus / "corpus" / truth["source"]).read_text(encoding="utf-8")
        if truth["source"].endswith(".html"):
            import html

            text = html.unescape(text)
        pieces = [truth["vision"], truth["mission"], *truth["commitments"], *truth["partner_organisations"]]
        pieces += [v["name"] for v in truth["values"]] + [g["name"] for g in truth["goals"]]
        pieces += [s for g in truth["goals"] for s in g["statements"]]
        for piece in pieces:
            if piece is not None:
                assert piece in text, (path.name, piece)


def test_phrasing_varies(corpus: Path) -> None:
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in (corpus / "truth").glob("*.json")]
    visions = {t["vision"] for t in truths if t["vision"]}
    goal_names = {g["name"] for t in truths for g in t["goals"]}
    statements = {s for t in truths for g in t["goals"] for s in g["statements"]}
    assert len(visions) >= 10 and len(goal_names) >= 30 and len(statements) >= 150
    texts = [(corpus / "corpus" / t["source"]).read_text(encoding="utf-8") for t in truths]
    for shape in ("We are:", "In the year ahead", "Goal 1:", "Healthwatch", " – "):
        assert any(shape in text for text in texts), shape
