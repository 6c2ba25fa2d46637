"""Plain text: the file's decoded text is the document's text, unchanged.

Decoding is shared by every text-based format: UTF-8 (a byte-order mark is dropped), then
cp1252, then latin-1, with a warning when a fallback was needed. Binary files (NUL bytes or
mostly control characters) and empty files are refused, so nothing downstream sees junk.
"""

from __future__ import annotations

from pathlib import Path

from strategygraph.errors import InputError
from strategygraph.model import ReadDocument

_CONTROL_OK = {9, 10, 12, 13}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError that says why it cannot be read."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a document")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _CONTROL_OK)
    return controls > max(8, len(sample) // 20)


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Text and warnings: UTF-8 (BOM stripped), else cp1252, else latin-1."""
    if _looks_binary(data):
        raise InputError(f"{path}: looks like a binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"{path.name}: not valid UTF-8; decoded as {encoding}"]
    raise InputError(f"{path}: cannot be decoded as text")  # pragma: no cover (latin-1 always decodes)


def read_text(path: Path, doc_id: str) -> ReadDocument:
    text, warnings = decode(read_bytes(path), path)
    return ReadDocument(path=path, doc_id=doc_id, text=text, media_type="text/plain", warnings=warnings)
