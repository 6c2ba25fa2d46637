"""Interactive pages for strategists: offline HTML with vis-network, written from the store.

``write_pages(store, out_dir)`` writes ``index.html`` and the pages it links to: the ICS overview,
shared commitments, coverage, one page per ICS, organisation, theme and source document. What
feeds each page and how it looks is defined in ``visualisations/views.toml``.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from strategygraph.errors import UsageError
from strategygraph.paths import CORPUS_DIR
from strategygraph.visualise import common, coverage, organisation, overview, shared, source, theme
from strategygraph.visualise.data import SiteData, Statement, gather
from strategygraph.visualise.html import VIS_ASSET, Nav, esc, page, vis_network_js
from strategygraph.visualise.views import Views, load_views

__all__ = ["PAGE_KINDS", "write_pages", "gather", "load_views"]

PAGE_KINDS = ("main", "ics", "organisation", "theme", "source")
"""Page kinds: main (index, overview, shared, coverage), ics (per-ICS overview and shared
commitments), organisation, theme, source (one per document)."""


def write_pages(
    store: Any,
    out_dir: Path,
    *,
    views: Views | None = None,
    text_dirs: Sequence[Path] | None = None,
    kinds: Collection[str] | None = None,
) -> list[Path]:
    """Write the pages into ``out_dir`` (atomically, file by file); return the paths written.

    ``store`` is the project's store (anything with ``query(sparql, bindings)``) or a bare
    pyoxigraph/rdflib store. ``text_dirs`` are where document texts are looked up for the source
    pages; by default ``<out_dir>/../text`` (the build's extracted texts) and the built-in corpus.
    ``kinds`` limits which pages are written (``PAGE_KINDS``; all by default; pages of a kind not
    written are left as they are).
    """
    out_dir = Path(out_dir)
    views = views or load_views()
    kinds = set(PAGE_KINDS if kinds is None else kinds)
    unknown = kinds - set(PAGE_KINDS)
    if unknown:
        raise UsageError(f"unknown page kinds: {', '.join(sorted(unknown))} (known: {', '.join(PAGE_KINDS)})")
    data = gather(store, views)
    if text_dirs is None:
        text_dirs = [out_dir.parent / "text", CORPUS_DIR]
    writer = _Writer(out_dir, views)
    if "main" in kinds:
        writer.main_pages(data)
    for group in data.icss if "ics" in kinds else []:
        net, legend, body = overview.ics_page(data, views, group)
        writer.network_page(f"ics/{group.slug}.html", f"{group.label} · ICS", net, legend, body, depth=1)
        net, filters, legend, body = shared.shared_page(data, views, group)
        writer.network_page(f"shared/{group.slug}.html", f"{group.label} · shared commitments", net,
                            legend, body, depth=1, filters=filters)
    for org in sorted(data.organisations.values(), key=lambda o: o.slug) if "organisation" in kinds else []:
        net, legend, body = organisation.organisation_page(data, views, org)
        writer.network_page(common.org_href(org), org.label, net, legend, body, depth=1)
    for iri in sorted(data.themes) if "theme" in kinds else []:
        net, legend, body = theme.theme_page(data, views, iri)
        writer.network_page(common.theme_href(data, iri), f"{data.theme_label(iri)} · theme", net, legend, body, depth=1)
    finder = source.TextFinder(text_dirs)
    by_document: dict[str, list[Statement]] = defaultdict(list)
    for statement in data.statements.values():
        by_document[statement.document].append(statement)
    for document in sorted(data.documents.values(), key=lambda d: d.slug) if "source" in kinds else []:
        body = source.source_page(data, document, finder, by_document[document.iri])
        writer.text_page(f"source/{document.slug}.html", document.title, body, depth=1,
                         placeholder="Find a statement in this text")
    writer.finish(kinds)
    return writer.written


class _Writer:
    def __init__(self, out_dir: Path, views: Views) -> None:
        self.out_dir = out_dir
        self.views = views
        self.written: list[Path] = []
        self.needs_asset = False

    def _write(self, relative: str, html: str) -> None:
        path = self.out_dir / relative
        write_file(path, html.encode("utf-8"))
        self.written.append(path)

    def _inline(self, main: bool) -> bool:
        mode = self.views.inline_library
        return mode == "all" or (mode == "main" and main)

    def network_page(
        self, relative: str, title: str, net: dict[str, Any], legend: str, body: str,
        *, depth: int = 0, filters: str = "", main: bool = False,
    ) -> None:
        inline = self._inline(main)
        self.needs_asset = self.needs_asset or not inline
        html = page(title=title, nav=Nav(depth), body=body, data={"network": net}, network=True,
                    inline_library=inline, filters=filters, legend=legend)
        self._write(relative, html)

    def text_page(self, relative: str, title: str, body: str, *, depth: int = 0,
                  placeholder: str = "Find an organisation or theme") -> None:
        self._write(relative, page(title=title, nav=Nav(depth), body=body, search_placeholder=placeholder))

    def main_pages(self, data: SiteData) -> None:
        views = self.views
        net, legend, body = overview.overview_page(data, views)
        self.network_page("overview.html", views.page("overview")["title"], net, legend, body, main=True)
        net, filters, legend, body = shared.shared_page(data, views)
        self.network_page("shared.html", views.page("shared")["title"], net, legend, body,
                          filters=filters, main=True)
        self.text_page("coverage.html", views.page("coverage")["title"], coverage.coverage_page(data, views),
                       placeholder="Find an organisation or ICS")
        self.text_page("index.html", views.page("index")["title"], index_body(data, views))

    def finish(self, kinds: set[str]) -> None:
        if self.needs_asset:
            self._write(VIS_ASSET, vis_network_js())
        keep = {p.resolve() for p in self.written}
        folders = {"organisation": ["organisation"], "theme": ["theme"], "ics": ["ics", "shared"],
                   "source": ["source"]}
        for folder in (f for kind in kinds for f in folders.get(kind, [])):  # pages of things gone
            for stale in (self.out_dir / folder).glob("*.html"):
                if stale.resolve() not in keep:
                    stale.unlink()


def write_file(path: Path, data: bytes) -> None:
    """Write atomically (temporary sibling + ``os.replace``); leave an identical file untouched.

    A reader sees the old page or the new one, never half. No fsync per page: at national scale
    that is thousands of syncs, and the build makes pages durable as a whole by swapping in the
    generation folder that holds them.
    """
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def index_body(data: SiteData, views: Views) -> str:
    """The start page: what each page answers, and a way in to every organisation and theme."""
    n_statements = len(data.statements)
    parts = [
        f"<p>{len(data.organisations)} organisations, {len(data.icss)} integrated care systems, "
        f"{len(data.documents)} strategy documents, {n_statements} statements, "
        f"{len(data.alignments)} aligned commitment pairs. Everything here works offline.</p>",
        '<div class="sg-cards">',
        '<div class="sg-card"><h3><a href="overview.html">ICS overview</a></h3>'
        "<p>Who belongs to which integrated care system, and who partners with whom.</p></div>",
        '<div class="sg-card"><h3><a href="shared.html">Shared commitments</a></h3>'
        "<p>Which themes organisations share, and which commitments align; filter by ICS, theme, kind.</p></div>",
        '<div class="sg-card"><h3><a href="coverage.html">Coverage</a></h3>'
        "<p>ICS purposes, plan shifts and themes each organisation covers, and the gaps.</p></div>",
        "</div>",
        overview.ics_list(data),
        "<h2>Organisations</h2>",
    ]
    by_ics: dict[str, list[Any]] = {}
    for org in sorted(data.organisations.values(), key=lambda o: o.label.casefold()):
        by_ics.setdefault(data.ics_label(org.iri), []).append(org)
    for label in sorted(by_ics, key=lambda name: (name == "No ICS", name.casefold())):
        items = "".join(
            f'<li data-sg-name="{esc(o.label)}"><a href="{esc(common.org_href(o))}">{esc(o.label)}</a>'
            f" · {len(data.statements_of.get(o.iri, []))} statements</li>"
            for o in by_ics[label]
        )
        parts.append(f"<h3>{esc(label)}</h3><ul class=\"sg-list-columns\">{items}</ul>")
    theme_items = "".join(
        f'<li data-sg-name="{esc(data.theme_label(t))}"><a href="{esc(common.theme_href(data, t))}">'
        f"{esc(data.theme_label(t))}</a> · {sum(1 for s in data.statements.values() if t in s.themes)} statements</li>"
        for t in sorted(data.themes, key=lambda t: data.theme_label(t).casefold())
    )
    parts.append(f'<h2>Themes</h2><ul class="sg-list-columns">{theme_items}</ul>')
    doc_items = "".join(
        f'<li data-sg-name="{esc(d.title)}"><a href="source/{esc(d.slug)}.html">{esc(d.title)}</a></li>'
        for d in sorted(data.documents.values(), key=lambda d: d.title.casefold())
    )
    parts.append(f"<h2>Strategy documents</h2><ul>{doc_items}</ul>")
    return "".join(parts)
