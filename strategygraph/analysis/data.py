"""Read what the analysis needs from the store, with SPARQL, into plain dataclasses.

Every projection, the alignment and the coverage start from one :class:`CorpusView`, read with a
handful of fixed queries (no user text is ever pasted into them). Nothing here re-reads a
document's text: statements come from the graph as the loaders minted them (docs/MODEL.md).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef
from rdflib.term import Identifier

from strategygraph.namespaces import SG, sparql_prologue

__all__ = [
    "ALIGNABLE_KINDS",
    "STATEMENT_KINDS",
    "Concept",
    "CorpusView",
    "Ics",
    "Organisation",
    "Statement",
    "load_view",
    "superseded_documents",
    "select",
]

STATEMENT_KINDS = ("vision", "mission", "value", "goal", "commitment")
# Values are names of behaviours ("Respect"), not promises: they are not aligned.
ALIGNABLE_KINDS = frozenset({"vision", "mission", "goal", "commitment"})
_KIND_BY_CLASS = {SG[k.capitalize()]: k for k in STATEMENT_KINDS}


@dataclass(frozen=True)
class Organisation:
    iri: URIRef
    label: str
    ods_code: str | None
    kinds: tuple[str, ...] = ()
    ics: tuple[URIRef, ...] = ()  # the integrated care systems it is a member of

    @property
    def key(self) -> str:
        """A short, stable name: the ODS code, else the IRI's last segment."""
        return self.ods_code or str(self.iri).rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Ics:
    iri: URIRef
    label: str
    members: tuple[URIRef, ...]


@dataclass(frozen=True)
class Statement:
    iri: URIRef
    kind: str
    text: str
    document: URIRef
    organisations: tuple[URIRef, ...]  # the document's publishers
    themes: tuple[URIRef, ...]
    order: int = 0


@dataclass(frozen=True)
class Concept:
    """A theme, an ICS purpose or a shift: a SKOS concept with its label."""

    iri: URIRef
    label: str
    scheme: str  # "theme" | "purpose" | "shift"
    purposes: tuple[URIRef, ...] = ()  # themes: skos:broadMatch
    shifts: tuple[URIRef, ...] = ()  # themes: skos:relatedMatch


@dataclass
class CorpusView:
    """Everything the analysis reads, indexed for the projections."""

    organisations: dict[URIRef, Organisation]
    ics: dict[URIRef, Ics]
    statements: dict[URIRef, Statement]
    themes: dict[URIRef, Concept]
    purposes: dict[URIRef, Concept]
    shifts: dict[URIRef, Concept]
    partners: set[frozenset[URIRef]] = field(default_factory=set)
    partnerships: dict[URIRef, tuple[str, tuple[URIRef, ...]]] = field(default_factory=dict)
    superseded: frozenset[URIRef] = frozenset()  # documents a later strategy of the same publishers replaced
    _by_org: dict[URIRef, list[Statement]] | None = field(default=None, repr=False, compare=False)

    def statements_of(self, organisation: URIRef) -> list[Statement]:
        """An organisation's statements in document order (indexed on first use)."""
        if self._by_org is None:
            index: dict[URIRef, list[Statement]] = defaultdict(list)
            for s in sorted(self.statements.values(), key=lambda s: (str(s.document), s.order, str(s.iri))):
                for org in s.organisations:
                    index[org].append(s)
            self._by_org = dict(index)
        return list(self._by_org.get(organisation, []))

    def alignable(self) -> list[Statement]:
        """Statements the alignment links: promises (not value names) of current strategies.

        A document superseded by a later one of the same publishers is left out: "which
        commitments do these organisations share" is a question about what they say now; an
        earlier version's links would mostly repeat the current version's (the same promise,
        worded again), and with every earlier version kept they would multiply the alignment
        graph by the number of versions. The earlier statements stay in the graph."""
        return [s for s in self.statements.values() if s.kind in ALIGNABLE_KINDS and s.document not in self.superseded]

    def publishing_organisations(self) -> list[URIRef]:
        """Organisations with at least one statement, sorted."""
        return sorted({o for s in self.statements.values() for o in s.organisations}, key=str)

    def ics_members(self, ics: URIRef) -> list[URIRef]:
        return sorted(self.ics[ics].members, key=str) if ics in self.ics else []

    def label(self, iri: URIRef) -> str:
        for table in (self.organisations, self.ics, self.themes, self.purposes, self.shifts):
            if iri in table:
                return table[iri].label  # type: ignore[attr-defined]
        return str(iri).rstrip("/").rsplit("/", 1)[-1]


def select(store: Any, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[dict[str, Any]]:
    """SELECT rows as dicts of rdflib terms, for any store of ``strategygraph.store``."""
    result = store.query(sparql_prologue() + sparql, bindings)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


_Q_ORGANISATIONS = """
SELECT DISTINCT ?org ?label ?ods ?type WHERE {
  { ?doc dcterms:publisher ?org } UNION { ?org sg:odsCode ?anyCode } UNION { ?x sg:hasMember ?org }
  UNION { ?org sg:memberOf ?y }
  OPTIONAL { ?org rdfs:label ?label }
  OPTIONAL { ?org sg:odsCode ?ods }
  OPTIONAL { ?org a ?type }
  FILTER NOT EXISTS { ?org a sg:Partnership }
  FILTER NOT EXISTS { ?org a sg:IntegratedCareSystem }
}"""

_Q_ICS = """
SELECT DISTINCT ?ics ?label ?member WHERE {
  ?ics a sg:IntegratedCareSystem .
  OPTIONAL { ?ics rdfs:label ?label }
  OPTIONAL {
    { ?member sg:memberOf ?ics } UNION { ?ics sg:hasMember ?member }
    UNION { ?ics sg:hasIntegratedCareBoard ?member }
  }
}"""

_Q_PARTNERSHIPS = """
SELECT DISTINCT ?p ?label ?member WHERE {
  ?p a sg:Partnership .
  FILTER NOT EXISTS { ?p a sg:IntegratedCareSystem }
  OPTIONAL { ?p rdfs:label ?label }
  OPTIONAL { { ?member sg:memberOf ?p } UNION { ?p sg:hasMember ?member } }
}"""

_Q_DOCUMENT_DATES = """
SELECT ?doc ?date ?org WHERE {
  ?doc a sg:StrategyDocument ; dcterms:publisher ?org .
  OPTIONAL { ?doc dcterms:date ?date }
}"""

_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _date_key(value: Any) -> tuple[int, int, int] | None:
    """An ISO date or part of one ("2024", "2024-09", "2024-09-30") as a sortable key; None
    when the date is missing or not of that form (such a document is never taken as replaced)."""
    match = _DATE.match(str(value)) if value is not None else None
    if match is None:
        return None
    year, month, day = match.groups()
    return int(year), int(month or 0), int(day or 0)


def superseded_documents(rows: list[dict[str, Any]]) -> frozenset[URIRef]:
    """Documents for which another document of exactly the same publishers has a later date
    (rows: ``doc``, ``date``, ``org``); undated documents are never superseded and never
    supersede."""
    publishers: dict[URIRef, set[URIRef]] = defaultdict(set)
    dates: dict[URIRef, tuple[int, int, int]] = {}  # dated documents only
    for row in rows:
        publishers[row["doc"]].add(row["org"])
        key = _date_key(row["date"])
        if key is not None:
            dates[row["doc"]] = max(key, dates.get(row["doc"], key))
    latest: dict[frozenset[URIRef], tuple[int, int, int]] = {}
    for doc, key in dates.items():
        group = frozenset(publishers[doc])
        latest[group] = max(key, latest.get(group, key))
    return frozenset(doc for doc, key in dates.items() if key < latest[frozenset(publishers[doc])])


_Q_PARTNERS = """
SELECT DISTINCT ?a ?b WHERE { ?a sg:partnerOf ?b . FILTER(?a != ?b) }"""

_Q_STATEMENTS = """
SELECT DISTINCT ?s ?type ?text ?doc ?org ?order WHERE {
  VALUES ?type { sg:Vision sg:Mission sg:Value sg:Goal sg:Commitment }
  ?s a ?type ; sg:text ?text ; prov:wasDerivedFrom ?doc .
  ?doc a sg:StrategyDocument ; dcterms:publisher ?org .
  OPTIONAL { ?s sg:order ?order }
}"""

_Q_STATEMENT_THEMES = """
SELECT DISTINCT ?s ?theme WHERE {
  VALUES ?type { sg:Vision sg:Mission sg:Value sg:Goal sg:Commitment }
  ?s a ?type ; sg:addressesTheme ?theme .
}"""

_Q_CONCEPTS = """
SELECT DISTINCT ?c ?scheme ?label ?broad ?related WHERE {
  VALUES ?scheme { theme:scheme fw:ics-purposes fw:ten-year-plan-shifts }
  ?c skos:inScheme ?scheme .
  OPTIONAL { ?c skos:prefLabel ?label }
  OPTIONAL { ?c skos:broadMatch ?broad }
  OPTIONAL { ?c skos:relatedMatch ?related }
}"""


def _text(term: Any, default: str = "") -> str:
    return str(term) if term is not None else default


def _local(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def load_view(store: Any) -> CorpusView:
    """Read organisations, systems, statements, themes and frameworks from the store."""
    ics_rows = select(store, _Q_ICS)
    ics_members: dict[URIRef, set[URIRef]] = defaultdict(set)
    ics_labels: dict[URIRef, str] = {}
    for row in ics_rows:
        ics_labels.setdefault(row["ics"], _text(row["label"], _local(row["ics"])))
        if row["member"] is not None and row["member"] != row["ics"]:
            ics_members[row["ics"]].add(row["member"])

    labels: dict[URIRef, str] = {}
    codes: dict[URIRef, str] = {}
    kinds: dict[URIRef, set[str]] = defaultdict(set)
    for row in select(store, _Q_ORGANISATIONS):
        org = row["org"]
        if not isinstance(org, URIRef) or org in ics_labels:
            continue
        if row["label"] is not None:
            labels[org] = min(labels.get(org, str(row["label"])), str(row["label"]))
        if row["ods"] is not None:
            codes[org] = str(row["ods"])
        kinds[org]  # noqa: B018  (register the organisation even without a type)
        kind = row["type"]
        if isinstance(kind, URIRef) and str(kind).startswith(str(SG)) and _local(kind) != "Organisation":
            kinds[org].add(_local(kind))
    organisations = {
        org: Organisation(
            iri=org,
            label=labels.get(org, _local(org)),
            ods_code=codes.get(org),
            kinds=tuple(sorted(kinds[org])),
            ics=tuple(sorted((i for i, m in ics_members.items() if org in m), key=str)),
        )
        for org in kinds
    }
    ics = {
        iri: Ics(iri=iri, label=label, members=tuple(sorted(ics_members[iri], key=str)))
        for iri, label in ics_labels.items()
    }

    partnerships: dict[URIRef, tuple[str, tuple[URIRef, ...]]] = {}
    p_members: dict[URIRef, set[URIRef]] = defaultdict(set)
    p_labels: dict[URIRef, str] = {}
    for row in select(store, _Q_PARTNERSHIPS):
        p_labels.setdefault(row["p"], _text(row["label"], _local(row["p"])))
        if row["member"] is not None:
            p_members[row["p"]].add(row["member"])
    for iri, label in p_labels.items():
        partnerships[iri] = (label, tuple(sorted(p_members[iri], key=str)))
    partners = {frozenset((row["a"], row["b"])) for row in select(store, _Q_PARTNERS)}

    from strategygraph.store import OxigraphStore

    if isinstance(store, OxigraphStore):
        raw, themes_of = _statements_from_indexes(store)
    else:
        raw, themes_of = _statements_by_sparql(store)
    statements = {
        iri: Statement(
            iri=iri,
            kind=e["kind"],
            text=e["text"],
            document=e["doc"],
            organisations=tuple(sorted(e["orgs"], key=str)),
            themes=tuple(sorted(themes_of.get(iri, ()), key=str)),
            order=e["order"],
        )
        for iri, e in raw.items()
    }
    for s in statements.values():  # a publisher missing from the reference data
        for org in s.organisations:
            if org not in organisations:
                organisations[org] = Organisation(iri=org, label=_local(org), ods_code=None)

    themes, purposes, shifts = _concepts(store)
    for s in statements.values():  # a theme used by a statement but missing from the thesaurus
        for theme in s.themes:
            if theme not in themes:
                themes[theme] = Concept(iri=theme, label=_local(theme), scheme="theme")
    return CorpusView(
        organisations=organisations,
        ics=ics,
        statements=statements,
        themes=themes,
        purposes=purposes,
        shifts=shifts,
        partners=partners,
        partnerships=partnerships,
        superseded=superseded_documents(select(store, _Q_DOCUMENT_DATES)),
    )


def _statements_by_sparql(store: Any) -> tuple[dict[URIRef, dict[str, Any]], dict[URIRef, set[URIRef]]]:
    """Statements (kind, text, document, publishers, order) and their themes, by SPARQL."""
    themes_of: dict[URIRef, set[URIRef]] = defaultdict(set)
    for row in select(store, _Q_STATEMENT_THEMES):
        themes_of[row["s"]].add(row["theme"])
    raw: dict[URIRef, dict[str, Any]] = {}
    for row in select(store, _Q_STATEMENTS):
        entry = raw.setdefault(
            row["s"],
            {"kind": _KIND_BY_CLASS[row["type"]], "text": str(row["text"]), "doc": row["doc"],
             "orgs": set(), "order": int(row["order"]) if row["order"] is not None else 0},
        )
        entry["orgs"].add(row["org"])
    return raw, themes_of


def _statements_from_indexes(store: Any) -> tuple[dict[URIRef, dict[str, Any]], dict[URIRef, set[URIRef]]]:
    """The same as :func:`_statements_by_sparql`, read from an Oxigraph store's predicate index:
    the join in SPARQL took 15 s (88 s on disk) for 124k statements; this reads each predicate
    once (``test_analysis_seed`` checks both give the same view)."""
    import pyoxigraph as ox

    from strategygraph.namespaces import DCTERMS, PROV
    from strategygraph.store import to_rdflib

    native = store.native

    def pairs(predicate: URIRef, obj: Any = None):
        return native.quads_for_pattern(None, ox.NamedNode(str(predicate)), obj, None)

    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    kind_of: dict[Any, str] = {}
    for cls, kind in _KIND_BY_CLASS.items():
        for q in pairs(rdf_type, ox.NamedNode(str(cls))):
            kind_of.setdefault(q.subject, kind)
    documents = {q.subject for q in pairs(rdf_type, ox.NamedNode(str(SG.StrategyDocument)))}
    publishers: dict[Any, set[Any]] = defaultdict(set)
    for q in pairs(DCTERMS.publisher):
        if q.subject in documents:
            publishers[q.subject].add(q.object)
    text_of: dict[Any, str] = {}
    for q in pairs(SG.text):
        if q.subject in kind_of and isinstance(q.object, ox.Literal):
            text_of.setdefault(q.subject, q.object.value)
    order_of: dict[Any, int] = {}
    for q in pairs(SG.order):
        if q.subject in kind_of and isinstance(q.object, ox.Literal):
            order_of.setdefault(q.subject, int(q.object.value))
    raw: dict[URIRef, dict[str, Any]] = {}
    terms: dict[Any, Any] = {}

    def term(node: Any) -> Any:
        found = terms.get(node)
        if found is None:
            found = terms[node] = to_rdflib(node)
        return found

    for q in pairs(PROV.wasDerivedFrom):
        s, doc = q.subject, q.object
        if s not in text_of or not publishers.get(doc):
            continue
        entry = raw.setdefault(
            URIRef(s.value),
            {"kind": kind_of[s], "text": text_of[s], "doc": term(doc), "orgs": set(), "order": order_of.get(s, 0)},
        )
        entry["orgs"].update(term(o) for o in publishers[doc])
    themes_of: dict[URIRef, set[URIRef]] = defaultdict(set)
    for q in pairs(SG.addressesTheme):
        if q.subject in kind_of and isinstance(q.subject, ox.NamedNode):
            themes_of[URIRef(q.subject.value)].add(term(q.object))
    return raw, themes_of


def _concepts(store: Any) -> tuple[dict[URIRef, Concept], dict[URIRef, Concept], dict[URIRef, Concept]]:
    scheme_names = {"scheme": "theme", "ics-purposes": "purpose", "ten-year-plan-shifts": "shift"}
    info: dict[URIRef, dict[str, Any]] = {}
    for row in select(store, _Q_CONCEPTS):
        entry = info.setdefault(
            row["c"], {"scheme": scheme_names[_local(row["scheme"])], "labels": set(), "broad": set(), "related": set()}
        )
        if row["label"] is not None:
            entry["labels"].add(str(row["label"]))
        if row["broad"] is not None:
            entry["broad"].add(row["broad"])
        if row["related"] is not None:
            entry["related"].add(row["related"])
    tables: dict[str, dict[URIRef, Concept]] = {"theme": {}, "purpose": {}, "shift": {}}
    for iri, e in sorted(info.items(), key=lambda kv: str(kv[0])):
        tables[e["scheme"]][iri] = Concept(
            iri=iri,
            label=min(e["labels"]) if e["labels"] else _local(iri),
            scheme=e["scheme"],
            purposes=tuple(sorted(e["broad"], key=str)),
            shifts=tuple(sorted(e["related"], key=str)),
        )
    return tables["theme"], tables["purpose"], tables["shift"]
