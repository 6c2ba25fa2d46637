"""The analysis on the real seed build (tests/conftest.py builds graph_data/corpus once).

Checked by reading the five seed pages: health inequalities (TEWV "Reduce health
inequalities", One Gloucestershire "Reduce unfair and avoidable differences...", the Dorset joint
strategy "address the inequalities we know exist in health outcomes"), workforce (TEWV "be a
great employer", Derbyshire "Great place to work", Gloucestershire "One Workforce") and
partnership working (TEWV "trusted partner", Derbyshire "Great partner", the Dorset mission "work
in partnership", Gloucestershire "alongside our partners") are each addressed by three or more
of the six publishing organisations.
"""

from __future__ import annotations

import json

import pytest

from strategygraph import analysis
from strategygraph.cli import main
from strategygraph.ids import GRAPH_ALIGNMENT, GRAPH_ANALYSIS
from strategygraph.namespaces import ID, THEME, sparql_prologue

RBD, RDY = ID["organisation/RBD"], ID["organisation/RDY"]


@pytest.fixture(scope="module")
def view(seed_store):
    return analysis.view_of(seed_store)


@pytest.mark.parametrize("theme", ["health_inequalities", "workforce", "partnership_working"])
def test_themes_shared_by_at_least_three_organisations(seed_store, view, theme):
    report = analysis.shared_commitments(view)
    shared = {t.theme: t for t in report.themes}
    assert str(THEME[theme]) in shared
    assert len(shared[str(THEME[theme])].organisations) >= 3
    # and the most shared theme comes first
    counts = [len(t.organisations) for t in report.themes]
    assert counts == sorted(counts, reverse=True)


def test_health_inequalities_quotes_come_from_three_strategies(view):
    report = analysis.shared_commitments(view)
    theme = next(t for t in report.themes if t.theme == str(THEME.health_inequalities))
    texts = " | ".join(q.text for q in theme.statements)
    assert "Reduce health inequalities" in texts
    assert "Reduce unfair and avoidable differences in health and care" in texts
    assert "address the inequalities we know exist in health outcomes" in texts


def test_dorset_trusts_are_partners_and_members_of_one_ics(seed_store, view):
    g = analysis.partnership_graph(view)
    assert g.edges[str(RBD), str(RDY)]["relation"] == "partner"
    dorset = str(ID["ics/our-dorset"])
    assert g.edges[str(RBD), dorset]["relation"] == "member"
    assert g.edges[str(RDY), dorset]["relation"] == "member"
    assert set(view.organisations[RBD].ics) == set(view.organisations[RDY].ics) == {ID["ics/our-dorset"]}


def test_the_build_materialised_the_analysis(seed_store):
    names = set(seed_store.graph_names())
    assert {GRAPH_ALIGNMENT, GRAPH_ANALYSIS} <= names
    found = seed_store.query(
        sparql_prologue()
        + "ASK { ?a sg:alignsWith ?b . ?a sg:text ?ta . ?b sg:text ?tb . "
        "FILTER(CONTAINS(?ta, 'Reduce health inequalities')) }"
    )
    assert found.boolean is True


def test_cli_shared_dorset_and_coverage_gloucestershire(capsys, seed_build):
    store = str(seed_build.store_path)
    assert main(["--store", store, "shared", "--ics", "Dorset"]) == 0
    out = capsys.readouterr().out
    assert "Our Dorset" in out and "Dorset County Hospital NHS Foundation Trust" in out
    assert main(["--store", store, "coverage", "--ics", "Gloucestershire", "--format", "json"]) == 0
    rows = {r["label"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    system = rows["One Gloucestershire"]
    covered = {c["label"] for c in system["cells"] if c["evidence"]}
    assert "Workforce" in covered and "Health inequalities" in covered
    gaps = {c["label"] for c in system["cells"] if not c["evidence"]}
    # the pillars page says nothing of digital, technology or innovation
    assert {"Digital and innovation", "From analogue to digital"} <= gaps


def test_the_statements_read_from_the_indexes_equal_the_sparql_answer(seed_store):
    """load_view reads an Oxigraph store's indexes directly (fast); the SPARQL reading is the
    definition, used for other stores: both must give the same statements and themes."""
    from strategygraph.analysis.data import _statements_by_sparql, _statements_from_indexes

    fast, fast_themes = _statements_from_indexes(seed_store)
    slow, slow_themes = _statements_by_sparql(seed_store)
    assert fast == slow and len(fast) > 50
    assert dict(fast_themes) == dict(slow_themes)
