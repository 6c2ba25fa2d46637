"""Plain text: the file's decoded text is the document's text, unchanged.

Decoding is shared by every text-based format: UTF-8 (a byte-order mark is dropped), then
cp1252, then latin-1, with a warning when a fallback was needed. UTF-8 text that was once
decoded as cp1252 and saved again ("weâ€™ll") is repaired, with a warning. Binary files (NUL bytes or
mostly control characters) and empty files are refused, so nothing downstream sees junk.
"""

from __future__ import annotations

import re
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


# UTF-8 bytes once read as cp1252 and saved again ("weâ€™ll", "OurÂ vision", "Â£14m"): a lead
# character (Â..ô) and the continuation characters cp1252 made of bytes 0x80-0xBF
# (and the five bytes cp1252 leaves undefined, kept as control characters: "â€\x9d" for "”")
_CP1252_CONTINUATION = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\x81\x8d\x8f\x90\x9d" + "".join(chr(c) for c in range(0xA0, 0xC0))
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CP1252_CONTINUATION}]|[\u00e0-\u00ef][{_CP1252_CONTINUATION}]{{2}}"
                       f"|[\u00f0-\u00f4][{_CP1252_CONTINUATION}]{{3}}")
_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
# ("OurÂ vision": the no-break space after "Â" saved as a plain space)
_LONE_A_CIRCUMFLEX = re.compile(r"(?<=\w)Â(?= )")


def repair_mojibake(text: str) -> str:
    """The text with each twice-decoded character put back, when there are at least two of them
    (one could be a real "Â"); otherwise the text unchanged."""
    def fixed(match: re.Match[str]) -> str:
        try:
            raw = b"".join(bytes([ord(c)]) if ord(c) in _UNDEFINED else c.encode("cp1252") for c in match.group(0))
            return raw.decode("utf-8")
        except UnicodeError:
            return match.group(0)

    if sum(fixed(m) != m.group(0) for m in _MOJIBAKE.finditer(text)) < 2:
        return text
    return _LONE_A_CIRCUMFLEX.sub("", _MOJIBAKE.sub(fixed, text))


# UTF-8 punctuation read as cp1252 with its two undefined or dropped bytes lost, so that only
# the "â" of "“", "”", "’" and "–" is left ("where âindividuals ... supportiveâ, which",
# "goals â starting", "weâll"): a quote opening a word, closing one, a spaced dash, an apostrophe
# before an English contraction's ending. A real "â" (Welsh "tân") sits inside a word and is
# never touched; a Welsh "â" alone ("with") would be read as a dash, which is why nothing is
# repaired unless two quotes both open and close this way (a Welsh page has no such quotes).
_LOST_OPEN = re.compile(r"(?<![\w\u00e2])\u00e2(?=\w)")
_LOST_CLOSE = re.compile(r"(?<=[\w.,!?;:)])\u00e2(?![\w\u00e2])")
_LOST_DASH = re.compile(r"(?<= )\u00e2(?= )")
_LOST_APOSTROPHE = re.compile(r"(?<=[a-z])\u00e2(?=(?:s|ll|re|ve|t|d|m)\b)", re.IGNORECASE)


def repair_lost_bytes(text: str) -> str:
    """The text with each lone "â" of lost-byte punctuation put back as the mark it most likely
    was, when at least two quotes both open and close that way; otherwise the text unchanged.
    One character for one, so offsets into the file's text still hold."""
    if len(_LOST_OPEN.findall(text)) < 2 or len(_LOST_CLOSE.findall(text)) < 2:
        return text
    text = _LOST_APOSTROPHE.sub("\u2019", text)
    text = _LOST_OPEN.sub("\u201c", text)
    text = _LOST_CLOSE.sub("\u201d", text)
    return _LOST_DASH.sub("\u2013", text)


def repair_damage(text: str) -> tuple[str, str | None]:
    """UTF-8 text as it should read, and what damage was put right (None when none was)."""
    repaired = repair_mojibake(text)
    if repaired != text:
        return repaired, "UTF-8 text that was decoded twice ('â€™' for '’')"
    repaired = repair_lost_bytes(text)
    if repaired != text:
        return repaired, "quotes and dashes that lost bytes ('â' for '“')"
    return text, None


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Text and warnings: UTF-8 (BOM stripped), else cp1252, else latin-1."""
    if _looks_binary(data):
        raise InputError(f"{path}: looks like a binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        repaired, damage = repair_damage(text)
        return repaired, [f"{path.name}: {damage}; repaired"] if damage else []
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
