"""ICS overview: organisations, their integrated care systems and partnerships, coloured by kind.

Small graphs show every organisation around its ICS. Above ``max_organisations`` the overview
draws one node per ICS (linked by partnerships that cross ICS lines) and each ICS page shows its
members, so the first render stays fast at national scale.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from strategygraph.visualise import common
from strategygraph.visualise.data import Group, SiteData
from strategygraph.visualise.html import esc
from strategygraph.visualise.layout import centroid, clusters
from strategygraph.visualise.views import Views


def overview_members(data: SiteData) -> list[str]:
    """Organisations the overview shows: members of an ICS or partnership, partners, publishers."""
    chosen = {o for o, _ in data.memberships}
    chosen.update(a for pair in data.partners for a in pair)
    chosen.update(o for d in data.documents.values() for o in d.publishers)
    return sorted(chosen, key=lambda o: (data.ics_label(o).casefold(), data.organisations[o].label.casefold()))


def network(
    data: SiteData, views: Views, orgs: list[str], groups: list[Group], hub_first: bool = True
) -> dict[str, Any]:
    """Organisations with their groups as hubs, membership and partner edges."""
    config = views.page("overview")
    icss = [g for g in groups if g.is_ics]
    others = [g for g in groups if not g.is_ics]
    org_set = set(orgs)
    layout_groups: list[tuple[str | None, list[str]]] = [
        (g.iri, [m for m in orgs if data.icss_of(m) and data.icss_of(m)[0].iri == g.iri]) for g in icss
    ]
    loose = [m for m in orgs if not any(m in members for _, members in layout_groups)]
    if loose:
        layout_groups.append((None, loose))
    positions = clusters(layout_groups, spacing=float(config["ring_spacing"]))
    for group in others:
        points = [positions[m] for m in group.members if m in positions]
        positions[group.iri] = centroid(points, offset=float(config["ring_spacing"]) * 0.9)
    nodes: list[dict[str, Any]] = []
    for group in icss + others:
        size = config["ics_size"] if group.is_ics else config["partnership_size"]
        nodes.append(common.group_node(data, views, group, positions.get(group.iri, (0, 0)), size))
    for org in orgs:
        nodes.append(
            common.org_node(data, views, data.organisations[org], positions[org], config["organisation_size"])
        )
    group_set = {g.iri for g in groups}
    edges: list[dict[str, Any]] = []
    for org, group in data.memberships:
        if org in org_set and group in group_set:
            edges.append({
                "id": f"m|{org}|{group}",
                "from": org,
                "to": group,
                "width": config["edge_width"],
                "color": {"color": views.colours["membership_edge"]},
                "tip": f"{data.organisations[org].label}\nmember of {data.groups[group].label}",
            })
    for a, b in data.partners:
        if a in org_set and b in org_set:
            edges.append({
                "id": f"p|{a}|{b}",
                "from": a,
                "to": b,
                "width": config["partner_edge_width"],
                "dashes": True,
                "color": {"color": views.colours["partner_edge"]},
                "tip": f"Partners\n{data.organisations[a].label}\n{data.organisations[b].label}",
            })
    return {"nodes": nodes, "edges": edges, "options": common.network_options(views)}


def aggregated(data: SiteData, views: Views) -> dict[str, Any]:
    """One node per ICS, sized by members; edges count partner pairs across two ICSs."""
    config = views.page("overview")
    icss = data.icss
    positions = clusters([(None, [g.iri for g in icss])], spacing=float(config["ring_spacing"]))
    largest = max((len(g.members) for g in icss), default=1)
    nodes = [
        common.group_node(
            data, views, g, positions[g.iri],
            common.scaled(len(g.members), 12, config["ics_size"] * 1.5, largest),
        )
        for g in icss
    ]
    for node in nodes:  # many nodes drawn small: labels large enough to read when fitted
        node["font"] = {"size": config["aggregate_font_size"]}
    crossing: Counter[tuple[str, str]] = Counter()
    for a, b in data.partners:
        ia, ib = data.icss_of(a), data.icss_of(b)
        if ia and ib and ia[0].iri != ib[0].iri:
            crossing[tuple(sorted((ia[0].iri, ib[0].iri)))] += 1  # type: ignore[index]
    edges = [
        {
            "id": f"x|{a}|{b}",
            "from": a,
            "to": b,
            "width": min(1 + n, 10),
            "color": {"color": views.colours["partner_edge"]},
            "tip": f"{n} partnerships between\n{data.groups[a].label}\n{data.groups[b].label}",
        }
        for (a, b), n in sorted(crossing.items())
    ]
    return {"nodes": nodes, "edges": edges, "options": common.network_options(views)}


def legend(views: Views, kinds: set[str], show_orgs: bool = True) -> str:
    parts = [
        common.swatch(views.colours["ics"], "Integrated care system", "sg-square"),
        common.swatch(views.colours["partnership"], "Partnership", "sg-square"),
    ]
    if show_orgs:
        parts.append(common.kind_legend(views, kinds))
        parts.append(common.swatch(views.colours["membership_edge"], "member of", "sg-line"))
        parts.append(common.swatch(views.colours["partner_edge"], "partners (dashed)", "sg-line"))
    return "".join(parts)


def overview_page(data: SiteData, views: Views) -> tuple[dict[str, Any], str, str]:
    """The overview's network, legend and text (the caller wraps them in the page shell)."""
    config = views.page("overview")
    orgs = overview_members(data)
    if len(orgs) > config["max_organisations"]:
        net = aggregated(data, views)
        body = (
            f"<p>{len(orgs)} organisations in {len(data.icss)} integrated care systems: too many to "
            "draw at once, so each ICS is one node (its size is its number of members). Click an ICS "
            "for its members, or open its page:</p>"
            + ics_list(data)
        )
        return net, legend(views, set(), show_orgs=False), body
    groups = sorted(data.groups.values(), key=lambda g: (not g.is_ics, g.label.casefold()))
    net = network(data, views, orgs, groups)
    kinds = {data.organisations[o].kind for o in orgs}
    body = (
        f"<p>{len(orgs)} organisations, {len(data.icss)} integrated care systems and "
        f"{sum(1 for g in groups if not g.is_ics)} other partnerships. Click a node for its details; "
        "double-click an organisation to open its page.</p>" + ics_list(data)
    )
    return net, legend(views, kinds), body


def ics_list(data: SiteData, root: str = "") -> str:
    items = "".join(
        f'<li data-sg-name="{esc(g.label)}"><a href="{esc(root + common.ics_href(g))}">{esc(g.label)}</a>'
        f" ({len(g.members)} members)</li>"
        for g in data.icss
    )
    return f'<h2>Integrated care systems</h2><ul class="sg-list-columns">{items}</ul>' if items else ""


def ics_page(data: SiteData, views: Views, ics: Group) -> tuple[dict[str, Any], str, str]:
    """One ICS: its members, the partnerships they belong to and their partners."""
    members = sorted(ics.members, key=lambda o: data.organisations[o].label.casefold())
    member_set = set(members)
    groups = [ics] + sorted(
        (g for g in data.groups.values() if not g.is_ics and member_set.intersection(g.members)),
        key=lambda g: g.label.casefold(),
    )
    orgs = list(members)
    for group in groups[1:]:
        orgs += [m for m in group.members if m not in member_set and m not in orgs]
    net = network(data, views, orgs, groups)
    kinds = {data.organisations[o].kind for o in orgs}
    rows = "".join(
        f'<li data-sg-name="{esc(data.organisations[o].label)}"><a href="{esc("../" + common.org_href(data.organisations[o]))}">'
        f"{esc(data.organisations[o].label)}</a> · {esc(views.kind_label(data.organisations[o].kind))}</li>"
        for o in members
    )
    body = f"<h2>Members of {esc(ics.label)}</h2><ul>{rows}</ul>"
    return net, legend(views, kinds), body
