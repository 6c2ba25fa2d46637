"""Sort keys that let two named queries answer fast at national scale (``id:graph/summary``).

Two named queries return the first 1,000 rows of a whole-corpus ordering, and both take an
optional parameter bound as a ``VALUES`` block in their outermost group, so neither can
narrow and order in a sub-select before joining its many columns. Ordered on the fly, every
candidate row is joined and every IRI spelt out for the sort: seconds at 500 documents. So the
build writes, once, the order itself (docs/MODEL.md, "Summary"):

- ``{statement} sg:provenanceRank n``: the statement's place in ``statement-provenance``'s
  order (document IRI, start offset, statement IRI), 1 for the first; ranked are exactly the
  statements that query lists (one of the five kinds, a text target with its source, a quote
  selector with its exact text, a position selector with start and end). The first 1,000 also
  have ``sg:topProvenanceRank n`` (the same number), which that query reads when given no
  parameter: a scan of 1,000 triples, not of every rank.
- ``{alignment} sg:alignmentRank n``: the alignment's place in ``aligned-commitments``' order
  (score, highest first, then the two statement IRIs); ``{scope} sg:topAlignment {alignment}``
  lists, for the whole graph (scope ``id:graph/alignment``) and for each theme (scope: the
  theme), the best-ranked alignments that fill that query's 1,000 rows, no more. An alignment
  whose statements have no text, source or publisher label gives that query no row, and is
  skipped.

- ``id:theme-count/…``, an ``sg:ThemeCount`` per publisher and theme (``sg:countOf``,
  ``sg:countedTheme``, ``sg:statementCount``): the counts ``organisation-themes`` lists, which
  would otherwise group every statement of the corpus on each call.
- ``id:coverage-count/…``, an ``sg:CoverageCount`` per ICS and framework concept
  (``sg:coverageOf``, ``sg:coveredConcept``, ``sg:statementCount``): the counts
  ``framework-coverage`` lists, likewise.
- ``{similarity} sg:similarityRank n``: the pair's place in ``similar-pairs``' order (score,
  highest first, then the two organisation IRIs), for the pairs that fill its 100 rows only.

Everything is read with one-predicate patterns (a scan each) and joined here, in Python: about
two seconds at 500 documents, on any store of ``strategygraph.store``.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD, Namespace

from strategygraph.ids import GRAPH_ALIGNMENT, GRAPH_ANALYSIS
from strategygraph.namespaces import ID, SG

__all__ = [
    "TOP_ALIGNMENTS",
    "TOP_PROVENANCE",
    "TOP_SIMILARITIES",
    "STATEMENT_KINDS",
    "alignment_rank_triples",
    "coverage_count_iri",
    "coverage_count_triples",
    "provenance_rank_triples",
    "similarity_rank_triples",
    "summary_triples",
    "theme_count_iri",
    "theme_count_triples",
]

TOP_ALIGNMENTS = 1000
"""The LIMIT of ``queries/aligned-commitments.rq``: each scope lists the alignments that fill it."""

TOP_PROVENANCE = 1000
"""The LIMIT of ``queries/statement-provenance.rq``: the statements it lists with neither
parameter (each gives one row or more) have an ``sg:topProvenanceRank`` too."""

TOP_SIMILARITIES = 100
"""The LIMIT of ``queries/similar-pairs.rq``: the pairs that fill it are ranked."""

STATEMENT_KINDS = tuple(SG[k] for k in ("Vision", "Mission", "Value", "Goal", "Commitment"))

OA = Namespace("http://www.w3.org/ns/oa#")
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_PROVENANCE_RANK = ox.NamedNode(str(SG.provenanceRank))
_TOP_PROVENANCE_RANK = ox.NamedNode(str(SG.topProvenanceRank))
_ALIGNMENT_RANK = ox.NamedNode(str(SG.alignmentRank))
_TOP_ALIGNMENT = ox.NamedNode(str(SG.topAlignment))
_TYPE = ox.NamedNode(str(RDF.type))
_THEME_COUNT = ox.NamedNode(str(SG.ThemeCount))
_COUNT_OF = ox.NamedNode(str(SG.countOf))
_COUNTED_THEME = ox.NamedNode(str(SG.countedTheme))
_STATEMENT_COUNT = ox.NamedNode(str(SG.statementCount))
_COVERAGE_COUNT = ox.NamedNode(str(SG.CoverageCount))
_COVERAGE_OF = ox.NamedNode(str(SG.coverageOf))
_COVERED_CONCEPT = ox.NamedNode(str(SG.coveredConcept))
_SIMILARITY_RANK = ox.NamedNode(str(SG.similarityRank))


def summary_triples(store: Any, alignments: Iterable[Any] | None = None) -> list[ox.Triple]:
    """The whole summary graph: provenance ranks, alignment ranks and top alignments, theme
    and coverage counts, similarity ranks. ``alignments``: the analysis'
    alignments, when it has them at hand (else they are read from the alignment graph)."""
    scans = _Scans(store)  # the summaries share several scans
    return (
        provenance_rank_triples(scans)
        + alignment_rank_triples(scans, alignments)
        + theme_count_triples(scans)
        + coverage_count_triples(scans)
        + similarity_rank_triples(scans)
    )


# --- reading one predicate at a time ----------------------------------------------------------


def _select(store: Any, sparql: str) -> Iterator[tuple[str, ...]]:
    """Lexical forms of a SELECT's rows over the union of graphs. On Oxigraph the query runs
    natively (only the projected terms are spelt out, no rdflib terms are made)."""
    native = getattr(store, "native", None)
    if isinstance(native, ox.Store):
        for solution in native.query(sparql, use_default_graph_as_union=True):
            yield tuple(solution[i].value for i in range(len(solution)))
        return
    for row in store.query(sparql).rows:
        yield tuple(str(term) for term in row)


def _pattern(predicate: URIRef, obj: str, graph: URIRef | None) -> str:
    triple = f"?s <{predicate}> {obj}"
    return f"GRAPH <{graph}> {{ {triple} }}" if graph is not None else triple


def _indexed_pairs(store: Any, predicate: URIRef, obj: URIRef | None, graph: URIRef | None) -> dict[tuple[str, str], None] | None:
    """On Oxigraph, the distinct (subject, object) lexical forms of the triples with this
    predicate (and object), in this graph or any, read from the store's index: for one-pattern
    scans that is several times faster than SPARQL solutions (the national build's summaries
    spent 14 of their 25 s in such queries). None for the other stores."""
    native = getattr(store, "native", None)
    if not isinstance(native, ox.Store):
        return None
    found = native.quads_for_pattern(
        None,
        ox.NamedNode(str(predicate)),
        None if obj is None else ox.NamedNode(str(obj)),
        None if graph is None else ox.NamedNode(str(graph)),
    )
    return dict.fromkeys((q.subject.value, q.object.value) for q in found)


def _subjects(store: Any, predicate: URIRef, obj: URIRef | None = None, graph: URIRef | None = None) -> set[str]:
    """Subjects of the triples with this predicate (and object), in this graph or any."""
    indexed = _indexed_pairs(store, predicate, obj, graph)
    if indexed is not None:
        return {s for s, _ in indexed}
    where = _pattern(predicate, f"<{obj}>" if obj is not None else "?o", graph)
    return {row[0] for row in _select(store, f"SELECT DISTINCT ?s WHERE {{ {where} }}")}


def _pairs(store: Any, predicate: URIRef, graph: URIRef | None = None) -> dict[str, list[str]]:
    """Subject -> objects of the distinct triples with this predicate, in this graph or any."""
    indexed = _indexed_pairs(store, predicate, None, graph)
    rows = indexed if indexed is not None else _select(
        store, f"SELECT DISTINCT ?s ?o WHERE {{ {_pattern(predicate, '?o', graph)} }}"
    )
    out: dict[str, list[str]] = defaultdict(list)
    for s, o in rows:
        out[s].append(o)
    return out


def _counts(store: Any, predicate: URIRef, graph: URIRef | None = None) -> dict[str, int]:
    """Subject -> how many distinct objects it has for this predicate (on other stores than
    Oxigraph the objects are counted by the query, not spelt out)."""
    indexed = _indexed_pairs(store, predicate, None, graph)
    if indexed is not None:
        return dict(Counter(s for s, _ in indexed))
    where = _pattern(predicate, "?o", graph)
    return {s: int(n) for s, n in _select(store, f"SELECT ?s (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {where} }} GROUP BY ?s")}


class _Scans:
    """A store's one-predicate scans, each read once however many summaries use it."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._done: dict[tuple[str, URIRef, URIRef | None, URIRef | None], Any] = {}

    def _once(self, kind: str, predicate: URIRef, obj: URIRef | None, graph: URIRef | None, read: Any) -> Any:
        key = (kind, predicate, obj, graph)
        if key not in self._done:
            self._done[key] = read()
        return self._done[key]

    def subjects(self, predicate: URIRef, obj: URIRef | None = None, graph: URIRef | None = None) -> set[str]:
        return self._once("s", predicate, obj, graph, lambda: _subjects(self.store, predicate, obj, graph))

    def pairs(self, predicate: URIRef, graph: URIRef | None = None) -> dict[str, list[str]]:
        return self._once("p", predicate, None, graph, lambda: _pairs(self.store, predicate, graph))

    def counts(self, predicate: URIRef, graph: URIRef | None = None) -> dict[str, int]:
        return self._once("c", predicate, None, graph, lambda: _counts(self.store, predicate, graph))


def _scans(store: Any) -> _Scans:
    return store if isinstance(store, _Scans) else _Scans(store)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


# --- statement-provenance --------------------------------------------------------------------


def provenance_rank_triples(store: Any) -> list[ox.Triple]:
    """``sg:provenanceRank`` for every statement ``statement-provenance`` lists, in its order."""
    scans = _scans(store)
    kinds = set().union(*(scans.subjects(RDF.type, kind) for kind in STATEMENT_KINDS))
    targets = scans.pairs(SG.hasTextTarget)
    sources = scans.pairs(OA.hasSource)
    selectors = scans.pairs(OA.hasSelector)
    quotes = scans.subjects(RDF.type, OA.TextQuoteSelector) & scans.subjects(OA.exact)
    positions = scans.subjects(RDF.type, OA.TextPositionSelector) & scans.subjects(OA.end)
    starts = scans.pairs(OA.start)
    keys: dict[str, tuple[str, int, str]] = {}
    for statement in kinds:
        for target in targets.get(statement, ()):
            chosen = selectors.get(target, ())
            if not any(q in quotes for q in chosen):
                continue
            for position in (p for p in chosen if p in positions):
                for start in starts.get(position, ()):
                    for document in sources.get(target, ()):
                        key = (document, int(start), statement)
                        if statement not in keys or key < keys[statement]:
                            keys[statement] = key
    ordered = sorted(keys.values())
    out = [
        ox.Triple(ox.NamedNode(statement), _PROVENANCE_RANK, _integer(rank))
        for rank, (_, _, statement) in enumerate(ordered, 1)
    ]
    return out + [
        ox.Triple(t.subject, _TOP_PROVENANCE_RANK, t.object) for t in out[:TOP_PROVENANCE]
    ]


# --- aligned-commitments ---------------------------------------------------------------------


def _rows_per_statement(store: Any, statements: set[str]) -> dict[str, int]:
    """How many (text, publisher label) rows ``aligned-commitments`` joins to each statement."""
    scans = _scans(store)
    texts = scans.counts(SG.text)
    documents = scans.pairs(PROV.wasDerivedFrom)
    publishers = scans.pairs(DCTERMS.publisher)
    labels = scans.counts(RDFS.label)
    return {
        s: texts.get(s, 0) * sum(labels.get(o, 0) for d in documents.get(s, ()) for o in publishers.get(d, ()))
        for s in statements
    }


def _stored_links(store: Any) -> list[tuple[Any, float, list[str], list[str], int]]:
    """(alignment, score, statements, themes, methods) of each sg:Alignment in the alignment graph."""
    scans = _scans(store)
    alignments = scans.subjects(RDF.type, SG.Alignment, GRAPH_ALIGNMENT)
    linked = scans.pairs(SG.alignedStatement, GRAPH_ALIGNMENT)
    scores = scans.pairs(SG.score, GRAPH_ALIGNMENT)
    themes = scans.pairs(SG.sharedTheme, GRAPH_ALIGNMENT)
    methods = scans.counts(SG.method, GRAPH_ALIGNMENT)
    return [
        (a, float(score), linked.get(a, []), themes.get(a, []), methods.get(a, 0))
        for a in alignments
        for score in scores.get(a, ())
    ]


def _given_links(alignments: Iterable[Any]) -> list[tuple[Any, float, list[str], list[str], int]]:
    """The same from the analysis' own alignments (``.iri``, ``.a``, ``.b``, ``.score``,
    ``.shared_themes``), with the score rounded as the alignment graph writes it. The object
    stands for its IRI, which is only worked out for the alignments that are kept."""
    return [(x, float(f"{x.score:.3f}"), [str(x.a), str(x.b)], [str(t) for t in x.shared_themes], 1) for x in alignments]


def _iri(alignment: Any) -> str:
    return alignment if isinstance(alignment, str) else str(alignment.iri)


def alignment_rank_triples(store: Any, alignments: Iterable[Any] | None = None, top: int = TOP_ALIGNMENTS) -> list[ox.Triple]:
    """``sg:alignmentRank`` and ``sg:topAlignment`` for the alignments that fill
    ``aligned-commitments``' rows, overall and per theme. ``alignments``: what the analysis
    has just written to the alignment graph (read from the store when not given)."""
    store = _scans(store)
    links = _stored_links(store) if alignments is None else _given_links(alignments)
    if not links:
        return []
    rows_of = _rows_per_statement(store, {s for link in links for s in link[2]})
    entries: list[tuple[float, str, str, int, int]] = []
    for index, (_, score, statements, _, methods) in enumerate(links):
        ordered = sorted(set(statements))
        for i, a in enumerate(ordered):  # every pair a < b by spelling, as the query's FILTER
            for b in ordered[i + 1 :]:
                rows = rows_of.get(a, 0) * rows_of.get(b, 0) * max(1, methods)
                if rows:
                    entries.append((-score, a, b, index, rows))
    entries.sort()
    whole = str(GRAPH_ALIGNMENT)
    filled: dict[str, int] = defaultdict(int)
    members: dict[str, set[str]] = defaultdict(set)
    ranks: dict[str, int] = {}
    for rank, (_, _, _, index, rows) in enumerate(entries, 1):
        scopes = [scope for scope in (whole, *links[index][3]) if filled[scope] < top]
        if not scopes:
            continue
        alignment = _iri(links[index][0])
        ranks.setdefault(alignment, rank)
        for scope in scopes:
            filled[scope] += rows
            members[scope].add(alignment)
    out = [ox.Triple(ox.NamedNode(a), _ALIGNMENT_RANK, _integer(r)) for a, r in sorted(ranks.items())]
    out += [
        ox.Triple(ox.NamedNode(scope), _TOP_ALIGNMENT, ox.NamedNode(a))
        for scope in sorted(members)
        for a in sorted(members[scope])
    ]
    return out


# --- organisation-themes ---------------------------------------------------------------------


def _count_iri(kind: str, subject: str, counted: str) -> str:
    """``id:{kind}/{sha1(subject IRI, one space, counted IRI)[:16]}``."""
    return str(ID[f"{kind}/" + hashlib.sha1(f"{subject} {counted}".encode()).hexdigest()[:16]])


def _count_triples(
    counts: dict[tuple[str, str], int], kind: str, node_type: ox.NamedNode, of: ox.NamedNode, counted: ox.NamedNode
) -> list[ox.Triple]:
    """One count node per (subject, counted thing): its type, the two, and ``sg:statementCount``."""
    out: list[ox.Triple] = []
    for (subject, thing), n in sorted(counts.items()):
        node = ox.NamedNode(_count_iri(kind, subject, thing))
        out += [
            ox.Triple(node, _TYPE, node_type),
            ox.Triple(node, of, ox.NamedNode(subject)),
            ox.Triple(node, counted, ox.NamedNode(thing)),
            ox.Triple(node, _STATEMENT_COUNT, _integer(n)),
        ]
    return out


def _publishers_of_texts(scans: _Scans) -> dict[str, set[str]]:
    """Each statement with a text -> the publishers of the documents it was derived from."""
    documents = scans.pairs(PROV.wasDerivedFrom)
    publishers = scans.pairs(DCTERMS.publisher)
    return {
        statement: {o for d in documents.get(statement, ()) for o in publishers.get(d, ())}
        for statement in scans.counts(SG.text)  # its keys: the statements with a text
    }


def theme_count_iri(organisation: str, theme: str) -> str:
    """``id:theme-count/{sha1(organisation IRI, one space, theme IRI)[:16]}``."""
    return _count_iri("theme-count", organisation, theme)


def theme_count_triples(store: Any) -> list[ox.Triple]:
    """One ``sg:ThemeCount`` per (publisher, theme): how many distinct statements with a text,
    derived from a document the organisation publishes, address the theme; what
    ``organisation-themes`` counts, so that it reads the counts instead of grouping every
    statement of the corpus on each call."""
    scans = _scans(store)
    themes = scans.pairs(SG.addressesTheme)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for statement, organisations in _publishers_of_texts(scans).items():
        for organisation in organisations:
            for theme in set(themes.get(statement, ())):
                counts[(organisation, theme)] += 1
    return _count_triples(counts, "theme-count", _THEME_COUNT, _COUNT_OF, _COUNTED_THEME)


# --- framework-coverage ----------------------------------------------------------------------


def coverage_count_iri(ics: str, concept: str) -> str:
    """``id:coverage-count/{sha1(ICS IRI, one space, concept IRI)[:16]}``."""
    return _count_iri("coverage-count", ics, concept)


def coverage_count_triples(store: Any) -> list[ox.Triple]:
    """One ``sg:CoverageCount`` per (ICS, framework concept) with statements: how many distinct
    statements with a text, derived from a document published by a member of the ICS, address
    a theme that ``skos:broadMatch`` or ``skos:relatedMatch`` the concept; what
    ``framework-coverage`` counts (a pair with none has no count: the query's gap)."""
    scans = _scans(store)
    themes = scans.pairs(SG.addressesTheme)
    members = scans.pairs(SG.memberOf)
    concepts: dict[str, set[str]] = defaultdict(set)
    for match in (SKOS.broadMatch, SKOS.relatedMatch):
        for theme, matched in scans.pairs(match).items():
            concepts[theme].update(matched)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for statement, organisations in _publishers_of_texts(scans).items():
        covered = {c for t in themes.get(statement, ()) for c in concepts.get(t, ())}
        if not covered:
            continue
        systems = {i for o in organisations for i in members.get(o, ())}
        for ics in systems:
            for concept in covered:
                counts[(ics, concept)] += 1
    return _count_triples(counts, "coverage-count", _COVERAGE_COUNT, _COVERAGE_OF, _COVERED_CONCEPT)


# --- similar-pairs ---------------------------------------------------------------------------


def similarity_rank_triples(store: Any, top: int = TOP_SIMILARITIES) -> list[ox.Triple]:
    """``sg:similarityRank`` for the ``sg:OrganisationSimilarity`` nodes whose rows fill
    ``similar-pairs``' ``LIMIT``, in its order (score, highest first, then the two organisation
    IRIs, the first < the second by spelling); each pair gives a row per label of either
    organisation (one when it has none)."""
    scans = _scans(store)
    pairs = scans.subjects(RDF.type, SG.OrganisationSimilarity, GRAPH_ANALYSIS)
    organisations = scans.pairs(SG.organisation, GRAPH_ANALYSIS)
    scores = scans.pairs(SG.score, GRAPH_ANALYSIS)
    labels = scans.counts(RDFS.label)
    entries: list[tuple[float, str, str, str, int]] = []
    for pair in pairs:
        members = sorted(set(organisations.get(pair, ())))
        for score in set(scores.get(pair, ())):
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    entries.append((-float(score), a, b, pair, max(1, labels.get(a, 0)) * max(1, labels.get(b, 0))))
    entries.sort()
    ranks: dict[str, int] = {}
    filled = 0
    for rank, (_, _, _, pair, rows) in enumerate(entries, 1):
        if filled >= top:
            break
        ranks.setdefault(pair, rank)
        filled += rows
    return [ox.Triple(ox.NamedNode(p), _SIMILARITY_RANK, _integer(r)) for p, r in sorted(ranks.items())]

