"""Alignment: TF-IDF, the pair evidence, and precision/recall on the hand-labelled seed pairs."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from strategygraph.analysis import evaluate
from strategygraph.analysis.alignment import DEFAULT_METHOD, METHODS, Aligner, align
from strategygraph.analysis.data import Statement, load_view
from strategygraph.analysis.text import cosine, idf_table, tfidf, tokens
from strategygraph.namespaces import ID, THEME


def test_tokens_drop_stop_words_and_meet_inflections():
    assert tokens("We will reduce the inequalities") == ["reduce", "inequal"]
    assert tokens("recruitment and retention") == ["recruit", "retention"]


def test_tfidf_cosine():
    docs = [tokens(t) for t in ("reduce health inequalities", "reduce waiting lists", "health and care")]
    idf = idf_table(docs)
    a, b = tfidf(docs[0], idf), tfidf(docs[1], idf)
    assert cosine(a, a) == pytest.approx(1.0)
    assert 0 < cosine(a, b) < 1
    assert cosine(a, {}) == 0.0


def _s(name: str, text: str, org: str, themes: tuple[str, ...]) -> Statement:
    return Statement(ID[f"statement/{org}/{name}"], "commitment", text, ID[f"document/{org}"],
                     (ID[f"organisation/{org}"],), tuple(THEME[t] for t in themes))


def test_overlap_counts_themes_of_the_smaller_set():
    a = _s("a", "Reduce health inequalities", "X", ("health_inequalities",))
    b = _s("b", "Achieve equity in outcomes", "Y", ("health_inequalities", "quality_safety", "access_waiting_times"))
    evidence = Aligner([a, b]).evidence(a, b)
    assert evidence.overlap == 1.0 and evidence.jaccard == pytest.approx(1 / 3)
    assert evidence.shared_themes == (THEME.health_inequalities,)


def test_methods_are_documented():
    assert DEFAULT_METHOD.name in METHODS
    assert "TF-IDF" in DEFAULT_METHOD.description


def test_labelled_pairs_file_is_big_enough_and_mixed():
    pairs = evaluate.load_pairs()
    assert len(pairs) >= 60
    assert 0.3 < sum(p.label for p in pairs) / len(pairs) < 0.7
    assert all(p.org_a != p.org_b for p in pairs)


def test_alignment_precision_and_recall_on_the_seed_pairs(seed_store):
    view = load_view(seed_store)
    scores, how = evaluate.evaluate(view, evaluate.load_pairs(), [DEFAULT_METHOD])
    # the labelled texts are the built statements (a few sentences the loaders do not extract are scored without themes)
    assert how["exact"] + how["overlap"] >= 0.9 * sum(how.values())
    (score,) = scores
    assert score.precision >= 0.8, score
    assert score.recall >= 0.8, score


def test_the_example_is_aligned_on_the_seed(seed_store):
    view = load_view(seed_store)
    texts = {(view.statements[x.a].text, view.statements[x.b].text) for x in align(view)}
    flat = {frozenset(t) for t in texts}
    reduce_hi = next(s.text for s in view.statements.values() if s.text == "Reduce health inequalities")
    partners = {t for pair in flat if reduce_hi in pair for t in pair if t != reduce_hi}
    assert any(t.startswith("Reduce unfair and avoidable differences") for t in partners)
    assert any("address the inequalities we know exist in health outcomes" in t for t in partners)


def test_no_alignment_within_one_organisation(seed_store):
    view = load_view(seed_store)
    for link in align(view):
        a, b = view.statements[link.a], view.statements[link.b]
        assert not set(a.organisations) & set(b.organisations)
        assert isinstance(link.a, URIRef) and str(link.a) < str(link.b)
