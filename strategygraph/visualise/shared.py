"""Shared commitments: organisations and the themes they commit to, and aligned commitments.

An edge from an organisation to a theme is as wide as the number of its statements on that theme;
theme nodes grow with the number of organisations that share them, and a ranked list names the
most shared. Red edges join organisations whose commitments were aligned by the analysis.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from strategygraph.visualise import common
from strategygraph.visualise.data import SiteData, Statement
from strategygraph.visualise.html import esc
from strategygraph.visualise.layout import bipartite_rings
from strategygraph.visualise.views import Views


def org_theme_counts(data: SiteData) -> dict[tuple[str, str], list[Statement]]:
    """(organisation, theme) -> the organisation's statements on the theme."""
    found: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for org, statements in data.statements_of.items():
        for iri in statements:
            statement = data.statements[iri]
            for theme in statement.themes:
                found[(org, theme)].append(statement)
    return found


def aligned_pairs(data: SiteData) -> dict[tuple[str, str], list[tuple[Statement, Statement, float | None]]]:
    """(organisation, organisation) -> aligned statement pairs between them (never one with itself)."""
    found: dict[tuple[str, str], list[tuple[Statement, Statement, float | None]]] = defaultdict(list)
    for a, b, score in data.alignments:
        sa, sb = data.statements[a], data.statements[b]
        for oa in data.publishers_of(sa):
            for ob in data.publishers_of(sb):
                if oa == ob:
                    continue
                first, second = (oa, ob) if oa < ob else (ob, oa)
                pair = (sa, sb, score) if oa == first else (sb, sa, score)
                found[(first, second)].append(pair)
    return found


def shared_network(data: SiteData, views: Views) -> tuple[dict[str, Any], list[tuple[str, int, int]]]:
    """The network and the themes ranked by how many organisations share them."""
    config = views.page("shared")
    counts = org_theme_counts(data)
    alignments = aligned_pairs(data)
    orgs_by_theme: dict[str, set[str]] = defaultdict(set)
    for org, theme in counts:
        orgs_by_theme[theme].add(org)
    statements_by_theme = {t: common.theme_statements(data, t) for t in orgs_by_theme}
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
    net: dict[str, Any] = {"nodes": nodes, "edges": edges, "options": common.network_options(views)}
    if len(orgs) > config["max_organisations"] and data.icss:
        sizes = Counter(g.iri for o in orgs for g in data.icss_of(o)[:1])
        if sizes:
            net["defaultFilters"] = {"ics": sizes.most_common(1)[0][0]}
    return net, ranking


def filters_html(data: SiteData, views: Views, orgs_kinds: set[str], themes: list[str]) -> str:
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
        select("ics", "ICS", ics_options)
        + select("theme", "Theme", theme_options)
        + select("kind", "Kind", kind_options)
    )


def shared_page(data: SiteData, views: Views) -> tuple[dict[str, Any], str, str, str]:
    """Network, filters, legend and body of the shared-commitments page."""
    config = views.page("shared")
    net, ranking = shared_network(data, views)
    kinds = {n["f"]["kind"][0] for n in net["nodes"] if "kind" in n.get("f", {})}
    filters = filters_html(data, views, kinds, [t for t, _, _ in ranking])
    legend = (
        common.swatch(views.colours["theme"], "Theme (size: organisations sharing it)", "sg-square")
        + common.kind_legend(views, kinds)
        + common.swatch(views.colours["theme_edge"], "statements on a theme (width: how many)", "sg-line")
        + common.swatch(views.colours["alignment_edge"], "aligned commitments", "sg-line")
    )
    top = ranking[: config["top_themes"]]
    most = max((n for _, n, _ in top), default=1)
    rows = "".join(
        f'<li data-sg-name="{esc(data.theme_label(t))}"><span class="sg-bar" style="width:{round(6 * n / most, 2)}rem"></span>'
        f'<button type="button" data-sg-focus="{esc(t)}">{esc(data.theme_label(t))}</button>'
        f" {n} organisations, {s} statements · "
        f'<a href="{esc(common.theme_href(data, t))}">page</a></li>'
        for t, n, s in top
    )
    body = (
        "<h2>Most shared themes</h2>"
        f'<ol class="sg-top-themes">{rows}</ol>'
        "<p>Filter by ICS, theme or kind above the network. Click a node or an edge for details.</p>"
    )
    if "defaultFilters" in net:
        body = (
            "<p><strong>Many organisations:</strong> the network opens filtered to the largest ICS; "
            "choose another ICS or All in the filters.</p>" + body
        )
    return net, filters, legend, body
