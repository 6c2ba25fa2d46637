"""The library API for notebooks and the CLI: plain dataclasses and networkx graphs, no pandas.

Every function takes a store (``strategygraph.store.open_store()``) or a :class:`CorpusView`
already read from one; systems and organisations may be named as the CLI names them (ODS code,
IRI, or a unique part of the name). Alignments are the ones ``analyse`` wrote into the store's
``id:graph/alignment`` when there are any, else they are computed on the fly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx
from rdflib import URIRef

from strategygraph.analysis import projections
from strategygraph.analysis.alignment import Alignment, align
from strategygraph.analysis.coverage import CoverageReport, coverage_report
from strategygraph.analysis.data import CorpusView, Statement, load_view
from strategygraph.analysis.materialise import stored_alignments
from strategygraph.analysis.projections import ThemeCentrality, theme_centrality
from strategygraph.analysis.resolve import resolve_ics, resolve_organisation
from strategygraph.errors import UsageError

__all__ = [
    "AlignedPair",
    "Comparison",
    "OrganisationRef",
    "Quote",
    "SharedCommitment",
    "SharedReport",
    "SharedTheme",
    "ThemeSide",
    "alignments",
    "compare",
    "coverage",
    "org_theme_graph",
    "organisation_graph",
    "partnership_graph",
    "shared_commitments",
    "theme_cooccurrence_graph",
    "view_of",
]


@dataclass(frozen=True)
class OrganisationRef:
    iri: str
    label: str
    ods_code: str | None


@dataclass(frozen=True)
class Quote:
    """One statement, verbatim, with who said it and where."""

    statement: str
    organisation: str
    organisation_label: str
    kind: str
    text: str
    document: str


@dataclass
class SharedTheme:
    theme: str
    label: str
    organisations: list[OrganisationRef]
    statements: list[Quote]


@dataclass
class SharedCommitment:
    """Statements of two or more organisations linked by alignment (a community of them)."""

    organisations: list[OrganisationRef]
    statements: list[Quote]
    score: float  # the best alignment score inside the group
    themes: list[str]  # shared theme labels


@dataclass
class SharedReport:
    ics: str | None
    ics_label: str | None
    organisations: list[OrganisationRef]
    themes: list[SharedTheme]
    commitments: list[SharedCommitment]
    centrality: list[ThemeCentrality] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ThemeSide:
    theme: str
    label: str
    a: list[Quote]
    b: list[Quote]


@dataclass
class AlignedPair:
    a: Quote
    b: Quote
    score: float
    themes: list[str]


@dataclass
class Comparison:
    a: OrganisationRef
    b: OrganisationRef
    similarity: float
    shared_themes: list[ThemeSide]
    only_a_themes: list[ThemeSide]
    only_b_themes: list[ThemeSide]
    aligned: list[AlignedPair]
    only_a: list[Quote]  # A's statements aligned with none of B's
    only_b: list[Quote]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- helpers ----------------------------------------------------------------------------------


def view_of(source: Any) -> CorpusView:
    """A :class:`CorpusView` from a store (read now) or the view itself."""
    return source if isinstance(source, CorpusView) else load_view(source)


def alignments(source: Any, view: CorpusView | None = None) -> list[Alignment]:
    """Aligned statement pairs: the store's materialised ones, else computed now."""
    if not isinstance(source, CorpusView):
        stored = stored_alignments(source)
        if stored is not None:
            return stored
    return align(view if view is not None else view_of(source))


def _org_ref(view: CorpusView, iri: URIRef) -> OrganisationRef:
    org = view.organisations.get(iri)
    return OrganisationRef(str(iri), view.label(iri), org.ods_code if org else None)


def _quotes(view: CorpusView, statement: Statement, scope: set[URIRef] | None = None) -> list[Quote]:
    return [
        Quote(str(statement.iri), str(org), view.label(org), statement.kind, statement.text, str(statement.document))
        for org in statement.organisations
        if scope is None or org in scope
    ]


def _scope(view: CorpusView, ics: str | URIRef | None) -> tuple[URIRef | None, list[URIRef]]:
    publishing = view.publishing_organisations()
    if ics is None:
        return None, publishing
    system = resolve_ics(view, str(ics))
    members = set(view.ics_members(system))
    return system, [o for o in publishing if o in members]


# --- shared -----------------------------------------------------------------------------------


def shared_commitments(source: Any, ics: str | URIRef | None = None) -> SharedReport:
    """Themes and aligned commitments shared by two or more organisations, most shared first."""
    view = view_of(source)
    system, orgs = _scope(view, ics)
    scope = set(orgs)
    by_theme: dict[URIRef, list[Statement]] = defaultdict(list)
    for s in sorted(view.statements.values(), key=lambda s: (str(s.document), s.order, str(s.iri))):
        if scope & set(s.organisations):
            for theme in s.themes:
                by_theme[theme].append(s)
    themes = []
    for theme, statements in by_theme.items():
        who = sorted({o for s in statements for o in s.organisations if o in scope}, key=str)
        if len(who) < 2:
            continue
        quotes = [q for s in statements for q in _quotes(view, s, scope)]
        themes.append(SharedTheme(str(theme), view.label(theme), [_org_ref(view, o) for o in who], quotes))
    themes.sort(key=lambda t: (-len(t.organisations), -len(t.statements), t.label))

    links = [
        link for link in alignments(source, view)
        if link.a in view.statements and link.b in view.statements
        and scope & set(view.statements[link.a].organisations)
        and scope & set(view.statements[link.b].organisations)
    ]
    commitments = _groups(view, links, scope)
    centrality = theme_centrality(view, orgs)
    return SharedReport(
        ics=str(system) if system else None,
        ics_label=view.label(system) if system else None,
        organisations=[_org_ref(view, o) for o in orgs],
        themes=themes,
        commitments=commitments,
        centrality=centrality,
    )


def _groups(view: CorpusView, links: Iterable[Alignment], scope: set[URIRef]) -> list[SharedCommitment]:
    graph = nx.Graph()
    for link in links:
        graph.add_edge(link.a, link.b, score=link.score, themes=link.shared_themes)
    # Louvain communities (fixed seed), not connected components: a few loose links would
    # otherwise chain every commitment of a system into one group.
    found = nx.community.louvain_communities(graph, weight="score", seed=0) if graph.number_of_edges() else []
    groups = []
    for component in found:
        statements = sorted((view.statements[i] for i in component), key=lambda s: (str(s.organisations), s.order, str(s.iri)))
        who = sorted({o for s in statements for o in s.organisations if o in scope}, key=str)
        if len(who) < 2:
            continue
        edges = list(graph.subgraph(component).edges(data=True))
        if not edges:
            continue
        best = max(d["score"] for _, _, d in edges)
        themes = sorted({view.label(t) for _, _, d in edges for t in d["themes"]})
        quotes = [q for s in statements for q in _quotes(view, s, scope)]
        groups.append(SharedCommitment([_org_ref(view, o) for o in who], quotes, best, themes))
    groups.sort(key=lambda g: (-len(g.organisations), -g.score, g.statements[0].text))
    return groups


# --- compare ----------------------------------------------------------------------------------


def compare(source: Any, a: str | URIRef, b: str | URIRef) -> Comparison:
    """Two organisations side by side: shared themes and aligned statements, and what only one has."""
    view = view_of(source)
    org_a, org_b = resolve_organisation(view, str(a)), resolve_organisation(view, str(b))
    if org_a == org_b:
        raise UsageError(f"compare needs two different organisations, got {view.label(org_a)} twice")
    sa, sb = view.statements_of(org_a), view.statements_of(org_b)
    themes_a: dict[URIRef, list[Quote]] = defaultdict(list)
    themes_b: dict[URIRef, list[Quote]] = defaultdict(list)
    for statements, org, table in ((sa, org_a, themes_a), (sb, org_b, themes_b)):
        for s in statements:
            for theme in s.themes:
                table[theme].extend(_quotes(view, s, {org}))

    def sides(keys: Iterable[URIRef]) -> list[ThemeSide]:
        rows = [ThemeSide(str(t), view.label(t), themes_a.get(t, []), themes_b.get(t, [])) for t in keys]
        return sorted(rows, key=lambda r: (-(len(r.a) + len(r.b)), r.label))

    ids_a, ids_b = {s.iri for s in sa}, {s.iri for s in sb}
    pairs = []
    matched_a: set[URIRef] = set()
    matched_b: set[URIRef] = set()
    links = alignments(source, view)
    for link in links:
        if link.a in ids_a and link.b in ids_b:
            x, y = link.a, link.b
        elif link.b in ids_a and link.a in ids_b:
            x, y = link.b, link.a
        else:
            continue
        matched_a.add(x)
        matched_b.add(y)
        pairs.append(
            AlignedPair(
                _quotes(view, view.statements[x], {org_a})[0],
                _quotes(view, view.statements[y], {org_b})[0],
                link.score,
                [view.label(t) for t in link.shared_themes],
            )
        )
    similarity = projections.similarity(view, org_a, org_b, links)
    return Comparison(
        a=_org_ref(view, org_a),
        b=_org_ref(view, org_b),
        similarity=similarity,
        shared_themes=sides(set(themes_a) & set(themes_b)),
        only_a_themes=sides(set(themes_a) - set(themes_b)),
        only_b_themes=sides(set(themes_b) - set(themes_a)),
        aligned=sorted(pairs, key=lambda p: (-p.score, p.a.text, p.b.text)),
        only_a=[q for s in sa if s.iri not in matched_a and s.iri not in ids_b for q in _quotes(view, s, {org_a})],
        only_b=[q for s in sb if s.iri not in matched_b and s.iri not in ids_a for q in _quotes(view, s, {org_b})],
    )


# --- coverage and graphs ----------------------------------------------------------------------


def coverage(source: Any, ics: str | URIRef | None = None) -> CoverageReport:
    """Purposes, shifts and themes covered per organisation and per system, with the gaps."""
    view = view_of(source)
    system = resolve_ics(view, str(ics)) if ics is not None else None
    return coverage_report(view, system)


def org_theme_graph(source: Any) -> nx.Graph:
    return projections.org_theme_graph(view_of(source))


def organisation_graph(source: Any) -> nx.Graph:
    view = view_of(source)
    return projections.organisation_graph(view, alignments(source, view))


def partnership_graph(source: Any) -> nx.Graph:
    return projections.partnership_graph(view_of(source))


def theme_cooccurrence_graph(source: Any) -> nx.Graph:
    return projections.theme_cooccurrence_graph(view_of(source))
