"""Source pages: a document's text with every statement highlighted at its offsets.

The text is not in the graph: it is the file itself for plain text and Markdown, and the text the
build extracted for HTML and PDF (``<build>/text/{doc_id}.txt``). It is found by the document's
``sg:fileName`` and id, checked against ``sg:textSha256``, and each highlight against the quote
(``oa:exact``); a statement whose offsets do not match is looked up by its quote instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from strategygraph.visualise import common
from strategygraph.visualise.data import Document, SiteData, Statement, statement_order
from strategygraph.visualise.html import esc

ROOT = "../"
_RAW_SUFFIXES = {".html", ".htm", ".pdf"}  # their offsets index the extracted text, not the file


@dataclass
class SourceText:
    text: str | None
    path: Path | None
    checksum_ok: bool
    notes: list[str] = field(default_factory=list)


def decode_plain(raw: bytes) -> str:
    """A text file's bytes decoded the way the source pages read them back (UTF-8, else cp1252,
    else latin-1), with no repair: a document whose text as read differs keeps a copy of it."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


class TextFinder:
    """Finds documents' texts in the given folders (the build's text folder, then corpora)."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = [Path(f) for f in folders if Path(f).is_dir()]
        self._index: dict[str, list[Path]] | None = None

    def _by_name(self, name: str) -> list[Path]:
        if self._index is None:
            self._index = {}
            for folder in self.folders:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        self._index.setdefault(path.name, []).append(path)
        return self._index.get(name, [])

    def candidates(self, document: Document) -> list[Path]:
        found: list[Path] = []
        for folder in self.folders:
            found.append(folder / f"{document.doc_id}.txt")
            if document.file_name:
                found.append(folder / document.file_name)
        if document.file_name:
            found += self._by_name(document.file_name)
        unique = []
        for path in found:
            if path.is_file() and path not in unique and path.suffix.lower() not in _RAW_SUFFIXES:
                unique.append(path)
        return unique

    def find(self, document: Document) -> SourceText:
        first: tuple[Path, str] | None = None
        for path in self.candidates(document):
            try:
                text = decode_plain(path.read_bytes())
            except OSError:
                continue
            if document.sha256 and hashlib.sha256(text.encode("utf-8")).hexdigest() == document.sha256:
                return SourceText(text, path, True)
            if first is None:
                first = (path, text)
        if first is None:
            return SourceText(None, None, False, [
                f"The text of {document.file_name or document.doc_id} was not found beside the build."
            ])
        notes = ["The text found differs from the one the graph was built from; highlights were "
                 "placed by their quotes."] if document.sha256 else []
        return SourceText(first[1], first[0], not document.sha256, notes)


def locate(text: str, statement: Statement) -> tuple[int, int] | None:
    """The statement's span in ``text``: its offsets when they hold its quote, else the quote's place."""
    quote = statement.exact or statement.text
    start, end = statement.start, statement.end
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        if not quote or text[start:end] == quote:
            return start, end
    if quote:
        found = text.find(quote)
        if found >= 0:
            return found, found + len(quote)
    return None


def highlighted(text: str, spans: list[tuple[int, int, Statement]]) -> str:
    """The text, escaped, with one ``<mark id=anchor>`` per statement (crossing spans are nested)."""
    out: list[str] = []
    position = 0
    stack: list[int] = []

    def close_to(limit: int) -> None:
        nonlocal position
        while stack and stack[-1] <= limit:
            end = stack.pop()
            out.append(esc(text[position:end]))
            position = end
            out.append("</mark>")

    for start, end, statement in sorted(spans, key=lambda s: (s[0], -s[1], s[2].iri)):
        close_to(start)
        if stack and end > stack[-1]:
            end = stack[-1]
        out.append(esc(text[position:start]))
        position = start
        label = f"{common.KIND_NAMES.get(statement.kind, statement.kind)}: {common.clip(statement.text, 100)}"
        out.append(
            f'<mark id="{esc(statement.anchor)}" title="{esc(label)}" '
            f'data-sg-name="{esc(common.clip(statement.text, 120))}">'
        )
        stack.append(end)
    close_to(len(text))
    out.append(esc(text[position:]))
    return "".join(out)


def source_page(
    data: SiteData, document: Document, finder: TextFinder, statements: list[Statement] | None = None
) -> str:
    """The document's text with its statements highlighted (``statements``: the document's own)."""
    if statements is None:
        statements = [s for s in data.statements.values() if s.document == document.iri]
    statements = sorted(statements, key=statement_order)
    source = finder.find(document)
    parts = []
    publishers = [data.organisations[o] for o in document.publishers if o in data.organisations]
    facts = []
    if publishers:
        facts.append("Published by " + ", ".join(
            f'<a href="{esc(ROOT + common.org_href(o))}">{esc(o.label)}</a>' for o in publishers))
    if document.date:
        facts.append(f"dated {esc(document.date)}")
    if document.file_name:
        facts.append(f"file {esc(document.file_name)}")
    parts.append(f"<p>{' · '.join(facts)}</p>")
    if document.source:
        parts.append(f'<p class="sg-sub">Source: {esc(document.source)}</p>')
    for note in source.notes:
        parts.append(f'<p class="sg-sub"><strong>Note:</strong> {esc(note)}</p>')
    missing: list[Statement] = []
    if source.text is not None:
        spans = []
        for statement in statements:
            span = locate(source.text, statement)
            if span is None:
                missing.append(statement)
            else:
                spans.append((span[0], span[1], statement))
        parts.append(f"<p>{len(spans)} statements highlighted. Links from other pages jump to them.</p>")
        parts.append(f'<div class="sg-source">{highlighted(source.text, spans)}</div>')
    else:
        missing = statements
    if missing:
        parts.append("<h2>Statements (not located in the text)</h2>")
        for statement in missing:
            parts.append(
                f'<p class="sg-statement" id="{esc(statement.anchor)}" data-sg-name="{esc(common.clip(statement.text, 120))}">'
                f"<q>{esc(statement.text)}</q></p>"
            )
    return "".join(parts)
