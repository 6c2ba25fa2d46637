"""The build: a corpus folder in, a validated and reasoned store plus exports and pages out.

Stages (DESIGN.md): list the corpus -> read and extract each document -> mint -> validate
(SHACL, per batch of documents with the reference data and themes) -> reason (HermiT, per batch
of documents with the ontology and reference data) -> store (one named graph per document)
-> analysis -> exports (TriG, Turtle) -> extracted texts -> pages -> commit.

Crash safety. Every build writes a new *generation* folder ``gen-NNNNNN`` in the build folder
and only then points the symbolic link ``current`` at it with one ``os.replace``; the names users
open (``store``, ``strategygraph.trig``, ``strategygraph.ttl``, ``text``, ``pages``,
``build-state.json``) are fixed links through ``current``. A build that fails, or is killed at
any point, leaves ``current`` on the previous generation, complete and unchanged; a reader
resolves the link once and keeps the generation it opened. The previous generation is kept
(link ``previous``) so a reader that opened it just before a swap can finish; older ones go.

Incremental builds. ``build-state.json`` records each document's content hash and a hash of
everything else that shapes the output (ontology, shapes, reference data, the package's code).
When only some documents changed, the new generation starts as a hard-linked copy of the
current store (``pyoxigraph.Store.backup``) and each changed document's graph is replaced in
one transaction; nothing else is touched except the whole-corpus graphs (analysis) and the
exports, which are re-derived. With nothing changed, a build writes nothing at all.

Inferred triples (reasoning) go to ``id:graph/inferred/{doc_id}``: a triple inferred from a
batch belongs to every document of the batch whose own graph names its subject or object
(beyond the reference data); triples about reference data alone go to
``id:graph/inferred/_reference``.

Checks (``checks=``, CLI ``--checks``). "full": pySHACL and HermiT per batch of
``BATCH_SIZE`` documents, as above. "fast" (``strategygraph.fastcheck``): every minted graph is
loaded into the working store first, then the shapes and the ontology's rules, compiled into
SPARQL (and index lookups plus small closure tables for the rules' premises), run once over all
document graphs on Oxigraph; each document is checked with the
reference data on its own (a violation or a contradiction sets aside only its document, status
"invalid" / "inconsistent" with a report), and the inferred triples follow the same placement
rule, computed per document (a triple another document of a batch asserts is not dropped, and
a class IRI does not make a triple a document's). HermiT still runs once per build over the
ontology and the reference data, which proves the ontology consistent and gives
``id:graph/inferred/_reference``. "auto" (default): full up to ``AUTO_THRESHOLD`` documents to
load, fast above.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from strategygraph import __version__, ids, paths
from strategygraph.atomic import fsync_dir, swap_symlink, write_bytes, write_text
from strategygraph.corpus import CorpusEntry, list_corpus
from strategygraph.errors import (
    InconsistentOntology,
    InputError,
    StrategyGraphError,
    UsageError,
    ValidationFailed,
)
from strategygraph.mint import mint_triples, triples_graph
from strategygraph.namespaces import ID, SG, bind_prefixes, sparql_prologue
from strategygraph.store import STORE_LINK, TRIG_NAME, TTL_NAME, OxigraphStore

__all__ = [
    "BuildSummary",
    "DocumentOutcome",
    "build_corpus",
    "load_document",
    "reload_document",
    "GRAPH_INFERRED_REFERENCE",
    "STATE_NAME",
    "BATCH_SIZE",
    "CHECKS",
]

STATE_NAME = "build-state.json"
TEXT_DIR = "text"
PAGES_DIR = "pages"
CURRENT = "current"
PREVIOUS = "previous"
LINKED_NAMES = (STORE_LINK, TRIG_NAME, TTL_NAME, TEXT_DIR, PAGES_DIR, STATE_NAME)
BATCH_SIZE = 50  # documents validated and reasoned together: HermiT's start-up is paid per batch
GRAPH_INFERRED_REFERENCE = ID["graph/inferred/_reference"]
_GEN = re.compile(r"^gen-(\d{6})$")
STATE_FORMAT = 1
CHECKS = ("auto", "full", "fast")

PROBLEM_STATUSES = ("failed", "invalid", "inconsistent")
"""Statuses of documents left out of a build: unreadable, rejected by the shapes, inconsistent."""

Progress = Callable[[str, int, int], None]
"""``progress(stage, documents done, documents to do)``; stages: reading, validating,
reasoning, then "analysis, exports, pages"."""


@dataclass
class DocumentOutcome:
    """What happened to one document of the corpus."""

    doc_id: str
    path: Path
    status: str  # "loaded" | "unchanged" | "removed" | "failed" (unreadable) | "invalid" | "inconsistent"
    message: str | None = None
    report: str = ""  # the shapes' or the reasoner's report, for "invalid" / "inconsistent"
    warnings: list[str] = field(default_factory=list)
    statements: int = 0
    triples: int = 0


@dataclass
class BuildSummary:
    """What a build did: documents, counts for the summary table, where things went."""

    corpus_dir: Path
    out_dir: Path
    mode: str  # "full" | "incremental" | "up-to-date"
    documents: list[DocumentOutcome] = field(default_factory=list)
    organisations: int = 0
    statements_by_class: dict[str, int] = field(default_factory=dict)
    top_themes: list[tuple[str, str, int]] = field(default_factory=list)  # (id, label, count)
    triples: int = 0
    graphs: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # stages skipped and why
    generation: str | None = None

    @property
    def loaded(self) -> int:
        return sum(1 for d in self.documents if d.status in ("loaded", "unchanged"))

    @property
    def failed(self) -> int:
        return sum(1 for d in self.documents if d.status in PROBLEM_STATUSES)

    @property
    def changed(self) -> list[str]:
        return [d.doc_id for d in self.documents if d.status in ("loaded", "removed", *PROBLEM_STATUSES)]

    @property
    def store_path(self) -> Path:
        return self.out_dir / STORE_LINK

    @property
    def trig(self) -> Path:
        return self.out_dir / TRIG_NAME

    @property
    def ttl(self) -> Path:
        return self.out_dir / TTL_NAME


def _extract_document(entry: CorpusEntry):
    from strategygraph.extract import extract
    from strategygraph.readers import read_document

    document = read_document(entry.path, doc_id=entry.doc_id)
    return document, extract(document, entry.metadata)


def _base_graphs() -> list[tuple[URIRef, Graph]]:
    """The ontology, themes and reference data graphs every store holds."""
    from strategygraph.ontology import ontology_graph, themes_graph

    graphs = [(ids.GRAPH_ONTOLOGY, ontology_graph()), (ids.GRAPH_THEMES, themes_graph())]
    graphs.append((ids.GRAPH_REFERENCE, _reference_graph()))
    return graphs


_REFERENCE_CACHE: dict[str, Graph] = {}


def _reference_graph() -> Graph:
    if "graph" not in _REFERENCE_CACHE:
        from strategygraph.reference_graph import build_reference_graph

        _REFERENCE_CACHE["graph"] = build_reference_graph()
    return _REFERENCE_CACHE["graph"]


# --- hashing and state -------------------------------------------------------------------------


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _entry_hash(entry: CorpusEntry) -> str:
    digest = hashlib.sha256()
    digest.update(_sha256_file(entry.path).encode())
    digest.update(repr(sorted(vars(entry.metadata).items())).encode("utf-8"))
    digest.update(entry.path.name.encode("utf-8"))
    return digest.hexdigest()


def _inputs_hash(options: dict[str, object]) -> str:
    """Everything but the documents that shapes the output: data files, code, options.

    The corpus folder's own path is not part of it: documents are known by content, so a
    moved corpus (or a copied build) stays incremental."""
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    files: list[Path] = []
    for folder in (paths.ONTOLOGY_DIR, paths.REFERENCE_DIR, paths.VISUALISATIONS_DIR):
        if folder.is_dir():
            files.extend(p for p in folder.rglob("*") if p.is_file())
    files.extend(paths.PACKAGE_DIR.rglob("*.py"))
    for path in sorted(files):
        if "__pycache__" in path.parts:
            continue
        digest.update(str(path.relative_to(path.anchor)).encode("utf-8", "replace"))
        digest.update(_sha256_file(path).encode())
    return digest.hexdigest()


def _read_state(out_dir: Path) -> dict | None:
    path = out_dir / CURRENT / STATE_NAME
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
        return None
    return state


def _state_bytes(state: dict) -> bytes:
    return (json.dumps(state, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- generations -------------------------------------------------------------------------------


@contextlib.contextmanager
def _build_lock(out_dir: Path) -> Iterator[None]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / ".lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise UsageError(f"another build is writing {out_dir}: wait for it to finish") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _generations(out_dir: Path) -> list[Path]:
    return sorted(p for p in out_dir.iterdir() if _GEN.match(p.name) and p.is_dir() and not p.is_symlink())


def _link_target(link: Path) -> str | None:
    try:
        return os.readlink(link)
    except OSError:
        return None


def _new_generation(out_dir: Path) -> Path:
    numbers = [int(_GEN.match(p.name).group(1)) for p in _generations(out_dir)]  # type: ignore[union-attr]
    gen = out_dir / f"gen-{(max(numbers) + 1 if numbers else 1):06d}"
    gen.mkdir()
    return gen


def _checkpoint(stage: str) -> None:
    """Crash tests only: ``STRATEGYGRAPH_KILL_AT=<stage>`` kills the build here with SIGKILL,
    so that a test can show the previous build survives a crash at every stage."""
    if os.environ.get("STRATEGYGRAPH_KILL_AT") == stage:
        os.kill(os.getpid(), signal.SIGKILL)


def _commit(out_dir: Path, gen: Path) -> None:
    """Make ``gen`` the current generation in one step, then tidy up."""
    fsync_dir(gen)
    old = _link_target(out_dir / CURRENT)
    _checkpoint("before-swap")
    swap_symlink(out_dir / CURRENT, gen.name)
    _checkpoint("after-swap")
    if old and old != gen.name and (out_dir / old).is_dir():
        swap_symlink(out_dir / PREVIOUS, old)
    for name in LINKED_NAMES:
        link = out_dir / name
        wanted = f"{CURRENT}/{name}"
        if not (gen / name).exists():  # e.g. no pages in this build
            if link.is_symlink():
                link.unlink()
            continue
        if _link_target(link) == wanted:
            continue
        if link.is_dir() and not link.is_symlink():
            shutil.rmtree(link)  # a folder left by an older layout
        swap_symlink(link, wanted)
    _checkpoint("before-tidy")
    _tidy(out_dir)


def _tidy(out_dir: Path) -> None:
    keep = {_link_target(out_dir / CURRENT), _link_target(out_dir / PREVIOUS)}
    for gen in _generations(out_dir):
        if gen.name not in keep:
            shutil.rmtree(gen, ignore_errors=True)


# --- the stages --------------------------------------------------------------------------------


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _union(graphs: Iterable[Graph]) -> Graph:
    merged = bind_prefixes(Graph())
    for graph in graphs:
        merged += graph
    return merged


def _validate(batch: list[tuple[str, URIRef, Graph]]) -> None:
    from strategygraph.validate import validate_graph  # adds the reference data and themes

    data = _union([g for _, _, g in batch])
    report = validate_graph(data)
    if not report.conforms:
        names = ", ".join(doc_id for doc_id, _, _ in batch)
        raise ValidationFailed(f"the shapes reject the graph of {names}", report.text)


def _set_aside(
    batch: list[tuple[str, URIRef, Graph]],
    check: Callable[[list[tuple[str, URIRef, Graph]]], object],
    outcomes: dict[str, DocumentOutcome],
    status: str,
) -> list[tuple[str, URIRef, Graph]]:
    """After a batch failed a check, check each document alone and set aside the ones that
    fail, so that one bad document never stops the others from loading."""
    kept: list[tuple[str, URIRef, Graph]] = []
    for item in batch:
        try:
            check([item])
        except (ValidationFailed, InconsistentOntology) as error:
            outcome = outcomes[item[0]]
            outcome.status, outcome.message, outcome.report = status, f"{outcome.path}: {error}", error.report
        else:
            kept.append(item)
    return kept


def _nodes(graph: Graph) -> set:
    found: set = set()
    for s, _, o in graph:
        found.add(s)
        if isinstance(o, URIRef):
            found.add(o)
    return found


def _reason(batch: list[tuple[str, URIRef, Graph]]) -> tuple[dict[str, Graph], Graph]:
    """HermiT over a batch of document graphs with the reference data; the inferred triples
    split by document (see the module's docstring)."""
    from strategygraph.reason import reason_graph

    reference = _reference_graph()
    data = _union([g for _, _, g in batch] + [reference])
    try:
        report = reason_graph(data)
    except InconsistentOntology:
        raise
    if not report.consistent:
        names = ", ".join(doc_id for doc_id, _, _ in batch)
        raise InconsistentOntology(f"the ontology and the graph of {names} are inconsistent", str(report.report))
    inferred = report.inferred if report.inferred is not None else Graph()
    reference_nodes = _nodes(reference)
    owned = {doc_id: _nodes(g) - reference_nodes for doc_id, _, g in batch}
    per_document = {doc_id: bind_prefixes(Graph()) for doc_id, _, _ in batch}
    about_reference = bind_prefixes(Graph())
    for triple in inferred:
        if triple in data:
            continue
        s, _, o = triple
        homes = [d for d, nodes in owned.items() if s in nodes or o in nodes]
        for doc_id in homes:
            per_document[doc_id].add(triple)
        if not homes:
            about_reference.add(triple)
    return per_document, about_reference


def _summarise(store: OxigraphStore, summary: BuildSummary) -> None:
    prologue = sparql_prologue()
    kinds = store.query(
        prologue
        + """SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?class { sg:Vision sg:Mission sg:Value sg:Goal sg:Commitment }
  ?s a ?class ; sg:text ?text .
} GROUP BY ?class"""
    )
    summary.statements_by_class = {
        str(row[0]).rsplit("#", 1)[-1]: int(row[1]) for row in kinds.rows if row[0] is not None
    }
    organisations = store.query(
        prologue
        + """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {
  ?d a sg:StrategyDocument . { ?d dcterms:publisher ?o } UNION { ?d sg:mentions ?o }
}"""
    )
    summary.organisations = int(organisations.rows[0][0]) if organisations.rows else 0
    themes = store.query(
        prologue
        + """SELECT ?theme (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s sg:text ?text ; sg:addressesTheme ?theme .
  OPTIONAL { ?theme skos:prefLabel ?l }
} GROUP BY ?theme ORDER BY DESC(?n) ?theme LIMIT 5"""
    )
    summary.top_themes = [
        (str(row[0]).rsplit("/", 1)[-1], str(row[1]) if row[1] is not None else "", int(row[2]))
        for row in themes.rows
    ]
    summary.triples = len(store)
    summary.graphs = len(store.graph_names())


def _text_of(document) -> str | None:
    """The text kept beside the build so that offsets resolve: for HTML and PDF always, for a
    text file when the text as read is not the file's plain decoding (characters repaired, a
    byte-order mark, another encoding), so that the source pages highlight what was read."""
    from strategygraph.visualise.source import decode_plain

    if document.media_type in ("text/html", "application/pdf"):
        return document.text
    try:
        plain = decode_plain(document.path.read_bytes())
    except OSError:
        return document.text
    return None if plain == document.text else document.text


def _read_and_mint(entry: CorpusEntry) -> tuple[DocumentOutcome, URIRef | None, list[ox.Triple] | None, str | None]:
    """Read, extract and mint one document; an unreadable one gives a failed outcome."""
    outcome = DocumentOutcome(entry.doc_id, entry.path, "loaded")
    try:
        document, extraction = _extract_document(entry)
    except StrategyGraphError as error:
        outcome.status, outcome.message = "failed", str(error)
        return outcome, None, None, None
    except Exception as error:  # one document's surprise must not stop the others
        outcome.status = "failed"
        outcome.message = f"{entry.path}: could not be extracted ({type(error).__name__}: {error})"
        return outcome, None, None, None
    outcome.warnings = list(document.warnings)
    graph_iri, triples = mint_triples(extraction)
    outcome.statements = len(extraction.statements())
    outcome.triples = len(triples)
    return outcome, graph_iri, triples, _text_of(document)


def load_document(entry: CorpusEntry) -> tuple[DocumentOutcome, URIRef | None, Graph | None, str | None]:
    """Read, extract and mint one document as an rdflib graph (for pySHACL and HermiT)."""
    outcome, graph_iri, triples, text = _read_and_mint(entry)
    return outcome, graph_iri, (triples_graph(triples) if triples is not None else None), text


def _read_to_nquads(entry: CorpusEntry) -> tuple[DocumentOutcome, URIRef | None, bytes | None, str | None]:
    """A worker's job on the fast path: one document as N-Quads of its own graph (bytes cross
    the process boundary cheaply and load natively)."""
    outcome, graph_iri, triples, text = _read_and_mint(entry)
    if triples is None or graph_iri is None:
        return outcome, None, None, None
    name = ox.NamedNode(str(graph_iri))
    data = ox.serialize([ox.Quad(t.subject, t.predicate, t.object, name) for t in triples], format=ox.RdfFormat.N_QUADS)
    return outcome, graph_iri, data, text


def reload_document(
    store: OxigraphStore, path: Path, *, validate: bool = True, checks: str = "auto"
) -> DocumentOutcome:
    """Re-load one changed document into an open, writable store: its graph is replaced and
    nothing else changes (the incremental path, without exports).

    ``checks`` as in :func:`build_corpus`: "full" validates with pySHACL before writing;
    "fast" checks the new graph with the compiled shapes and the ontology's rules, then
    writes it and refreshes its inferred graph; "auto" takes the fast path in a store of more
    than ``AUTO_THRESHOLD`` documents (pySHACL's cost grows with the reference data: 0.7 s a
    document at national scale). A graph that fails is not written: the old one stays.
    """
    from strategygraph.corpus import metadata_for

    doc_id, metadata = metadata_for(path)
    entry = CorpusEntry(path, doc_id, metadata)
    if checks not in CHECKS:
        raise UsageError(f"unknown checks {checks!r}: use one of {', '.join(CHECKS)}")
    if validate and _fast_reload(store, checks):
        outcome, graph_iri, triples, _ = _read_and_mint(entry)
        if triples is None or graph_iri is None:
            raise InputError(outcome.message or f"{path}: cannot be read")
        _replace_checked(store, doc_id, graph_iri, triples)
        return outcome
    outcome, graph_iri, graph, _ = load_document(entry)
    if graph is None or graph_iri is None:
        raise InputError(outcome.message or f"{path}: cannot be read")
    if validate:
        _validate([(doc_id, graph_iri, graph)])
    store.replace_graph(graph_iri, graph)
    return outcome


_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _fast_reload(store: OxigraphStore, checks: str) -> bool:
    from strategygraph.fastcheck import AUTO_THRESHOLD

    if checks != "auto":
        return checks == "fast"
    documents = store.native.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(str(SG.StrategyDocument)), None)
    return any(number >= AUTO_THRESHOLD for number, _ in enumerate(documents))


_SUPPORT_GRAPHS = (ids.GRAPH_ONTOLOGY, ids.GRAPH_THEMES, ids.GRAPH_REFERENCE)
"""What the checks of one document graph read besides it (a few thousand quads at national scale)."""


def _replace_checked(store: OxigraphStore, doc_id: str, graph_iri: URIRef, triples: list[ox.Triple]) -> None:
    """Check a document's new graph beside the reference data, themes and ontology in a small
    in-memory store (the same company pySHACL gives one document; over the whole on-disk store
    the ontology's rules took 40 s at national scale), then replace it and its inferred graph;
    nothing is written when it fails."""
    from strategygraph.fastcheck import check_graphs

    native = store.native
    scratch = ox.Store()
    for support in _SUPPORT_GRAPHS:
        scratch.extend(native.quads_for_pattern(None, None, None, ox.NamedNode(str(support))))
    name = ox.NamedNode(str(graph_iri))
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
    result = check_graphs(scratch, [graph_iri], reason=True)
    if graph_iri in result.invalid:
        lines = result.invalid[graph_iri]
        raise ValidationFailed(
            f"the shapes reject the graph of {doc_id}: the previous graph is kept",
            f"{len(lines)} SHACL violation(s):\n" + "\n".join(lines),
        )
    if graph_iri in result.inconsistent:
        raise InconsistentOntology(
            f"the ontology and the graph of {doc_id} are inconsistent: the previous graph is kept",
            "\n".join(result.inconsistent[graph_iri]),
        )
    store.replace_graph(graph_iri, triples)
    inferred = result.inferred.get(graph_iri, [])
    if inferred:
        store.replace_graph(ids.inferred_graph_iri(doc_id), inferred)
    else:
        store.remove_graph(ids.inferred_graph_iri(doc_id))


# --- the build ---------------------------------------------------------------------------------


def build_corpus(
    corpus_dir: Path | None = None,
    out_dir: Path | None = None,
    *,
    reason: bool = True,
    pages: bool = True,
    progress: Progress | None = None,
    changed: list[Path] | None = None,
    force: bool = False,
    endpoint: str | None = None,
    checks: str = "auto",
) -> BuildSummary:
    """Build a corpus into ``out_dir`` (see the module docstring); returns what it did.

    Raises ``InputError`` for an unreadable corpus folder, ``ValidationFailed`` or
    ``InconsistentOntology`` when the graph breaks the shapes or the ontology; in every failure
    the previous build stays as it was.
    """
    if checks not in CHECKS:
        raise UsageError(f"unknown checks {checks!r}: use one of {', '.join(CHECKS)}")
    corpus_dir = Path(corpus_dir) if corpus_dir is not None else paths.CORPUS_DIR
    out_dir = Path(out_dir) if out_dir is not None else paths.default_build_dir()
    if not corpus_dir.is_dir():
        raise InputError(f"{corpus_dir}: not a readable corpus folder")
    entries = list_corpus(corpus_dir)
    if not entries:
        raise InputError(f"{corpus_dir}: no documents (.txt, .md, .html, .pdf) in this folder")
    duplicates = [d for d, n in Counter(e.doc_id for e in entries).items() if n > 1]
    if duplicates:
        raise InputError(f"{corpus_dir}: two files give the same document id: {', '.join(duplicates)}")
    report = progress or (lambda stage, done, total: None)
    with _build_lock(out_dir):
        return _build_locked(corpus_dir, out_dir, entries, reason, pages, report, changed, force, endpoint, checks)


def _build_locked(
    corpus_dir: Path,
    out_dir: Path,
    entries: list[CorpusEntry],
    reason: bool,
    pages: bool,
    report: Progress,
    changed: list[Path] | None,
    force: bool,
    endpoint: str | None = None,
    checks: str = "auto",
) -> BuildSummary:
    started = time.perf_counter()
    summary = BuildSummary(corpus_dir, out_dir, "full")
    options = {"reason": reason, "pages": pages, "state": STATE_FORMAT, "checks": checks}
    inputs = _inputs_hash(options)
    previous = _read_state(out_dir)
    current_store = out_dir / CURRENT / STORE_LINK
    incremental = (
        not force
        and previous is not None
        and previous.get("inputs") == inputs
        and current_store.is_dir()
        and (out_dir / CURRENT / TRIG_NAME).is_file()
    )

    by_path = {e.path.resolve(): e for e in entries}
    hashes: dict[str, str] = {}
    old_docs: dict[str, dict] = dict(previous.get("documents", {})) if incremental and previous else {}
    if incremental and changed is not None:
        wanted: list[CorpusEntry] = []
        for path in changed:
            entry = by_path.get(Path(path).resolve())
            if entry is None:
                raise UsageError(f"{path}: not a document of the corpus {corpus_dir}")
            wanted.append(entry)
        to_load = wanted
        removed: list[str] = []
        for entry in entries:
            hashes[entry.doc_id] = old_docs.get(entry.doc_id, {}).get("sha256", "")
        for entry in to_load:
            hashes[entry.doc_id] = _entry_hash(entry)
    else:
        for entry in entries:
            hashes[entry.doc_id] = _entry_hash(entry)
        if incremental:
            to_load = [e for e in entries if old_docs.get(e.doc_id, {}).get("sha256") != hashes[e.doc_id]]
            removed = sorted(set(old_docs) - {e.doc_id for e in entries})
        else:
            to_load, removed = list(entries), []
    summary.timings["hash"] = time.perf_counter() - started

    if incremental and not to_load and not removed:
        summary.mode = "up-to-date"
        summary.documents = [DocumentOutcome(e.doc_id, e.path, "unchanged") for e in entries]
        store = OxigraphStore(os.path.realpath(current_store), read_only=True)
        try:
            _summarise(store, summary)
        finally:
            if endpoint:  # the server may not have it yet: send every graph
                _publish(endpoint, store, set(store.graph_names()), set(), summary)
            else:
                store.close()
        summary.generation = _link_target(out_dir / CURRENT)
        summary.timings["total"] = time.perf_counter() - started
        return summary

    summary.mode = "incremental" if incremental else "full"
    loading = {e.doc_id for e in to_load}
    outcomes = {e.doc_id: DocumentOutcome(e.doc_id, e.path, "unchanged") for e in entries}
    gen = _new_generation(out_dir)
    try:
        publish = _write_generation(
            gen, out_dir, entries, to_load, removed, incremental, reason, pages, report, outcomes, summary,
            endpoint, checks,
        )
        if not any(o.status in ("loaded", "unchanged") for o in outcomes.values()):
            first = next((o for o in outcomes.values() if o.message), None)
            if first is not None and first.status in ("invalid", "inconsistent"):
                error_class = ValidationFailed if first.status == "invalid" else InconsistentOntology
                raise error_class(f"no document of {corpus_dir} could be built; first: {first.message}", first.report)
            message = first.message if first is not None else ""
            raise InputError(f"{corpus_dir}: none of its documents could be read; first: {message}")
        documents_state = {
            doc_id: {"file": str(outcomes[doc_id].path.relative_to(corpus_dir)), "sha256": hashes[doc_id]}
            for doc_id in sorted(outcomes)
            if outcomes[doc_id].status not in PROBLEM_STATUSES and (doc_id in loading or doc_id in old_docs or not incremental)
        }
        state = {"format": STATE_FORMAT, "inputs": inputs, "documents": documents_state}
        write_bytes(gen / STATE_NAME, _state_bytes(state))
        _commit(out_dir, gen)
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        raise
    if publish is not None:
        publish()
    summary.documents = [outcomes[e.doc_id] for e in entries] + [
        DocumentOutcome(doc_id, corpus_dir / old_docs[doc_id]["file"], "removed") for doc_id in removed
    ]
    summary.generation = gen.name
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _write_generation(
    gen: Path,
    out_dir: Path,
    entries: list[CorpusEntry],
    to_load: list[CorpusEntry],
    removed: list[str],
    incremental: bool,
    reason: bool,
    pages: bool,
    report: Progress,
    outcomes: dict[str, DocumentOutcome],
    summary: BuildSummary,
    endpoint: str | None = None,
    checks: str = "auto",
) -> Callable[[], None] | None:
    """Fill ``gen``: the work happens in an in-memory Oxigraph store (analysis, exports and
    pages read it at memory speed); the on-disk store is written from it at the end."""
    timings = summary.timings
    text_dir = gen / TEXT_DIR
    text_dir.mkdir()
    tick = time.perf_counter()
    work = OxigraphStore()
    if incremental:
        work.load(out_dir / CURRENT / TRIG_NAME, "trig")  # the previous build, every graph
        previous_text = out_dir / CURRENT / TEXT_DIR
        loading = {e.doc_id for e in to_load}
        if previous_text.is_dir():
            for path in sorted(previous_text.iterdir()):
                if path.stem not in loading and path.stem not in removed:
                    os.link(path, text_dir / path.name)
    else:
        work.add_graphs(_base_graphs())
    timings["start"] = time.perf_counter() - tick
    try:
        for doc_id in removed:
            work.remove_graph(ids.document_graph_iri(doc_id))
            work.remove_graph(ids.inferred_graph_iri(doc_id))
        from strategygraph.fastcheck import AUTO_THRESHOLD

        if checks == "fast" or (checks == "auto" and len(to_load) > AUTO_THRESHOLD):
            _load_documents_fast(work, to_load, reason, report, outcomes, summary, text_dir)
        else:
            _load_documents(work, to_load, reason, report, outcomes, summary, text_dir)
        _checkpoint("loaded")
        writer = None if incremental else _DiskWriter(work, gen / STORE_LINK)
        try:
            report("analysis, exports, pages", len(to_load), len(to_load))
            analysed = None if writer is None else writer.analysed
            _whole_corpus_stages(work, gen, summary.corpus_dir, pages, summary, analysed)
            _checkpoint("exported")
            tick = time.perf_counter()
            _summarise(work, summary)
            timings["summary"] = time.perf_counter() - tick
        except BaseException:
            if writer is not None:
                writer.cancel()
            raise
        tick = time.perf_counter()
        if writer is not None:
            written, dropped = writer.finish(work), set()
        else:
            untouched = [e.doc_id for e in entries if e.doc_id not in {t.doc_id for t in to_load}]
            written, dropped = _write_disk_store(work, gen / STORE_LINK, out_dir, untouched)
        _checkpoint("stored")
        timings["write-store"] = time.perf_counter() - tick
        if endpoint:
            return lambda: _publish(endpoint, work, written, dropped, summary)
        return None
    finally:
        if not endpoint:
            work.close()


def _publish(
    endpoint: str, work: OxigraphStore, written: set[URIRef], dropped: set[URIRef], summary: BuildSummary
) -> None:
    """Send the changed graphs to a SPARQL server over the Graph Store Protocol, one named
    graph per document as in the embedded store (after the local build is committed)."""
    from strategygraph.remote import RemoteStore

    tick = time.perf_counter()
    remote = RemoteStore(endpoint)
    try:
        for name in sorted(written):
            remote.replace_graph(name, work.graph(name))
        for name in sorted(dropped):
            remote.remove_graph(name)
    finally:
        remote.close()
        work.close()
    summary.timings["publish"] = time.perf_counter() - tick
    summary.notes.append(f"sent {len(written)} graph(s) to {endpoint}, removed {len(dropped)}")


class _DiskWriter:
    """The on-disk store of a full build, bulk loaded in a background thread from a dump of the
    working store taken once the documents are checked. Oxigraph's loader is native code that
    releases the GIL, so the disk write overlaps the analysis; once the analysis has written its
    graphs (``analysed``), the same thread copies them and compacts the store while the exports
    run, and ``finish`` waits for it."""

    def __init__(self, work: OxigraphStore, target: Path) -> None:
        self.target = target
        self.work = work
        self.before = set(work.graph_names())
        self.copied: set[URIRef] = set()
        self.error: BaseException | None = None
        self.cancelled = False
        self.ready = threading.Event()
        dump = target.with_name(f".{target.name}-load.nq")  # on disk: not the store twice in memory
        work.native.dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
        self.thread = threading.Thread(target=self._write, args=(dump,), name="disk-store", daemon=True)
        self.thread.start()

    def _later(self) -> list[URIRef]:
        """Graphs created or rewritten since the dump and not copied yet."""
        names = self.work.graph_names()
        return [g for g in names if (g not in self.before or g in _DERIVED_GRAPHS) and g not in self.copied]

    def analysed(self) -> None:
        """The whole-corpus graphs are written: the thread may copy them (called once)."""
        self.ready.set()

    def _write(self, dump: Path) -> None:
        try:
            disk = OxigraphStore(self.target)
            try:
                try:
                    disk.load(dump, "nq")
                finally:
                    dump.unlink(missing_ok=True)
                self.ready.wait()
                if self.cancelled:
                    return
                self._copy_later(disk)
            finally:
                disk.close()
        except BaseException as error:  # reported by finish(), in the build's thread
            self.error = error

    def cancel(self) -> None:
        """The build failed: let the thread end without copying or compacting, and wait for it."""
        self.cancelled = True
        self.ready.set()
        self.thread.join()

    def finish(self, work: OxigraphStore) -> set[URIRef]:
        """Wait for the thread; write any graph created after the analysis (none today)."""
        self.ready.set()
        self.thread.join()
        if self.error is not None:
            raise self.error
        if self._later():
            disk = OxigraphStore(self.target)
            try:
                self._copy_later(disk)
            finally:
                disk.close()
        return set(work.graph_names())

    def _copy_later(self, disk: OxigraphStore) -> None:
        later = self._later()
        _copy_graphs(self.work, disk, later)
        self.copied.update(later)
        # compacted once, before anyone reads it: readers open the store read-only and cannot
        # compact it, and on the bulk loader's many small files a query ran 2.2x slower
        disk.native.optimize()


def _copy_graphs(work: OxigraphStore, disk: OxigraphStore, names: Iterable[URIRef]) -> None:
    """Make each named graph of the private disk store equal the working store's (a graph gone
    from the working store is dropped), one native dump and bulk load per graph."""
    for name in names:
        node = ox.NamedNode(str(name))
        if disk.native.contains_named_graph(node):
            disk.native.remove_graph(node)
        data = work.native.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=node)
        if data:
            disk.load(data, "nt", name)  # in chunks: the alignment graph is large


_DERIVED_GRAPHS = {ids.GRAPH_ALIGNMENT, ids.GRAPH_ANALYSIS, ids.GRAPH_SUMMARY}
"""Graphs the whole-corpus stages (re)write after the documents are loaded."""


def _write_disk_store(
    work: OxigraphStore, target: Path, out_dir: Path, untouched: list[str]
) -> tuple[set[URIRef], set[URIRef]]:
    """The on-disk store of an incremental build: a hard-linked copy of the current store with
    the touched graphs rewritten (cheap however large the store). Returns the graphs written
    and the graphs dropped (what a SPARQL server must follow)."""
    with contextlib.closing(
        OxigraphStore(os.path.realpath(out_dir / CURRENT / STORE_LINK), read_only=True)
    ) as old:
        old.backup(target)
        old_names = set(old.graph_names())
    _checkpoint("copied-store")
    keep = {ids.GRAPH_ONTOLOGY, ids.GRAPH_THEMES, ids.GRAPH_REFERENCE}
    for doc_id in untouched:
        keep.update((ids.document_graph_iri(doc_id), ids.inferred_graph_iri(doc_id)))
    touched = (set(work.graph_names()) | old_names) - keep
    disk = OxigraphStore(target)
    try:
        _copy_graphs(work, disk, sorted(touched))
    finally:
        disk.close()
    now = set(work.graph_names())
    return touched & now, touched - now


def _read_chunk(
    chunk: list[CorpusEntry],
    outcomes: dict[str, DocumentOutcome],
    text_dir: Path,
    report: Progress,
    done: int,
    total: int,
) -> list[tuple[str, URIRef, Graph]]:
    """Read, extract and mint one batch of documents as rdflib graphs (the full check path)."""
    return list(_recorded(chunk, map(load_document, chunk), outcomes, text_dir, report, done, total))


def _recorded(
    entries: list[CorpusEntry],
    results: Iterable[tuple[DocumentOutcome, URIRef | None, object, str | None]],
    outcomes: dict[str, DocumentOutcome],
    text_dir: Path,
    report: Progress,
    done: int,
    total: int,
) -> Iterator[tuple[str, URIRef, Any]]:
    """Each document's reading recorded, in order, whichever path read it: its outcome, its kept
    text (HTML and PDF, written beside the build), the progress; the minted ones are yielded as
    ``(doc_id, graph IRI, what was minted)``."""
    for entry, (outcome, graph_iri, minted, text) in zip(entries, results, strict=True):
        outcomes[entry.doc_id] = outcome
        if graph_iri is not None and minted is not None:
            if text is not None:
                write_text(text_dir / f"{entry.doc_id}.txt", text)
            yield entry.doc_id, graph_iri, minted
        done += 1
        report("reading", done, total)
        _checkpoint("read")


PARALLEL_MIN = 40
"""Fewer documents than this are read in the build's own process (a pool costs more)."""


def _workers() -> int:
    """Reader processes: ``STRATEGYGRAPH_WORKERS``, else one per core."""
    wanted = os.environ.get("STRATEGYGRAPH_WORKERS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _read_in_parallel(entries: list[CorpusEntry]) -> Iterator[tuple[DocumentOutcome, URIRef | None, bytes | None, str | None]]:
    """``_read_to_nquads`` of each entry, in order, spread over forked reader processes when
    there are enough documents (reading and extracting are pure Python, so threads would not help)."""
    import multiprocessing

    workers = _workers()
    if workers < 2 or len(entries) < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_read_to_nquads, entries)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_read_to_nquads, entries, chunksize=4)


def _clear_documents(store: OxigraphStore, chunk: list[CorpusEntry]) -> None:
    """Drop the previous graphs (asserted and inferred) of the documents about to be stored."""
    for entry in chunk:
        store.remove_graph(ids.document_graph_iri(entry.doc_id))
        store.remove_graph(ids.inferred_graph_iri(entry.doc_id))


def _load_documents(
    store: OxigraphStore,
    to_load: list[CorpusEntry],
    reason: bool,
    report: Progress,
    outcomes: dict[str, DocumentOutcome],
    summary: BuildSummary,
    text_dir: Path,
) -> None:
    """Read, mint, validate and reason the documents batch by batch into the working store
    (a private store: no reader sees it until the generation is committed)."""
    timings = summary.timings
    done = 0
    reference_inferred = bind_prefixes(Graph())
    for chunk in _batches(to_load, BATCH_SIZE):
        tick = time.perf_counter()
        batch = _read_chunk(chunk, outcomes, text_dir, report, done, len(to_load))
        done += len(chunk)
        timings["read-extract-mint"] = timings.get("read-extract-mint", 0.0) + time.perf_counter() - tick
        if batch:
            report("validating", done, len(to_load))
            tick = time.perf_counter()
            try:
                _validate(batch)
            except ValidationFailed:
                batch = _set_aside(batch, _validate, outcomes, "invalid")
            timings["validate"] = timings.get("validate", 0.0) + time.perf_counter() - tick
        inferred: dict[str, Graph] = {}
        if reason and batch:
            report("reasoning", done, len(to_load))
            tick = time.perf_counter()
            try:
                inferred, about_reference = _reason(batch)
            except InconsistentOntology:
                batch = _set_aside(batch, _reason, outcomes, "inconsistent")
                inferred, about_reference = _reason(batch) if batch else ({}, Graph())
            reference_inferred += about_reference
            timings["reason"] = timings.get("reason", 0.0) + time.perf_counter() - tick
        tick = time.perf_counter()
        _clear_documents(store, chunk)
        graphs = [(graph_iri, graph) for _, graph_iri, graph in batch]
        graphs += [(ids.inferred_graph_iri(d), g) for d, g in sorted(inferred.items()) if len(g)]
        store.add_graphs(graphs)
        timings["store"] = timings.get("store", 0.0) + time.perf_counter() - tick
    if len(reference_inferred):  # added to (not replaced): facts of the reference data alone
        store.add_graphs([(GRAPH_INFERRED_REFERENCE, reference_inferred)])


def _load_documents_fast(
    store: OxigraphStore,
    to_load: list[CorpusEntry],
    reason: bool,
    report: Progress,
    outcomes: dict[str, DocumentOutcome],
    summary: BuildSummary,
    text_dir: Path,
) -> None:
    """The fast path (module docstring, "Checks"): load every minted graph into the working
    store, then check and infer over all of them at once with ``strategygraph.fastcheck``.
    Documents are read in worker processes and arrive as N-Quads, loaded natively in batches."""
    from strategygraph.fastcheck import check_graphs
    from strategygraph.reason import reason_graph

    timings = summary.timings
    done = len(to_load)
    loaded: dict[URIRef, str] = {}
    tick = time.perf_counter()
    _clear_documents(store, to_load)
    pending: list[bytes] = []
    read = _recorded(to_load, _read_in_parallel(to_load), outcomes, text_dir, report, 0, len(to_load))
    for doc_id, graph_iri, nquads in read:
        loaded[graph_iri] = doc_id
        pending.append(nquads)
        if len(pending) >= BATCH_SIZE:
            store.load(b"".join(pending), "nq")
            pending.clear()
    if pending:
        store.load(b"".join(pending), "nq")
    timings["read-extract-mint-store"] = time.perf_counter() - tick
    if not loaded:
        return

    report("validating", done, len(to_load))
    native = store.native
    tick = time.perf_counter()
    reference = check_graphs(native, [ids.GRAPH_REFERENCE], reason=False)
    if reference.invalid:
        lines = reference.invalid[ids.GRAPH_REFERENCE]
        raise ValidationFailed(
            "the shapes reject the reference data", f"{len(lines)} SHACL violation(s):\n" + "\n".join(lines)
        )
    result = check_graphs(native, sorted(loaded), reason=reason)
    timings["validate"] = time.perf_counter() - tick
    for name, seconds in result.timings.items():
        timings[name] = timings.get(name, 0.0) + seconds
    for graph_iri, doc_id in sorted(loaded.items()):
        outcome = outcomes[doc_id]
        if graph_iri in result.invalid:
            lines = result.invalid[graph_iri]
            outcome.status = "invalid"
            outcome.message = f"{outcome.path}: the shapes reject the graph of {doc_id}"
            outcome.report = f"{len(lines)} SHACL violation(s):\n" + "\n".join(lines)
        elif graph_iri in result.inconsistent:
            outcome.status = "inconsistent"
            outcome.message = f"{outcome.path}: the ontology and the graph of {doc_id} are inconsistent"
            outcome.report = "\n".join(result.inconsistent[graph_iri])
        else:
            continue
        store.remove_graph(graph_iri)
    if not reason:
        return

    report("reasoning", done, len(to_load))
    tick = time.perf_counter()
    hermit = reason_graph(_reference_graph())  # HermiT proves the ontology consistent each build
    if not hermit.consistent:
        raise InconsistentOntology("the ontology and the reference data are inconsistent", hermit.report)
    timings["reason"] = time.perf_counter() - tick
    tick = time.perf_counter()
    for g, triples in sorted(result.inferred.items()):  # graph by graph: no list of every quad
        inferred_graph = ox.NamedNode(str(ids.inferred_graph_iri(loaded[g])))
        native.extend([ox.Quad(t.subject, t.predicate, t.object, inferred_graph) for t in triples])
    result.inferred.clear()
    reference_graph = ox.NamedNode(str(GRAPH_INFERRED_REFERENCE))
    native.extend([ox.Quad(t.subject, t.predicate, t.object, reference_graph) for t in result.about_reference])
    if len(hermit.inferred):  # added to (not replaced): facts of the reference data alone
        store.add_graphs([(GRAPH_INFERRED_REFERENCE, hermit.inferred)])
    timings["store"] = timings.get("store", 0.0) + time.perf_counter() - tick


def _whole_corpus_stages(
    store: OxigraphStore,
    gen: Path,
    corpus_dir: Path,
    pages: bool,
    summary: BuildSummary,
    analysed: Callable[[], None] | None = None,
) -> None:
    """Stages that read the whole store: analysis, exports, pages. ``analysed`` is told when
    the analysis graphs are written (the disk writer copies them while the exports run)."""
    from strategygraph.analysis import analyse
    from strategygraph.export import write_exports
    from strategygraph.visualise import write_pages

    timings = summary.timings
    tick = time.perf_counter()
    analyse(store)
    timings["analysis"] = time.perf_counter() - tick
    store.flush()
    if analysed is not None:
        analysed()

    tick = time.perf_counter()
    write_exports(store, {"trig": gen / TRIG_NAME, "ttl": gen / TTL_NAME}, with_ontology=True)
    timings["export"] = time.perf_counter() - tick

    if pages:
        tick = time.perf_counter()
        write_pages(store, gen / PAGES_DIR, text_dirs=[gen / TEXT_DIR, corpus_dir])
        timings["pages"] = time.perf_counter() - tick
