"""PDF through pypdf's text layer; each page's start offset is kept for provenance.

A PDF whose pages carry no text (a scan) is refused with a message that says so: there is
nothing to extract without OCR, which this tool does not do.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from strategygraph.errors import InputError
from strategygraph.model import ReadDocument
from strategygraph.readers.text import read_bytes


def read_pdf(path: Path, doc_id: str) -> ReadDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = read_bytes(path)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{path}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(f"{path}: not a readable PDF ({error})") from error
    parts: list[str] = []
    page_starts: list[int] = []
    offset = 0
    for page_text in pages:
        cleaned = page_text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
        page_starts.append(offset)
        parts.append(cleaned)
        offset += len(cleaned) + 2
    text = "\n\n".join(parts)
    if not text.strip():
        raise InputError(
            f"{path}: the PDF has no text layer (a scanned image?); OCR it first"
        )
    return ReadDocument(
        path=path, doc_id=doc_id, text=text, media_type="application/pdf", page_starts=page_starts
    )
