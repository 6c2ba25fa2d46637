"""Markdown: read as text, unchanged; the segmenter recognises ``#`` headings and list markers.

Keeping the file's own text means offsets point into the file itself, as for plain text.
"""

from __future__ import annotations

from pathlib import Path

from strategygraph.model import ReadDocument
from strategygraph.readers.text import decode, read_bytes


def read_markdown(path: Path, doc_id: str) -> ReadDocument:
    text, warnings = decode(read_bytes(path), path)
    return ReadDocument(
        path=path, doc_id=doc_id, text=text, media_type="text/markdown", warnings=warnings
    )
