"""HTML through BeautifulSoup and lxml: the visible text, one line per block.

Navigation, page headers and footers, scripts, styles, forms, cookie and consent banners,
breadcrumbs, skip links and hidden elements are dropped. Each block (paragraph, heading, list
item, table cell) becomes one line with its whitespace folded; headings and list items are
recorded in ``ReadDocument.structure`` as (kind, level, start, end) so the segmenter need not
guess them. The page's ``<title>`` is the last line, marked ("title", 0, ...): it names the
publisher, and the segmenter skips it. Text inside the page (including text that looks like markup, such as an escaped
``<script>``) is kept as text: nothing is executed or interpreted.

Buttons are chrome except inside a heading or ``<summary>`` (accordions put the heading's words
in one) or when they head an accordion panel of their own (a bare ``<button>`` over the panel
it opens: the button is the panel's heading). A tab's label heads the panel it controls when the
panel has no heading of its own. Page chrome that is not marked up as such is dropped by its
structure: boxes whose class or id names a header, footer, menu, sidebar or share bar (never
one holding the page's ``<h1>`` or ``<main>``), and lists whose every item is only a link (a
menu, "Related links", social links), unless a strategy heading introduces them. A bold run is a line of its own only when it is its block's whole text or a ``<br>``
follows it; a list item's bold name over a ``<br>`` stays one item, "Name – description".
"""

from __future__ import annotations

import re
from pathlib import Path

from strategygraph.model import ReadDocument
from strategygraph.readers.text import decode, read_bytes

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "svg", "iframe",
    "select", "textarea", "input", "head", "object", "embed", "canvas", "audio", "video",
)
_DROP_ROLES = {"navigation", "search", "contentinfo", "banner", "dialog", "alertdialog", "tab",
               "menubar", "menu", "toolbar"}
_PANEL_MARK = "data-strategygraph-panel"  # set on a hidden tab or accordion panel: content
_DROP_MARKS = re.compile(r"cookie|consent|banner|breadcrumb|skip|gdpr", re.IGNORECASE)
# a page's hero banner ("hero-banner", "page-banner") holds its title and strapline: kept,
# unless it is also a cookie or consent bar (round 30)
# (and a plain "banner" box, "banner-label" / "banner-text" inside it: round 40's vision banner)
_HERO_MARKS = re.compile(r"hero|page[-_]?banner|(?:vision|mission|values?|strategy|purpose)[-_]banner|(?<![\w-])banner(?:[-_](?:label|text|title|content|inner|body|heading|lead))?(?![\w-])",
                         re.IGNORECASE)
_CONSENT_MARKS = re.compile(r"cookie|consent|gdpr|skip|breadcrumb", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "section", "article", "main", "aside", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
    "caption", "blockquote", "pre", "figure", "figcaption", "address", "br", "hr", "body",
    "details", "summary", "fieldset", "center",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACE = re.compile(r"\s+")


def _heading_level(tag) -> int:  # noqa: ANN001 (a bs4 Tag)
    """1-6 for ``h1``-``h6``, ``[role=heading]`` (its ``aria-level``, else 2) and a paragraph
    styled as a heading (``<p class="h3">``); 0 otherwise."""
    if tag.name in _HEADINGS:
        return _HEADINGS[tag.name]
    attrs = tag.attrs or {}
    if str(attrs.get("role", "")).lower() != "heading":
        return _class_level(tag)
    level = str(attrs.get("aria-level", "")).strip()
    return min(max(int(level), 1), 6) if level.isdigit() else 2


def _in_heading(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """Inside (or wrapping) a heading or a ``<summary>``: its text is the heading's, not chrome.

    Bootstrap accordions put the heading's words in a button (``<h3><button>1. Care</button>``);
    some pages wrap the heading itself in the button."""
    if any(p.name == "summary" or _heading_level(p) for p in tag.parents):
        return True
    return tag.find(lambda t: t.name == "summary" or bool(_heading_level(t))) is not None


# Class/id words (split on "-", "_") of page furniture that CMS themes put in plain divs.
_CHROME_WORDS = {
    "header", "masthead", "footer", "colophon", "menu", "menubar", "megamenu", "submenu",
    "nav", "navbar", "navigation", "sidebar", "breadcrumbs", "sharing", "sharedaddy", "addtoany",
    "addthis", "related", "utility", "toolbar", "offcanvas",
}
# Pairs that name furniture where one word alone would not ("social-value" is a theme).
_CHROME_PAIRS = re.compile(
    r"(?:^|[-_\s])(?:social[-_]?(?:links?|icons?|media|share|nav|list|follow)|follow[-_]?us|"
    r"share[-_]?(?:this|buttons?|links?|bar|tools?|icons?)|page[-_]?(?:tools|feedback|rating))"
    r"(?:$|[-_\s])", re.IGNORECASE)
_HEADER_WORDS = {"header", "masthead"}
_STRATEGY_HEADING = re.compile(r"\W*(?:our\s+)?(?:vision|mission|purpose|values|aims|goals|objectives|priorities"
                               r"|ambitions|strategic\s+(?:aims|goals|objectives|priorities))\W*", re.IGNORECASE)
# the parts of a page's content whose header is their title, not the site's header
_PART_WORDS = {"toggle", "accordion", "card", "panel", "item", "tab", "collapse", "collapsible", "expander",
               "tile", "box", "teaser", "drawer"}
_WORD_SPLIT = re.compile(r"[-_\s]+")
_CHROME_KEEP = ("h1", "main", "article")


def _marks_chrome(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """A box whose class or id names page furniture ("site-footer", "c-megamenu",
    "region-sidebar-first"), unless it holds the page's title or main content, or is a heading
    itself ("accordion-header")."""
    if tag.name in ("html", "body", "main", "article") or _heading_level(tag):
        return False
    attrs = tag.attrs or {}
    classes = attrs.get("class")
    # a BEM element's class ("c-page-header__intro") names its place in a block, which the
    # block's own class decides
    words = " ".join([c for c in (classes if isinstance(classes, list) else [str(classes or "")])
                      if "__" not in str(c)] + [str(attrs.get("id", ""))])
    found = _CHROME_WORDS.intersection(_WORD_SPLIT.split(words.lower())) if words.strip() else set()
    if _CHROME_PAIRS.search(words):
        found = found | {"pair"}
    if not found or str(attrs.get("role", "")).lower() == "main":
        return False
    if found <= _HEADER_WORDS and tag.find(list(_HEADINGS)) is not None:
        return False  # a card's or section's header holding its title ("card-header" over h3)
    if found <= {"sidebar"} and any(_STRATEGY_HEADING.fullmatch(_SPACE.sub(" ", h.get_text(" ")).strip())
                                    for h in tag.find_all(list(_HEADINGS))):
        return False  # a sidebar that states "Our aims" (a primary care network's page, round 58)
    if found <= _HEADER_WORDS and _PART_WORDS.intersection(_WORD_SPLIT.split(words.lower())):
        # an accordion's or card's own header ("toggle-header", "accordion-header", "card-header")
        # holding its title in a plain span (Sitecore SXA's accordion, round 56)
        return False
    before = tag.find_previous_sibling()
    if found <= _HEADER_WORDS and before is not None and before.name in ("h1", "h2"):
        return False  # the page title's strapline ("et_pb_fullwidth_header_subhead" under the h1, round 39)
    return tag.find(_CHROME_KEEP) is None and tag.find(attrs={"role": "main"}) is None


def _holds_form(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """A box round a form with a short blurb of its own ("Sign up to our newsletter")."""
    forms = [c for c in tag.children if getattr(c, "name", None) == "form"]
    if not forms:
        return False
    outside = len(tag.get_text(" ").split()) - sum(len(f.get_text(" ").split()) for f in forms)
    return outside <= 30


def _small_form(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """A search box or sign-up form, not a page that ASP.NET or SharePoint wraps whole in one
    ``<form>`` (headings and many words)."""
    structured = tag.find(["main", "article", "h1", "h2", "h3"]) is not None
    return not (structured and len(tag.get_text(" ").split()) > 80)


_LINK_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "ul")


def _descendants(tag, names: tuple[str, ...]) -> list:  # noqa: ANN001 (a bs4 Tag)
    """Descendants with one of ``names`` (a plain walk: bs4's find_all is slow to set up)."""
    return [d for d in tag.descendants if getattr(d, "name", None) in names]


def _ancestor(tag, names: tuple[str, ...]):  # noqa: ANN001, ANN202 (a bs4 Tag)
    for parent in tag.parents:
        if parent.name in names:
            return parent
    return None


def _is_heading_tag(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    return tag.name in _HEADINGS or tag.get("role") == "heading"


def _link_only_item(item) -> bool:  # noqa: ANN001 (a bs4 Tag, an <li>)
    """An item whose words are all inside links, short ones (a menu entry, "Our values")."""
    text = _SPACE.sub(" ", item.get_text(" ")).strip()
    if not text:
        return True
    links = _descendants(item, ("a",))
    if not links:
        return False
    inside = _SPACE.sub(" ", " ".join(a.get_text(" ") for a in links)).strip()
    if len(inside.replace(" ", "")) < len(text.replace(" ", "")):
        return False
    return all(len(a.get_text(" ").split()) <= 12 and not _descendants(a, _LINK_BLOCKS)
               for a in links)


_INTRODUCES_CONTENT = re.compile(
    r"\b(?:goals?|aims?|ambitions?|priorit(?:y|ies)|objectives?|pillars?|values?|commitments?|"
    r"themes?|promises?|pledges?|outcomes?)\b", re.IGNORECASE)
_INTRODUCES_LINKS = re.compile(
    r"\b(?:related|useful|quick|more|in this section|see also|follow|share|links?|pages?|"
    r"explore|about us)\b", re.IGNORECASE)


def _is_link_list(tag) -> bool:  # noqa: ANN001 (a bs4 Tag, a <ul>/<ol>)
    """A list of links only, not introduced by a strategy heading ("Our ambitions" over links to
    each ambition's page is content; a menu, "Related links" or social links are not)."""
    items = [c for c in tag.children if getattr(c, "name", None) == "li"]
    if not items or not all(_link_only_item(li) for li in items):
        return False
    if _ancestor(tag, ("ul", "ol")) is not None:
        return True  # a sub-menu: its own list decides
    if all(str(a.get("href", "")).startswith("#") for li in items for a in _descendants(li, ("a",))):
        return True  # "On this page": links to the page's own sections
    in_main = any(a.name in ("main", "article") or a.get("role") == "main" for a in tag.parents
                  if a.name is not None and a.name != "[document]")
    steps = 0
    for before in tag.previous_elements:
        steps += 1
        if steps > 400:
            break
        if getattr(before, "name", None) is None:
            continue
        if in_main and before.name in ("main", "article"):
            break  # the first thing in the page's content: a section menu
        if _heading_level(before) or before.name in ("p", "dt", "caption", "summary"):
            words = _SPACE.sub(" ", before.get_text(" ")).strip()
            if not words:
                continue
            if _INTRODUCES_LINKS.search(words):
                return True
            # in the page's content a list of links under a heading is content unless the
            # heading says it is links ("Our ambitions" over links to each ambition's page);
            # outside it only a strategy heading makes it content
            return not (in_main or _INTRODUCES_CONTENT.search(words))
    return True


_SCREEN_READER = re.compile(r"(?:[\w-]*[-_])?(?:visually-?hidden|sr-only|screen-?reader(?:-text|-only)?|visuallyhidden"
                            r"|hidden-visually|u-hidden)", re.IGNORECASE)


_MEASURE_CELL = re.compile(r"\s*(?:our\s+)?(?:measures?|indicators?|metrics?|kpis?|key\s+performance\s+indicators?"
                           r"|how\s+we\s+will\s+(?:measure|know)[^<]{0,30})\s*", re.IGNORECASE)


def _measures_table(tag) -> bool:  # noqa: ANN001 (a bs4 Tag, a <table>)
    """A table whose first header cell names measures ("Measure", "Indicator", "KPI")."""
    first = tag.find(["th", "td"])
    return first is not None and first.name == "th" and _MEASURE_CELL.fullmatch(first.get_text(" ")) is not None


def _should_drop(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    name = tag.name
    if name == "button":
        return not _in_heading(tag)
    if name in ("ul", "ol") and _is_link_list(tag):
        return True
    if name == "form" or name in ("div", "section", "aside") and _holds_form(tag):
        return _small_form(tag)
    if name in _DROP_TAGS:
        return True
    if name == "table" and _measures_table(tag):
        return True  # "Measure | Where we are now | Where we want to be": targets, not goals (round 41)
    attrs = tag.attrs or {}
    panel = _PANEL_MARK in attrs or str(attrs.get("role", "")).lower() == "tabpanel"
    if not panel and (attrs.get("aria-hidden") == "true" or "hidden" in attrs):
        return True  # (a closed tab or accordion panel is hidden only until it is opened)
    if str(attrs.get("role", "")).lower() in _DROP_ROLES and not (
            str(attrs.get("role", "")).lower() == "banner" and any(p.name in ("main", "article") for p in tag.parents)):
        return True  # (a "banner" inside the page's main content is its own, "Our vision" banner, round 58)
    classes = attrs.get("class") if isinstance(attrs.get("class"), list) else str(attrs.get("class", "")).split()
    if name == "span" and any(_SCREEN_READER.fullmatch(c) for c in classes):
        return True  # text for screen readers only: "Goal 1<span class=visually-hidden> of 3</span>" (round 36)
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    if not panel and ("display:none" in style or "visibility:hidden" in style):
        return True
    marks = " ".join(
        [str(attrs.get("id", "")), str(attrs.get("aria-label", ""))]
        + (attrs.get("class") if isinstance(attrs.get("class"), list) else [str(attrs.get("class", ""))])
    )
    if marks.strip() and _DROP_MARKS.search(marks) \
            and not (_HERO_MARKS.search(marks) and not _CONSENT_MARKS.search(marks)):
        return True
    if name == "span" and "mso-list:ignore" in style:
        return True  # Word's typed bullet glyph or number, not text
    if name in ("header", "footer"):
        # a page's header/footer goes; an article's own header (its title) stays
        return not any(p.name in ("article", "main") for p in tag.parents)
    return _marks_chrome(tag)


def _levels_before(tags: list) -> dict[int, int]:
    """For every element (by ``id()``), the level of the nearest heading before it (2 when
    there is none): one pass over the elements in document order."""
    levels: dict[int, int] = {}
    last = 2
    for node in tags:
        levels[id(node)] = last
        level = _heading_level(node)
        if level:
            last = level
    return levels


_TAB_TOGGLES = ("tab", "pill")


def _tab_target(tag, ids: dict):  # noqa: ANN001 (a bs4 Tag)
    """The panel a tab control opens (``aria-controls`` or ``href="#id"``), or None."""
    attrs = tag.attrs or {}
    is_tab = str(attrs.get("role", "")).lower() == "tab" or \
        str(attrs.get("data-bs-toggle", attrs.get("data-toggle", ""))).lower() in _TAB_TOGGLES
    if not is_tab:
        return None
    target = str(attrs.get("aria-controls", "")).strip()
    if not target and str(attrs.get("href", "")).startswith("#"):
        target = str(attrs["href"])[1:]
    return ids.get(target) if target else None


def _opens_heading(panel) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """The panel's first words are a heading's (its own title)."""
    for node in panel.descendants:
        if getattr(node, "name", None) is None:
            if str(node).strip():
                return False
            continue
        if _heading_level(node) or _class_level(node):
            return True
    return False


def _class_level(tag) -> int:  # noqa: ANN001 (a bs4 Tag)
    """A paragraph styled as a heading (``<p class="h3">``, Bootstrap's heading classes)."""
    if tag.name not in ("p", "div"):
        return 0
    classes = tag.attrs.get("class") if tag.attrs else None
    for word in classes if isinstance(classes, list) else []:
        match = re.fullmatch(r"h([1-6])", str(word).lower())
        if match:
            return int(match.group(1))
    return 0


def _accordion_panel(button, ids: dict):  # noqa: ANN001 (a bs4 Tag)
    """The content panel a bare accordion button opens: its ``aria-controls`` target or the
    element right after it, holding paragraphs or a list that are not just links."""
    attrs = button.attrs or {}
    if _ancestor(button, ("form",)) is not None or str(attrs.get("type", "")).lower() in ("submit", "reset"):
        return None
    words = _SPACE.sub(" ", button.get_text(" ")).strip()
    if not words or len(words.split()) > 14:
        return None
    panel = button.find_next_sibling()
    target = str(attrs.get("aria-controls", "")).strip()
    if target:
        panel = ids.get(target) or panel
    if panel is None or panel.name in ("ul", "ol") and _is_link_list(panel):
        return None
    if _PANEL_MARK not in (panel.attrs or {}):
        saved = panel.attrs
        panel.attrs = {k: v for k, v in saved.items() if k not in ("hidden", "style", "aria-hidden")}
        dropped = _should_drop(panel)
        panel.attrs = saved
        if dropped:
            return None
    blocks = panel.find_all(["p", "li", "dd", "td"])
    if not blocks and panel.name not in ("p", "li"):
        return None
    content = [b for b in blocks or [panel] if not (b.name == "li" and _link_only_item(b))]
    return panel if any(_SPACE.sub(" ", b.get_text(" ")).strip() for b in content) else None


def _restructure(soup) -> None:  # noqa: ANN001 (a BeautifulSoup)
    """Give headings back to interactive widgets before the walk: a tab's label becomes the
    heading of the panel it opens (when the panel has none), and a bare accordion button over
    its panel becomes that panel's heading."""
    tags = [t for t in soup.descendants if getattr(t, "name", None) is not None]
    _demote_boxed_headings([t for t in tags if t.name in _HEADINGS])
    ids = {str(t.get("id")): t for t in tags if t.get("id")}
    levels = _levels_before(tags)  # levels first: sibling widgets share one level
    controls = [t for t in tags if t.name in ("a", "button", "li", "div", "span") and (
        t.get("role") == "tab" or t.get("data-bs-toggle") in _TAB_TOGGLES
        or t.get("data-toggle") in _TAB_TOGGLES)]
    buttons = [t for t in tags if t.name == "button"
               or (t.get("role") == "button" and t.name in ("div", "span", "p"))]
    for control in controls:
        panel = _tab_target(control, ids)
        label = _SPACE.sub(" ", control.get_text(" ")).strip()
        if panel is None:
            continue
        panel[_PANEL_MARK] = "tab"
        if not label or len(label.split()) > 14 or _opens_heading(panel):
            continue
        heading = soup.new_tag(f"h{min(levels.get(id(control), 2) + 1, 6)}")
        heading.string = label
        panel.insert(0, heading)
    for button in buttons:
        if _in_heading(button) and button.get("aria-controls"):
            # "<h3><button aria-controls="goal-2">02 Our people</button></h3>" over a closed
            # panel: the heading is there, the panel's content is the goal's (round 39)
            panel = _accordion_panel(button, ids)
            if panel is not None:
                panel[_PANEL_MARK] = "accordion"
            continue
        if _in_heading(button) or button.get("role") == "tab" \
                or any(a.get("role") == "tablist" for a in button.parents if a.name is not None):
            continue
        panel = _accordion_panel(button, ids)
        if panel is None:
            continue
        panel[_PANEL_MARK] = "accordion"
        level = min(levels.get(id(button), 2) + 1, 6)
        button.name = f"h{level}"
        button.attrs = {}


def _demote_boxed_headings(headings: list) -> None:
    """A heading right over a box (an accordion, a card grid) whose own headings are at its level
    or above: the box is the heading's content, so its headings are demoted under it
    ("Our strategic goals" h2 over a GOV.UK accordion of h2 sections)."""
    for heading in headings:
        box = heading.next_sibling
        while box is not None and getattr(box, "name", None) is None and not str(box).strip():
            box = box.next_sibling
        if box is None or getattr(box, "name", None) not in ("div", "section", "ul", "ol", "dl") \
                or _first_heading(box) is None:
            continue
        inner = box.find_all(_is_heading_tag, limit=_BOX_HEADINGS)
        if len(inner) >= _BOX_HEADINGS:
            continue  # a wrapper round the rest of the page, not a widget
        level = _HEADINGS[heading.name]
        top = min(_heading_level(t) for t in inner)
        if top > level:
            continue
        shift = level + 1 - top
        for sub in inner:
            new = min(_heading_level(sub) + shift, 6)
            if sub.name in _HEADINGS:
                sub.name = f"h{new}"
            else:
                sub["aria-level"] = str(new)


_BOX_HEADINGS = 40


def _first_heading(box):  # noqa: ANN001 (a bs4 Tag)
    """The heading that opens ``box`` before any of its words, or None (stops at the first)."""
    for node in box.descendants:
        name = getattr(node, "name", None)
        if name is None:
            if str(node).strip() and not any(p.name in ("script", "style") for p in node.parents):
                return None
            continue
        if name in _HEADINGS or node.get("role") == "heading":
            return node
    return None


_LINKS_LEAD = re.compile(r"[^.!?:]{1,40}:[\s|·•>»/–—-]*")


class _Writer:
    """Collects inline text into lines; remembers which lines are headings and items."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.buffer: list[str] = []
        self.structure: list[tuple[str, int, int, int]] = []
        self.pending: tuple[str, int] | None = None
        self.in_link = 0  # inside an <a>: depth
        self.plain = False  # the line has words outside links
        self.linked = False  # ... and words inside links
        self.outside: list[str] = []  # the words outside links
        self.list_end = -1  # the text's length when the last top-level list ended
        self.gap = False  # a blank line before the next line: a list right after a list
        self.after_break = False  # the next line starts after a <br> inside its element

    def add(self, text: str) -> None:
        self.buffer.append(text)
        self.plain = True
        self.outside.append(text)

    def add_text(self, text: str) -> None:
        """A text node. Two elements' texts that meet as "valuesCompassion" (styled apart on
        the page, glued in the markup) get a space: a lower-case end then a capital start."""
        if text[:1].isupper() and self.buffer and self.buffer[-1][-1:].islower():
            self.buffer.append(" ")
        self.buffer.append(text)
        if text.strip(" \t\r\n|·•>»/-–—"):
            if self.in_link:
                self.linked = True
            else:
                self.plain = True
                self.outside.append(text)

    def flush(self, kind: tuple[str, int] | None = None) -> None:
        line = _SPACE.sub(" ", "".join(self.buffer)).strip()
        self.buffer = []
        plain, self.plain = self.plain, False
        linked, self.linked = self.linked, False
        outside, self.outside = " ".join(self.outside).strip(), []
        if not line:
            return
        if kind is None and self.pending is None and (not plain or linked and _LINKS_LEAD.fullmatch(outside)):
            # a line of links only ("Yes No", "Download ... (PDF)", "Back to top"), or a short
            # lead over links ("Find out more: Our values | Our board")
            return
        if self.parts:
            self.parts.append("\n\n" if self.gap else "\n")
            self.length += 2 if self.gap else 1
        self.gap = False
        start = self.length
        self.parts.append(line)
        self.length += len(line)
        if self.after_break:
            # a line broken off by a <br> ("... for the people of<br>Northmoor and ..."): the
            # segmenter may join it to the line before, as it would a hard wrap
            self.structure.append(("br-line", 0, start, self.length))
            self.after_break = False
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
_OWN_LINE_AFTER = ("br", "ul", "ol", "p", "div", "dl", "table", "blockquote")


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
    if not name or len(name.split()) > 6:
        return False
    if name[-1] in _NAME_END and not (name[-1] == "." and len(name.split()) <= 4
                                      and not any(c in name for c in ":–—") and not _LABEL_LEAD.match(name)):
        return False  # ("<strong>Warmth.</strong> We greet ...": a name closed by a stop)
    following = [s for s in tag.next_siblings if getattr(s, "name", None) == "br" or _text_of(s).strip()]
    if not following or getattr(following[0], "name", None) in _OWN_LINE_AFTER:
        return False  # the block's whole text, or a name over a line break or a nested list
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


def _span_cell(tag) -> bool:  # noqa: ANN001 (a bs4 Tag, a <span>)
    """One of two or more spans that make up a block (a ``<div>``) and nothing else: each a line
    of its own ("<div class=step><span>1</span><span>Respond faster</span><span>Reach ...")."""
    parent = tag.parent
    if parent is None or parent.name != "div" or len(parent.contents) > 24:
        return False  # (a card has a few spans; a long run is text, and scanning it per span is quadratic)
    children = [c for c in parent.contents if not (isinstance(c, str) and not c.strip())]
    return len(children) >= 2 and all(getattr(c, "name", None) == "span" for c in children)


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


_CELL_NUMBER = re.compile(r"(\d{1,2})[.)]\s+(?=\S)")


_ROLE_HEADER = re.compile(r"\W*(?:our\s+)?(?:vision|mission|purpose|ambition|values?)\W*", re.IGNORECASE)


def _cell_lines(cell) -> list[str]:  # noqa: ANN001 (a bs4 Tag)
    items = [li for li in cell.find_all("li")]
    if items:
        return [_SPACE.sub(" ", li.get_text(" ")).strip() for li in items]
    paragraphs = [p for p in cell.find_all(["p", "div"]) if not p.find(["p", "div"])]
    if len(paragraphs) > 1:
        return [_SPACE.sub(" ", p.get_text(" ")).strip() for p in paragraphs]
    if cell.find("br") is not None:
        # "<strong>SO1 Respond well</strong><br>Reach patients ...": a line per break (round 41)
        lines: list[str] = []
        current: list[str] = []
        for node in cell.descendants:
            if getattr(node, "name", None) == "br":
                lines.append(" ".join(current))
                current = []
            elif getattr(node, "name", None) is None and isinstance(node, str):
                current.append(str(node))
        lines.append(" ".join(current))
        found = [_SPACE.sub(" ", line).strip() for line in lines if line.strip()]
        numbers = [_CELL_NUMBER.match(line) for line in found]
        if len(found) > 1 and all(m and int(m.group(1)) == n for n, m in enumerate(numbers, 1)):
            # "1. Deliver ...<br>2. Give ...": the cell's own numbering, no part of each line (round 48)
            found = [line[m.end():] for line, m in zip(found, numbers, strict=True) if m]
        if len(found) > 1:
            return found
    return [_SPACE.sub(" ", cell.get_text(" ")).strip()]


def _layout_table(table) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """A table that lays out a page (old sites, e-mail style pages), not data: it holds headings
    or other tables, or says it is presentational. Its cells are read as ordinary blocks."""
    if str((table.attrs or {}).get("role", "")).lower() in ("presentation", "none"):
        return True
    return table.find(lambda t: t.name in _HEADINGS or t.name == "table"
                      or t.get("role") == "heading") is not None


_GOAL_COLUMN = re.compile(r"\s*(?:our\s+)?(?:strategic\s+|corporate\s+)?(?:objectives?|aims?|goals?|priorit(?:y|ies)|ambitions?)\s*",
                          re.IGNORECASE)
_RISK_COLUMN = re.compile(r"\brisks?\b", re.IGNORECASE)
_CODE_CELL = re.compile(r"[A-Z]{1,4}[ -]?\d{1,2}[a-z]?\.?|\d{1,2}\.?")


def _bold_row(cells: list) -> bool:  # (bs4 Tags)
    """A first row of two or more cells, every one all bold ("<td><b>Objective</b></td>"): an old
    table layout's header row (round 44)."""
    if len(cells) < 2:
        return False
    for cell in cells:
        text = _SPACE.sub(" ", cell.get_text(" ")).strip()
        bold = " ".join(_SPACE.sub(" ", b.get_text(" ")).strip() for b in cell.find_all(["b", "strong"])
                        if b.find_parent(["b", "strong"]) is None)  # (the outer one of nested bold)
        if not text or bold != text:
            return False
    return True


def _write_table(table, writer: _Writer) -> None:  # noqa: ANN001 (a bs4 Tag)
    """A table as lines: a 2-column row is one item "name – meaning" (unless its second cell
    is a list: then, as in a wider table, the first cell heads its items); in a wider table the
    first cell titles the row and each further cell is "<its column header>:" over its lines.
    The header row itself is not content."""
    caption = table.find("caption")
    if caption is not None and caption.find_parent("table") is table:
        title = _SPACE.sub(" ", caption.get_text(" ")).strip()
        if title:  # "Our priorities for 2025 to 2028" over the rows (round 36)
            writer.add(title)
            writer.flush(("heading", 6))
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    header: list[str] = []
    body = []
    for row in rows:
        cells = [c for c in row.find_all(["td", "th"]) if c.find_parent("tr") is row]
        cells = [c for c in cells if not _should_drop(c)]
        if not cells:
            continue
        in_head = row.find_parent("thead") is not None
        if (in_head or all(c.name == "th" for c in cells) or _bold_row(cells)) and not body and not header:
            header = [_SPACE.sub(" ", c.get_text(" ")).strip() for c in cells]
            continue
        body.append(cells)
    if len(body) >= 2 and all(len(cells) >= 3 and _CODE_CELL.fullmatch(_SPACE.sub(" ", cells[0].get_text(" ")).strip())
                              for cells in body):
        # "SO1 | Recovery-focused care | ...": a code column before the names (round 33)
        body = [cells[1:] for cells in body]
        header = header[1:]
    width = max((len(cells) for cells in body), default=0)
    if header and _GOAL_COLUMN.fullmatch(header[0]) and any(_RISK_COLUMN.search(h) for h in header[1:]):
        # a Board Assurance Framework: "Strategic objective | Principal risk | Owner | Score": the
        # objectives (a name over its description) are the goals; risks and scores are neither,
        # and a row that only continues a spanned objective adds nothing (round 41)
        for cells in body:
            if len(cells) < width:
                continue
            lines = _cell_lines(cells[0])
            for number, line in enumerate(lines):
                writer.add(line)
                writer.flush(("heading", 6) if number == 0 and len(lines) > 1 else None)
        return
    if len(body) == 1 and len(header) >= 2 and len(body[0]) == len(header) \
            and all(_ROLE_HEADER.fullmatch(h) for h in header):
        # "Vision | Mission" over one row: each cell under its label, "Vision: Healthy, independent
        # lives ..." (a community trust's two-column table, round 58)
        for label, cell in zip(header, body[0], strict=True):
            writer.add(label.rstrip(":") + ": " + " ".join(_cell_lines(cell)))
            writer.flush()
        return
    # (a column that holds a list in some rows is read as a list in every row: "Ambition | We
    # will" with a list in one row and one sentence in the next, round 54)
    listed = width == 2 and any(len(cells) == 2 and cells[1].find("li") is not None for cells in body)
    for cells in body:
        texts = [_cell_lines(c) for c in cells]
        if width <= 1:
            for line in texts[0] if texts else []:
                writer.add(line)
                writer.flush()
        elif width == 2 and len(texts) == 2 and len(texts[1]) == 1 and cells[1].find("li") is None and not listed:
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


_PILL_CLASS = re.compile(r"^(?:[\w-]*[-_])?(?:pill|badge|chip|tag)s?$", re.IGNORECASE)


def _is_pill(tag) -> bool:  # noqa: ANN001 (a bs4 Tag)
    """A ``<span class="pill">`` (badge, chip, tag): a row of them lists short names, each a
    line of its own, not one run of words (round 30)."""
    if tag.name not in ("span", "a"):
        return False
    classes = tag.attrs.get("class") if tag.attrs else None
    return isinstance(classes, list) and any(_PILL_CLASS.match(c) for c in classes)


def html_to_text(markup: str) -> tuple[str, list[tuple[str, int, int, int]]]:
    """Visible text (a line per block) and its heading/item structure."""
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    soup = BeautifulSoup(markup, "lxml")
    _restructure(soup)
    writer = _Writer()
    title = soup.title.get_text(" ") if soup.title is not None else ""
    logo = _logo_name(soup)
    if logo and logo not in title:
        title = f"{title} | {logo}" if title.strip() else logo
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
                    if list_depth == 0:
                        writer.list_end = writer.length
                elif name in _BLOCKS or _is_pill(node):
                    writer.flush()
                if name == "a":
                    writer.in_link -= 1
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
                if writer.buffer:
                    writer.flush()
                    writer.after_break = True
                continue
            pill = _is_pill(node)
            if name in _BLOCKS or _heading_level(node) or pill:
                writer.flush()
            if pill:
                writer.pending = ("item", 1)  # a tag pill: one short name of a row of them
            if name == "table" and not _layout_table(node):
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
            if name == "span" and _span_cell(node):
                writer.flush()  # a card's number, name and text, each a span of its own (round 33)
                stack.append((_BREAK, False))
            elif (name in ("strong", "b") or name == "span" and _in_item(node)) and _name_separator(node):
                stack.append((_SEPARATOR, False))  # written after the bold run
            elif name in ("strong", "b") and _label_lead(node):
                stack.append((_BREAK, False))  # "Priority: Faster care." as a line of its own
            if name == "a":
                writer.in_link += 1
            if name in ("ul", "ol"):
                if list_depth == 0 and writer.length == writer.list_end and writer.length \
                        and not writer.buffer:
                    # two lists with nothing between them are two groups (the behaviours under
                    # the value names): a blank line keeps them apart (round 29)
                    writer.gap = True
                list_depth += 1
            elif name == "li":
                # (an <ol>'s entry is numbered: "1. People" over its "By 2028 we will: ..." line)
                ordered = node.parent is not None and node.parent.name == "ol"
                writer.pending = ("numbered-item" if ordered else "item", max(list_depth, 1))
            elif name in ("dt",):
                writer.pending = ("heading", 6)
            stack.append((node, True))
            for child in reversed(node.contents):
                stack.append((child, False))
        elif node is _SEPARATOR:
            if writer.buffer and writer.buffer[-1].rstrip().endswith("."):
                # "<strong>Warmth.</strong> We greet ...": the dash takes the stop's place
                writer.buffer[-1] = writer.buffer[-1].rstrip()[:-1]
            writer.add(" – ")
        elif node is _BREAK:
            writer.flush()
        elif isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            writer.add_text(str(node))
    writer.flush()
    if title.strip():
        # the page's <title> names the organisation more often than its body does (a logo is
        # a picture): kept as the last line, marked "title" so it is never content
        writer.add(title)
        writer.flush(("title", 0))
    return "".join(writer.parts), writer.structure


def _logo_name(soup) -> str:  # noqa: ANN001 (a BeautifulSoup)
    """The organisation's full name in the header logo's alt text ("Wrenfield Children's Hospital
    NHS Foundation Trust"), where the page's <title> gives a shorter one (round 39)."""
    for img in soup.find_all("img", limit=40):
        alt = _SPACE.sub(" ", str(img.get("alt", ""))).strip()
        if not alt or "NHS" not in alt or len(alt.split()) > 14:
            continue
        marks = " ".join(str(v) for t in [img, *list(img.parents)[:3]] if getattr(t, "attrs", None)
                         for k, v in t.attrs.items() if k in ("class", "id", "href"))
        if re.search(r"logo|brand|masthead", marks, re.IGNORECASE):
            return re.sub(r"\s+(?:logo|homepage|home\s+page)\s*$", "", alt, flags=re.IGNORECASE)
    return ""


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
