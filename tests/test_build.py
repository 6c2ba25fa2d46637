"""The build pipeline: the seed corpus builds valid; rebuilds are byte-identical; a changed
document changes only its graph; a bad document does not stop the others; a failed build
leaves the previous one as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from strategygraph import ids
from strategygraph.build import CURRENT, STATE_NAME, build_corpus
from strategygraph.cli import main
from strategygraph.namespaces import SG, THEME
from strategygraph.paths import CORPUS_DIR
from strategygraph.store import TRIG_NAME, TTL_NAME, OxigraphStore, open_store, to_oxigraph

WHOLE_CORPUS_GRAPHS = {ids.GRAPH_ALIGNMENT, ids.GRAPH_ANALYSIS, ids.GRAPH_SUMMARY}  # derived from the whole corpus (build._DERIVED_GRAPHS)


def copy_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    return corpus


@pytest.fixture(scope="module")
def base_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the corpus and a build of it (no reasoning, no pages), made once."""
    root = tmp_path_factory.mktemp("base")
    corpus, out = copy_corpus(root), root / "build"
    build_corpus(corpus, out, reason=False, pages=False)
    return corpus, out


@pytest.fixture
def built(base_build: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """This test's own copy of the base corpus and build (links kept as links)."""
    corpus, out = tmp_path / "corpus", tmp_path / "build"
    shutil.copytree(base_build[0], corpus)
    shutil.copytree(base_build[1], out, symlinks=True)
    state = (out / STATE_NAME).read_text(encoding="utf-8")  # the state names the corpus by path
    assert str(base_build[0].resolve()) not in state
    return corpus, out


def graph_dumps(store_path: Path) -> dict[URIRef, bytes]:
    """Each named graph's quads as sorted N-Quads (what changed between two builds)."""
    store = open_store(store_path)
    try:
        dumps: dict[URIRef, list[str]] = {}
        for s, p, o, g in store.quads():
            dumps.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()}")
        return {g: "\n".join(sorted(lines)).encode() for g, lines in dumps.items()}
    finally:
        store.close()


def outputs(out_dir: Path) -> dict[str, bytes]:
    found = {name: (out_dir / name).read_bytes() for name in (TRIG_NAME, TTL_NAME, STATE_NAME)}
    text_dir = out_dir / "text"
    for path in sorted(text_dir.iterdir()) if text_dir.is_dir() else []:
        found[f"text/{path.name}"] = path.read_bytes()
    return found


def test_seed_corpus_builds(seed_build) -> None:
    summary = seed_build.summary
    assert summary.mode == "full"
    assert summary.failed == 0, [d.message for d in summary.documents]
    assert summary.loaded == len(list(CORPUS_DIR.glob("*.txt"))) == 5
    assert summary.statements_by_class.get("Vision", 0) >= 3
    assert summary.statements_by_class.get("Value", 0) >= 5
    assert summary.statements_by_class.get("Commitment", 0) + summary.statements_by_class.get("Goal", 0) >= 10
    assert summary.organisations >= 5
    assert summary.top_themes and all(count > 0 for _, _, count in summary.top_themes)
    assert seed_build.trig.is_file() and seed_build.ttl.is_file()
    assert not summary.notes, summary.notes  # every stage ran (validation, reasoning, analysis)


def test_seed_store_holds_one_graph_per_document(seed_build, seed_store) -> None:
    names = set(seed_store.graph_names())
    for outcome in seed_build.summary.documents:
        assert ids.document_graph_iri(outcome.doc_id) in names
    assert {ids.GRAPH_ONTOLOGY, ids.GRAPH_THEMES, ids.GRAPH_REFERENCE} <= names
    result = seed_store.query(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class ; ?p ?o }",
        {"class": SG.Vision},
    )
    assert int(result.rows[0][0]) == seed_build.summary.statements_by_class["Vision"]


def test_seed_build_passes_the_shapes_again(seed_build) -> None:
    from strategygraph.validate import validate_file

    report = validate_file(seed_build.trig)
    assert report.conforms, report.text


def test_second_run_changes_nothing_and_a_forced_rebuild_is_byte_identical(built) -> None:
    corpus, out = built
    before = outputs(out)
    generation = os.readlink(out / CURRENT)

    again = build_corpus(corpus, out, reason=False, pages=False)
    assert again.mode == "up-to-date"
    assert os.readlink(out / CURRENT) == generation  # nothing was written
    assert outputs(out) == before

    forced = build_corpus(corpus, out, reason=False, pages=False, force=True)
    assert forced.mode == "full" and os.readlink(out / CURRENT) != generation
    assert outputs(out) == before
    assert forced.triples == again.triples


def test_changing_one_document_replaces_only_its_graph(built) -> None:
    corpus, out = built
    before = graph_dumps(out / "store")

    changed = corpus / "derbyshire-healthcare-vision-values.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nWe will publish a yearly report on staff wellbeing.\n",
        encoding="utf-8",
    )
    summary = build_corpus(corpus, out, reason=False, pages=False)
    assert summary.mode == "incremental"
    assert [d.doc_id for d in summary.documents if d.status == "loaded"] == ["derbyshire-healthcare-vision-values"]
    after = graph_dumps(out / "store")

    differing = {g for g in set(before) | set(after) if before.get(g) != after.get(g)}
    own = {ids.document_graph_iri("derbyshire-healthcare-vision-values"),
           ids.inferred_graph_iri("derbyshire-healthcare-vision-values")}
    assert ids.document_graph_iri("derbyshire-healthcare-vision-values") in differing
    assert differing <= own | WHOLE_CORPUS_GRAPHS, differing
    digest = hashlib.sha256(changed.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    assert digest.encode() in after[ids.document_graph_iri("derbyshire-healthcare-vision-values")]

    # The incremental result is exactly what a full build of the same corpus gives.
    incremental = outputs(out)
    build_corpus(corpus, out, reason=False, pages=False, force=True)
    assert outputs(out) == incremental


def test_changed_option_and_removed_documents(built) -> None:
    corpus, out = built
    target = corpus / "one-gloucestershire-pillars.txt"
    summary = build_corpus(corpus, out, reason=False, pages=False, changed=[target])
    assert summary.mode == "incremental"
    assert [d.doc_id for d in summary.documents if d.status == "loaded"] == ["one-gloucestershire-pillars"]

    (corpus / "tewv-our-journey-to-change.txt").unlink()
    summary = build_corpus(corpus, out, reason=False, pages=False)
    assert [d.doc_id for d in summary.documents if d.status == "removed"] == ["tewv-our-journey-to-change"]
    store = open_store(out / "store")
    try:
        assert ids.document_graph_iri("tewv-our-journey-to-change") not in store.graph_names()
        assert ids.document_graph_iri("one-gloucestershire-pillars") in store.graph_names()
    finally:
        store.close()


def test_bad_documents_do_not_stop_the_others(built) -> None:
    corpus, out = built
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "empty.md").write_text("", encoding="utf-8")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 not really a document")
    summary = build_corpus(corpus, out, reason=False, pages=False)
    assert summary.mode == "incremental"
    failed = {d.doc_id: d.message for d in summary.documents if d.status == "failed"}
    assert set(failed) == {"binary", "empty", "notes"}, failed
    assert all(message and "\n" not in message for message in failed.values())
    assert summary.loaded == 5
    store = open_store(out / "store")
    try:
        assert ids.document_graph_iri("binary") not in store.graph_names()
    finally:
        store.close()


def test_invalid_graph_fails_the_build_and_keeps_the_previous_one(built, monkeypatch, capsys) -> None:
    corpus, out = built
    before, generation = outputs(out), os.readlink(out / CURRENT)

    import strategygraph.build as build_module

    real_mint = build_module.mint_triples

    def mint_with_a_bad_theme(extraction):
        graph_iri, graph = real_mint(extraction)
        graph.append(ox.Triple(*map(to_oxigraph, (ids.document_iri(extraction.document.doc_id), SG.addressesTheme, THEME["not-a-theme"]))))
        return graph_iri, graph

    monkeypatch.setattr(build_module, "mint_triples", mint_with_a_bad_theme)
    code = main(["build", str(corpus), "--out", str(out), "--no-reason", "--no-pages", "--force"])
    assert code == 1
    assert "not-a-theme" in capsys.readouterr().err
    assert os.readlink(out / CURRENT) == generation
    assert outputs(out) == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith("gen-")) == [generation]


def test_one_invalid_document_is_left_out_and_the_others_load(built, monkeypatch, capsys) -> None:
    corpus, out = built
    import strategygraph.build as build_module

    real_mint = build_module.mint_triples
    bad = sorted(p.stem for p in corpus.glob("*.txt"))[0]

    def mint_one_bad(extraction):
        graph_iri, graph = real_mint(extraction)
        if extraction.document.doc_id == bad:
            graph.append(ox.Triple(*map(to_oxigraph, (ids.document_iri(bad), SG.addressesTheme, THEME["not-a-theme"]))))
        return graph_iri, graph

    monkeypatch.setattr(build_module, "mint_triples", mint_one_bad)
    code = main(["build", str(corpus), "--out", str(out), "--no-reason", "--no-pages", "--force"])
    assert code == 1
    printed = capsys.readouterr()
    assert f"invalid: {corpus / (bad + '.txt')}" in printed.err and "not-a-theme" in printed.err
    assert "invalid:" not in printed.out  # (the summary on stdout, the problems on stderr)
    store = open_store(out / "store")
    try:
        graphs = {str(g) for g in store.graph_names()}
    finally:
        store.close()
    assert str(ids.document_graph_iri(bad)) not in graphs
    others = [p.stem for p in corpus.glob("*.txt") if p.stem != bad]
    assert all(str(ids.document_graph_iri(d)) in graphs for d in others)


def test_cli_prints_the_summary(tmp_path: Path, capsys) -> None:
    code = main(["build", str(copy_corpus(tmp_path)), "--out", str(tmp_path / "b"), "--no-reason", "--no-pages"])
    assert code == 0
    printed = capsys.readouterr().out
    for label in ("documents loaded", "documents left out", "organisations", "statements: vision",
                  "statements: commitment", "top themes:"):
        assert label in printed


def test_cli_unreadable_corpus_is_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["build", str(tmp_path / "missing"), "--out", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing" in err


def test_reload_one_document_in_place(built, tmp_path: Path) -> None:
    from strategygraph.build import reload_document

    corpus, out = built
    copy = tmp_path / "copy"
    OxigraphStore(os.path.realpath(out / "store"), read_only=True).backup(copy)
    store = OxigraphStore(copy)
    names = store.graph_names()
    path = corpus / "dorset-dch-dhc-joint-strategy.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nWe will open a new community hub.\n", encoding="utf-8")
    outcome = reload_document(store, path)
    assert outcome.status == "loaded"
    assert store.graph_names() == names
    assert store.query("ASK { ?s ?p 'We will open a new community hub.' }").boolean
    store.close()


def _store_copy(out: Path, tmp_path: Path) -> OxigraphStore:
    tmp_path.mkdir(parents=True, exist_ok=True)
    copy = tmp_path / "copy"
    OxigraphStore(os.path.realpath(out / "store"), read_only=True).backup(copy)
    return OxigraphStore(copy)


def _graph_lines(store: OxigraphStore, graph: str) -> set[str]:
    import pyoxigraph as ox

    return {str(q.triple) for q in store.native.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


def test_fast_reload_checks_in_the_store_and_refreshes_inferences(built, tmp_path: Path) -> None:
    """``checks="fast"`` (what a store of national size takes): the same graph as the pySHACL
    path, checked where it lies, and its inferred graph re-derived with the new statement."""
    from strategygraph.build import reload_document
    from strategygraph.ids import document_graph_iri, inferred_graph_iri

    corpus, out = built
    path = corpus / "dorset-dch-dhc-joint-strategy.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nWe will open a new community hub.\n", encoding="utf-8")
    fast, full = _store_copy(out, tmp_path / "fast"), _store_copy(out, tmp_path / "full")
    try:
        assert reload_document(fast, path, checks="fast").status == "loaded"
        assert reload_document(full, path, checks="full").status == "loaded"
        doc_id = path.stem
        graph = str(document_graph_iri(doc_id))
        assert _graph_lines(fast, graph) == _graph_lines(full, graph)
        hub = fast.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p 'We will open a new community hub.' } }").rows[0][0]
        inferred = _graph_lines(fast, str(inferred_graph_iri(doc_id)))
        assert any(line.startswith(f"<{hub}> ") for line in inferred), "the new statement's inferences"
    finally:
        fast.close()
        full.close()


def test_fast_reload_keeps_the_previous_graph_when_the_checks_fail(built, tmp_path: Path, monkeypatch) -> None:
    import strategygraph.fastcheck as fastcheck
    from strategygraph.build import reload_document
    from strategygraph.errors import ValidationFailed
    from strategygraph.ids import document_graph_iri

    corpus, out = built
    path = corpus / "dorset-dch-dhc-joint-strategy.txt"
    store = _store_copy(out, tmp_path)
    graph = str(document_graph_iri(path.stem))
    before = _graph_lines(store, graph)
    path.write_text(path.read_text(encoding="utf-8") + "\nWe will open a new community hub.\n", encoding="utf-8")

    def failing(native, graphs, **_):
        result = fastcheck.FastCheckResult()
        result.invalid = {g: ["sh:minCount violated (made up by the test)"] for g in graphs}
        return result

    monkeypatch.setattr(fastcheck, "check_graphs", failing)
    try:
        with pytest.raises(ValidationFailed, match="previous graph is kept"):
            reload_document(store, path, checks="fast")
        assert _graph_lines(store, graph) == before
    finally:
        store.close()


@pytest.mark.parametrize("stage", ["trig", "ttl"])
def test_exports_are_the_stores_content(seed_build, seed_store, stage: str) -> None:
    from strategygraph.export import export_bytes

    path = seed_build.trig if stage == "trig" else seed_build.ttl
    assert path.read_bytes() == export_bytes(seed_store, stage, with_ontology=True, validate=False)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.server
def test_build_sends_its_graphs_to_a_sparql_server(built, tmp_path: Path) -> None:
    """``build --endpoint``: the graphs go to a real Oxigraph server (Graph Store Protocol);
    an incremental build sends only what changed, and the server then holds what the store
    holds."""
    import socket
    import subprocess
    import time

    from strategygraph.export import export_bytes
    from strategygraph.remote import RemoteStore

    corpus, out = built
    port = _free_port()
    server = subprocess.Popen(
        ["oxigraph", "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        endpoint = f"http://127.0.0.1:{port}/query"
        first = build_corpus(corpus, out, reason=False, pages=False, endpoint=endpoint)
        assert first.mode == "up-to-date" and any("sent" in note for note in first.notes)
        path = corpus / "one-gloucestershire-pillars.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\nWe will plant 1,000 trees.\n", encoding="utf-8")
        second = build_corpus(corpus, out, reason=False, pages=False, endpoint=endpoint)
        assert second.mode == "incremental"
        remote, local = RemoteStore(endpoint), open_store(out / "store")
        try:
            assert remote.graph_names() == local.graph_names()
            assert export_bytes(remote, "nq", with_ontology=True, validate=False) == export_bytes(
                local, "nq", with_ontology=True, validate=False
            )
        finally:
            remote.close()
            local.close()
    finally:
        server.terminate()
        server.wait(10)


HTML_PAGE = """<!doctype html>
<html><head><title>Testshire Hospitals strategy</title><script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a></nav>
<!-- written for the tests -->
<h1>Testshire Hospitals NHS Foundation Trust: our strategy</h1>
<h2>Our vision</h2><p>Safe, kind care for every patient in Testshire &amp; beyond.</p>
<h2>Our priorities</h2>
<ul><li>We will cut waiting times for planned care.</li>
<li>We will support our staff to be well at work.</li></ul>
<footer>Cookies</footer></body></html>
"""


def test_html_text_is_kept_beside_the_build_and_offsets_resolve(built) -> None:
    corpus, out = built
    (corpus / "testshire-hospitals.html").write_text(HTML_PAGE, encoding="utf-8")
    summary = build_corpus(corpus, out, reason=False, pages=False)
    assert "testshire-hospitals" in [d.doc_id for d in summary.documents if d.status == "loaded"]
    text_file = out / "text" / "testshire-hospitals.txt"
    text = text_file.read_text(encoding="utf-8")
    assert "tracking" not in text and "Safe, kind care" in text
    assert not (out / "text" / "dorset-dch-dhc-joint-strategy.txt").exists()  # .txt: the file itself
    store = open_store(out / "store")
    try:
        rows = store.query(
            "SELECT ?exact ?start ?end WHERE { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc ; "
            "<https://w3id.org/strategygraph/ontology#hasTextTarget>/<http://www.w3.org/ns/oa#hasSelector> ?q , ?p . "
            "?q <http://www.w3.org/ns/oa#exact> ?exact . ?p <http://www.w3.org/ns/oa#start> ?start ; "
            "<http://www.w3.org/ns/oa#end> ?end }",
            {"doc": ids.document_iri("testshire-hospitals")},
        ).rows
    finally:
        store.close()
    assert rows
    for exact, start, end in rows:
        assert text[int(start) : int(end)] == str(exact)


def test_progress_bar_for_many_documents_at_a_terminal(monkeypatch, capsys) -> None:
    import sys

    from strategygraph.commands.build import PROGRESS_THRESHOLD, _progress_bar

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    report, close = _progress_bar()
    total = PROGRESS_THRESHOLD + 5
    for done in range(1, total + 1):
        report("reading", done, total)
    report("validating", total, total)
    close()
    err = capsys.readouterr().err
    assert "reading" in err and "validating" in err and f"{total}/{total}" in err

    report, close = _progress_bar()
    report("reading", 1, PROGRESS_THRESHOLD)  # a small corpus: no bar
    close()
    assert capsys.readouterr().err == ""

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert _progress_bar() == (None, None)
