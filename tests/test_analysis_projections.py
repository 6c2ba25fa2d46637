"""Projections, centrality and communities on the hand-written graph tests/data/analysis/small.trig."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from strategygraph import analysis
from strategygraph.analysis.data import load_view
from strategygraph.analysis.projections import communities, theme_centrality, weighted_jaccard
from strategygraph.namespaces import ID, THEME
from strategygraph.store import OxigraphStore

SMALL = Path(__file__).parent / "data" / "analysis" / "small.trig"
RBD, RDY, QR1, RX3 = (str(ID[f"organisation/{c}"]) for c in ("RBD", "RDY", "QR1", "RX3"))


@pytest.fixture(scope="module")
def store():
    s = OxigraphStore()
    s.load(SMALL, "trig")
    return s


def test_org_theme_graph_weights_count_statements(store):
    g = analysis.org_theme_graph(store)
    assert nx.is_bipartite(g)
    assert g.nodes[RBD]["kind"] == "organisation" and g.nodes[RBD]["ods_code"] == "RBD"
    assert g.nodes[str(THEME.workforce)]["label"] == "Workforce"
    assert g.edges[QR1, str(THEME.health_inequalities)]["weight"] == 1
    assert g.edges[RX3, str(THEME.partnership_working)]["weight"] == 1
    # the joint strategy's statements count for both of its publishers
    assert g.has_edge(RBD, str(THEME.digital_innovation)) and g.has_edge(RDY, str(THEME.digital_innovation))
    assert not g.has_edge(RX3, str(THEME.financial_sustainability))
    # a value with no theme adds nothing
    assert sum(d["weight"] for _, _, d in g.edges(RX3, data=True)) == 3


def test_partnership_graph_links_partners_and_members(store):
    g = analysis.partnership_graph(store)
    assert g.edges[RBD, RDY]["relation"] == "partner"
    dorset = str(ID["ics/our-dorset"])
    assert g.edges[RBD, dorset]["relation"] == "member" and g.edges[RDY, dorset]["relation"] == "member"
    assert g.edges[RBD, str(ID["partnership/dorset-federation"])]["relation"] == "member"
    assert g.nodes[dorset]["kind"] == "ics"
    assert not g.has_edge(RX3, dorset)


def test_theme_cooccurrence_counts_statements_with_both(store):
    g = analysis.theme_cooccurrence_graph(store)
    assert g.edges[str(THEME.partnership_working), str(THEME.workforce)]["weight"] == 1
    assert g.edges[str(THEME.partnership_working), str(THEME.prevention)]["weight"] == 1
    assert not g.has_edge(str(THEME.health_inequalities), str(THEME.workforce))


def test_weighted_jaccard():
    a, b = {THEME.x: 0.5, THEME.y: 0.5}, {THEME.x: 1.0}
    assert weighted_jaccard(a, b) == pytest.approx(0.5 / 1.5)
    assert weighted_jaccard(a, a) == 1.0
    assert weighted_jaccard({}, {}) == 0.0


def test_organisation_graph_is_weighted_by_what_they_share(store):
    g = analysis.organisation_graph(store)
    assert set(g.nodes) == {RBD, RDY, QR1, RX3}
    # QR1 and RX3 (two ICSs) share themes and aligned statements; the Dorset joint strategy
    # shares more with each of them than they share with each other's weakest partner
    qr1_rx3 = g.edges[QR1, RX3]
    assert qr1_rx3["aligned_statements"] >= 2
    assert g.edges[RBD, RX3]["aligned_statements"] >= 2
    assert g.edges[QR1, RBD]["aligned_statements"] >= 2
    assert 0 < qr1_rx3["weight"] <= 1
    assert str(THEME.health_inequalities) in qr1_rx3["shared_themes"]


def test_top_k_bounds_the_neighbours(store):
    view = load_view(store)
    g = analysis.projections.organisation_graph(view, analysis.alignments(view), top_k=1)
    # partners and members of one system are always kept; beyond them one neighbour each
    assert g.has_edge(RBD, RDY)
    for node in (QR1, RX3):
        assert g.degree(node) <= 3


def test_theme_centrality_ranks_what_holds_organisations_together(store):
    ranked = theme_centrality(load_view(store))
    top = {t.label for t in ranked if t.organisations == 4}
    assert top == {"Health inequalities", "Partnership working", "Workforce"}
    assert ranked[0].share == 1.0


def test_communities_are_deterministic(store):
    g = analysis.organisation_graph(store)
    first = communities(g, seed=0)
    assert first == communities(g, seed=0)
    assert sorted(n for c in first for n in c) == sorted(g.nodes)
