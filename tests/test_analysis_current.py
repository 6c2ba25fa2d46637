"""Only current strategies are aligned: a document replaced by a later one of the same
publishers keeps its statements in the graph but gets no alignment links."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from strategygraph.analysis.data import load_view, superseded_documents
from strategygraph.build import build_corpus
from strategygraph.ids import GRAPH_ALIGNMENT
from strategygraph.namespaces import ID, SG
from strategygraph.store import open_store


def _rows(*docs: tuple[str, str | None, tuple[str, ...]]) -> list[dict]:
    return [
        {"doc": ID[f"document/{name}"], "date": None if date is None else Literal(date), "org": ID[f"organisation/{org}"]}
        for name, date, orgs in docs
        for org in orgs
    ]


def test_a_later_document_of_the_same_publishers_supersedes():
    rows = _rows(
        ("a-2019", "2019", ("A",)),
        ("a-2024", "2024-03", ("A",)),
        ("a-undated", None, ("A",)),  # no date: never taken as replaced
        ("ab-joint-2020", "2020", ("A", "B")),  # other publishers: not replaced by A's own
        ("c-2024", "2024", ("C",)),
        ("c-2024-09", "2024-09-30", ("C",)),
        ("d-free-text", "September 2021", ("D",)),  # not an ISO date: kept
        ("d-2023", "2023", ("D",)),
        ("e-1", "2022", ("E",)),
        ("e-2", "2022", ("E",)),  # same date: both current
    )
    assert superseded_documents(rows) == {ID["document/a-2019"], ID["document/c-2024"]}


def _page(trust: str, promise: str) -> str:
    return f"{trust}\n\nOur vision\n\nOur vision is excellent care for every person we serve.\n\nWe will {promise}\n"


def test_only_the_current_version_is_aligned(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    promise = "reduce health inequalities across our communities by working with local partners."
    (corpus / "dch-2021.txt").write_text(_page("Dorset County Hospital NHS Foundation Trust", promise), encoding="utf-8")
    (corpus / "dch-2024.txt").write_text(_page("Dorset County Hospital NHS Foundation Trust", promise), encoding="utf-8")
    (corpus / "dhc-2024.txt").write_text(_page("Dorset HealthCare University NHS Foundation Trust", promise), encoding="utf-8")
    entries = [("dch-2021.txt", "RBD", "2021"), ("dch-2024.txt", "RBD", "2024"), ("dhc-2024.txt", "RDY", "2024")]
    (corpus / "manifest.toml").write_text(
        "".join(
            f'[[document]]\nfile = "{name}"\ntitle = "{name}"\norganisations = ["{code}"]\n'
            f'kind = "acute trust"\nics = "Our Dorset"\nsource = "written for the tests"\ndate = "{date}"\n\n'
            for name, code, date in entries
        ),
        encoding="utf-8",
    )
    out = tmp_path / "build"
    build_corpus(corpus, out, reason=False, pages=False)
    store = open_store(out)
    try:
        view = load_view(store)
        old = {iri for iri, s in view.statements.items() if str(s.document).endswith("dch-2021")}
        assert old, "the earlier version's statements stay in the graph"
        assert {str(d).rsplit("/", 1)[-1] for d in view.superseded} == {"dch-2021"}
        linked = {
            URIRef(str(o))
            for s, p, o in store.graph(GRAPH_ALIGNMENT)
            if p == SG.alignedStatement
        }
        assert linked, "the two current strategies share the promise"
        assert not linked & old
        documents = {str(view.statements[s].document).rsplit("/", 1)[-1] for s in linked}
        assert documents == {"dch-2024", "dhc-2024"}
    finally:
        store.close()
