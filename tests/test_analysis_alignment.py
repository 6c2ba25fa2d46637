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
    # Measured (docs/ALIGNMENT.md): the default needs a shared content word, so it gives up the
    # paraphrases with no word in common. Precision holds the issue's 0.8; recall is 0.61, below
    # the issue's 0.8 (reported, not relabelled). These floors catch a regression.
    assert score.precision >= 0.8, score
    assert score.recall >= 0.6, score


def test_theme_only_method_still_reaches_the_issue_target(seed_store):
    """The theme-led method (themes alone may align) is kept for comparison: it reaches 0.8/0.8."""
    view = load_view(seed_store)
    (score,), _ = evaluate.evaluate(view, evaluate.load_pairs(), [METHODS["tfidf+theme-overlap"]])
    assert score.precision >= 0.8 and score.recall >= 0.8, score


def test_a_shared_theme_without_a_shared_word_does_not_align():
    a = _s("a", "Great place to work", "X", ("workforce",))
    b = _s("b", "Offer training, job and career opportunities", "Y", ("workforce",))
    c = _s("c", "Offer apprenticeships and career routes", "Z", ("workforce",))
    evidence = Aligner([a, b, c]).evidence(a, b)
    assert evidence.overlap == 1.0 and evidence.cosine == 0.0
    assert not DEFAULT_METHOD.aligned(evidence)
    assert METHODS["tfidf+theme-overlap"].aligned(evidence)  # the old rule did
    assert DEFAULT_METHOD.aligned(Aligner([a, b, c]).evidence(b, c))


def test_each_statement_keeps_at_most_k_links_and_duplicates_are_grouped():
    from strategygraph.analysis.data import CorpusView, Organisation

    orgs = [f"O{i}" for i in range(12)]
    statements = [_s("dup", "Reduce health inequalities across our population", o, ("health_inequalities",)) for o in orgs]
    statements += [_s("near", "Reduce inequalities in health outcomes", o, ("health_inequalities",)) for o in orgs[:3]]
    view = CorpusView(
        organisations={ID[f"organisation/{o}"]: Organisation(ID[f"organisation/{o}"], o, o) for o in orgs},
        ics={}, statements={s.iri: s for s in statements}, themes={}, purposes={}, shifts={},
    )
    links = align(view, top_k=3)
    # each statement chooses at most 3 links: the graph is linear in the statements (without the
    # bound the 12 copies alone would give 66 pairs)
    assert links and len(links) <= 3 * len(statements)
    dup = [x for x in links if view.statements[x.a].text == view.statements[x.b].text]
    assert dup and all(x.score == 1.0 for x in dup)


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
