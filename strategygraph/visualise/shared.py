"""Shared commitments: organisations and the themes they commit to, and aligned commitments.

An edge from an organisation to a theme is as wide as the number of its statements on that theme;
theme nodes grow with the number of organisations that share them, and a ranked list names the
most shared. Red edges join organisations whose commitments were aligned by the analysis.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from strategygraph.visualise import common
from strategygraph.visualise.data import Group, SiteData, Statement
from strategygraph.visualise.html import esc
from strategygraph.visualise.layout import bipartite_rings
from strategygraph.visualise.views import Views

Pair = tuple[Statement, Statement, float | None]


def org_theme_counts(data: SiteData) -> dict[tuple[str, str], list[Statement]]:
    """(organisation, theme) -> the organisation's statements on the theme (worked out once per
    site: every ICS page reads it; callers must not change it)."""
    key = ("org_theme_counts", "")
    if key not in data.cache:
        found: dict[tuple[str, str], list[Statement]] = defaultdict(list)
        for org, statements in data.statements_of.items():
            for iri in statements:
                statement = data.statements[iri]
                for theme in statement.themes:
                    found[(org, theme)].append(statement)
        data.cache[key] = dict(found)
    return data.cache[key]


def aligned_pairs(data: SiteData) -> dict[tuple[str, str], list[Pair]]:
    """(organisation, organisation) -> aligned statement pairs between them (never one with
    itself); worked out once per site, since every ICS page and organisation page reads it (at
    national scale hundreds of thousands of links); callers must not change it."""
    key = ("aligned_pairs", "")
    if key not in data.cache:
        found: dict[tuple[str, str], list[Pair]] = defaultdict(list)
        for a, b, score in data.alignments:
            sa, sb = data.statements[a], data.statements[b]
            for oa in data.publishers_of(sa):
                for ob in data.publishers_of(sb):
                    if oa == ob:
                        continue
                    first, second = (oa, ob) if oa < ob else (ob, oa)
                    pair = (sa, sb, score) if oa == first else (sb, sa, score)
                    found[(first, second)].append(pair)
        data.cache[key] = dict(found)
    return data.cache[key]


def aligned_with(data: SiteData, org: str) -> dict[str, list[Pair]]:
    """Other organisation -> pairs (this organisation's statement first) aligned with ``org``:
    one pass over :func:`aligned_pairs` for all organisations, not one per organisation page."""
    key = ("aligned_with", "")
    if key not in data.cache:
        index: dict[str, dict[str, list[Pair]]] = defaultdict(lambda: defaultdict(list))
        for (a, b), found in aligned_pairs(data).items():
            index[a][b] += found
            index[b][a] += [(sb, sa, score) for sa, sb, score in found]
        data.cache[key] = {o: dict(others) for o, others in index.items()}
    return data.cache[key].get(org, {})


def shared_network(
    data: SiteData, views: Views, scope: set[str] | None = None
) -> tuple[dict[str, Any], list[tuple[str, int, int]]]:
    """The network and the themes ranked by how many organisations share them.

    ``scope``: only these organisations (e.g. the members of one ICS), else all.
    """
    config = views.page("shared")
    counts = org_theme_counts(data)
    alignments = aligned_pairs(data)
    if scope is not None:
        counts = {k: v for k, v in counts.items() if k[0] in scope}
        alignments = {k: v for k, v in alignments.items() if k[0] in scope and k[1] in scope}
    orgs_by_theme: dict[str, set[str]] = defaultdict(set)
    for org, theme in counts:
        orgs_by_theme[theme].add(org)
    statements_by_theme = {
        t: [s for s in common.theme_statements(data, t) if scope is None or scope.intersection(data.publishers_of(s))]
        for t in orgs_by_theme
    }
    ranking = sorted(
        ((t, len(o), len(statements_by_theme[t])) for t, o in orgs_by_theme.items()),
        key=lambda r: (-r[1], -r[2], data.theme_label(r[0]).casefold()),
    )
    themes = [t for t, _, _ in ranking]
    orgs = sorted(
        {o for o, _ in counts} | {o for pair in alignments for o in pair},
        key=lambda o: (data.ics_label(o).casefold(), data.organisations[o].label.casefold()),
    )
    positions = bipartite_rings(themes, orgs)
    most = max((n for _, n, _ in ranking), default=1)
    nodes = [
        common.theme_node(
            data, views, t, positions[t],
            common.scaled(n, config["theme_min_size"], config["theme_max_size"], most),
            n, statements_by_theme[t],
        )
        for t, n, _ in ranking
    ]
    themes_of: dict[str, list[str]] = defaultdict(list)
    for org, theme in counts:
        themes_of[org].append(theme)
    for org in orgs:
        node = common.org_node(data, views, data.organisations[org], positions[org], config["organisation_size"])
        node["f"]["theme"] = sorted(themes_of.get(org, []))
        nodes.append(node)
    widest = max((len(s) for s in counts.values()), default=1)
    edges: list[dict[str, Any]] = []
    for (org, theme), statements in sorted(counts.items()):
        quotes = "\n".join(f"“{common.clip(s.text, 140)}”" for s in statements[:3])
        more = f"\n… and {len(statements) - 3} more" if len(statements) > 3 else ""
        edges.append({
            "id": f"t|{org}|{theme}",
            "from": org,
            "to": theme,
            "n": len(statements),
            "width": round(1 + (config["max_edge_width"] - 1) * len(statements) / widest, 1),
            "color": {"color": views.colours["theme_edge"], "opacity": 0.8},
            "tip": f"{data.organisations[org].label} · {data.theme_label(theme)}: "
                   f"{len(statements)} statements\n{quotes}{more}",
        })
    for (a, b), pairs in sorted(alignments.items()):
        lines = []
        for sa, sb, score in pairs[:3]:
            shown = f" (score {score:.2f})" if isinstance(score, float) else ""
            lines.append(f"“{common.clip(sa.text, 100)}”\n  ≈ “{common.clip(sb.text, 100)}”{shown}")
        edges.append({
            "id": f"a|{a}|{b}",
            "from": a,
            "to": b,
            "width": min(config["alignment_width"] * len(pairs), 12),
            "dashes": [6, 4],
            "color": {"color": views.colours["alignment_edge"]},
            "tip": f"{len(pairs)} aligned commitments\n" + "\n".join(lines),
            "d": {
                "title": f"{data.organisations[a].label} and {data.organisations[b].label}",
                "subtitle": f"{len(pairs)} aligned commitments",
                "items": [
                    item
                    for sa, sb, _ in pairs[: common.MAX_ITEMS]
                    for item in (
                        common.statement_item(data, sa, note=data.organisations[a].label),
                        common.statement_item(data, sb, note=data.organisations[b].label),
                    )
                ],
            },
        })
    return {"nodes": nodes, "edges": edges, "options": common.network_options(views)}, ranking


def aggregated_network(data: SiteData, views: Views) -> tuple[dict[str, Any], list[tuple[str, int, int]]]:
    """At national scale: one node per ICS, linked to the themes its members commit to."""
    config = views.page("shared")
    counts = org_theme_counts(data)
    per_ics: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    orgs_by_theme: dict[str, set[str]] = defaultdict(set)
    icss_by_theme: dict[str, set[str]] = defaultdict(set)
    for (org, theme), statements in counts.items():
        orgs_by_theme[theme].add(org)
        for group in data.icss_of(org)[:1]:
            per_ics[(group.iri, theme)].extend(statements)
            icss_by_theme[theme].add(group.iri)
    ranking = sorted(
        ((t, len(o), len(common.theme_statements(data, t))) for t, o in orgs_by_theme.items()),
        key=lambda r: (-r[1], -r[2], data.theme_label(r[0]).casefold()),
    )
    themes = [t for t, _, _ in ranking]
    icss = [g for g in data.icss if any((g.iri, t) in per_ics for t in themes)]
    positions = bipartite_rings(themes, [g.iri for g in icss], spacing=90.0)
    most = max((n for _, n, _ in ranking), default=1)
    nodes = [
        common.theme_node(
            data, views, t, positions[t],
            common.scaled(n, config["theme_min_size"], config["theme_max_size"], most),
            n, common.theme_statements(data, t),
        )
        for t, n, _ in ranking
    ]
    for node in nodes:  # many nodes drawn small: labels large enough to read when fitted
        node["font"] = {"size": config["aggregate_font_size"]}
    for group in icss:
        node = common.group_node(data, views, group, positions[group.iri], 24)
        node["font"] = {"size": config["aggregate_font_size"]}
        node["d"] = dict(node["d"], href=f"shared/{group.slug}.html",
                         hrefLabel="Open the shared commitments of this ICS")
        node["f"] = {"ics": [group.iri], "theme": sorted(t for t in themes if (group.iri, t) in per_ics)}
        nodes.append(node)
    widest = max((len(s) for s in per_ics.values()), default=1)
    edges = []
    for (ics, theme), statements in sorted(per_ics.items()):
        who = {o for s in statements for o in data.publishers_of(s)}
        edges.append({
            "id": f"t|{ics}|{theme}", "from": ics, "to": theme,
            "width": round(1 + (config["max_edge_width"] - 1) * len(statements) / widest, 1),
            "color": {"color": views.colours["theme_edge"], "opacity": 0.8},
            "tip": f"{data.groups[ics].label} · {data.theme_label(theme)}: {len(statements)} statements "
                   f"from {len(who)} organisations",
        })
    return {"nodes": nodes, "edges": edges, "options": common.network_options(views)}, ranking


def filters_html(
    data: SiteData, views: Views, orgs_kinds: set[str], themes: list[str], with_ics: bool = True
) -> str:
    def select(key: str, label: str, options: list[tuple[str, str]]) -> str:
        rows = '<option value="">All</option>' + "".join(
            f'<option value="{esc(v)}">{esc(t)}</option>' for v, t in options
        )
        return (
            f'<label for="sg-filter-{key}">{esc(label)} </label>'
            f'<select id="sg-filter-{key}" data-sg-filter="{key}">{rows}</select>'
        )

    ics_options = [(g.iri, g.label) for g in data.icss] + [("none", "No ICS")]
    theme_options = sorted(((t, data.theme_label(t)) for t in themes), key=lambda o: o[1].casefold())
    kind_options = [(k, views.kind_label(k)) for k in views.kind_order if k in orgs_kinds]
    return (
        (select("ics", "ICS", ics_options) if with_ics else "")
        + select("theme", "Theme", theme_options)
        + (select("kind", "Kind", kind_options) if kind_options else "")
    )


def shared_page(
    data: SiteData, views: Views, ics: Group | None = None
) -> tuple[dict[str, Any], str, str, str]:
    """Network, filters, legend and body of the shared-commitments page (of one ICS if given)."""
    config = views.page("shared")
    root = "../" if ics is not None else ""
    with_statements = [o for o in data.statements_of if o in data.organisations]
    aggregate = ics is None and len(with_statements) > config["max_organisations"]
    if ics is not None:
        net, ranking = shared_network(data, views, set(ics.members))
    elif aggregate:
        net, ranking = aggregated_network(data, views)
    else:
        net, ranking = shared_network(data, views)
    kinds = {n["f"]["kind"][0] for n in net["nodes"] if "kind" in n.get("f", {})}
    filters = filters_html(data, views, kinds, [t for t, _, _ in ranking], with_ics=ics is None)
    legend = (
        common.swatch(views.colours["theme"], "Theme (size: organisations sharing it)", "sg-square")
        + (common.swatch(views.colours["ics"], "Integrated care system", "sg-square") if aggregate else "")
        + common.kind_legend(views, kinds)
        + common.swatch(views.colours["theme_edge"], "statements on a theme (width: how many)", "sg-line")
        + ("" if aggregate else common.swatch(views.colours["alignment_edge"], "aligned commitments", "sg-line"))
    )
    top = ranking[: config["top_themes"]]
    most = max((n for _, n, _ in top), default=1)
    rows = "".join(
        f'<li data-sg-name="{esc(data.theme_label(t))}"><span class="sg-bar" style="width:{round(6 * n / most, 2)}rem"></span>'
        f'<button type="button" data-sg-focus="{esc(t)}">{esc(data.theme_label(t))}</button>'
        f" {n} organisations, {s} statements · "
        f'<a href="{esc(root + common.theme_href(data, t))}">page</a></li>'
        for t, n, s in top
    )
    parts = []
    if aggregate:
        parts.append(
            f"<p><strong>{len(with_statements)} organisations:</strong> too many to draw at once, so "
            "each ICS is one node linked to the themes its members commit to. Open an ICS below "
            "for its organisations and their aligned commitments.</p>"
        )
    if ics is not None:
        parts.append(f'<p>The organisations of {esc(ics.label)}. <a href="../shared.html">All systems</a></p>')
    parts.append("<h2>Most shared themes</h2>")
    parts.append(f'<ol class="sg-top-themes">{rows}</ol>')
    parts.append("<p>Filter by theme or kind above the network. Click a node or an edge for details.</p>")
    if ics is None:
        links = "".join(
            f'<li data-sg-name="{esc(g.label)}"><a href="shared/{esc(g.slug)}.html">{esc(g.label)}</a></li>'
            for g in data.icss
        )
        parts.append(f'<h2>Shared commitments within each ICS</h2><ul class="sg-list-columns">{links}</ul>')
    return net, filters, legend, "".join(parts)
