"""HTML through BeautifulSoup and lxml: the visible text, one line per block.

Navigation, page headers and footers, scripts, styles, forms, cookie and consent banners,
breadcrumbs, skip links and hidden elements are dropped. Each block (paragraph, heading, list
item, table cell) becomes one line with its whitespace folded; headings and list items are
recorded in ``ReadDocument.structure`` as (kind, level, start, end) so the segmenter need not
guess them. Text inside the page (including text that looks like markup, such as an escaped
``<script>``) is kept as text: nothing is executed or interpreted.

Buttons are chrome except inside a heading or ``<summary>`` (accordions put the heading's words
in one). A bold run is a line of its own only when it is its block's whole text or a ``<br>``
follows it; a list item's bold name over a ``<br>`` stays one item, "Name – description".
"""

from __future__ import annotations

import re
from pathlib import Path

from strategygraph.model import ReadDocument
from strategygraph.readers.text import decode, read_bytes

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "form", "svg", "iframe",
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


def _heading_level(tag) -> int:  # noqa: ANN001 (a bs4 Tag)
    """1-6 for ``h1``-``h6`` and ``[role=heading]`` (its ``aria-level``, else 2); 0 otherwise."""
    if tag.name in _HEADINGS:
        return _HEADINGS[tag.name]
    attrs = tag.attrs or {}
    if str(attrs.get("role", "")).lower() != "heading":
        return 0
    level = str(attrs.get("aria-level", "")).strip()
    return min(max(int(level), 1), 6) if level.isdigit() else 2


def _in_heading(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """Inside (or wrapping) a heading or a ``<summary>``: its text is the heading's, not chrome.

    Bootstrap accordions put the heading's words in a button (``<h3><button>1. Care</button>``);
    some pages wrap the heading itself in the button."""
    if any(p.name == "summary" or _heading_level(p) for p in tag.parents):
        return True
    return tag.find(lambda t: t.name == "summary" or bool(_heading_level(t))) is not None


def _should_drop(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    name = tag.name
    if name == "button":
        return not _in_heading(tag)
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
    if name == "span" and "mso-list:ignore" in style:
        return True  # Word's typed bullet glyph or number, not text
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

    def add_text(self, text: str) -> None:
        """A text node. Two elements' texts that meet as "valuesCompassion" (styled apart on
        the page, glued in the markup) get a space: a lower-case end then a capital start."""
        if text[:1].isupper() and self.buffer and self.buffer[-1][-1:].islower():
            self.buffer.append(" ")
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


def _text_of(node) -> str:  # noqa: ANN001 (a bs4 node)
    return node.get_text() if hasattr(node, "get_text") else str(node)


def _item_name_break(tag) -> str | None:  # noqa: ANN001 (a bs4 Tag, a <br>)
    """The separator for a ``<br>`` that ends a list item's bold name, or None for any other.

    ``<li><strong>Green hospital</strong><br>Reduce our carbon ...</li>`` stays one item,
    "Green hospital – Reduce our carbon ...", so the description stays with its name."""
    holder = tag.parent
    if holder is not None and holder.name in ("p", "div") and holder.parent is not None \
            and holder.parent.name == "li":
        item = holder.parent
        if any(_text_of(s).strip() for s in holder.previous_siblings):
            return None
    else:
        item = holder
    if item is None or item.name != "li":
        return None
    before = [s for s in tag.previous_siblings if _text_of(s).strip()]
    if len(before) != 1 or getattr(before[0], "name", None) not in ("strong", "b"):
        return None
    name = before[0].get_text().strip()
    if not name or len(name.split()) > 10:
        return None
    if not any(_text_of(s).strip() for s in tag.next_siblings):
        return None
    return " " if name[-1] in ":.–—-" else " – "


_NAME_END = ":.;,–—-|"


def _name_separator(tag) -> bool:  # noqa: ANN001 (a bs4 Tag, a <strong> or <b>)
    """A short bold name opening a block, followed in the same block by a new sentence.

    ``<p><strong>Compassion</strong> We care ...</p>`` stays one line, written
    "Compassion – We care ..." so the name can still be told from its description; a run that
    the sentence goes on from (``<strong>Our mission</strong> is to ...``) gets nothing."""
    parent = tag.parent
    if parent is None or parent.name not in ("p", "div", "li", "dd"):
        return False
    if any(_text_of(s).strip() for s in tag.previous_siblings):
        return False
    name = tag.get_text().strip()
    if not name or len(name.split()) > 6 or name[-1] in _NAME_END:
        return False
    following = [s for s in tag.next_siblings if getattr(s, "name", None) == "br" or _text_of(s).strip()]
    if not following or getattr(following[0], "name", None) == "br":
        return False  # the block's whole text, or a name over a line break: a line of its own
    after = "".join(_text_of(s) for s in tag.next_siblings).lstrip()
    if not after or after[0] in _NAME_END:
        return False
    return after[0].isupper() or after[0].isdigit()


_LABEL_LEAD = re.compile(
    r"(?:(?:strategic|our)\s+)?(?:goal|aim|objective|ambition|pillar|priority|theme|commitment)"
    r"(?:\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?\s*[:–—-]\s*\S",
    re.IGNORECASE,
)


def _label_lead(tag) -> bool:  # noqa: ANN001 (a bs4 Tag, a <strong> or <b>)
    """A bold "Priority: Faster care." opening a paragraph that goes on with its text.

    The run is written as a line of its own (a label line over the text), so the goal's name
    is not run together with its first sentence."""
    parent = tag.parent
    if parent is None or parent.name not in ("p", "div", "li", "dd"):
        return False
    if any(_text_of(s).strip() for s in tag.previous_siblings):
        return False
    name = tag.get_text().strip()
    if not name or len(name.split()) > 10 or not _LABEL_LEAD.match(name):
        return False
    after = "".join(_text_of(s) for s in tag.next_siblings).strip()
    return bool(after) and (after[0].isupper() or after[0].isdigit())


def _in_item(tag) -> bool:  # noqa: ANN001 (a bs4 Tag, a <span>)
    """A span that opens a list item ("<li><span>Kindness</span><span>We treat ...</span>"): a
    name card whose name and text are styled apart."""
    return tag.parent is not None and tag.parent.name in ("li", "dd")


_SEPARATOR = object()
_BREAK = object()
_MSO_LEVEL = re.compile(r"mso-list:\s*\w+\s+level(\d)", re.IGNORECASE)


def _word_list_level(tag) -> int:  # noqa: ANN001 (a bs4 Tag)
    """A Word "Save as HTML" list paragraph's level (1, 2, ...), or 0 for an ordinary one."""
    classes = tag.attrs.get("class") or []
    style = str(tag.attrs.get("style", ""))
    level = _MSO_LEVEL.search(style)
    if level:
        return int(level.group(1))
    if any(str(c).lower().startswith("msolistparagraph") for c in classes):
        return 1
    return 0


def _cell_lines(cell) -> list[str]:  # noqa: ANN001 (a bs4 Tag)
    items = [li for li in cell.find_all("li")]
    if items:
        return [_SPACE.sub(" ", li.get_text(" ")).strip() for li in items]
    paragraphs = [p for p in cell.find_all(["p", "div"]) if not p.find(["p", "div"])]
    if len(paragraphs) > 1:
        return [_SPACE.sub(" ", p.get_text(" ")).strip() for p in paragraphs]
    return [_SPACE.sub(" ", cell.get_text(" ")).strip()]


def _write_table(table, writer: _Writer) -> None:  # noqa: ANN001 (a bs4 Tag)
    """A table as lines: a 2-column row is one item "name – meaning"; in a wider table the
    first cell titles the row and each further cell is "<its column header>:" over its lines.
    The header row itself is not content."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    header: list[str] = []
    body = []
    for row in rows:
        cells = [c for c in row.find_all(["td", "th"]) if c.find_parent("tr") is row]
        cells = [c for c in cells if not _should_drop(c)]
        if not cells:
            continue
        in_head = row.find_parent("thead") is not None
        if (in_head or all(c.name == "th" for c in cells)) and not body and not header:
            header = [_SPACE.sub(" ", c.get_text(" ")).strip() for c in cells]
            continue
        body.append(cells)
    width = max((len(cells) for cells in body), default=0)
    for cells in body:
        texts = [_cell_lines(c) for c in cells]
        if width <= 1:
            for line in texts[0] if texts else []:
                writer.add(line)
                writer.flush()
        elif width == 2 and len(texts) == 2 and len(texts[1]) == 1:
            writer.add(" ".join(texts[0]) + " – " + texts[1][0])
            writer.flush(("item", 1))
        else:
            writer.add(" ".join(texts[0]))
            writer.flush(("heading", 6))
            for column, lines in enumerate(texts[1:], start=1):
                if column < len(header) and header[column]:
                    writer.add(header[column].rstrip(":") + ":")
                    writer.flush()
                for line in lines:
                    writer.add(line)
                    writer.flush(("item", 1))


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
                level = _heading_level(node)
                if level:
                    writer.flush(("heading", level))
                elif name in ("ul", "ol"):
                    list_depth -= 1
                    writer.flush()
                elif name in _BLOCKS:
                    writer.flush()
                continue
            if node is not soup and _should_drop(node):
                continue
            if name == "br":
                # a bold run is a heading-like line of its own only when it is the block's whole
                # text or a <br> follows it; in a list item the name and its description stay one
                separator = _item_name_break(node)
                if separator is not None:
                    writer.add(separator)
                    continue
            if name in _BLOCKS or _heading_level(node):
                writer.flush()
            if name == "table":
                writer.flush()
                _write_table(node, writer)
                continue
            if name == "p" and _word_list_level(node):
                writer.flush()
                writer.pending = ("item", _word_list_level(node))
                stack.append((node, True))
                for child in reversed(node.contents):
                    stack.append((child, False))
                continue
            if (name in ("strong", "b") or name == "span" and _in_item(node)) and _name_separator(node):
                stack.append((_SEPARATOR, False))  # written after the bold run
            elif name in ("strong", "b") and _label_lead(node):
                stack.append((_BREAK, False))  # "Priority: Faster care." as a line of its own
            if name in ("ul", "ol"):
                list_depth += 1
            elif name == "li":
                writer.pending = ("item", max(list_depth, 1))
            elif name in ("dt",):
                writer.pending = ("heading", 6)
            stack.append((node, True))
            for child in reversed(node.contents):
                stack.append((child, False))
        elif node is _SEPARATOR:
            writer.add(" – ")
        elif node is _BREAK:
            writer.flush()
        elif isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            writer.add_text(str(node))
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
