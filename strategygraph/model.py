"""What extraction produces: plain dataclasses, the hand-over from `extract` to `mint`.

Every piece of text carries its span: start/end offsets into the document's text as read
(``ReadDocument.text``), so that ``text[start:end] == quote`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Span:
    """A verbatim stretch of the document's text: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str
    page: int | None = None


@dataclass
class Statement:
    """One vision, mission, value, goal or commitment sentence found in a document."""

    kind: str  # "vision" | "mission" | "value" | "goal" | "commitment"
    span: Span
    rule: str  # which extraction rule produced it, e.g. "heading:our-vision"
    confidence: float
    themes: list[str] = field(default_factory=list)  # theme ids, e.g. "workforce"
    timeframe: str | None = None  # commitments: "in the year ahead", "over the next five years"
    description: Span | None = None  # values: the description after the name, when there is one
    statements: list[Statement] = field(default_factory=list)  # goals: the bullets under the goal

    @property
    def text(self) -> str:
        return self.span.text


@dataclass
class NamedOrganisation:
    """An organisation named in a document, resolved against the reference data when possible."""

    name: str
    ods_code: str | None = None
    kind: str | None = None  # an sg: class local name, e.g. "AcuteTrust", when known
    span: Span | None = None


@dataclass
class ReadDocument:
    """A document as read: its text (the text all offsets index into) and where it came from."""

    path: Path
    doc_id: str
    text: str
    media_type: str  # "text/plain" | "text/markdown" | "text/html" | "application/pdf"
    warnings: list[str] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # PDF: offset where each page begins
    structure: list[tuple[str, int, int, int]] = field(default_factory=list)
    """Structure the format itself declares, as (kind, level, start, end) over ``text``:
    kind is "heading", "item" or "numbered-item" (HTML h1-h6, an <ul>'s or an <ol>'s li). Empty
    for plain text."""


@dataclass
class DocumentMetadata:
    """What the corpus manifest says about a document (all optional for a user's own files)."""

    title: str | None = None
    organisations: list[str] = field(default_factory=list)  # ODS codes or names
    kind: str | None = None
    ics: str | None = None
    source: str | None = None
    date: str | None = None


@dataclass
class Extraction:
    """Everything extracted from one document, in document order."""

    document: ReadDocument
    metadata: DocumentMetadata
    publishers: list[NamedOrganisation]
    organisation_type: str | None  # the contract's type: "acute trust", "ICB", "ICS", ...
    partners: list[NamedOrganisation]
    vision: Statement | None
    mission: Statement | None
    values: list[Statement]
    goals: list[Statement]
    commitments: list[Statement]  # the ones under no goal
    themes: list[str]  # union over statements, sorted

    def statements(self) -> list[Statement]:
        """Every statement, goals' own statements included, in document order."""
        found: list[Statement] = []
        for single in (self.vision, self.mission):
            if single is not None:
                found.append(single)
        found.extend(self.values)
        for goal in self.goals:
            found.append(goal)
            found.extend(goal.statements)
        found.extend(self.commitments)
        return sorted(found, key=lambda s: s.span.start)
