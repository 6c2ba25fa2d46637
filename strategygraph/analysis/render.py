"""Plain-text and JSON renderings of the analysis results, for the CLI (returns strings)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

from strategygraph.analysis.api import Comparison, Quote, SharedReport
from strategygraph.analysis.coverage import CoverageReport

__all__ = ["coverage_table", "compare_table", "shared_table", "to_json"]

WIDTH = 100


def to_json(result: Any) -> str:
    """Any result dataclass as indented JSON (UTF-8 text kept as is)."""
    data = asdict(result) if is_dataclass(result) else result
    return json.dumps(data, indent=2, ensure_ascii=False, default=_default) + "\n"


def _default(value: Any) -> Any:
    if is_dataclass(value):
        return asdict(value)  # type: ignore[arg-type]
    return str(value)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _quote_lines(quotes: Sequence[Quote], indent: str = "    ", limit: int = 0) -> list[str]:
    """One line per statement (a joint statement names all its organisations)."""
    merged: dict[str, tuple[Quote, list[str]]] = {}
    for q in quotes:
        merged.setdefault(q.statement, (q, []))[1].append(q.organisation_label)
    items = list(merged.values())
    shown = items if limit <= 0 else items[:limit]
    lines = [_wrap(f'"{q.text}" ({"; ".join(sorted(set(who)))})', indent) for q, who in shown]
    if len(items) > len(shown):
        lines.append(f"{indent}... and {len(items) - len(shown)} more (--quotes 0 shows all)")
    return lines


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return out


def shared_table(report: SharedReport, quotes: int = 3) -> str:
    scope = report.ics_label or "all integrated care systems"
    lines = [f"What {len(report.organisations)} organisations share: {scope}", ""]
    for org in report.organisations:
        lines.append(f"  {org.ods_code or '-':6} {org.label}")
    lines += ["", f"Themes shared by two or more organisations ({len(report.themes)}), most shared first", ""]
    if not report.themes:
        lines.append("  (none)")
    for theme in report.themes:
        codes = ", ".join(o.ods_code or o.label for o in theme.organisations)
        statements = len({q.statement for q in theme.statements})
        lines.append(f"* {theme.label}: {len(theme.organisations)} organisations ({codes}), {statements} statements")
        lines += _quote_lines(theme.statements, limit=quotes)
    lines += ["", f"Aligned commitments shared by two or more organisations ({len(report.commitments)})", ""]
    if not report.commitments:
        lines.append("  (none)")
    for i, group in enumerate(report.commitments, 1):
        themes = f", themes: {', '.join(group.themes)}" if group.themes else ""
        lines.append(f"{i}. {len(group.organisations)} organisations, best score {group.score:.2f}{themes}")
        lines += _quote_lines(group.statements)
    return "\n".join(lines) + "\n"


def compare_table(result: Comparison, quotes: int = 3, pairs: int = 10) -> str:
    a, b = result.a, result.b
    lines = [
        f"A: {a.label} ({a.ods_code or a.iri})",
        f"B: {b.label} ({b.ods_code or b.iri})",
        f"similarity: {result.similarity:.3f}",
        "",
        "Shared themes",
    ]
    rows = [[t.label, str(len({q.statement for q in t.a})), str(len({q.statement for q in t.b}))] for t in result.shared_themes]
    lines += _table(["theme", "A statements", "B statements"], rows) if rows else ["  (none)"]
    lines += ["", f"Aligned commitments ({len(result.aligned)})"]
    if not result.aligned:
        lines.append("  (none)")
    shown = result.aligned if pairs <= 0 else result.aligned[:pairs]
    for pair in shown:
        themes = f" [{', '.join(pair.themes)}]" if pair.themes else ""
        lines.append(f"- score {pair.score:.2f}{themes}")
        lines.append(_wrap(f'A: "{pair.a.text}"', "    "))
        lines.append(_wrap(f'B: "{pair.b.text}"', "    "))
    if len(shown) < len(result.aligned):
        lines.append(f"  ... and {len(result.aligned) - len(shown)} more, weaker (--pairs 0 shows all)")
    for name, org, themes, only in (("A", a, result.only_a_themes, result.only_a), ("B", b, result.only_b_themes, result.only_b)):
        lines += ["", f"Only in {name} ({org.label})"]
        lines.append("  themes: " + (", ".join(t.label for t in themes) if themes else "(none)"))
        lines.append(f"  statements aligned with none of the other's ({len(only)}):")
        lines += _quote_lines(only, limit=quotes) if only else ["    (none)"]
    return "\n".join(lines) + "\n"


_SCHEME_CODE = {"purpose": "P", "shift": "S", "theme": "T"}


def coverage_table(report: CoverageReport) -> str:
    codes: list[str] = []
    counters = {"purpose": 0, "shift": 0, "theme": 0}
    for column in report.columns:
        counters[column.scheme] += 1
        codes.append(f"{_SCHEME_CODE[column.scheme]}{counters[column.scheme]}")
    header = ["organisation / system", *codes]
    rows = []
    for row in report.rows:
        name = row.label if row.kind == "organisation" else f"[ICS] {row.label}"
        cells = [str(len({e.statement for e in c.evidence})) if c.covered else "-" for c in row.cells]
        rows.append([name[:48], *cells])
    lines = ["Coverage: statements per ICS purpose (P), 10 Year Health Plan shift (S) and theme (T); '-' = gap", ""]
    lines += _table(header, rows)
    lines += ["", "Columns:"]
    lines += [f"  {code:4} {column.label}" for code, column in zip(codes, report.columns, strict=True)]
    lines += ["", "Gaps in the ICS purposes and the shifts:"]
    for row in report.rows:
        gaps = row.gaps("purpose") + row.gaps("shift")
        name = row.label if row.kind == "organisation" else f"[ICS] {row.label}"
        lines.append(f"  {name}: " + ("; ".join(g.label for g in gaps) if gaps else "none"))
    return "\n".join(lines) + "\n"
