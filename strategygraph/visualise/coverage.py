"""Coverage: organisations (rows) by ICS purposes, plan shifts and themes (columns).

A cell's shade is the number of the organisation's statements that serve the column (a theme
directly; a purpose or shift through the themes that ``skos:broadMatch`` / ``skos:relatedMatch``
it); an empty cell is a gap, marked in red, and each ICS gets a summary row of its own.
"""

from __future__ import annotations

from collections import defaultdict

from strategygraph.visualise import common
from strategygraph.visualise.data import Concept, SiteData
from strategygraph.visualise.html import esc
from strategygraph.visualise.views import Views


def columns(data: SiteData, views: Views) -> list[tuple[str, list[Concept]]]:
    """Column groups from views.toml: (group label, concepts)."""
    found = []
    for scheme in views.page("coverage")["schemes"]:
        concepts = list(data.schemes.get(scheme["iri"], []))
        if scheme["iri"] == views.config["themes"]["scheme"]:
            known = {c.iri for c in concepts}
            concepts += sorted((c for c in data.themes.values() if c.iri not in known), key=lambda c: c.label)
        if concepts:
            found.append((scheme["label"], concepts))
    return found


def counts(data: SiteData, views: Views) -> dict[str, dict[str, int]]:
    """organisation -> column concept -> number of its statements that serve it."""
    result: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for org, statements in data.statements_of.items():
        for iri in statements:
            served: set[str] = set()
            for theme in data.statements[iri].themes:
                served.add(theme)
                served.update(data.theme_frameworks.get(theme, set()))
            for concept in served:
                result[org][concept] += 1
    return result


def _mix(low: str, high: str, share: float) -> str:
    a = [int(low[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(high[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def _cell(views: Views, who: str, column: Concept, n: int, top: int) -> str:
    colours = views.colours
    if n == 0:
        return (f'<td class="sg-cell sg-gap" style="--gap:{esc(colours["coverage_empty"])}" '
                f'title="{esc(who)}: gap, nothing on {esc(column.label)}">–</td>')
    share = n / top if top else 1.0
    colour = _mix(colours["coverage_low"], colours["coverage_high"], share)
    ink = "#ffffff" if share > 0.55 else "#111111"
    return (f'<td class="sg-cell" style="background:{colour};color:{ink}" '
            f'title="{esc(who)}: {n} statements on {esc(column.label)}">{n}</td>')


def coverage_page(data: SiteData, views: Views) -> str:
    config = views.page("coverage")
    groups = columns(data, views)
    cols = [c for _, cs in groups for c in cs]
    table_counts = counts(data, views)
    orgs = [o for o in data.statements_of if o in data.organisations]
    by_ics: dict[str, list[str]] = defaultdict(list)
    for org in sorted(orgs, key=lambda o: data.organisations[o].label.casefold()):
        by_ics[data.ics_label(org)].append(org)
    top = max((n for row in table_counts.values() for n in row.values()), default=1)
    head = (
        '<tr><th rowspan="2">Organisation</th>'
        + "".join(f'<th colspan="{len(cs)}">{esc(label)}</th>' for label, cs in groups)
        + "</tr><tr>"
        + "".join(f'<th class="sg-col" title="{esc(c.label)}">{esc(common.clip(c.label, 34))}</th>' for c in cols)
        + "</tr>"
    )
    fold = len(orgs) > config["fold_above"]
    parts = [
        "<p>Each cell counts the organisation's statements that serve the column; "
        "<span class=\"sg-gap\">–</span> marks a gap. The first row of each ICS adds up its members.</p>",
        '<div class="sg-scale">fewer '
        + "".join(
            f'<span class="sg-swatch sg-square" style="background:{_mix(views.colours["coverage_low"], views.colours["coverage_high"], s)}"></span>'
            for s in (0.1, 0.3, 0.55, 0.8, 1.0))
        + " more statements · "
        + f'<span class="sg-swatch sg-square" style="background:{esc(views.colours["coverage_empty"])}"></span> gap</div>',
    ]
    tables: list[tuple[str, int, list[str]]] = []
    for label in sorted(by_ics, key=lambda name: (name == "No ICS", name.casefold())):
        members = by_ics[label]
        total: dict[str, int] = defaultdict(int)
        for org in members:
            for concept, n in table_counts[org].items():
                total[concept] += n
        rows = [
            f'<tr class="sg-group"><th class="sg-rowhead" data-sg-name="{esc(label)}">{esc(label)} (all {len(members)})</th>'
            + "".join(_cell(views, label, c, total.get(c.iri, 0), top * max(1, len(members))) for c in cols)
            + "</tr>"
        ]
        for org in members:
            organisation = data.organisations[org]
            rows.append(
                f'<tr><th class="sg-rowhead" data-sg-name="{esc(organisation.label)}">'
                f'<a href="{esc(common.org_href(organisation))}">{esc(organisation.label)}</a></th>'
                + "".join(_cell(views, organisation.label, c, table_counts[org].get(c.iri, 0), top) for c in cols)
                + "</tr>"
            )
        tables.append((label, len(members), rows))
    if fold:  # many organisations: one folded table per ICS keeps the first render small
        for label, count, rows in tables:
            parts.append(
                f"<details><summary><strong>{esc(label)}</strong> · {count} organisations</summary>"
                f'<table class="sg-coverage"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></details>'
            )
    elif tables:
        body = "".join(f'<tbody>{"".join(rows)}</tbody>' for _, _, rows in tables)
        parts.append(f'<table class="sg-coverage"><thead>{head}</thead>{body}</table>')
    if not orgs:
        parts.append("<p>No statements in the graph yet.</p>")
    return "".join(parts)
