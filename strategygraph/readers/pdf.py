"""PDF through pypdf's text layer; each page's start offset is kept for provenance.

Running headers and footers ("Our Strategy 2024-2029" on every page, "Page 3 of 24", a bare
page number) are not the document's text: left in, they glue onto the headings and paragraphs
next to them. A line is such furniture when it sits in the first or last few lines of a page
and the same line (digits aside) sits there on most pages, or when it is a page number. Those
lines are left out of the extracted text, which is the text every offset indexes into, so spans
and ``page_starts`` describe what is kept.

Ligatures ("eﬀective") are spelt out ("effective"). Pages are set apart by a blank line, except
where a sentence runs on from one page to the next.

A PDF's text layer has no blank lines: a paragraph's wrapped lines and the next paragraph's
first line come out alike, one line after another. Where the page leaves more room between two
lines than between the wrapped lines of a paragraph (the space after a paragraph, a heading in a
larger font, a new column), a blank line is put between them, as the page shows them apart.

A PDF whose pages carry no text (a scan) is refused with a message that says so: there is
nothing to extract without OCR, which this tool does not do. An encrypted PDF is read when it
opens with the empty password (one that carries only an owner password, to restrict printing or
copying), and refused otherwise. A PDF that pypdf cannot get through (a stream that decompresses
past its limits, a filter it has no decoder for, content nested past Python's recursion limit)
is refused with one line that says so.
"""

from __future__ import annotations

import io
import logging
import math
import re
from pathlib import Path

from strategygraph.errors import InputError
from strategygraph.model import ReadDocument
from strategygraph.readers.text import read_bytes

_EDGE = 3  # lines at the top and at the bottom of a page where running text can sit
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.IGNORECASE
)
_PAGE_LABEL = re.compile(r"page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def _key(line: str) -> str:
    """What a running line has in common across pages: case, spacing and numbers aside."""
    return _DIGITS.sub("#", _SPACE.sub(" ", line).strip().lower())


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the first and of the last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:_EDGE], filled[-_EDGE:]


def _running_keys(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """Keys of lines at the top, and at the bottom, of most pages (and of two at least)."""
    needed = max(2, (len(pages) + 1) // 2)
    found: list[set[str]] = []
    for end in (0, 1):
        counts: dict[str, int] = {}
        for lines in pages:
            for key in {_key(lines[i]) for i in _edges(lines)[end]}:
                counts[key] = counts.get(key, 0) + 1
        found.append({key for key, count in counts.items() if count >= needed and key})
    return found[0], found[1]


def strip_running_lines(pages: list[str]) -> list[str]:
    """Each page's text without its running header/footer lines and page numbers.

    A running line is removed once per page at the end where it runs (a cover page that repeats
    the running title as its own title keeps the second copy); a "Page n of N" line goes
    wherever it is, a bare page number only at a page's top or bottom."""
    split = [page.split("\n") for page in pages]
    top, bottom = _running_keys(split) if len(split) > 1 else (set(), set())
    cleaned: list[str] = []
    for lines in split:
        first, last = _edges(lines)
        drop: set[int] = set()
        for indexes, running in ((first, top), (last[::-1], bottom)):
            seen: set[str] = set()
            for index in indexes:
                key = _key(lines[index])
                if _PAGE_NUMBER.fullmatch(lines[index].strip()):
                    drop.add(index)
                elif key in running and key not in seen:
                    seen.add(key)
                    drop.add(index)
        kept = [
            line for index, line in enumerate(lines)
            if index not in drop and not _PAGE_LABEL.fullmatch(line.strip())
        ]
        cleaned.append("\n".join(kept).strip("\n").rstrip())
    return cleaned


# A typesetter's ligatures ("eﬀective", "ﬁrst"): the letters they stand for, as a reader (and a
# search) spells them
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_GAP_FACTOR = 1.35  # a gap this much wider than the lines' usual spacing sets two lines apart
_Baseline = tuple[float, float]  # (height on the page, font size)


def _line_baselines(pieces: list[tuple[str, _Baseline | None]]) -> list[_Baseline | None]:
    """The baseline and font size of each line of the text the pieces make up (None: unknown):
    those of the piece with the most letters and digits, so that a bullet glyph or a drop
    capital in another size does not speak for the line."""
    lines: list[_Baseline | None] = [None]
    weights = [0]
    for text, where in pieces:
        for part_no, part in enumerate(text.split("\n")):
            if part_no:
                lines.append(None)
                weights.append(0)
            weight = sum(c.isalnum() for c in part)
            if where is not None and part.strip() and (lines[-1] is None or weight > weights[-1]):
                lines[-1], weights[-1] = where, weight
    return lines


def _with_paragraph_gaps(text: str, pieces: list[tuple[str, _Baseline | None]]) -> str:
    """``text`` with a blank line where the page sets two lines apart: a drop wider than the
    spacing of that font's wrapped lines on the page, a change of font size (a heading), or a
    rise (the top of a new column)."""
    if "".join(piece for piece, _ in pieces) != text:
        return text  # (the pieces do not make up the text: leave it as it is)
    lines = text.split("\n")
    baselines = _line_baselines(pieces)
    known = [(i, b) for i, b in enumerate(baselines) if b is not None and lines[i].strip()]
    pairs = list(zip(known, known[1:], strict=False))
    spacing: dict[float, float] = {}  # font size -> the least drop between two of its lines
    for (_, (y1, size1)), (_, (y2, size2)) in pairs:
        if size1 == size2 and y1 - y2 >= 0.9 * size1:
            spacing[size1] = min(spacing.get(size1, y1 - y2), y1 - y2)
    apart: set[int] = set()
    for (_, (y1, size1)), (i, (y2, size2)) in pairs:
        if y2 > y1 + 0.5 * size2:
            apart.add(i)  # back up the page: the next column
        elif abs(size1 - size2) > 0.15 * max(size1, size2):
            apart.add(i)  # a heading's size over the body's, or the body after it
        elif size1 in spacing and y1 - y2 > spacing[size1] * _GAP_FACTOR:
            apart.add(i)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in apart and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


def _page_text(page: object) -> str:
    """One page's text layer, with blank lines between the blocks the page sets apart."""
    pieces: list[tuple[str, _Baseline | None]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: object) -> None:
        try:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            where: _Baseline | None = (round(y, 1), round(float(size) * scale, 1))  # type: ignore[arg-type]
        except (TypeError, ValueError, IndexError):
            where = None
        pieces.append((text, where))

    text = page.extract_text(visitor_text=visit) or ""  # type: ignore[attr-defined]
    return _with_paragraph_gaps(text, pieces).translate(_LIGATURES)


_SENTENCE_END = ".!?:;…”’\")"
_GOES_ON = re.compile(r"\b(?:and|or|the|a|an|of|to|in|on|at|for|with|by|from|our|their|its)\s*$", re.IGNORECASE)


def _runs_on(before: str, page: str) -> bool:
    """The page goes on with the sentence the page before broke off: that page's last line does
    not end a sentence and this page's first line starts in lower case ("... to make sure" /
    "everyone can reach ..."), or that line stops on a word that cannot end one ("... in
    Ashford and" / "Medway by 2026.")."""
    last = before.rstrip()[-1:]
    first = page.lstrip()[:1]
    return bool(last) and last not in _SENTENCE_END and (first.islower() or _GOES_ON.search(before[-12:]) is not None)


def _short(error: BaseException) -> str:
    """An exception's message on one line, cut to a readable length."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _decrypted(reader: object, path: Path) -> None:
    """Open an encrypted PDF with the empty user password (a PDF that only carries an owner
    password, to restrict printing or copying, opens for reading with it); an InputError
    when that does not open it."""
    from pypdf.errors import DependencyError, PyPdfError

    try:
        opened = reader.decrypt("")  # type: ignore[attr-defined]
    except DependencyError as error:
        raise InputError(f"{path}: the PDF is encrypted and cannot be decrypted here ({_short(error)})") from error
    except (PyPdfError, ValueError, KeyError, TypeError, NotImplementedError) as error:
        raise InputError(f"{path}: the PDF is encrypted ({_short(error)})") from error
    if not opened:
        raise InputError(f"{path}: the PDF is encrypted")


def read_pdf(path: Path, doc_id: str) -> ReadDocument:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError, PyPdfError

    data = read_bytes(path)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypted(reader, path)
        pages = [_page_text(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(f"{path}: not a readable PDF ({_short(error)})") from error
    except LimitReachedError as error:
        raise InputError(f"{path}: the PDF could not be read: past a safety limit ({_short(error)})") from error
    except DependencyError as error:
        raise InputError(f"{path}: the PDF could not be read: {_short(error)}") from error
    except RecursionError as error:
        raise InputError(f"{path}: the PDF could not be read: its content is nested too deeply") from error
    except MemoryError as error:
        raise InputError(f"{path}: the PDF could not be read: it needs more memory than there is") from error
    except (PyPdfError, LookupError, ArithmeticError, AttributeError, AssertionError, NotImplementedError) as error:
        # (pypdf meets a malformed file, or an encryption scheme it does not know, with any of these)
        raise InputError(
            f"{path}: the PDF could not be read: {type(error).__name__}: {_short(error)}"
        ) from error
    pages = [page.replace("\r\n", "\n").replace("\r", "\n").rstrip() for page in pages]
    text = ""
    page_starts: list[int] = []
    for cleaned in strip_running_lines(pages):
        if text:
            text += "\n" if _runs_on(text, cleaned) else "\n\n"
        page_starts.append(len(text))
        text += cleaned
    if not text.strip():
        raise InputError(
            f"{path}: the PDF has no text layer (a scanned image?); OCR it first"
        )
    return ReadDocument(
        path=path, doc_id=doc_id, text=text, media_type="application/pdf", page_starts=page_starts
    )
