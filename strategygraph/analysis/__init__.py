"""What the organisations of an integrated care system share, where they differ, what nobody
covers: alignment of statements, networkx projections, coverage (issue 5).

The library API (plain dataclasses and networkx graphs, no pandas)::

    from strategygraph.store import open_store
    from strategygraph import analysis
    store = open_store()
    report = analysis.shared_commitments(store, ics="Dorset")
    side_by_side = analysis.compare(store, "RBD", "RX3")
    gaps = analysis.coverage(store, ics="Gloucestershire")
    g = analysis.organisation_graph(store)

``analyse(store)`` (run by ``strategygraph build``) writes ``id:graph/alignment`` and
``id:graph/analysis`` so that SPARQL sees the same facts.
"""

from __future__ import annotations

from strategygraph.analysis.api import (
    AlignedPair,
    Comparison,
    OrganisationRef,
    Quote,
    SharedCommitment,
    SharedReport,
    SharedTheme,
    ThemeSide,
    alignments,
    compare,
    coverage,
    org_theme_graph,
    organisation_graph,
    partnership_graph,
    shared_commitments,
    theme_cooccurrence_graph,
    view_of,
)
from strategygraph.analysis.coverage import CoverageReport
from strategygraph.analysis.materialise import AnalysisSummary, analyse

__all__ = [
    "AlignedPair",
    "AnalysisSummary",
    "Comparison",
    "CoverageReport",
    "OrganisationRef",
    "Quote",
    "SharedCommitment",
    "SharedReport",
    "SharedTheme",
    "ThemeSide",
    "alignments",
    "analyse",
    "compare",
    "coverage",
    "org_theme_graph",
    "organisation_graph",
    "partnership_graph",
    "shared_commitments",
    "theme_cooccurrence_graph",
    "view_of",
]
