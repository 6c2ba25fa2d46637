"""One page per theme: who commits to it, in their own words, grouped by integrated care system."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from strategygraph.visualise import common
from strategygraph.visualise.data import SiteData, Statement
from strategygraph.visualise.html import esc
from strategygraph.visualise.layout import clusters
from strategygraph.visualise.views import Views

ROOT = "../"


def theme_page(data: SiteData, views: Views, theme: str) -> tuple[dict[str, Any], str, str]:
    concept = data.themes[theme]
    statements = common.theme_statements(data, theme)
    by_org: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        for org in data.publishers_of(statement):
            by_org[org].append(statement)
    by_ics: dict[str, list[str]] = defaultdict(list)
    for org in sorted(by_org, key=lambda o: data.organisations[o].label.casefold()):
        by_ics[data.ics_label(org)].append(org)
    order = sorted(by_ics, key=lambda label: (label == "No ICS", label.casefold()))
    nodes = [common.theme_node(data, views, theme, (0.0, 0.0), 34, len(by_org), statements)]
    nodes[0]["prune"] = False
    edges: list[dict[str, Any]] = []
    if len(by_org) > views.page("theme")["max_organisations"]:
        nodes, edges = _aggregated(data, views, theme, nodes, by_org)
    else:
        _per_organisation(data, views, theme, nodes, edges, by_org, by_ics, order)
    frameworks = sorted(
        (c for scheme, concepts in data.schemes.items() if scheme != views.config["themes"]["scheme"]
         for c in concepts if c.iri in data.theme_frameworks.get(theme, set())),
        key=lambda c: c.label,
    )
    parts = []
    if concept.definition:
        parts.append(f"<p>{esc(concept.definition)}</p>")
    if frameworks:
        parts.append("<p>Serves: " + " ".join(f'<span class="sg-tag">{esc(c.label)}</span>' for c in frameworks) + "</p>")
    parts.append(f"<p>{len(by_org)} organisations, {len(statements)} statements.</p>")
    fold = len(by_org) > views.page("theme")["max_organisations"]
    for label in order:
        group = []
        for org in by_ics[label]:
            organisation = data.organisations[org]
            group.append(f'<h3 data-sg-name="{esc(organisation.label)}"><a href="{esc(ROOT + common.org_href(organisation))}">'
                         f"{esc(organisation.label)}</a></h3>")
            group.append("".join(common.statement_html(data, s, ROOT, False) for s in by_org[org]))
        if fold:  # many organisations: each ICS folded, so the first render stays small
            parts.append(f"<details><summary><strong>{esc(label)}</strong> · {len(by_ics[label])} "
                         f"organisations</summary>{''.join(group)}</details>")
        else:
            parts.append(f"<h2>{esc(label)}</h2>{''.join(group)}")
    if not statements:
        parts.append("<p>No organisation in the graph commits to this theme: a gap.</p>")
    kinds = {data.organisations[o].kind for o in by_org}
    legend = common.swatch(views.colours["theme"], "Theme", "sg-square") + common.kind_legend(views, kinds)
    return {"nodes": nodes, "edges": edges, "options": common.network_options(views)}, legend, "".join(parts)


def _per_organisation(
    data: SiteData,
    views: Views,
    theme: str,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    by_org: dict[str, list[Statement]],
    by_ics: dict[str, list[str]],
    order: list[str],
) -> None:
    """Each organisation that commits to the theme, around it, grouped by ICS."""
    concept = data.themes[theme]
    positions = clusters([(None, by_ics[label]) for label in order], spacing=90.0)
    widest = max((len(s) for s in by_org.values()), default=1)
    for org, found in by_org.items():
        node = common.org_node(data, views, data.organisations[org], positions[org], 14)
        node["d"] = dict(
            node["d"],
            itemsTitle=f"On {concept.label}",
            items=[common.statement_item(data, s) for s in found[: common.MAX_ITEMS]],
            more=f"and {len(found) - common.MAX_ITEMS} more below" if len(found) > common.MAX_ITEMS else "",
        )
        nodes.append(node)
        edges.append({
            "id": f"t|{org}", "from": org, "to": theme,
            "width": round(1 + 7 * len(found) / widest, 1),
            "color": {"color": views.colours["theme_edge"]},
            "tip": "\n".join([f"{data.organisations[org].label}: {len(found)} statements"]
                             + [f"“{common.clip(s.text, 140)}”" for s in found[:3]]),
        })


def _aggregated(
    data: SiteData,
    views: Views,
    theme: str,
    nodes: list[dict[str, Any]],
    by_org: dict[str, list[Statement]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """At national scale: one node per ICS, sized and linked by its members' statements."""
    per_ics: dict[str, list[Statement]] = defaultdict(list)
    members: dict[str, set[str]] = defaultdict(set)
    for org, found in by_org.items():
        for group in data.icss_of(org)[:1]:
            per_ics[group.iri].extend(found)
            members[group.iri].add(org)
    icss = sorted(per_ics, key=lambda g: data.groups[g].label.casefold())
    positions = clusters([(None, icss)], spacing=120.0)
    widest = max((len(s) for s in per_ics.values()), default=1)
    edges: list[dict[str, Any]] = []
    for ics in icss:
        node = common.group_node(data, views, data.groups[ics], positions[ics], 20)
        node["d"] = dict(
            node["d"],
            rows=[["Organisations on this theme", str(len(members[ics]))],
                  ["Statements", str(len(per_ics[ics]))]],
            itemsTitle="In their own words",
            items=[common.statement_item(data, s, note=", ".join(data.organisations[o].label for o in data.publishers_of(s)))
                   for s in per_ics[ics][: common.MAX_ITEMS]],
        )
        nodes.append(node)
        edges.append({
            "id": f"t|{ics}", "from": ics, "to": theme,
            "width": round(1 + 7 * len(per_ics[ics]) / widest, 1),
            "color": {"color": views.colours["theme_edge"]},
            "tip": f"{data.groups[ics].label}: {len(members[ics])} organisations, {len(per_ics[ics])} statements",
        })
    return nodes, edges
