"""Commitment alignment: statements of different organisations that promise the same thing.

Two pieces of evidence are measured for a pair of statements (docs/ALIGNMENT.md has the
figures): the themes both address, from the SKOS thesaurus the loaders classified them with
(``theme`` = Jaccard of the two theme sets), and the TF-IDF cosine of their words
(``cosine``). A method combines them into one score in [0, 1]; a pair at or above the method's
threshold is aligned.

The default method needs textual evidence: two statements that share themes but no content
word are never aligned (themes only raise the score). Candidates are the pairs of distinct texts
that share a word used by at most ``max_df`` texts; exact-duplicate texts are grouped and scored
once. Pairs from the same document or with a publisher in common are never aligned. Each
statement keeps its ``top_k`` best links, so the alignment graph grows linearly with the
statements, not with the square of those sharing a theme.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
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
        # the default: a shared content word is required, the themes only boost the score
        AlignmentMethod("tfidf+theme-boost", 0.3, 0.10, "overlap", min_cosine=0.01),
    )
}
DEFAULT_METHOD = METHODS["tfidf+theme-boost"]


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


def text_key(text: str) -> str:
    """Exact-duplicate key: the text with whitespace, case and a final full stop folded."""
    return " ".join(text.split()).casefold().rstrip(".")


def _candidate_groups(
    keys: Sequence[str], aligner_tokens: Mapping[str, list[str]], max_df: int
) -> set[tuple[int, int]]:
    """Pairs of distinct texts (by index) that share a content word used by at most ``max_df`` texts.

    Without a shared word the cosine is 0 and a pair cannot align, so nothing is lost below
    ``max_df``; words more common than that ("care", "health") are not enough evidence alone
    and only make the candidates quadratic.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for token in set(aligner_tokens[key]):
            postings[token].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= max_df:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    pairs.add((i, j))
    return pairs


def _spread(a: URIRef, b: URIRef) -> str:
    """A stable, unordered tie-break that spreads equal-score links over the candidates."""
    return hashlib.sha1(" ".join(sorted((str(a), str(b)))).encode("utf-8")).hexdigest()


def align(
    view: CorpusView,
    method: AlignmentMethod = DEFAULT_METHOD,
    *,
    top_k: int = 5,
    max_df: int = 200,
) -> list[Alignment]:
    """Aligned pairs of statements of different organisations, best first, then by IRI.

    Statements with the same text (after folding case and spaces) form one group: their pair
    evidence is measured once per pair of texts. Each statement keeps its ``top_k`` best links
    (an exact duplicate first, then by score; ties go first to organisations of the same
    integrated care system); a link is kept when either end chose it, so the graph holds at
    most ``top_k`` links per statement on average (``top_k`` x statements in all) and grows
    linearly with the statements.
    """
    statements = sorted(
        (s for s in view.statements.values() if s.kind in ALIGNABLE_KINDS), key=lambda s: str(s.iri)
    )
    aligner = Aligner(statements)
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        groups[text_key(s.text)].append(s)
    keys = sorted(groups)
    first = {k: groups[k][0] for k in keys}
    key_tokens = {k: aligner.tokens[first[k].iri] for k in keys}
    # evidence per pair of texts (a text's first statement stands for the group: same words; its
    # themes are the union of the group's, which the same classifier gave the same text)
    themes = {k: tuple(sorted({t for s in groups[k] for t in s.themes}, key=str)) for k in keys}
    neighbours: dict[int, list[tuple[float, int, PairEvidence]]] = defaultdict(list)
    for i, j in _candidate_groups(keys, key_tokens, max_df):
        a, b = first[keys[i]], first[keys[j]]
        evidence = aligner.evidence(replace(a, themes=themes[keys[i]]), replace(b, themes=themes[keys[j]]))
        if method.aligned(evidence):
            score = round(method.score(evidence), 3)
            neighbours[i].append((score, j, evidence))
            neighbours[j].append((score, i, evidence))
    ics_of: dict[URIRef, frozenset[URIRef]] = {}
    for s in statements:
        ics_of[s.iri] = frozenset(
            i for o in s.organisations if o in view.organisations for i in view.organisations[o].ics
        )
    same_text = PairEvidence(1.0, 1.0, 1.0, ())
    chosen: dict[tuple[URIRef, URIRef], Alignment] = {}
    for index, key in enumerate(keys):
        ranked = [(1.0, index, same_text)] + sorted(neighbours.get(index, []), key=lambda x: (-x[0], keys[x[1]]))
        for s in groups[key]:
            picked = 0
            for score, other, evidence in ranked:
                if picked >= top_k:
                    break
                pool = sorted(
                    (t for t in groups[keys[other]] if _comparable(s, t)),
                    key=lambda t: (not (ics_of[s.iri] & ics_of[t.iri]), _spread(s.iri, t.iri)),
                )
                for t in pool[: top_k - picked]:
                    a, b = (s, t) if str(s.iri) < str(t.iri) else (t, s)
                    if other == index:
                        shared = tuple(sorted(set(a.themes) & set(b.themes), key=str))
                        link = Alignment(a.iri, b.iri, 1.0, shared, 1.0, 1.0, method.description)
                    else:
                        link = Alignment(
                            a=a.iri, b=b.iri, score=score, shared_themes=evidence.shared_themes,
                            cosine=round(evidence.cosine, 3), theme=round(method.theme(evidence), 3),
                            method=method.description,
                        )
                    chosen.setdefault((a.iri, b.iri), link)
                    picked += 1
    return sorted(chosen.values(), key=lambda x: (-x.score, str(x.a), str(x.b)))
