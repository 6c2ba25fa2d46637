"""Pieces every page kind shares: file names, node and detail builders, statement snippets.

Nodes and details are plain dicts that become JSON; the page script puts their text into the DOM
with ``textContent``, so nothing here needs to escape (HTML snippets below do, with ``esc``).
"""

from __future__ import annotations

import math
from typing import Any

from strategygraph.visualise.data import Group, Organisation, SiteData, Statement, statement_order
from strategygraph.visualise.html import esc
from strategygraph.visualise.views import Views

KIND_NAMES = {
    "vision": "Vision",
    "mission": "Mission",
    "value": "Value",
    "goal": "Goal",
    "commitment": "Commitment",
}
MAX_ITEMS = 8  # statements listed in a detail panel before "and N more"


def org_href(org: Organisation) -> str:
    return f"organisation/{org.slug}.html"


def theme_href(data: SiteData, theme: str) -> str:
    return f"theme/{data.themes[theme].slug}.html" if theme in data.themes else "index.html"


def ics_href(group: Group) -> str:
    return f"ics/{group.slug}.html"


def source_href(data: SiteData, statement: Statement) -> str:
    document = data.documents[statement.document]
    return f"source/{document.slug}.html#{statement.anchor}"


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def statement_item(data: SiteData, statement: Statement, note: str | None = None) -> dict[str, Any]:
    return {
        "text": clip(statement.text, 240),
        "note": note if note is not None else KIND_NAMES.get(statement.kind, statement.kind),
        "href": source_href(data, statement),
    }


def org_statements(data: SiteData, org: str) -> list[Statement]:
    return [data.statements[s] for s in data.statements_of.get(org, [])]


def org_detail(data: SiteData, views: Views, org: Organisation) -> dict[str, Any]:
    """The detail panel of an organisation (built once per organisation; do not mutate)."""
    key = ("org_detail", org.iri)
    if key not in data.cache:
        data.cache[key] = _org_detail(data, views, org)
    return data.cache[key]


def _org_detail(data: SiteData, views: Views, org: Organisation) -> dict[str, Any]:
    statements = org_statements(data, org.iri)
    first = sorted(
        statements,
        key=lambda s: (list(KIND_NAMES).index(s.kind) if s.kind in KIND_NAMES else 9, statement_order(s)),
    )
    rows = [["Kind", ", ".join(views.kind_label(k) for k in org.kinds)]]
    if org.ods:
        rows.append(["ODS code", org.ods])
    icss = data.icss_of(org.iri)
    rows.append(["ICS", ", ".join(g.label for g in icss) or "none recorded"])
    others = [data.groups[g].label for g in org.groups if not data.groups[g].is_ics]
    if others:
        rows.append(["Partnerships", ", ".join(sorted(others))])
    if org.partners:
        rows.append(
            ["Partners", ", ".join(sorted(data.organisations[p].label for p in org.partners))]
        )
    rows.append(["Statements", str(len(statements))])
    detail: dict[str, Any] = {
        "title": org.label,
        "subtitle": views.kind_label(org.kind),
        "href": org_href(org),
        "hrefLabel": "Open the organisation's page",
        "rows": rows,
        "itemsTitle": "What it says",
        "items": [statement_item(data, s) for s in first[:MAX_ITEMS]],
    }
    if len(first) > MAX_ITEMS:
        detail["more"] = f"and {len(first) - MAX_ITEMS} more on its page"
    return detail


def org_tip(data: SiteData, views: Views, org: Organisation) -> str:
    count = len(data.statements_of.get(org.iri, []))
    return f"{org.label}\n{views.kind_label(org.kind)} · {data.ics_label(org.iri)}\n{count} statements"


def org_node(
    data: SiteData, views: Views, org: Organisation, position: tuple[float, float], size: float
) -> dict[str, Any]:
    return {
        "id": org.iri,
        "label": org.label,
        "name": org.label,
        "keys": [k for k in (org.ods, org.code) if k],
        "x": position[0],
        "y": position[1],
        "size": size,
        "color": {"background": views.kind_colour(org.kind), "border": "#333333"},
        "tip": org_tip(data, views, org),
        "d": org_detail(data, views, org),
        "f": {
            "ics": [g.iri for g in data.icss_of(org.iri)] or ["none"],
            "kind": [org.kind],
        },
    }


def theme_statements(data: SiteData, theme: str) -> list[Statement]:
    key = ("by_theme", "")
    if key not in data.cache:
        by_theme: dict[str, list[Statement]] = {}
        for statement in sorted(data.statements.values(), key=statement_order):
            for iri in statement.themes:
                by_theme.setdefault(iri, []).append(statement)
        data.cache[key] = by_theme
    return list(data.cache[key].get(theme, []))


def theme_node(
    data: SiteData,
    views: Views,
    theme: str,
    position: tuple[float, float],
    size: float,
    organisations: int,
    statements: list[Statement],
) -> dict[str, Any]:
    concept = data.themes[theme]
    items = []
    for statement in statements[:MAX_ITEMS]:
        who = ", ".join(data.organisations[o].label for o in data.publishers_of(statement))
        items.append(statement_item(data, statement, note=who or None))
    detail: dict[str, Any] = {
        "title": concept.label,
        "subtitle": "Theme",
        "href": theme_href(data, theme),
        "hrefLabel": "Open the theme's page",
        "rows": [
            ["Organisations", str(organisations)],
            ["Statements", str(len(statements))],
        ]
        + ([["Definition", concept.definition]] if concept.definition else []),
        "itemsTitle": "In their own words",
        "items": items,
    }
    if len(statements) > MAX_ITEMS:
        detail["more"] = f"and {len(statements) - MAX_ITEMS} more on the theme's page"
    return {
        "id": theme,
        "label": f"{concept.label} ({organisations})",
        "name": concept.label,
        "keys": [concept.slug],
        "x": position[0],
        "y": position[1],
        "size": size,
        "shape": "diamond",
        "color": {"background": views.colours["theme"], "border": views.colours["theme_border"]},
        "font": {"size": 16},
        "tip": f"{concept.label}\n{organisations} organisations · {len(statements)} statements",
        "d": detail,
        "f": {"theme": [theme]},
        "prune": True,
    }


def group_node(
    data: SiteData, views: Views, group: Group, position: tuple[float, float], size: float
) -> dict[str, Any]:
    members = sorted(data.organisations[m].label for m in group.members)
    kind = "Integrated care system" if group.is_ics else "Partnership"
    detail: dict[str, Any] = {
        "title": group.label,
        "subtitle": kind,
        "rows": [["Members", str(len(members))]]
        + ([["Integrated care board", data.organisations[group.icb].label]]
           if group.icb in data.organisations else []),
        "itemsTitle": "Members",
        "items": [{"text": m, "note": ""} for m in members[:40]],
    }
    if group.is_ics:
        detail["href"] = ics_href(group)
        detail["hrefLabel"] = "Open the ICS page"
    return {
        "id": group.iri,
        "label": group.label,
        "name": group.label,
        "keys": [group.slug],
        "x": position[0],
        "y": position[1],
        "size": size,
        "shape": "hexagon" if group.is_ics else "square",
        "color": {
            "background": views.colours["ics" if group.is_ics else "partnership"],
            "border": "#000000",
        },
        "font": {"size": 18 if group.is_ics else 15},
        "tip": f"{group.label}\n{kind} · {len(members)} members",
        "d": detail,
        "f": {"ics": [group.iri] if group.is_ics else [data.icss_of(m)[0].iri for m in group.members if data.icss_of(m)] or ["none"]},
    }


def scaled(value: float, low: float, high: float, top: float) -> float:
    """A size between ``low`` and ``high`` growing with the square root of ``value`` (up to ``top``)."""
    if top <= 0:
        return low
    return round(low + (high - low) * math.sqrt(min(value, top) / top), 1)


def network_options(views: Views) -> dict[str, Any]:
    return dict(views.config["network"])


def swatch(colour: str, label: str, shape: str = "") -> str:
    cls = f"sg-swatch {shape}".strip()
    return f'<span><span class="{esc(cls)}" style="background:{esc(colour)}"></span>{esc(label)}</span>'


def kind_legend(views: Views, kinds: set[str]) -> str:
    return "".join(swatch(views.kind_colour(k), views.kind_label(k)) for k in views.kind_order if k in kinds)


def statement_html(data: SiteData, statement: Statement, nav_root: str, show_themes: bool = True) -> str:
    """One statement: its quote, a link to its place in the source, its timeframe and themes."""
    parts = [f'<p class="sg-statement" data-sg-name="{esc(clip(statement.text, 120))}">']
    parts.append(f"<q>{esc(statement.text)}</q> ")
    parts.append(f'<a href="{esc(nav_root + source_href(data, statement))}">in the source</a>')
    if statement.page is not None:
        parts.append(f" (page {statement.page})")
    if statement.timeframe:
        parts.append(f' <span class="sg-tag">{esc(statement.timeframe)}</span>')
    if show_themes:
        for theme in statement.themes:
            parts.append(
                f' <a class="sg-tag" href="{esc(nav_root + theme_href(data, theme))}">'
                f"{esc(data.theme_label(theme))}</a>"
            )
    parts.append("</p>")
    return "".join(parts)
