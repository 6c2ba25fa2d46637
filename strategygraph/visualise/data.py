"""Everything the pages show, read from the store with the SPARQL of ``visualisations/queries``.

The pages never read text files for facts: organisations, statements, themes, alignments and
their provenance come from the graph. Rows are turned into plain Python values here once, so the
page modules work with dataclasses and know nothing of RDF terms or of which store answered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from strategygraph.errors import QueryError
from strategygraph.ids import slugify
from strategygraph.namespaces import SG, sparql_prologue
from strategygraph.visualise.views import Views

Row = dict[str, Any]

_INTEGER_TYPES = {
    "http://www.w3.org/2001/XMLSchema#" + name
    for name in (
        "integer", "nonNegativeInteger", "positiveInteger", "int", "long", "short",
        "unsignedInt", "unsignedLong", "nonPositiveInteger", "negativeInteger",
    )
}
_DECIMAL_TYPES = {
    "http://www.w3.org/2001/XMLSchema#" + name for name in ("decimal", "double", "float")
}
STATEMENT_KINDS = ("vision", "mission", "value", "goal", "commitment")


# --- running the queries ------------------------------------------------------------------------


def _python(term: Any) -> Any:
    """An RDF term (rdflib or pyoxigraph) as a plain value: IRIs and text as str, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        return value if isinstance(value, int | float | str) else str(term)
    if isinstance(term, URIRef | BNode):
        return str(term)
    value = getattr(term, "value", None)
    if value is None:
        return str(term)
    datatype = getattr(term, "datatype", None)
    datatype_iri = getattr(datatype, "value", None)
    try:
        if datatype_iri in _INTEGER_TYPES:
            return int(value)
        if datatype_iri in _DECIMAL_TYPES:
            return float(value)
    except ValueError:
        return value
    return value


def _oxigraph_term(term: Node) -> Any:
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind {term!r} in a query")


def select(store: Any, sparql: str, bindings: Mapping[str, Node] | None = None) -> list[Row]:
    """Run a SELECT on the project's store (or a bare pyoxigraph/rdflib store) with bound values.

    Values are bound by the store (initial bindings / substitutions), never pasted into the text.
    The default graph is the union of the named graphs, as in every project query.
    """
    text = sparql_prologue() + sparql
    bindings = dict(bindings or {})
    try:
        import pyoxigraph as ox

        native = getattr(store, "native", None)  # the project's OxigraphStore: its terms straight to values
        if isinstance(native, ox.Store):
            store = native
        if isinstance(store, ox.Store):
            solutions = store.query(
                text,
                use_default_graph_as_union=True,
                substitutions={ox.Variable(k): _oxigraph_term(v) for k, v in bindings.items()},
            )
            names = [v.value for v in solutions.variables]
            return [{n: _python(s[n]) for n in names} for s in solutions]
    except SyntaxError as error:
        raise QueryError(f"view query does not parse: {error}") from error
    if hasattr(store, "store") and hasattr(store, "graph") and hasattr(store, "quads"):
        # rdflib Graph or Dataset: bindings through initBindings.
        result = store.query(text, initBindings=bindings)
        names = [str(v) for v in result.vars or []]
        return [{n: _python(row[n]) if n in row.labels else None for n in names} for row in result]
    result = store.query(text, bindings or None)
    names = [str(v).lstrip("?") for v in result.variables]
    rows: list[Row] = []
    for row in result.rows:
        if isinstance(row, Mapping):
            rows.append({n: _python(row.get(n)) for n in names})
        else:
            rows.append({n: _python(value) for n, value in zip(names, row, strict=False)})
    return rows


# --- what the pages show ------------------------------------------------------------------------


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Organisation:
    iri: str
    label: str
    kinds: list[str]
    kind: str
    ods: str | None
    groups: list[str] = field(default_factory=list)
    partners: set[str] = field(default_factory=set)
    documents: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.ods or local_name(self.iri)

    @cached_property
    def slug(self) -> str:
        return slugify(self.code)


@dataclass
class Group:
    """An integrated care system or another partnership of organisations."""

    iri: str
    label: str
    is_ics: bool
    icb: str | None = None
    members: list[str] = field(default_factory=list)

    @cached_property
    def slug(self) -> str:
        return slugify(local_name(self.iri))


@dataclass
class Concept:
    iri: str
    label: str
    definition: str = ""
    scheme: str = ""

    @cached_property
    def slug(self) -> str:
        return slugify(local_name(self.iri))


@dataclass
class Document:
    iri: str
    title: str
    file_name: str | None
    media_type: str | None
    sha256: str | None
    source: str | None
    date: str | None
    publishers: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return local_name(self.iri)

    @cached_property
    def slug(self) -> str:
        return slugify(self.doc_id)


@dataclass
class Statement:
    iri: str
    kind: str  # vision | mission | value | goal | commitment
    text: str
    label: str
    document: str
    description: str | None = None
    timeframe: str | None = None
    order: int | None = None
    start: int | None = None
    end: int | None = None
    exact: str | None = None
    goal: str | None = None
    page: int | None = None
    themes: list[str] = field(default_factory=list)

    @cached_property
    def anchor(self) -> str:
        """The id of the statement's place in its source page (stable: from the IRI)."""
        return "st-" + slugify(local_name(self.iri))


@dataclass
class SiteData:
    """The part of the graph the pages show, indexed for the page writers."""

    organisations: dict[str, Organisation]
    groups: dict[str, Group]
    documents: dict[str, Document]
    statements: dict[str, Statement]
    themes: dict[str, Concept]
    schemes: dict[str, list[Concept]]
    theme_frameworks: dict[str, set[str]]
    partners: list[tuple[str, str]]
    memberships: list[tuple[str, str]]
    alignments: list[tuple[str, str, float | None]]
    statements_of: dict[str, list[str]] = field(default_factory=dict)
    cache: dict[tuple[str, str], Any] = field(default_factory=dict)  # built once, shared by pages

    def icss_of(self, org: str) -> list[Group]:
        key = ("icss", org)
        if key not in self.cache:
            organisation = self.organisations.get(org)
            found = [self.groups[g] for g in organisation.groups if self.groups[g].is_ics] if organisation else []
            self.cache[key] = sorted(found, key=lambda g: g.label.casefold())
        return self.cache[key]

    def ics_label(self, org: str) -> str:
        icss = self.icss_of(org)
        return icss[0].label if icss else "No ICS"

    def publishers_of(self, statement: Statement) -> list[str]:
        document = self.documents.get(statement.document)
        return document.publishers if document else []

    def theme_label(self, iri: str) -> str:
        concept = self.themes.get(iri)
        return concept.label if concept else local_name(iri).replace("_", " ").capitalize()

    @property
    def icss(self) -> list[Group]:
        return sorted((g for g in self.groups.values() if g.is_ics), key=lambda g: g.label.casefold())


def _first(rows: Iterable[Row], key: str) -> dict[str, Row]:
    found: dict[str, Row] = {}
    for row in rows:
        found.setdefault(row[key], row)
    return found


def gather(store: Any, views: Views) -> SiteData:
    """Read every data set the pages need from the store (one query each)."""

    def run(name: str, **bindings: Node) -> list[Row]:
        return select(store, views.query_text(name), bindings)

    kind_order = views.kind_order
    rank = {kind: i for i, kind in enumerate(kind_order)}

    kinds_of: dict[str, set[str]] = defaultdict(set)
    org_rows: dict[str, Row] = {}
    for row in run("organisations"):
        kinds_of[row["org"]].add(local_name(row["kind"]))
        current = org_rows.get(row["org"])
        if current is None or (row.get("label") and not current.get("label")):
            org_rows[row["org"]] = row
    organisations: dict[str, Organisation] = {}
    for iri, row in org_rows.items():
        kinds = sorted(kinds_of[iri], key=lambda k: (rank.get(k, len(rank)), k))
        specific = [k for k in kinds if k != "Organisation"] or kinds
        organisations[iri] = Organisation(
            iri=iri,
            label=str(row.get("label") or local_name(iri)),
            kinds=specific,
            kind=specific[0],
            ods=row.get("ods"),
        )

    groups: dict[str, Group] = {}
    for row in run("groups"):
        group = groups.get(row["group"])
        if group is None:
            group = groups[row["group"]] = Group(
                iri=row["group"], label=str(row.get("label") or local_name(row["group"])), is_ics=False
            )
        if row["type"] == str(SG.IntegratedCareSystem):
            group.is_ics = True
        if row.get("icb"):
            group.icb = row["icb"]

    memberships = sorted({(r["org"], r["group"]) for r in run("memberships")})
    memberships = [(o, g) for o, g in memberships if o in organisations and g in groups]
    for org, group in memberships:
        organisations[org].groups.append(group)
        groups[group].members.append(org)

    partners = sorted(
        (r["a"], r["b"]) for r in run("partners") if r["a"] in organisations and r["b"] in organisations
    )
    for a, b in partners:
        organisations[a].partners.add(b)
        organisations[b].partners.add(a)

    documents: dict[str, Document] = {}
    for iri, row in _first(run("documents"), "doc").items():
        documents[iri] = Document(
            iri=iri,
            title=str(row.get("title") or local_name(iri)),
            file_name=row.get("file"),
            media_type=row.get("format"),
            sha256=row.get("sha"),
            source=row.get("source"),
            date=None if row.get("date") is None else str(row["date"]),
        )
    for row in sorted(run("publishers"), key=lambda r: (r["doc"], r["org"])):
        if row["doc"] in documents and row["org"] in organisations:
            documents[row["doc"]].publishers.append(row["org"])
            organisations[row["org"]].documents.append(row["doc"])
    for row in sorted(run("mentions"), key=lambda r: (r["doc"], r["org"])):
        if row["doc"] in documents:
            documents[row["doc"]].mentions.append(row["org"])

    statements: dict[str, Statement] = {}
    for row in run("statements"):
        iri = row["statement"]
        if iri in statements or row["doc"] not in documents:
            continue
        text = str(row.get("text") or row.get("exact") or row.get("label") or "")
        statements[iri] = Statement(
            iri=iri,
            kind=local_name(row["kind"]).lower(),
            text=text,
            label=str(row.get("label") or text),
            document=row["doc"],
            description=row.get("description"),
            timeframe=row.get("timeframe"),
            order=row.get("order") if isinstance(row.get("order"), int) else None,
            start=row.get("start") if isinstance(row.get("start"), int) else None,
            end=row.get("end") if isinstance(row.get("end"), int) else None,
            exact=row.get("exact"),
            goal=row.get("goal"),
            page=row.get("page") if isinstance(row.get("page"), int) else None,
        )
    for row in run("statement_themes"):
        statement = statements.get(row["statement"])
        if statement is not None and row["theme"] not in statement.themes:
            statement.themes.append(row["theme"])
    for statement in statements.values():
        statement.themes.sort()

    schemes: dict[str, list[Concept]] = {}
    wanted = [views.config["themes"]["scheme"]]
    wanted += [s["iri"] for s in views.page("coverage").get("schemes", [])]
    for scheme in dict.fromkeys(wanted):
        concepts = [
            Concept(
                iri=iri,
                label=str(row.get("label") or local_name(iri)),
                definition=str(row.get("definition") or ""),
                scheme=scheme,
            )
            for iri, row in _first(run("concepts", scheme=URIRef(scheme)), "concept").items()
        ]
        schemes[scheme] = sorted(concepts, key=lambda c: c.label.casefold())
    themes = {c.iri: c for c in schemes[views.config["themes"]["scheme"]]}
    for statement in statements.values():  # themes used but missing from the store's thesaurus
        for theme in statement.themes:
            if theme not in themes:
                themes[theme] = Concept(iri=theme, label=local_name(theme).replace("_", " ").capitalize())
    theme_frameworks: dict[str, set[str]] = defaultdict(set)
    for row in run("theme_frameworks"):
        theme_frameworks[row["theme"]].add(row["concept"])

    alignments = sorted(
        (r["a"], r["b"], r.get("score"))
        for r in run("alignments")
        if r["a"] in statements and r["b"] in statements
    )

    data = SiteData(
        organisations=organisations,
        groups=groups,
        documents=documents,
        statements=statements,
        themes=themes,
        schemes=schemes,
        theme_frameworks=dict(theme_frameworks),
        partners=partners,
        memberships=memberships,
        alignments=alignments,
    )
    by_org: dict[str, list[str]] = defaultdict(list)
    for statement in sorted(statements.values(), key=_statement_key):
        for org in data.publishers_of(statement):
            by_org[org].append(statement.iri)
    data.statements_of = dict(by_org)
    return data


def _statement_key(statement: Statement) -> tuple[str, int, int, str]:
    return (
        statement.document,
        statement.order if statement.order is not None else 1 << 30,
        statement.start if statement.start is not None else 1 << 30,
        statement.iri,
    )


def statement_order(statement: Statement) -> tuple[str, int, int, str]:
    """Document order: the key pages sort statements by."""
    return _statement_key(statement)
