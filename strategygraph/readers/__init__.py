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
from strategygraph.readers.text import check_regular_file, read_text

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
    """Read one document by its extension; InputError when it is missing or unreadable (also
    when it is not a regular file, or larger than ``text.MAX_FILE_BYTES``)."""
    path = Path(path)
    check_regular_file(path)  # (missing, a folder, a pipe or a device, too large: before opening it)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{path}: unknown file type '{path.suffix or '(none)'}' (readable: {known})")
    return reader(path, doc_id or doc_id_for(path))
