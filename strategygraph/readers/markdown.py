"""Markdown: read as text; the segmenter recognises ``#`` headings and list markers.

The file's text is kept as written except for HTML character references ("&amp;", "&ndash;",
"&#8217;"), which CMS exports leave in Markdown and which a reader sees as the characters they
stand for. Offsets point into that text (as they do into the text an HTML page is read as).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from strategygraph.model import ReadDocument
from strategygraph.readers.text import decode, read_bytes

# a character reference, with its semicolon (legacy forms without one, "&pound12", are left
# alone: in Markdown an "&" before letters is more often text or a URL's query)
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def read_markdown(path: Path, doc_id: str) -> ReadDocument:
    text, warnings = decode(read_bytes(path), path)
    return ReadDocument(
        path=path, doc_id=doc_id, text=unescape_references(text), media_type="text/markdown",
        warnings=warnings,
    )


def unescape_references(text: str) -> str:
    """The text with each character reference replaced by its character (unknown names kept)."""
    return _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
