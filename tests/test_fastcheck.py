"""The fast checks (SPARQL on Oxigraph) against the authorities: pySHACL and HermiT.

On the broken samples of ``tests/data/foundation/`` the fast path must report the same focus
nodes (and the samples' ``# expect:`` lines); on the seed corpus its inferences must equal
HermiT's; a ``--checks fast`` build of the seed corpus must pass ``validate_graph``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from strategygraph import ids
from strategygraph.build import _base_graphs, build_corpus, load_document
from strategygraph.corpus import list_corpus
from strategygraph.fastcheck import UnsupportedShape, check_graphs, compiled
from strategygraph.fastcheck.shapes import compile_shapes
from strategygraph.paths import CORPUS_DIR
from strategygraph.reason import reason_graph
from strategygraph.store import TRIG_NAME, OxigraphStore, to_oxigraph, to_rdflib
from strategygraph.validate import read_graph, validate_graph

DATA = Path(__file__).parent / "data" / "foundation"
INVALID = sorted((DATA / "invalid").glob("*.ttl"))
INCONSISTENT = sorted((DATA / "inconsistent").glob("*.ttl"))
SAMPLE_GRAPH = ids.document_graph_iri("sample")


def expectations(path: Path) -> list[tuple[str, str]]:
    found = re.findall(r"^# expect: (.+?) \| (.+)$", path.read_text(encoding="utf-8"), re.M)
    assert found, f"{path.name}: no '# expect:' lines"
    return found


def store_with(graphs: list[tuple[URIRef, Graph]]) -> OxigraphStore:
    store = OxigraphStore()
    store.add_graphs(_base_graphs() + graphs)
    return store


def assert_expected(path: Path, lines: list[str]) -> None:
    for node, text in expectations(path):
        assert any(re.search(rf"{re.escape(node)}>?\s", line) and text in line for line in lines), (
            f"{path.name}: no line for {node} with {text!r} in:\n" + "\n".join(lines)
        )


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_samples_give_the_focus_nodes_and_messages_of_pyshacl(path: Path) -> None:
    data = read_graph(path)
    result = check_graphs(store_with([(SAMPLE_GRAPH, data)]).native, [SAMPLE_GRAPH], reason=False)
    lines = result.invalid.get(SAMPLE_GRAPH, [])
    assert_expected(path, lines)
    report = validate_graph(data)
    assert not report.conforms
    results = report.results_graph
    expected = {
        (str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultMessage)))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    got = set()
    for line in lines:
        focus = re.match(r"- (\S+)  path", line).group(1)  # type: ignore[union-attr]
        got.add(focus)
    pyshacl_foci = {f.rsplit("/", 1)[-1] for f, _ in expected}
    fast_foci = {f.rstrip(">").rsplit("/", 1)[-1] for f in got}
    assert fast_foci == pyshacl_foci
    assert {m for _, m in expected} == {line.split(": ", 1)[1].split(" (value ")[0] for line in lines}


@pytest.mark.parametrize("path", INCONSISTENT, ids=lambda p: p.stem)
def test_inconsistent_samples_give_the_culprits_of_hermit(path: Path) -> None:
    data = read_graph(path)
    result = check_graphs(store_with([(SAMPLE_GRAPH, data)]).native, [SAMPLE_GRAPH], shapes=False)
    lines = result.inconsistent.get(SAMPLE_GRAPH, [])
    assert_expected(path, lines)
    assert SAMPLE_GRAPH not in result.inferred
    report = reason_graph(data)
    assert not report.consistent
    focus = re.compile(r"^- (?:individual )?(\S+)")

    def foci(text_lines: list[str]) -> set[str]:
        return {m.group(1).rstrip(">").rsplit("/", 1)[-1] for m in map(focus.match, text_lines) if m}

    hermit = foci(report.report.splitlines())
    assert hermit and foci(lines) == hermit
    assert {str(node).rsplit("/", 1)[-1] for node, _ in report.culprits} <= hermit


@pytest.fixture(scope="module")
def seed_graphs() -> list[tuple[str, URIRef, Graph]]:
    found = []
    for entry in list_corpus(CORPUS_DIR):
        _, graph_iri, graph, _ = load_document(entry)
        assert graph is not None and graph_iri is not None
        found.append((entry.doc_id, graph_iri, graph))
    return found


def test_seed_inferences_equal_hermits(seed_graphs) -> None:
    store = store_with([(iri, g) for _, iri, g in seed_graphs])
    result = check_graphs(store.native, [iri for _, iri, _ in seed_graphs])
    assert not result.invalid and not result.inconsistent
    fast = Graph()
    for triples in [*result.inferred.values(), result.about_reference]:
        for t in triples:
            fast.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    data = Graph()
    for _, _, g in seed_graphs:
        data += g
    for _, graph in _base_graphs()[2:]:
        data += graph
    hermit = reason_graph(data)
    assert hermit.consistent
    fast += reason_graph(_base_graphs()[2][1]).inferred  # the build's one HermiT run
    expected = {t for t in hermit.inferred if t not in data}
    got = {t for t in fast if t not in data}
    assert got == expected, (sorted(expected - got)[:5], sorted(got - expected)[:5])
    assert len(got) > 100


def test_derivation_in_batches_equals_one_batch(seed_graphs, monkeypatch) -> None:
    """The premises are read a batch of graphs at a time (bounded memory at national scale):
    one graph per batch must find what all graphs in one batch find."""
    import strategygraph.fastcheck as fastcheck

    store = store_with([(iri, g) for _, iri, g in seed_graphs])
    graphs = [iri for _, iri, _ in seed_graphs]
    whole = check_graphs(store.native, graphs)
    monkeypatch.setattr(fastcheck, "DERIVE_BATCH", 1)
    batched = check_graphs(store.native, graphs)
    assert batched.inferred == whole.inferred and batched.about_reference == whole.about_reference
    assert batched.inconsistent == whole.inconsistent
    assert len(whole.inferred) == len(graphs)


def test_an_unknown_shape_feature_fails_at_compile_time() -> None:
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:uniqueLang true ] .""",
        format="turtle",
    )
    rules, _ = compiled()
    with pytest.raises(UnsupportedShape, match="uniqueLang"):
        compile_shapes(shapes, rules.axioms)  # type: ignore[arg-type]


def test_fast_build_of_the_seed_corpus_passes_the_shapes(tmp_path: Path) -> None:
    summary = build_corpus(CORPUS_DIR, tmp_path / "build", pages=False, checks="fast")
    assert summary.failed == 0 and summary.loaded == len(list_corpus(CORPUS_DIR))
    assert "fast-shapes" in summary.timings
    store = OxigraphStore(tmp_path / "build" / "store", read_only=True)
    try:
        graph = Graph()
        names = set(store.graph_names())
        for s, p, o, _ in store.quads():
            graph.add((s, p, o))
        assert any(str(n).startswith(str(ids.ID["graph/inferred/"])) for n in names)
    finally:
        store.close()
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_fast_build_sets_aside_an_invalid_and_an_inconsistent_document(tmp_path: Path, monkeypatch) -> None:
    import shutil

    import strategygraph.build as build_module
    from strategygraph.namespaces import SG, THEME

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    docs = sorted(e.doc_id for e in list_corpus(corpus))
    invalid, inconsistent = docs[0], docs[1]
    real_mint = build_module.mint_triples

    def mint_two_bad(extraction):
        graph_iri, graph = real_mint(extraction)
        doc_id = extraction.document.doc_id
        if doc_id == invalid:
            graph.append(ox.Triple(*map(to_oxigraph, (ids.document_iri(doc_id), SG.addressesTheme, THEME["not-a-theme"]))))
        if doc_id == inconsistent:
            graph.append(ox.Triple(*map(to_oxigraph, (ids.document_iri(doc_id), SG.alignsWith, ids.document_iri(doc_id)))))
        return graph_iri, graph

    monkeypatch.setattr(build_module, "mint_triples", mint_two_bad)
    summary = build_corpus(corpus, tmp_path / "build", pages=False, checks="fast")
    status = {d.doc_id: d for d in summary.documents}
    assert status[invalid].status == "invalid" and "not-a-theme" in status[invalid].report
    assert status[inconsistent].status == "inconsistent"
    assert "sg:StrategicStatement and sg:StrategyDocument are disjoint" in status[inconsistent].report
    assert all(status[d].status == "loaded" for d in docs[2:])


def test_reading_in_parallel_gives_the_same_build_as_reading_in_turn(tmp_path: Path, monkeypatch) -> None:
    """The fast path reads documents in forked worker processes; the graph must not change."""
    import strategygraph.build as build_module

    monkeypatch.setattr(build_module, "PARALLEL_MIN", 2)
    outputs = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("STRATEGYGRAPH_WORKERS", workers)
        out = tmp_path / f"build-{workers}"
        summary = build_corpus(CORPUS_DIR, out, pages=False, reason=False, checks="fast")
        assert summary.failed == 0
        outputs[workers] = (out / "current" / TRIG_NAME).read_bytes()
    assert outputs["1"] == outputs["2"]
