"""HTML through BeautifulSoup and lxml: the visible text, one line per block.

Navigation, page headers and footers, scripts, styles, forms, cookie and consent banners,
breadcrumbs, skip links and hidden elements are dropped. Each block (paragraph, heading, list
item, table cell) becomes one line with its whitespace folded; headings and list items are
recorded in ``ReadDocument.structure`` as (kind, level, start, end) so the segmenter need not
guess them. Text inside the page (including text that looks like markup, such as an escaped
``<script>``) is kept as text: nothing is executed or interpreted.
"""

from __future__ import annotations

import re
from pathlib import Path

from strategygraph.model import ReadDocument
from strategygraph.readers.text import decode, read_bytes

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "form", "svg", "iframe", "button",
    "select", "textarea", "input", "head", "object", "embed", "canvas", "audio", "video",
)
_DROP_ROLES = {"navigation", "search", "contentinfo", "banner", "dialog", "alertdialog"}
_DROP_MARKS = re.compile(r"cookie|consent|banner|breadcrumb|skip|gdpr", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "section", "article", "main", "aside", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
    "caption", "blockquote", "pre", "figure", "figcaption", "address", "br", "hr", "body",
    "details", "summary", "fieldset", "center",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACE = re.compile(r"\s+")


def _should_drop(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    name = tag.name
    if name in _DROP_TAGS:
        return True
    attrs = tag.attrs or {}
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    if str(attrs.get("role", "")).lower() in _DROP_ROLES:
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    marks = " ".join(
        [str(attrs.get("id", ""))]
        + (attrs.get("class") if isinstance(attrs.get("class"), list) else [str(attrs.get("class", ""))])
    )
    if marks.strip() and _DROP_MARKS.search(marks):
        return True
    if name in ("header", "footer"):
        # a page's header/footer goes; an article's own header (its title) stays
        return not any(p.name in ("article", "main") for p in tag.parents)
    return False


class _Writer:
    """Collects inline text into lines; remembers which lines are headings and items."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.buffer: list[str] = []
        self.structure: list[tuple[str, int, int, int]] = []
        self.pending: tuple[str, int] | None = None

    def add(self, text: str) -> None:
        self.buffer.append(text)

    def flush(self, kind: tuple[str, int] | None = None) -> None:
        line = _SPACE.sub(" ", "".join(self.buffer)).strip()
        self.buffer = []
        if not line:
            return
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        start = self.length
        self.parts.append(line)
        self.length += len(line)
        mark = kind or self.pending
        if mark is not None:
            self.structure.append((mark[0], mark[1], start, self.length))
            self.pending = None


_BREAK = object()
_SEPARATOR_START = re.compile(r"^\s*[–—:|-]")


def _leads_block(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """A short bold run that opens a paragraph and is followed by plain text (a name)."""
    from bs4 import NavigableString

    parent = tag.parent
    if parent is None or parent.name not in ("p", "div"):
        return False
    before = []
    for sibling in tag.previous_siblings:
        before.append(sibling.get_text() if hasattr(sibling, "get_text") else str(sibling))
    if "".join(before).strip():
        return False
    words = tag.get_text().split()
    if not words or len(words) > 6:
        return False
    after = "".join(
        s if isinstance(s, NavigableString) else s.get_text() for s in tag.next_siblings
    )
    return bool(after.strip()) and not _SEPARATOR_START.match(after) and not tag.get_text().rstrip().endswith(":")


def html_to_text(markup: str) -> tuple[str, list[tuple[str, int, int, int]]]:
    """Visible text (a line per block) and its heading/item structure."""
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    soup = BeautifulSoup(markup, "lxml")
    writer = _Writer()
    list_depth = 0
    # iterative walk (deeply nested pages must not hit the recursion limit)
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, Tag):
            name = node.name
            if leaving:
                if name in _HEADINGS:
                    writer.flush(("heading", _HEADINGS[name]))
                elif name in ("ul", "ol"):
                    list_depth -= 1
                    writer.flush()
                elif name in _BLOCKS:
                    writer.flush()
                continue
            if node is not soup and _should_drop(node):
                continue
            if name in _BLOCKS or name in _HEADINGS:
                writer.flush()
            if name in ("strong", "b") and _leads_block(node):
                # "<p><strong>Compassion</strong> We care ...": the bold name is its own line
                stack.append((_BREAK, False))
            if name in ("ul", "ol"):
                list_depth += 1
            elif name == "li":
                writer.pending = ("item", max(list_depth, 1))
            elif name in ("dt",):
                writer.pending = ("heading", 6)
            stack.append((node, True))
            for child in reversed(node.contents):
                stack.append((child, False))
        elif node is _BREAK:
            writer.flush(None if writer.pending is None else writer.pending)
        elif isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            writer.add(str(node))
    writer.flush()
    return "".join(writer.parts), writer.structure


def read_html(path: Path, doc_id: str) -> ReadDocument:
    markup, warnings = decode(read_bytes(path), path)
    text, structure = html_to_text(markup)
    if not text.strip():
        warnings.append(f"{path.name}: the page has no visible text")
    return ReadDocument(
        path=path,
        doc_id=doc_id,
        text=text,
        media_type="text/html",
        warnings=warnings,
        structure=structure,
    )
