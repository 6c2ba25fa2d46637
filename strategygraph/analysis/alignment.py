"""Commitment alignment: statements of different organisations that promise the same thing.

Two pieces of evidence are measured for a pair of statements (docs/ALIGNMENT.md has the
figures): the themes both address, from the SKOS thesaurus the loaders classified them with
(``theme`` = Jaccard of the two theme sets), and the TF-IDF cosine of their words
(``cosine``). A method combines them into one score in [0, 1]; a pair at or above the method's
threshold is aligned.

Candidates are blocked, so the work grows with the statements, not their square: pairs share a
theme (a block larger than ``max_block`` is split by integrated care system) or a word that is
rare enough (at most ``max_df`` statements use it). Pairs from the same document or with a
publisher in common are never aligned. Each statement keeps its ``top_k`` best alignments.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
    """``score = theme_weight * theme + (1 - theme_weight) * cosine``, aligned at ``threshold``."""

    name: str
    theme_weight: float
    threshold: float
    require_shared_theme: bool = False

    def score(self, evidence: PairEvidence) -> float:
        return self.theme_weight * evidence.theme + (1.0 - self.theme_weight) * evidence.cosine

    def aligned(self, evidence: PairEvidence) -> bool:
        if self.require_shared_theme and not evidence.shared_themes:
            return False
        return self.score(evidence) >= self.threshold

    @property
    def description(self) -> str:
        return (
            f"{self.name}: {self.theme_weight:g} x theme Jaccard + {1 - self.theme_weight:g} x "
            f"TF-IDF cosine >= {self.threshold:g}"
            + (", sharing a theme" if self.require_shared_theme else "")
        )


# Thresholds chosen on the hand-labelled pairs (tests/data/analysis/alignment_pairs.csv);
# docs/ALIGNMENT.md gives precision and recall of each and why the default won.
METHODS: dict[str, AlignmentMethod] = {
    m.name: m
    for m in (
        AlignmentMethod("theme-jaccard", 1.0, 0.5, require_shared_theme=True),
        AlignmentMethod("tfidf-cosine", 0.0, 0.15),
        AlignmentMethod("theme+tfidf", 0.5, 0.3, require_shared_theme=True),
    )
}
DEFAULT_METHOD = METHODS["theme+tfidf"]


@dataclass(frozen=True)
class PairEvidence:
    cosine: float
    theme: float
    shared_themes: tuple[URIRef, ...]


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
        theme = len(shared) / len(union) if union else 0.0
        return PairEvidence(cosine(self.vector(a), self.vector(b)), theme, shared)


def _comparable(a: Statement, b: Statement) -> bool:
    return a.document != b.document and not set(a.organisations) & set(b.organisations)


def _candidate_pairs(
    view: CorpusView, statements: Sequence[Statement], aligner: Aligner, max_block: int, max_df: int
) -> set[tuple[URIRef, URIRef]]:
    blocks: dict[tuple[str, ...], list[URIRef]] = defaultdict(list)
    by_theme: dict[URIRef, list[Statement]] = defaultdict(list)
    for s in statements:
        for theme in s.themes:
            by_theme[theme].append(s)
    for theme, members in by_theme.items():
        if len(members) <= max_block:
            blocks[(str(theme),)] = [s.iri for s in members]
            continue
        for s in members:  # a big theme: compare within each system only
            org = view.organisations.get(s.organisations[0]) if s.organisations else None
            group = str(org.ics[0]) if org is not None and org.ics else str(s.organisations[:1])
            blocks[(str(theme), group)].append(s.iri)
    postings: dict[str, list[URIRef]] = defaultdict(list)
    for s in statements:
        for token in set(aligner.tokens[s.iri]):
            postings[token].append(s.iri)
    for token, members in postings.items():
        if 1 < len(members) <= max_df:
            blocks[("token", token)] = members
    pairs: set[tuple[URIRef, URIRef]] = set()
    for members in blocks.values():
        ordered = sorted(set(members), key=str)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs.add((a, b))
    return pairs


def align(
    view: CorpusView,
    method: AlignmentMethod = DEFAULT_METHOD,
    *,
    top_k: int = 10,
    max_block: int = 400,
    max_df: int = 50,
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
                    theme=round(evidence.theme, 3),
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
