"""``strategygraph build``: load a corpus into the store, validate, reason, export, draw pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from strategygraph.build import PROBLEM_STATUSES, BuildSummary

PROGRESS_THRESHOLD = 20  # documents: below this a bar would only flicker


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build the graph of a corpus (the built-in one by default)",
        description="Read every document of a corpus folder, extract its strategy, mint one "
        "named graph per document, validate with the SHACL shapes, reason with HermiT, store "
        "it (Oxigraph on disk), and write the TriG and Turtle exports and the pages. Only "
        "changed documents are re-read; a failed or interrupted build leaves the previous one "
        "as it was. With --endpoint (or STRATEGYGRAPH_ENDPOINT) the changed graphs are also sent to "
        "that SPARQL server over the Graph Store Protocol. "
        "Exit 0 built, 1 the graph is invalid or inconsistent, 2 unreadable corpus.",
    )
    parser.add_argument("corpus", nargs="?", type=Path, metavar="CORPUS_DIR", help="corpus folder")
    parser.add_argument("--out", type=Path, metavar="DIR", help="build folder (default graph_data/build)")
    parser.add_argument("--no-reason", action="store_true", help="skip OWL reasoning")
    parser.add_argument("--no-pages", action="store_true", help="do not write the HTML pages")
    parser.add_argument(
        "--changed", nargs="+", type=Path, metavar="FILE",
        help="re-load only these documents (default: every document whose content changed)",
    )
    parser.add_argument("--force", action="store_true", help="rebuild everything")
    parser.add_argument(
        "--checks", choices=("auto", "full", "fast"), default="auto",
        help="how documents are validated and reasoned: full = pySHACL and HermiT per batch of 50; "
        "fast = the shapes and the ontology's rules compiled into SPARQL over all documents at once "
        "(HermiT still checks the ontology and reference data once); auto (default) = full up to "
        "100 documents, fast above",
    )
    parser.set_defaults(func=run)


def _progress_bar():
    """A tqdm bar on stderr for long builds at a terminal; None otherwise."""
    if not sys.stderr.isatty():
        return None, None
    state: dict[str, object] = {}

    def report(stage: str, done: int, total: int) -> None:
        if total <= PROGRESS_THRESHOLD:
            return
        bar = state.get("bar")
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="doc", desc="reading", file=sys.stderr, leave=False)
            state["bar"] = bar
        bar.set_description(stage, refresh=False)  # type: ignore[attr-defined]
        bar.n = done  # type: ignore[attr-defined]
        bar.refresh()  # type: ignore[attr-defined]

    def close() -> None:
        bar = state.get("bar")
        if bar is not None:
            bar.close()  # type: ignore[attr-defined]

    return report, close


def format_summary(summary: BuildSummary) -> str:
    """The summary table the command prints on stdout (plain text, fixed width)."""
    lines: list[str] = []
    loaded = sum(1 for d in summary.documents if d.status == "loaded")
    unchanged = sum(1 for d in summary.documents if d.status == "unchanged")
    removed = sum(1 for d in summary.documents if d.status == "removed")
    rows: list[tuple[str, str]] = [
        ("build", f"{summary.mode} -> {summary.out_dir}"),
        ("documents loaded", str(loaded)),
    ]
    if unchanged:
        rows.append(("documents unchanged", str(unchanged)))
    if removed:
        rows.append(("documents removed", str(removed)))
    rows.append(("documents left out", str(summary.failed)))
    rows.append(("organisations", str(summary.organisations)))
    for name in ("Vision", "Mission", "Value", "Goal", "Commitment"):
        rows.append((f"statements: {name.lower()}", str(summary.statements_by_class.get(name, 0))))
    rows.append(("triples", f"{summary.triples:,}"))
    rows.append(("named graphs", str(summary.graphs)))
    width = max(len(k) for k, _ in rows)
    lines.extend(f"{k.ljust(width)}  {v}" for k, v in rows)
    if summary.top_themes:
        lines.append("top themes:")
        for theme_id, label, count in summary.top_themes:
            lines.append(f"  {count:>4}  {label or theme_id}")
    for note in summary.notes:
        lines.append(f"note: {note}")
    total = summary.timings.get("total")
    if total is not None:
        lines.append(f"time: {total:.2f} s")
    return "\n".join(lines)


def format_problems(summary: BuildSummary) -> str:
    """The documents left out (with their reports) and the warnings, for stderr: a script that
    reads the summary from stdout does not get them mixed in."""
    lines: list[str] = []
    for outcome in summary.documents:
        if outcome.status in PROBLEM_STATUSES:
            lines.append(f"error: {outcome.status}: {outcome.message} (left out of the build)")
            lines.extend(f"    {line}" for line in outcome.report.splitlines()[:20])
        for warning in outcome.warnings:
            lines.append(f"warning: {outcome.doc_id}: {warning}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from strategygraph.build import build_corpus
    from strategygraph.commands._outputs import output_folder

    report, close = _progress_bar()
    try:
        summary = build_corpus(
            args.corpus,
            output_folder(args.out),
            reason=not args.no_reason,
            pages=not args.no_pages,
            progress=report,
            changed=args.changed,
            force=args.force,
            checks=args.checks,
            endpoint=getattr(args, "endpoint", None),
        )
    finally:
        if close is not None:
            close()
    sys.stdout.write(format_summary(summary) + "\n")
    problems = format_problems(summary)
    if problems:
        sys.stderr.write(problems + "\n")
    return 1 if summary.failed else 0
