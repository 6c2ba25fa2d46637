"""Readers: one module per format behind one function, ``read_document``.

Each returns a :class:`~strategygraph.model.ReadDocument` whose ``text`` every offset indexes
into: the file's own decoded text for ``.txt`` and ``.md``, the extracted text for HTML and PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from strategygraph.corpus import doc_id_for
from strategygraph.errors import InputError
from strategygraph.model import ReadDocument
from strategygraph.readers.html import read_html
from strategygraph.readers.markdown import read_markdown
from strategygraph.readers.pdf import read_pdf
from strategygraph.readers.text import read_text

__all__ = ["READERS", "read_document"]

READERS: dict[str, Callable[[Path, str], ReadDocument]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": read_pdf,
}


def read_document(path: Path, doc_id: str | None = None) -> ReadDocument:
    """Read one document by its extension; InputError when it is missing or unreadable."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a document")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{path}: unknown file type '{path.suffix or '(none)'}' (readable: {known})")
    return reader(path, doc_id or doc_id_for(path))
