"""Set test pages as a website's page: each line of the text an element of its own (a heading,
a list item or a paragraph), the way a content management system writes it, then written as HTML
(with the site's chrome: skip link, cookie banner, header and menu, breadcrumb, footer) or as
Markdown (as a site exported to Markdown reads).

The extractor then meets what a saved web page gives: structure from tags or Markdown marks, not
from blank lines and bullet characters, and navigation that must be dropped. Used by the real
pages' HTML and Markdown checks.
"""

from __future__ import annotations

import html
import re

_BULLET = re.compile(r"\s*(?:[•●▪◦·*–-]|\d{1,2}[.)])\s+(?=\S)")
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s+")

_CHROME_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/assets/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.cookie-banner {{ position: fixed; bottom: 0; }}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this website">
<h2>Cookies on our website</h2>
<p>We use some essential cookies to make this website work. We would also like to use analytics
cookies to understand how you use the site and to improve our services.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<header class="site-header">
<a class="logo" href="/"><img src="/assets/logo.svg" alt="NHS logo"></a>
<form role="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"></form>
<nav class="main-nav" aria-label="Primary navigation">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/services">Our services</a></li>
<li><a href="/about-us">About us</a></li>
<li><a href="/news">News</a></li>
<li><a href="/careers">Work for us</a></li>
<li><a href="/contact">Contact us</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li></ol></nav>
<main id="main">
"""

_CHROME_BOTTOM = """</main>
<aside class="related"><h2>Related pages</h2><ul><li><a href="/board">Our board</a></li>
<li><a href="/annual-report">Annual report</a></li></ul></aside>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/foi">Freedom of information</a></li></ul>
<p>&copy; 2025 All rights reserved.</p>
</footer>
<script src="/assets/site.js"></script>
</body>
</html>
"""


_NOT_TITLE_START = re.compile(r"\s*(?:[A-Za-z]\s*[:–-]\s|(?:you|we|i|your)\b)", re.IGNORECASE)


def _title_like(line: str) -> bool:
    """A short line without a closing stop or colon that opens in capitals (a lead-in ending in a
    colon, an acrostic's "P : put ..." and a "You will ..." promise are paragraphs)."""
    words = line.split()
    return 0 < len(words) <= 8 and not line.rstrip().endswith((".", "!", "?", ";", ",", ":")) \
        and (line.strip()[:1].isupper() or line.strip()[:1].isdigit()) and not _NOT_TITLE_START.match(line)


def _is_title(lines: list[str], index: int) -> bool:
    """A title-like line, unless it is inside a run of them (a run of short lines is a list whose
    markers the copy lost, each a paragraph; its first line is a title only when it names a section)."""
    if not _title_like(lines[index]):
        return False
    before = index > 0 and _title_like(lines[index - 1]) and not _BULLET.match(lines[index - 1])
    after = index + 1 < len(lines) and _title_like(lines[index + 1]) and not _BULLET.match(lines[index + 1])
    if before and after:
        return False
    if after and not before:
        # the first of a run: a section's title over its entries, or the run's first entry
        return _SECTION_WORD.search(lines[index]) is not None
    return True


# a section's title ("Our values", "Strategic priorities", "About us") is an <h2>; the other titles
# (a value's or a goal's name) are <h3> under it, as a site's templates set them
_SECTION_WORD = re.compile(r"\b(?:our|about|vision|mission|purpose|values|aims|goals|objectives|priorities|ambitions"
                           r"|pillars|strategy|plan|commitments|promises|charter)\b", re.IGNORECASE)
_LONE_MARKER = re.compile(r"\s*(?:[•●▪◦·*–-]|\d{1,2}[.)])\s*")


def _logical_lines(text: str) -> list[str]:
    """The text's lines as a page's elements: a bullet character alone on its line joined to the
    line after it, and a line that goes on in lower case joined to the line before it (a hard
    wrap inside one heading or paragraph)."""
    lines: list[str] = []
    marker: str | None = None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if _LONE_MARKER.fullmatch(raw):
            marker = raw.rstrip() + " "
            continue
        if marker is not None:
            lines.append(marker + raw.strip())
            marker = None
        elif lines and raw.strip()[:1].islower() and not _BULLET.match(raw):
            lines[-1] = lines[-1].rstrip() + " " + raw.strip()
        else:
            lines.append(raw)
    return lines


def page_elements(text: str) -> list[tuple[str, str, int]]:
    """The page's elements in order: ("h1" | "h2" | "h3" | "p", text, 0) or ("ul" | "ol", an
    entry's text, its depth from 0). A bullet indented deeper than the entry before it is that
    entry's sub-entry."""
    elements: list[tuple[str, str, int]] = []
    lists: list[tuple[int, str]] = []  # the open lists: (indent, "ul" or "ol")
    logical = _logical_lines(text)
    for position, raw in enumerate(logical):
        line = raw.strip()
        bullet = _BULLET.match(raw)
        if bullet is None:
            lists.clear()
            tag = ("h1" if position == 0 else "h2" if _SECTION_WORD.search(line) else "h3") \
                if _is_title(logical, position) else "p"
            elements.append((tag, line, 0))
            continue
        indent = len(raw) - len(raw.lstrip())
        kind = "ol" if _NUMBERED.match(raw) else "ul"
        if kind == "ul" and lists and lists[-1] == (indent, "ol"):
            indent += 1  # "1. Name" then "• ..." at its depth: the bullets were nested in the copy's source
        elif kind == "ul" and lists and lists[-1] == (indent + 1, "ul") and len(lists) >= 2 and lists[-2] == (indent, "ol"):
            indent += 1  # (the next bullet of that nested list)
        while lists and lists[-1][0] > indent:
            lists.pop()
        if lists and lists[-1][0] == indent and lists[-1][1] != kind:
            lists.pop()
        if not (lists and lists[-1][0] == indent):
            lists.append((indent, kind))
        elements.append((kind, raw[bullet.end():].strip(), len(lists) - 1))
    return elements


def render_html(text: str, *, title: str) -> str:
    """``text`` (a page's lines, bullets as characters) as a whole HTML page with a site's chrome."""
    body: list[str] = []
    open_lists: list[str] = []  # the open lists' tags, outermost first
    for tag, line, depth in page_elements(text):
        if tag not in ("ul", "ol"):
            while open_lists:
                body.append(f"</li></{open_lists.pop()}>")
            body.append(f"<{tag}>{html.escape(line)}</{tag}>")
            continue
        while len(open_lists) > depth + 1:
            body.append(f"</li></{open_lists.pop()}>")
        if len(open_lists) == depth + 1 and open_lists[-1] != tag:
            body.append(f"</li></{open_lists.pop()}>")
        if len(open_lists) == depth + 1:
            body.append("</li>")
        else:
            body.append(f"<{tag}>")
            open_lists.append(tag)
        body.append(f"<li>{html.escape(line)}")
    while open_lists:
        body.append(f"</li></{open_lists.pop()}>")
    return _CHROME_TOP.format(title=html.escape(title)) + "\n".join(body) + "\n" + _CHROME_BOTTOM


def render_markdown(text: str, *, title: str) -> str:
    """``text`` as a Markdown page, as a site exported to Markdown writes it: "#" headings, "-" and
    "1." entries indented two spaces a level, blank lines between paragraphs (no chrome but a
    skip link and a "Back to top" link, which converters keep)."""
    out: list[str] = ["[Skip to main content](#main)", ""]
    number = 0
    previous = ""
    for tag, line, depth in page_elements(text):
        if tag in ("ul", "ol"):
            number = number + 1 if tag == "ol" and previous == "ol" else 1
            if previous not in ("ul", "ol"):
                out.append("")
            marker = f"{number}." if tag == "ol" else "-"
            out.append("  " * depth + f"{marker} {line}")
        else:
            if previous in ("ul", "ol"):
                out.append("")
            hashes = {"h1": "#", "h2": "##", "h3": "###"}.get(tag)
            out.extend([f"{hashes} {line}" if hashes else line, ""])
        previous = tag
    out.extend(["", "[Back to top](#main)", ""])
    return "\n".join(out)
