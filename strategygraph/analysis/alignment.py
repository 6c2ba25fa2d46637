"""Commitment alignment: statements of different organisations that promise the same thing.

Two pieces of evidence are measured for a pair of statements (docs/ALIGNMENT.md has the
figures): the themes both address, from the SKOS thesaurus the loaders classified them with
(``theme`` = Jaccard of the two theme sets), and the TF-IDF cosine of their words
(``cosine``). A method combines them into one score in [0, 1]; a pair at or above the method's
threshold is aligned.

Candidates are blocked, so the work grows with the statements, not their square: pairs share a
theme (all of a theme's statements while they are at most ``max_block``, else those within one
integrated care system while those are at most ``max_block``) or one of the rarest words of
either (a word at most ``max_df`` statements use). Pairs from the same document or with a
publisher in common are never aligned. Each statement keeps its ``top_k`` best alignments.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rdflib import URIRef

from strategygraph.analysis.data import ALIGNABLE_KINDS, CorpusView, Statement
from strategygraph.analysis.text import Vector, cosine, idf_table, tfidf, tokens
from strategygraph.namespaces import ID

__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "Aligner",
    "Alignment",
    "AlignmentMethod",
    "PairEvidence",
    "align",
    "alignment_iri",
]


@dataclass(frozen=True)
class AlignmentMethod:
    """``score = theme_weight * theme + (1 - theme_weight) * cosine``, aligned at ``threshold``.

    ``theme_measure`` is "overlap" (shared themes over the smaller theme set: a short
    statement tagged with one theme fully shares it with a longer one tagged with four) or
    "jaccard" (shared over all).
    """

    name: str
    theme_weight: float
    threshold: float
    theme_measure: str = "overlap"
    require_shared_theme: bool = False

    def theme(self, evidence: PairEvidence) -> float:
        return evidence.overlap if self.theme_measure == "overlap" else evidence.jaccard

    def score(self, evidence: PairEvidence) -> float:
        return self.theme_weight * self.theme(evidence) + (1.0 - self.theme_weight) * evidence.cosine

    def aligned(self, evidence: PairEvidence) -> bool:
        if self.require_shared_theme and not evidence.shared_themes:
            return False
        return self.score(evidence) >= self.threshold - 1e-9

    def at(self, threshold: float) -> AlignmentMethod:
        """The same method with another threshold (for evaluation sweeps)."""
        return replace(self, threshold=threshold)

    @property
    def description(self) -> str:
        parts = []
        if self.theme_weight:
            parts.append(f"{self.theme_weight:g} x theme {self.theme_measure}")
        if self.theme_weight < 1:
            parts.append(f"{1 - self.theme_weight:g} x TF-IDF cosine")
        return (
            f"{self.name}: {' + '.join(parts)} >= {self.threshold:g}"
            + (", sharing a theme" if self.require_shared_theme else "")
        )


# The candidates measured on the hand-labelled pairs (tests/data/analysis/alignment_pairs.csv),
# each at the threshold that maximises min(precision, recall) there; docs/ALIGNMENT.md gives
# the figures and why the default won. ``python -m strategygraph.analysis.evaluate`` reprints them.
METHODS: dict[str, AlignmentMethod] = {
    m.name: m
    for m in (
        AlignmentMethod("theme-jaccard", 1.0, 0.16, "jaccard", require_shared_theme=True),
        AlignmentMethod("theme-overlap", 1.0, 0.33, "overlap", require_shared_theme=True),
        AlignmentMethod("tfidf-cosine", 0.0, 0.03),
        AlignmentMethod("tfidf+theme-jaccard", 0.5, 0.09, "jaccard"),
        AlignmentMethod("tfidf+theme-overlap", 0.15, 0.15, "overlap"),
    )
}
DEFAULT_METHOD = METHODS["tfidf+theme-overlap"]


@dataclass(frozen=True)
class PairEvidence:
    cosine: float
    jaccard: float
    overlap: float
    shared_themes: tuple[URIRef, ...]

    @property
    def theme(self) -> float:
        return self.jaccard


@dataclass(frozen=True)
class Alignment:
    """Two aligned statements (``a`` < ``b`` by IRI), their score and evidence."""

    a: URIRef
    b: URIRef
    score: float
    shared_themes: tuple[URIRef, ...]
    cosine: float
    theme: float
    method: str

    @property
    def iri(self) -> URIRef:
        return alignment_iri(self.a, self.b)


def alignment_iri(a: URIRef, b: URIRef) -> URIRef:
    """``id:alignment/{sha1 of the two statement IRIs, sorted, joined by a space}[:16]``."""
    key = " ".join(sorted((str(a), str(b))))
    return ID[f"alignment/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"]


class Aligner:
    """TF-IDF vectors of a set of statements (the IDF is theirs) and the pair evidence."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self.statements = {s.iri: s for s in statements}
        toks = {iri: tokens(s.text) for iri, s in self.statements.items()}
        self.idf = idf_table(toks.values())
        self.vectors: dict[URIRef, Vector] = {iri: tfidf(t, self.idf) for iri, t in toks.items()}
        self.tokens = toks

    def vector(self, statement: Statement) -> Vector:
        found = self.vectors.get(statement.iri)
        return found if found is not None else tfidf(tokens(statement.text), self.idf)

    def evidence(self, a: Statement, b: Statement) -> PairEvidence:
        shared = tuple(sorted(set(a.themes) & set(b.themes), key=str))
        union = set(a.themes) | set(b.themes)
        jaccard = len(shared) / len(union) if union else 0.0
        smaller = min(len(set(a.themes)), len(set(b.themes)))
        overlap = len(shared) / smaller if smaller else 0.0
        return PairEvidence(cosine(self.vector(a), self.vector(b)), jaccard, overlap, shared)


def _comparable(a: Statement, b: Statement) -> bool:
    return a.document != b.document and not set(a.organisations) & set(b.organisations)


def _candidate_pairs(
    view: CorpusView, statements: Sequence[Statement], aligner: Aligner, max_block: int, max_df: int,
    probe_tokens: int = 2,
) -> set[tuple[URIRef, URIRef]]:
    """Pairs worth scoring, at most about ``(max_block + probe_tokens * max_df)`` per statement."""
    pairs: set[tuple[URIRef, URIRef]] = set()

    def add_all(members: Iterable[URIRef]) -> None:
        ordered = sorted(set(members), key=str)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs.add((a, b))

    # 1. a shared theme: the whole theme when small, else within each system, else not at all
    by_theme: dict[URIRef, list[Statement]] = defaultdict(list)
    for s in statements:
        for theme in s.themes:
            by_theme[theme].append(s)
    for members in by_theme.values():
        if len(members) <= max_block:
            add_all(s.iri for s in members)
            continue
        by_system: dict[str, list[URIRef]] = defaultdict(list)
        for s in members:
            org = view.organisations.get(s.organisations[0]) if s.organisations else None
            by_system[str(org.ics[0]) if org is not None and org.ics else str(s.organisations[:1])].append(s.iri)
        for group in by_system.values():
            if len(group) <= max_block:
                add_all(group)
    # 2. a shared word: each statement probes the postings of its rarest words
    postings: dict[str, list[URIRef]] = defaultdict(list)
    for s in statements:
        for token in set(aligner.tokens[s.iri]):
            postings[token].append(s.iri)
    for s in statements:
        rare = sorted(
            (t for t in set(aligner.tokens[s.iri]) if 1 < len(postings[t]) <= max_df),
            key=lambda t: (len(postings[t]), t),
        )[:probe_tokens]
        for token in rare:
            for other in postings[token]:
                if other != s.iri:
                    pairs.add((s.iri, other) if str(s.iri) < str(other) else (other, s.iri))
    return pairs


def align(
    view: CorpusView,
    method: AlignmentMethod = DEFAULT_METHOD,
    *,
    top_k: int = 10,
    max_block: int = 60,
    max_df: int = 30,
) -> list[Alignment]:
    """Every aligned pair of statements in the view, sorted by score (best first), then IRI."""
    statements = sorted(
        (s for s in view.statements.values() if s.kind in ALIGNABLE_KINDS), key=lambda s: str(s.iri)
    )
    aligner = Aligner(statements)
    found: list[Alignment] = []
    for a_iri, b_iri in _candidate_pairs(view, statements, aligner, max_block, max_df):
        a, b = aligner.statements[a_iri], aligner.statements[b_iri]
        if not _comparable(a, b):
            continue
        evidence = aligner.evidence(a, b)
        if method.aligned(evidence):
            found.append(
                Alignment(
                    a=a_iri,
                    b=b_iri,
                    score=round(method.score(evidence), 3),
                    shared_themes=evidence.shared_themes,
                    cosine=round(evidence.cosine, 3),
                    theme=round(method.theme(evidence), 3),
                    method=method.description,
                )
            )
    found.sort(key=lambda x: (-x.score, str(x.a), str(x.b)))
    kept: dict[URIRef, int] = defaultdict(int)
    result: list[Alignment] = []
    for link in found:  # each statement keeps its top_k best
        if kept[link.a] < top_k or kept[link.b] < top_k:
            result.append(link)
        kept[link.a] += 1
        kept[link.b] += 1
    return result
