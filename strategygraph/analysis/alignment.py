"""Commitment alignment: statements of different organisations that promise the same thing.

Two pieces of evidence are measured for a pair of statements (docs/ALIGNMENT.md has the
figures): the themes both address, from the SKOS thesaurus the loaders classified them with
(``theme`` = Jaccard of the two theme sets), and the TF-IDF cosine of their words
(``cosine``). A method combines them into one score in [0, 1]; a pair at or above the method's
threshold is aligned.

The default method (``tfidf+theme-jaccard``) weighs the two equally, so a paraphrase with no word
in common ("Reduce health inequalities" / "Reduce unfair and avoidable differences in health")
aligns through its themes, and words rank the statements that share them. Every pair of distinct
texts is scored (sparse matrix products, a block of rows at a time); exact-duplicate texts are
grouped and scored once. Pairs from the same document or with a publisher in common are never
aligned. Each statement keeps its ``top_k`` best links, so the alignment graph grows linearly
with the statements, not with the square of those sharing a theme.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from rdflib import URIRef

from strategygraph.analysis.data import CorpusView, Statement
from strategygraph.analysis.text import Vector, cosine, idf_table, tfidf, tokens
from strategygraph.namespaces import ID

__all__ = [
    "DEFAULT_METHOD",
    "DEFAULT_TOP_K",
    "METHODS",
    "Aligner",
    "Alignment",
    "AlignmentMethod",
    "PairEvidence",
    "align",
    "alignment_iri",
    "text_key",
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
    min_cosine: float = 0.0  # textual evidence required whatever the themes say


    def theme(self, evidence: PairEvidence) -> float:
        return evidence.overlap if self.theme_measure == "overlap" else evidence.jaccard

    def score(self, evidence: PairEvidence) -> float:
        return self.theme_weight * self.theme(evidence) + (1.0 - self.theme_weight) * evidence.cosine

    def aligned(self, evidence: PairEvidence) -> bool:
        if self.require_shared_theme and not evidence.shared_themes:
            return False
        if self.min_cosine and evidence.cosine < self.min_cosine - 1e-9:
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
            + (f", TF-IDF cosine >= {self.min_cosine:g}" if self.min_cosine else "")
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
        # words required, themes only a boost (the default until the links were bounded by top_k)
        AlignmentMethod("tfidf+theme-boost", 0.3, 0.10, "overlap", min_cosine=0.01),
    )
}
DEFAULT_METHOD = METHODS["tfidf+theme-jaccard"]
DEFAULT_TOP_K = 6
"""Links kept per statement: the smallest that keeps the written links' precision and recall on
the labelled pairs at 0.8 or more (docs/ALIGNMENT.md); the graph holds at most this many links
per statement on average."""


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

    @cached_property
    def iri(self) -> URIRef:
        """Worked out once: the graph, the summaries and the pages all name the alignment."""
        return alignment_iri(self.a, self.b)


_ALIGNMENT_BASE = str(ID["alignment/"])


def alignment_iri(a: URIRef, b: URIRef) -> URIRef:
    """``id:alignment/{sha1 of the two statement IRIs, sorted, joined by a space}[:16]``."""
    key = f"{a} {b}" if str(a) < str(b) else f"{b} {a}"
    return URIRef(_ALIGNMENT_BASE + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


class Aligner:
    """TF-IDF vectors of a set of statements (the IDF is theirs) and the pair evidence."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self.statements = {s.iri: s for s in statements}
        by_text: dict[str, list[str]] = {}  # a text repeated across documents is tokenised once
        toks = {iri: by_text.get(s.text) or by_text.setdefault(s.text, tokens(s.text)) for iri, s in self.statements.items()}
        self.idf = idf_table(toks.values())
        vectors: dict[str, Vector] = {}
        self.vectors: dict[URIRef, Vector] = {
            iri: vectors.get(s.text) or vectors.setdefault(s.text, tfidf(toks[iri], self.idf))
            for iri, s in self.statements.items()
        }
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
    """Not the same document, and no publisher in common (compared as strings: fast)."""
    if str.__eq__(a.document, b.document):
        return False
    return not any(str.__eq__(x, y) for x in a.organisations for y in b.organisations)


def text_key(text: str) -> str:
    """Exact-duplicate key: the text with whitespace, case and a final full stop folded."""
    return " ".join(text.split()).casefold().rstrip(".")


def _ranked_candidates(
    vectors: Sequence[Vector],
    themes: Sequence[tuple[URIRef, ...]],
    systems: Sequence[frozenset[URIRef]],
    method: AlignmentMethod,
    limit: int,
) -> list[list[tuple[float, int]]]:
    """For each text (by index), the best ``limit`` other texts that ``method`` aligns it with,
    as ``(score rounded to 3 places, index)``, best first; ties go first to a text of an
    organisation in the same integrated care system, then by index.

    Every pair is scored, in blocks of rows with sparse matrix products (numpy and scipy), so
    that a paraphrase sharing only a theme is weighed against every candidate; memory stays at
    one block whatever the corpus.
    """
    import numpy as np
    from scipy import sparse

    count = len(vectors)
    if count < 2:
        return [[] for _ in range(count)]
    words: dict[str, int] = {}
    rows, cols, weights = [], [], []
    for i, vector in enumerate(vectors):
        for word, weight in vector.items():
            rows.append(i)
            cols.append(words.setdefault(word, len(words)))
            weights.append(weight)
    text = sparse.csr_matrix((weights, (rows, cols)), shape=(count, max(1, len(words))), dtype=np.float64)
    text_t = text.T.tocsr()

    def indicator(sets: Sequence[Iterable[URIRef]]) -> np.ndarray:
        ids: dict[URIRef, int] = {}
        pairs = [(i, ids.setdefault(x, len(ids))) for i, members in enumerate(sets) for x in members]
        matrix = np.zeros((count, max(1, len(ids))), dtype=np.float64)
        for i, j in pairs:
            matrix[i, j] = 1.0
        return matrix

    theme_matrix, system_matrix = indicator(themes), indicator(systems)
    theme_count = theme_matrix.sum(axis=1)
    step = max(1, 1_000_000 // count)
    ranked: list[list[tuple[float, int]]] = []
    for start in range(0, count, step):
        stop = min(count, start + step)
        cos = (text[start:stop] @ text_t).toarray()
        shared = theme_matrix[start:stop] @ theme_matrix.T
        if method.theme_measure == "overlap":
            base = np.minimum(theme_count[start:stop, None], theme_count[None, :])
        else:
            base = theme_count[start:stop, None] + theme_count[None, :] - shared
        theme = np.divide(shared, base, out=np.zeros_like(shared), where=base > 0)
        unrounded = method.theme_weight * theme + (1.0 - method.theme_weight) * cos
        score = np.round(unrounded, 3)
        ok = unrounded >= method.threshold - 1e-9
        if method.require_shared_theme:
            ok &= shared > 0
        if method.min_cosine:
            ok &= cos >= method.min_cosine - 1e-9
        ok[np.arange(stop - start), np.arange(start, stop)] = False
        same_system = (system_matrix[start:stop] @ system_matrix.T) > 0
        for row in range(stop - start):
            found = np.flatnonzero(ok[row])
            if not len(found):
                ranked.append([])
                continue
            key = score[row, found] * 2.0 + same_system[row, found] * 1e-4  # score first, then the ICS
            if len(found) > limit:
                keep = np.argpartition(-key, limit - 1)[:limit]
                cutoff = key[keep].min()
                found = found[key >= cutoff]  # every tie at the cut, so the order below decides
                key = key[key >= cutoff]
            order = np.lexsort((found, -key))[:limit]
            ranked.append([(float(score[row, found[k]]), int(found[k])) for k in order])
    return ranked


class _Group:
    """The statements of one text, in a stable spread order, and the same split by integrated
    care system, so that a statement picks its links among them without scanning them all
    (a text repeated in thousands of documents would make that quadratic)."""

    def __init__(self, members: list[Statement], ics_of: Mapping[URIRef, frozenset[URIRef]]) -> None:
        self.members = sorted(members, key=lambda t: _spread_key(t.iri))
        self.by_system: dict[URIRef, list[Statement]] = defaultdict(list)
        for t in self.members:
            for ics in ics_of[t.iri]:
                self.by_system[ics].append(t)

    def pick(self, s: Statement, want: int, systems: frozenset[URIRef], turn: int,
             ics_of: Mapping[URIRef, frozenset[URIRef]]) -> list[Statement]:
        """Up to ``want`` members ``s`` may align with: of its own systems first, each list
        started at ``turn`` so that statements choosing among the same members spread out."""
        out: list[Statement] = []
        taken: set[URIRef] = set()
        for ics in sorted(systems, key=str):
            for t in _from(self.by_system.get(ics, []), turn):
                if t.iri not in taken and _comparable(s, t):
                    out.append(t)
                    taken.add(t.iri)
                    if len(out) >= want:
                        return out
        for t in _from(self.members, turn):
            if t.iri not in taken and not (systems & ics_of[t.iri]) and _comparable(s, t):
                out.append(t)
                if len(out) >= want:
                    break
        return out


def _from(items: list[Statement], turn: int) -> Iterator[Statement]:
    """``items`` from a place that depends on ``turn``, wrapping round (lazily)."""
    count = len(items)
    for k in range(count):
        yield items[(turn + k) % count]


def _spread_key(iri: URIRef) -> str:
    """A stable order of statements that does not follow their IRIs (so links spread out)."""
    return hashlib.sha1(str(iri).encode("utf-8")).hexdigest()


def align(
    view: CorpusView,
    method: AlignmentMethod = DEFAULT_METHOD,
    *,
    top_k: int = DEFAULT_TOP_K,
) -> list[Alignment]:
    """Aligned pairs of statements of different organisations, best first, then by IRI: the
    promises of current strategies (:meth:`CorpusView.alignable`).

    Statements with the same text (after folding case and spaces) form one group: their pair
    evidence is measured once per pair of texts. Each statement keeps its ``top_k`` best links
    (an exact duplicate first, then by score; ties go first to organisations of the same
    integrated care system); a link is kept when either end chose it, so the graph holds at
    most ``top_k`` links per statement on average (``top_k`` x statements in all) and grows
    linearly with the statements.
    """
    statements = sorted(view.alignable(), key=lambda s: str(s.iri))
    aligner = Aligner(statements)
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        groups[text_key(s.text)].append(s)
    keys = sorted(groups)
    first = [groups[k][0] for k in keys]
    # a text's first statement stands for the group (same words); its themes are the union of
    # the group's, which the same classifier gave the same text
    themes = [tuple(sorted({t for s in groups[k] for t in s.themes}, key=str)) for k in keys]
    ics_of: dict[URIRef, frozenset[URIRef]] = {
        s.iri: frozenset(i for o in s.organisations if o in view.organisations for i in view.organisations[o].ics)
        for s in statements
    }
    systems = [frozenset().union(*(ics_of[s.iri] for s in groups[k])) for k in keys]
    ranked = _ranked_candidates([aligner.vectors[f.iri] for f in first], themes, systems, method, top_k * 4)
    members = [_Group(groups[k], ics_of) for k in keys]
    description = method.description
    evidence_of: dict[tuple[int, int], PairEvidence] = {}

    def evidence(i: int, j: int) -> PairEvidence:
        pair = (min(i, j), max(i, j))
        if pair not in evidence_of:
            a, b = pair
            evidence_of[pair] = aligner.evidence(replace(first[a], themes=themes[a]), replace(first[b], themes=themes[b]))
        return evidence_of[pair]

    chosen: dict[tuple[URIRef, URIRef], Alignment] = {}
    for index in range(len(keys)):
        options = [(1.0, index)] + ranked[index]
        for s in groups[keys[index]]:
            picked = 0
            turn = int(_spread_key(s.iri)[:8], 16)
            for score, other in options:
                if picked >= top_k:
                    break
                for t in members[other].pick(s, top_k - picked, ics_of[s.iri], turn, ics_of):
                    a, b = (s, t) if str(s.iri) < str(t.iri) else (t, s)
                    if other == index:
                        shared = tuple(sorted(set(a.themes) & set(b.themes), key=str))
                        link = Alignment(a.iri, b.iri, 1.0, shared, 1.0, 1.0, description)
                    else:
                        found = evidence(index, other)
                        link = Alignment(
                            a=a.iri, b=b.iri, score=score, shared_themes=found.shared_themes,
                            cosine=round(found.cosine, 3), theme=round(method.theme(found), 3), method=description,
                        )
                    chosen.setdefault((a.iri, b.iri), link)
                    picked += 1
    return sorted(chosen.values(), key=lambda x: (-x.score, str(x.a), str(x.b)))
