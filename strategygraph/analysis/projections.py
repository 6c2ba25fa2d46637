"""networkx projections of the graph: who addresses which theme, who resembles whom, who
partners with whom, which themes go together; and the centrality and communities on them.

Nodes are IRIs as strings (JSON- and pyvis-friendly), with ``label`` and ``kind`` attributes.

Organisation similarity (the weight of :func:`organisation_graph`) is documented in
docs/ALIGNMENT.md: ``0.5 * weighted Jaccard of the two theme profiles + 0.5 * the Dice share of
their statements aligned with the other's``. A theme profile is the share of an organisation's
statements on each theme, so a long strategy does not look like everyone's neighbour. All pairs
would be quadratic (docs/PERFORMANCE.md), so pairs are only scored between members of one
system, partners, organisations with an aligned statement, and the ``per_theme`` organisations
that weigh each theme most; each organisation keeps its ``top_k`` best neighbours (members of its
system and partners are always kept).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import URIRef

from strategygraph.analysis.alignment import Alignment
from strategygraph.analysis.data import CorpusView

__all__ = [
    "SIMILARITY_METHOD",
    "ThemeCentrality",
    "communities",
    "org_theme_graph",
    "organisation_graph",
    "partnership_graph",
    "similarity",
    "theme_centrality",
    "theme_cooccurrence_graph",
    "theme_profile",
    "theme_profiles",
    "weighted_jaccard",
]

SIMILARITY_METHOD = (
    "0.5 x weighted Jaccard of theme profiles + 0.5 x Dice share of aligned statements"
)


def org_theme_graph(view: CorpusView, organisations: Iterable[URIRef] | None = None) -> nx.Graph:
    """Bipartite organisation-theme graph; edge ``weight`` = number of statements, with their IRIs."""
    wanted = set(organisations) if organisations is not None else None
    graph = nx.Graph(name="organisation-theme")
    edges: dict[tuple[URIRef, URIRef], list[str]] = defaultdict(list)
    for s in sorted(view.statements.values(), key=lambda s: str(s.iri)):
        for org in s.organisations:
            if wanted is not None and org not in wanted:
                continue
            for theme in s.themes:
                edges[(org, theme)].append(str(s.iri))
    for (org, theme), statements in sorted(edges.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        _org_node(graph, view, org)
        graph.add_node(str(theme), kind="theme", bipartite=1, label=view.label(theme))
        graph.add_edge(str(org), str(theme), weight=len(statements), statements=statements)
    return graph


def _org_node(graph: nx.Graph, view: CorpusView, org: URIRef) -> None:
    record = view.organisations.get(org)
    graph.add_node(
        str(org),
        kind="organisation",
        bipartite=0,
        label=view.label(org),
        ods_code=record.ods_code if record and record.ods_code else "",
        types=list(record.kinds) if record else [],
        ics=[str(i) for i in record.ics] if record else [],
    )


def theme_profile(view: CorpusView, org: URIRef) -> dict[URIRef, float]:
    """Share of an organisation's theme tags on each theme (sums to 1, empty without themes)."""
    return theme_profiles(view).get(org, {})


def theme_profiles(view: CorpusView) -> dict[URIRef, dict[URIRef, float]]:
    """:func:`theme_profile` of every publishing organisation, in one pass over the statements."""
    counts: dict[URIRef, Counter[URIRef]] = defaultdict(Counter)
    for s in view.statements.values():
        for org in s.organisations:
            counts[org].update(s.themes)
    profiles: dict[URIRef, dict[URIRef, float]] = {}
    for org, c in counts.items():
        total = sum(c.values())
        profiles[org] = {t: n / total for t, n in c.items()} if total else {}
    return profiles


def weighted_jaccard(a: Mapping[Any, float], b: Mapping[Any, float]) -> float:
    """``sum(min) / sum(max)`` over the union of keys; 0 for two empty profiles."""
    low = high = 0.0
    for k in a.keys() | b.keys():
        x, y = a.get(k, 0.0), b.get(k, 0.0)
        if x < y:
            low += x
            high += y
        else:
            low += y
            high += x
    return low / high if high else 0.0


def organisation_graph(
    view: CorpusView,
    alignments: Iterable[Alignment] = (),
    *,
    top_k: int = 10,
    per_theme: int = 50,
) -> nx.Graph:
    """Organisations weighted by what they share (see the module docstring for the measure)."""
    orgs = view.publishing_organisations()
    # Plain strings inside: rdflib terms hash and compare in Python, a hot spot at scale.
    profiles = _string_profiles(view)
    for org in orgs:
        profiles.setdefault(str(org), {})
    alignable, aligned_with = _alignment_counts(view, alignments)

    always: set[tuple[str, str]] = set()
    for ics in view.ics.values():
        members = sorted(str(m) for m in ics.members if str(m) in profiles)
        always.update((x, y) for i, x in enumerate(members) for y in members[i + 1 :])
    for pair in view.partners:
        ends = sorted(str(o) for o in pair)
        if len(ends) == 2 and all(o in profiles for o in ends):
            always.add((ends[0], ends[1]))
    candidates = set(always)
    candidates.update((a, b) for a, b in aligned_with if a < b)
    by_theme: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for org, profile in profiles.items():
        for theme, share in profile.items():
            by_theme[theme].append((-share, org))
    for entries in by_theme.values():
        top = sorted(org for _, org in sorted(entries)[:per_theme])
        candidates.update((x, y) for i, x in enumerate(top) for y in top[i + 1 :])

    scored: dict[tuple[str, str], dict[str, object]] = {}
    for a, b in candidates:
        themes, dice, score = _pair_score(profiles, alignable, aligned_with, a, b)
        if score <= 0 and (a, b) not in always:
            continue
        scored[(a, b)] = {
            "weight": score,
            "theme_similarity": round(themes, 3),
            "alignment_similarity": round(dice, 3),
            "aligned_statements": len(aligned_with.get((a, b), ())) + len(aligned_with.get((b, a), ())),
            "shared_themes": sorted(profiles[a].keys() & profiles[b].keys()),
        }
    keep = {pair for pair in scored if pair in always}
    neighbours: dict[str, list[tuple[float, str, tuple[str, str]]]] = defaultdict(list)
    for pair, data in scored.items():
        weight = -float(data["weight"])  # type: ignore[arg-type]
        neighbours[pair[0]].append((weight, pair[1], pair))
        neighbours[pair[1]].append((weight, pair[0], pair))
    for entries in neighbours.values():
        keep.update(pair for _, _, pair in sorted(entries)[:top_k])

    graph = nx.Graph(name="organisation-similarity", method=SIMILARITY_METHOD)
    for org in orgs:
        _org_node(graph, view, org)
    for a, b in sorted(keep):
        graph.add_edge(a, b, **scored[(a, b)])
    return graph


def _string_profiles(view: CorpusView) -> dict[str, dict[str, float]]:
    return {str(o): {str(t): w for t, w in p.items()} for o, p in theme_profiles(view).items()}


def _alignment_counts(
    view: CorpusView, alignments: Iterable[Alignment]
) -> tuple[Counter[str], dict[tuple[str, str], set[str]]]:
    """Alignable statements per organisation; (A, B) -> A's statements aligned with B's."""
    alignable = Counter(str(o) for s in view.alignable() for o in s.organisations)
    aligned_with: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in alignments:
        if link.a not in view.statements or link.b not in view.statements:
            continue
        a, b = view.statements[link.a], view.statements[link.b]
        for oa in a.organisations:
            for ob in b.organisations:
                aligned_with[(str(oa), str(ob))].add(str(a.iri))
                aligned_with[(str(ob), str(oa))].add(str(b.iri))
    return alignable, aligned_with


def _pair_score(
    profiles: Mapping[str, Mapping[str, float]],
    alignable: Counter[str],
    aligned_with: Mapping[tuple[str, str], set[str]],
    a: str,
    b: str,
) -> tuple[float, float, float]:
    themes = weighted_jaccard(profiles.get(a, {}), profiles.get(b, {}))
    n = alignable[a] + alignable[b]
    dice = (len(aligned_with.get((a, b), ())) + len(aligned_with.get((b, a), ()))) / n if n else 0.0
    return themes, dice, round(0.5 * themes + 0.5 * dice, 3)


def similarity(view: CorpusView, a: URIRef, b: URIRef, alignments: Iterable[Alignment] = ()) -> float:
    """The organisation similarity of one pair (the measure of :func:`organisation_graph`)."""
    alignable, aligned_with = _alignment_counts(view, alignments)
    return _pair_score(_string_profiles(view), alignable, aligned_with, str(a), str(b))[2]


def partnership_graph(view: CorpusView) -> nx.Graph:
    """Organisations, systems and partnerships: ``relation`` is "partner" or "member"."""
    graph = nx.Graph(name="partnerships")
    for org in sorted(view.organisations, key=str):
        _org_node(graph, view, org)
    for ics in sorted(view.ics.values(), key=lambda i: str(i.iri)):
        graph.add_node(str(ics.iri), kind="ics", label=ics.label)
        for member in ics.members:
            if member in view.organisations:
                graph.add_edge(str(member), str(ics.iri), relation="member")
    for iri, (label, members) in sorted(view.partnerships.items(), key=lambda kv: str(kv[0])):
        graph.add_node(str(iri), kind="partnership", label=label)
        for member in members:
            if member in view.organisations:
                graph.add_edge(str(member), str(iri), relation="member")
    for pair in sorted(view.partners, key=lambda p: sorted(str(o) for o in p)):
        if len(pair) == 2 and all(o in view.organisations for o in pair):
            a, b = sorted(pair, key=str)
            graph.add_edge(str(a), str(b), relation="partner")
    return graph


def theme_cooccurrence_graph(view: CorpusView) -> nx.Graph:
    """Themes linked when one statement addresses both; ``weight`` = number of such statements."""
    graph = nx.Graph(name="theme-cooccurrence")
    for theme, concept in sorted(view.themes.items(), key=lambda kv: str(kv[0])):
        graph.add_node(str(theme), kind="theme", label=concept.label)
    counts: Counter[tuple[str, str]] = Counter()
    for s in view.statements.values():
        themes = sorted(str(t) for t in s.themes)
        counts.update((x, y) for i, x in enumerate(themes) for y in themes[i + 1 :])
    for (a, b), n in sorted(counts.items()):
        graph.add_edge(a, b, weight=n)
    return graph


@dataclass(frozen=True)
class ThemeCentrality:
    """How much a theme holds a set of organisations together."""

    theme: str
    label: str
    organisations: int  # how many of them address it
    share: float  # that number over all of them (degree centrality in the bipartite graph)
    statements: int
    betweenness: float  # in the organisation-theme graph: does it bridge otherwise apart groups


def theme_centrality(view: CorpusView, organisations: Iterable[URIRef] | None = None) -> list[ThemeCentrality]:
    """Themes ranked by how many of the organisations address them, then by betweenness."""
    graph = org_theme_graph(view, organisations)
    orgs = [n for n, d in graph.nodes(data=True) if d["kind"] == "organisation"]
    if not orgs:
        return []
    between = nx.betweenness_centrality(graph, normalized=True) if graph.number_of_nodes() <= 2000 else {}
    ranked = []
    for node, data in graph.nodes(data=True):
        if data["kind"] != "theme":
            continue
        degree = graph.degree(node)
        ranked.append(
            ThemeCentrality(
                theme=node,
                label=data["label"],
                organisations=degree,
                share=round(degree / len(orgs), 3),
                statements=int(graph.degree(node, weight="weight")),
                betweenness=round(between.get(node, 0.0), 4),
            )
        )
    return sorted(ranked, key=lambda t: (-t.organisations, -t.statements, -t.betweenness, t.theme))


def communities(graph: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Louvain communities on a weighted graph (fixed seed), largest first, members sorted."""
    if graph.number_of_edges() == 0:
        return [[n] for n in sorted(graph.nodes)]
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))
