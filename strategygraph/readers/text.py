"""Plain text: the file's decoded text is the document's text, unchanged.

Decoding is shared by every text-based format: UTF-8 (a byte-order mark is dropped), then
cp1252, then latin-1, with a warning when a fallback was needed. UTF-16 (and UTF-32) text with a
byte-order mark (Notepad's "Unicode") is decoded as such, with a warning, and so is UTF-16 without
one, told by the zero byte beside each Latin letter. UTF-8 text that was once
decoded as cp1252 and saved again ("weâ€™ll") is repaired, with a warning. Binary files (NUL bytes or
mostly control characters) and empty files are refused, so nothing downstream sees junk.

Only regular files are read (a named pipe, a device or a socket is refused before it is opened,
symbolic links resolved), and none larger than ``MAX_FILE_BYTES``.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from strategygraph.errors import InputError
from strategygraph.model import ReadDocument

_CONTROL_OK = {9, 10, 12, 13}


MAX_FILE_BYTES = 200 * 1024 * 1024
"""The largest document read (200 MB): far above any strategy (a 20 MB text is read), far below
what would exhaust memory; only the first 500,000 characters are searched anyway."""

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "something else")


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def check_regular_file(path: Path) -> os.stat_result:
    """The file's status (symbolic links followed) when it is a regular file small enough to be
    read; otherwise an InputError that says why not. Nothing is opened."""
    try:
        status = os.stat(path)
    except (FileNotFoundError, NotADirectoryError) as error:
        dangling = " (a symbolic link to nothing)" if os.path.islink(path) else ""
        raise InputError(f"{path}: no such file{dangling}") from error
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"{path}: is a folder, not a document")
    if not stat.S_ISREG(status.st_mode):
        target = os.path.realpath(path)
        via = f" ({target})" if target != os.path.abspath(path) else ""
        raise InputError(f"{path}: not a regular file but {_kind(status.st_mode)}{via}; only regular files are read")
    if status.st_size > MAX_FILE_BYTES:
        raise InputError(
            f"{path}: too large to read ({_size(status.st_size)}; the limit is {_size(MAX_FILE_BYTES)})"
        )
    return status


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError that says why it cannot be read (missing, a folder,
    not a regular file, larger than ``MAX_FILE_BYTES``, empty)."""
    check_regular_file(path)
    try:
        # (O_NONBLOCK: should the path turn into a pipe after the check, opening it cannot hang)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise InputError(f"{path}: not a regular file but {_kind(status.st_mode)}; only regular files are read")
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{path}: too large to read (over {_size(MAX_FILE_BYTES)}, the limit)")
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


# Byte-order marks of the wider encodings (UTF-32's before UTF-16's, which begins it)
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def _decode_wide(data: bytes, path: Path) -> tuple[str, list[str]] | None:
    """UTF-16 or UTF-32 text that starts with its byte-order mark (dropped, as UTF-8's is); None
    when the data has no such mark. The decoded text is the document's text, which every
    offset indexes, as for cp1252."""
    for bom, encoding, name in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{path}: starts with a {name} byte-order mark but is not {name} text "
                                 f"({error.reason} at byte {error.start + len(bom)})") from error
            if _looks_binary(text[:8192].encode("utf-8")):
                raise InputError(f"{path}: looks like a binary file, not text")
            if not text.strip():
                raise InputError(f"{path}: the file is empty")
            return text, [f"{path.name}: not UTF-8; decoded as {name} (it starts with a {name} byte-order mark)"]
    return None


def _unmarked_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order of text saved without its byte-order mark, told by where its zero
    bytes fall (Latin-script text in UTF-16 has a zero beside nearly every letter: at odd offsets
    little-endian, at even ones big-endian); None when the bytes do not show that pattern."""
    sample = data[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zeros, odd_zeros = even.count(0), odd.count(0)
    if odd_zeros >= 0.6 * len(odd) and even_zeros <= 0.02 * len(even):
        return "utf-16-le"
    if even_zeros >= 0.6 * len(even) and odd_zeros <= 0.02 * len(odd):
        return "utf-16-be"
    return None


def _mostly_plain(text: str) -> bool:
    """Text that reads as text: nearly all of it printable, no C1 control characters (a 16-bit
    binary array decoded as UTF-16 is full of them and of stray symbols)."""
    sample = text[:4096]
    plain = sum(ch.isprintable() or ch in "\r\n\t" for ch in sample)
    controls = sum("\x80" <= ch <= "\x9f" for ch in sample)
    return bool(sample) and controls == 0 and plain >= 0.97 * len(sample)


def _decode_unmarked_utf16(data: bytes, path: Path) -> tuple[str, list[str]] | None:
    """UTF-16 text without a byte-order mark (some exports write none), or None."""
    encoding = _unmarked_utf16(data)
    if encoding is None:
        return None
    if len(data) % 2 and data[-1:] in (b"\n", b"\x00"):
        data = data[:-1]  # (a stray newline byte appended by a tool that wrote it as ASCII)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None  # (the pattern was chance: the binary check refuses it next)
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    if _looks_binary(text[:8192].encode("utf-8")) or not _mostly_plain(text):
        return None
    order = "little" if encoding.endswith("le") else "big"
    return text, [f"{path.name}: not UTF-8; decoded as UTF-16 ({order}-endian, no byte-order mark)"]


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Text and warnings: UTF-8 (BOM stripped), UTF-16/32 with a BOM, UTF-16 without one (told
    by its zero bytes), else cp1252, else latin-1."""
    wide = _decode_wide(data, path) or _decode_unmarked_utf16(data, path)
    if wide is not None:
        return wide
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
