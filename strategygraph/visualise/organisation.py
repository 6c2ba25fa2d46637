"""One page per organisation: what it says (vision to commitments), with whom, on which themes.

Every statement is quoted and linked to its highlighted place in the source page. The small
network around the organisation shows its themes, ICS, partnerships, partners and the
organisations whose commitments align with its own.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from strategygraph.visualise import common, shared
from strategygraph.visualise.data import Organisation, SiteData, Statement
from strategygraph.visualise.html import esc
from strategygraph.visualise.layout import ring
from strategygraph.visualise.views import Views

ROOT = "../"


def _section(title: str, content: str) -> str:
    return f"<h2>{esc(title)}</h2>{content}" if content else ""


def _statements(data: SiteData, statements: list[Statement]) -> str:
    return "".join(common.statement_html(data, s, ROOT) for s in statements)


def ego_network(
    data: SiteData, views: Views, org: Organisation, aligned: dict[str, int]
) -> dict[str, Any]:
    config = views.page("organisation")
    statements = common.org_statements(data, org.iri)
    per_theme: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        for theme in statement.themes:
            per_theme[theme].append(statement)
    themes = sorted(per_theme, key=lambda t: (-len(per_theme[t]), data.theme_label(t).casefold()))
    groups = sorted((data.groups[g] for g in org.groups), key=lambda g: (not g.is_ics, g.label.casefold()))
    neighbours = sorted(org.partners | set(aligned), key=lambda o: data.organisations[o].label.casefold())
    nodes = [common.org_node(data, views, org, (0.0, 0.0), 26)]
    nodes[0]["font"] = {"size": 18}
    theme_radius = max(220.0, 28.0 * len(themes))
    for theme, position in zip(themes, ring(len(themes), theme_radius, start=0.35), strict=True):
        nodes.append(
            common.theme_node(data, views, theme, position, config["theme_size"],
                              1, per_theme[theme])
        )
        nodes[-1]["label"] = data.theme_label(theme)
        nodes[-1]["tip"] = f"{data.theme_label(theme)}\n{len(per_theme[theme])} statements of {org.label}"
        nodes[-1]["d"]["rows"] = [["Statements of this organisation", str(len(per_theme[theme]))]]
        nodes[-1]["d"]["items"] = [common.statement_item(data, s) for s in per_theme[theme][: common.MAX_ITEMS]]
    others = [("g", g.iri) for g in groups] + [("o", o) for o in neighbours]
    outer = max(theme_radius * 1.7, 90.0 * len(others) / 6.28)
    for (kind, iri), position in zip(others, ring(len(others), outer, start=-1.2), strict=True):
        if kind == "g":
            nodes.append(common.group_node(data, views, data.groups[iri], position, 18))
        else:
            nodes.append(common.org_node(data, views, data.organisations[iri], position, config["partner_size"]))
    widest = max((len(s) for s in per_theme.values()), default=1)
    edges: list[dict[str, Any]] = [
        {"id": f"t|{theme}", "from": org.iri, "to": theme,
         "width": round(1 + 7 * len(per_theme[theme]) / widest, 1),
         "color": {"color": views.colours["theme_edge"]},
         "tip": f"{len(per_theme[theme])} statements on {data.theme_label(theme)}"}
        for theme in themes
    ]
    edges += [
        {"id": f"m|{g.iri}", "from": org.iri, "to": g.iri, "color": {"color": views.colours["membership_edge"]},
         "tip": f"member of {g.label}"}
        for g in groups
    ]
    for other in neighbours:
        if other in org.partners:
            edges.append({"id": f"p|{other}", "from": org.iri, "to": other, "dashes": True, "width": 3,
                          "color": {"color": views.colours["partner_edge"]}, "tip": "partners"})
        if other in aligned:
            edges.append({"id": f"a|{other}", "from": org.iri, "to": other, "dashes": [6, 4],
                          "width": min(2 * aligned[other], 10),
                          "color": {"color": views.colours["alignment_edge"]},
                          "tip": f"{aligned[other]} aligned commitments"})
    return {"nodes": nodes, "edges": edges, "options": common.network_options(views)}


def organisation_page(data: SiteData, views: Views, org: Organisation) -> tuple[dict[str, Any], str, str]:
    """Network, legend and body of one organisation's page."""
    aligned_with = shared.aligned_with(data, org.iri)
    net = ego_network(data, views, org, {o: len(p) for o, p in aligned_with.items()})
    statements = common.org_statements(data, org.iri)
    by_kind: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_kind[statement.kind].append(statement)
    facts = [f"<strong>{esc(views.kind_label(org.kind))}</strong>"]
    if org.ods:
        facts.append(f"ODS code {esc(org.ods)}")
    for group in data.icss_of(org.iri):
        facts.append(f'ICS: <a href="{esc(ROOT + common.ics_href(group))}">{esc(group.label)}</a>')
    for group in sorted((data.groups[g] for g in org.groups if not data.groups[g].is_ics), key=lambda g: g.label):
        facts.append(f"Partnership: {esc(group.label)}")
    parts = [f"<p>{' · '.join(facts)}</p>"]
    docs = [data.documents[d] for d in org.documents]
    if docs:
        parts.append(_section("Strategy documents", "<ul>" + "".join(
            f'<li><a href="{esc(ROOT + "source/" + d.slug + ".html")}">{esc(d.title)}</a>'
            + (f" ({esc(d.date)})" if d.date else "") + "</li>" for d in docs) + "</ul>"))
    parts.append(_section("Vision", _statements(data, by_kind["vision"])))
    parts.append(_section("Mission", _statements(data, by_kind["mission"])))
    if by_kind["value"]:
        values = []
        for value in by_kind["value"]:
            values.append(
                f'<h3 data-sg-name="{esc(value.label)}">{esc(value.label)}</h3>'
                + (f"<p>{esc(value.description)}</p>" if value.description else "")
                + common.statement_html(data, value, ROOT)
            )
        parts.append(_section("Values", "".join(values)))
    under_goal: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        if statement.goal:
            under_goal[statement.goal].append(statement)
    if by_kind["goal"]:
        goals = []
        for goal in by_kind["goal"]:
            goals.append(
                f'<h3 data-sg-name="{esc(goal.label)}">{esc(goal.label)}</h3>'
                + common.statement_html(data, goal, ROOT)
                + '<div style="margin-left:1.2rem">'
                + _statements(data, [s for s in under_goal[goal.iri] if s.kind != "goal"])
                + "</div>"
            )
        parts.append(_section("Goals", "".join(goals)))
    loose = [s for s in by_kind["commitment"] if not s.goal or s.goal not in data.statements]
    parts.append(_section("Commitments", _statements(data, loose)))
    theme_counts: dict[str, int] = defaultdict(int)
    for statement in statements:
        for theme in statement.themes:
            theme_counts[theme] += 1
    if theme_counts:
        parts.append(_section("Themes", "<p>" + " ".join(
            f'<a class="sg-tag" href="{esc(ROOT + common.theme_href(data, t))}">{esc(data.theme_label(t))} · {n}</a>'
            for t, n in sorted(theme_counts.items(), key=lambda kv: (-kv[1], data.theme_label(kv[0])))) + "</p>"))
    if org.partners:
        parts.append(_section("Partners", "<ul>" + "".join(
            f'<li data-sg-name="{esc(data.organisations[p].label)}"><a href="{esc(ROOT + common.org_href(data.organisations[p]))}">'
            f"{esc(data.organisations[p].label)}</a></li>"
            for p in sorted(org.partners, key=lambda p: data.organisations[p].label)) + "</ul>"))
    if aligned_with:
        rows = []
        for other in sorted(aligned_with, key=lambda o: data.organisations[o].label):
            rows.append(f'<h3><a href="{esc(ROOT + common.org_href(data.organisations[other]))}">'
                        f"{esc(data.organisations[other].label)}</a></h3>")
            for mine, theirs, _ in aligned_with[other]:
                rows.append('<div class="sg-card">' + common.statement_html(data, mine, ROOT, False)
                            + "<p>aligns with</p>" + common.statement_html(data, theirs, ROOT, False) + "</div>")
        parts.append(_section("Commitments shared with other organisations", "".join(rows)))
    mentioned = sorted({m for d in docs for m in d.mentions if m in data.organisations and m != org.iri},
                       key=lambda m: data.organisations[m].label)
    if mentioned:
        parts.append(_section("Organisations named in its strategy", "<ul>" + "".join(
            f'<li><a href="{esc(ROOT + common.org_href(data.organisations[m]))}">{esc(data.organisations[m].label)}</a></li>'
            for m in mentioned) + "</ul>"))
    if not statements:
        parts.append("<p>No strategy statements of this organisation are in the graph.</p>")
    legend = (common.kind_legend(views, {n["f"]["kind"][0] for n in net["nodes"] if "kind" in n.get("f", {})})
              + common.swatch(views.colours["theme"], "Theme", "sg-square"))
    return net, legend, "".join(parts)
