"""Coverage: which ICS purposes, 10 Year Health Plan shifts and themes each organisation's and
each system's statements address, with the statements as evidence, and the gaps.

A statement covers its themes (``sg:addressesTheme``) and, through the thesaurus, the purposes
each theme ``skos:broadMatch``-es and the shifts it ``skos:relatedMatch``-es (ontology/themes.ttl).
A system covers what any of its members covers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import URIRef

from strategygraph.analysis.data import Concept, CorpusView, Statement

__all__ = ["CoverageCell", "CoverageReport", "CoverageRow", "Evidence", "coverage_report"]


@dataclass(frozen=True)
class Evidence:
    statement: str
    organisation: str
    organisation_label: str
    kind: str
    text: str


@dataclass(frozen=True)
class CoverageCell:
    concept: str
    label: str
    scheme: str  # "purpose" | "shift" | "theme"
    evidence: tuple[Evidence, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.evidence)


@dataclass
class CoverageRow:
    subject: str
    label: str
    kind: str  # "organisation" | "ics"
    cells: list[CoverageCell] = field(default_factory=list)

    def gaps(self, scheme: str | None = None) -> list[CoverageCell]:
        return [c for c in self.cells if not c.covered and (scheme is None or c.scheme == scheme)]

    def covered(self, scheme: str | None = None) -> list[CoverageCell]:
        return [c for c in self.cells if c.covered and (scheme is None or c.scheme == scheme)]


@dataclass
class CoverageReport:
    columns: list[Concept]
    rows: list[CoverageRow]

    def row(self, subject: str | URIRef) -> CoverageRow:
        return next(r for r in self.rows if r.subject == str(subject))


def _concepts_covered(view: CorpusView, statement: Statement) -> set[URIRef]:
    found: set[URIRef] = set()
    for theme in statement.themes:
        found.add(theme)
        concept = view.themes.get(theme)
        if concept is not None:
            found.update(concept.purposes)
            found.update(concept.shifts)
    return found


def _row(view: CorpusView, subject: URIRef, label: str, kind: str, statements: Iterable[Statement],
         columns: list[Concept]) -> CoverageRow:
    evidence: dict[URIRef, list[Evidence]] = defaultdict(list)
    for s in statements:
        for concept in _concepts_covered(view, s):
            for org in s.organisations:
                evidence[concept].append(Evidence(str(s.iri), str(org), view.label(org), s.kind, s.text))
    cells = [
        CoverageCell(
            concept=str(c.iri),
            label=c.label,
            scheme=c.scheme,
            evidence=tuple(sorted(set(evidence.get(c.iri, ())), key=lambda e: (e.organisation, e.statement))),
        )
        for c in columns
    ]
    return CoverageRow(subject=str(subject), label=label, kind=kind, cells=cells)


def coverage_report(view: CorpusView, ics: URIRef | None = None) -> CoverageReport:
    """Rows: each publishing organisation (of one system, when given), then each system."""
    columns = (
        sorted(view.purposes.values(), key=lambda c: str(c.iri))
        + sorted(view.shifts.values(), key=lambda c: str(c.iri))
        + sorted(view.themes.values(), key=lambda c: str(c.iri))
    )
    publishing = view.publishing_organisations()
    if ics is not None:
        members = set(view.ics_members(ics))
        organisations = [o for o in publishing if o in members]
        systems = [view.ics[ics]]
    else:
        organisations = publishing
        systems = sorted(
            (i for i in view.ics.values() if set(i.members) & set(publishing)), key=lambda i: i.label
        )
    rows = [
        _row(view, org, view.label(org), "organisation", view.statements_of(org), columns)
        for org in sorted(organisations, key=lambda o: view.label(o))
    ]
    for system in systems:
        statements = {s.iri: s for m in system.members for s in view.statements_of(m)}
        rows.append(_row(view, system.iri, system.label, "ics", statements.values(), columns))
    return CoverageReport(columns=columns, rows=rows)
