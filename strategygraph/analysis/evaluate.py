"""Precision and recall of the alignment methods on the hand-labelled statement pairs.

``python -m strategygraph.analysis.evaluate [--store DIR] [--pairs CSV]`` prints, for each
method, precision, recall and F1 at its configured threshold, the best threshold on the set, and
a leave-one-out estimate (the threshold chosen on the other pairs, applied to the one left out),
which is the honest figure since the configured thresholds were chosen on this same set.

Each labelled text is looked up among the built graph's statements of that organisation (equal
after whitespace and case folding, else the statement that contains it or that it contains);
the pair is scored with the labelled text and the themes the loaders gave the matched statement,
with the IDF of the whole built corpus, exactly as ``analyse`` scores pairs.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from strategygraph.analysis.alignment import (
    DEFAULT_TOP_K,
    METHODS,
    Aligner,
    AlignmentMethod,
    PairEvidence,
    align,
)
from strategygraph.analysis.data import ALIGNABLE_KINDS, CorpusView, Statement, load_view
from strategygraph.errors import InputError
from strategygraph.ids import normalise_text, short_hash

__all__ = [
    "DEFAULT_PAIRS",
    "LabelledPair",
    "LinkScore",
    "MethodScore",
    "evaluate",
    "evaluate_links",
    "load_pairs",
    "main",
    "score_at",
]

DEFAULT_PAIRS = Path(__file__).resolve().parents[2] / "tests" / "data" / "analysis" / "alignment_pairs.csv"


@dataclass(frozen=True)
class LabelledPair:
    text_a: str
    org_a: str
    text_b: str
    org_b: str
    label: bool
    note: str


@dataclass(frozen=True)
class MethodScore:
    method: str
    threshold: float
    precision: float
    recall: float
    f1: float
    best_threshold: float
    best_f1: float
    loo_precision: float
    loo_recall: float


def load_pairs(path: Path = DEFAULT_PAIRS) -> list[LabelledPair]:
    if not path.is_file():
        raise InputError(f"{path}: no such file of labelled pairs")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        LabelledPair(r["text_a"], r["org_a"], r["text_b"], r["org_b"], r["label"].strip() == "1", r.get("note", ""))
        for r in csv.DictReader(lines)
    ]


def _key(text: str) -> str:
    return normalise_text(text).casefold().rstrip(".")


def _match(view: CorpusView, text: str, org_code: str) -> tuple[Statement, str]:
    """The built statement a labelled text stands for, and how it was found."""
    orgs = [o for o, rec in view.organisations.items() if rec.key.upper() == org_code.upper()]
    pool = [s for o in orgs for s in view.statements_of(o) if s.kind in ALIGNABLE_KINDS]
    wanted = _key(text)
    for s in pool:
        if _key(s.text) == wanted:
            return s, "exact"
    for s in pool:
        key = _key(s.text)
        if wanted in key or (len(key) > 12 and key in wanted):
            return s, "overlap"
    org = orgs[0] if orgs else URIRef(f"urn:unknown:{org_code}")
    return Statement(URIRef(f"urn:label:{short_hash(org_code + wanted)}"), "commitment", text, org, (org,), ()), "missing"


def _evidence(view: CorpusView, pairs: Sequence[LabelledPair]) -> tuple[list[PairEvidence], dict[str, int]]:
    aligner = Aligner(view.alignable())
    found: list[PairEvidence] = []
    how: dict[str, int] = {"exact": 0, "overlap": 0, "missing": 0}
    for pair in pairs:
        a, how_a = _match(view, pair.text_a, pair.org_a)
        b, how_b = _match(view, pair.text_b, pair.org_b)
        how[how_a] += 1
        how[how_b] += 1
        a = Statement(URIRef(str(a.iri) + "#label"), a.kind, pair.text_a, a.document, a.organisations, a.themes)
        b = Statement(URIRef(str(b.iri) + "#label"), b.kind, pair.text_b, b.document, b.organisations, b.themes)
        found.append(aligner.evidence(a, b))
    return found, how


def score_at(method: AlignmentMethod, evidence: Sequence[PairEvidence], labels: Sequence[bool],
             threshold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``method`` at ``threshold`` (precision 1 when nothing is predicted)."""
    trial = method.at(threshold)
    precision, recall = _precision_recall([trial.aligned(e) for e in evidence], labels)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _precision_recall(predicted: Sequence[bool], labels: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of predictions against labels (1 when nothing is predicted / expected)."""
    tp = sum(p and y for p, y in zip(predicted, labels, strict=True))
    fp = sum(p and not y for p, y in zip(predicted, labels, strict=True))
    fn = sum(y and not p for p, y in zip(predicted, labels, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


_GRID = [round(i * 0.01, 2) for i in range(1, 101)]


def _best(method: AlignmentMethod, evidence: Sequence[PairEvidence], labels: Sequence[bool]) -> tuple[float, float]:
    """The threshold with the best min(precision, recall) (both must be high), then F1."""

    def key(t: float) -> tuple[float, float, float]:
        precision, recall, f1 = score_at(method, evidence, labels, t)
        return (round(min(precision, recall), 6), round(f1, 6), -abs(t - method.threshold))

    best = max(_GRID, key=key)
    return best, score_at(method, evidence, labels, best)[2]


def evaluate(view: CorpusView, pairs: Sequence[LabelledPair],
             methods: Sequence[AlignmentMethod] | None = None) -> tuple[list[MethodScore], dict[str, int]]:
    evidence, how = _evidence(view, pairs)
    labels = [p.label for p in pairs]
    scores = []
    for method in methods or list(METHODS.values()):
        precision, recall, f1 = score_at(method, evidence, labels, method.threshold)
        best, best_f1 = _best(method, evidence, labels)
        predicted = []
        for i in range(len(pairs)):  # leave one out: choose the threshold without pair i
            rest_e = evidence[:i] + evidence[i + 1 :]
            rest_y = labels[:i] + labels[i + 1 :]
            t, _ = _best(method, rest_e, rest_y)
            predicted.append(method.at(t).aligned(evidence[i]))
        loo_precision, loo_recall = _precision_recall(predicted, labels)
        scores.append(
            MethodScore(
                method.name, method.threshold, round(precision, 3), round(recall, 3), round(f1, 3),
                best, round(best_f1, 3), round(loo_precision, 3), round(loo_recall, 3),
            )
        )
    return scores, how


@dataclass(frozen=True)
class LinkScore:
    """Precision and recall of the links ``align`` writes (top-k included) on the labelled pairs."""

    method: str
    precision: float
    recall: float
    pairs: int  # labelled pairs whose two texts are both statements of the graph


def evaluate_links(view: CorpusView, pairs: Sequence[LabelledPair],
                   methods: Sequence[AlignmentMethod] | None = None, top_k: int = DEFAULT_TOP_K) -> list[LinkScore]:
    """What a user meets: a pair counts as aligned when the graph links its two statements.

    Unlike :func:`evaluate` (the method's decision on each pair), this includes ``align``'s
    choice of each statement's ``top_k`` best links. Pairs whose texts are not both statements
    of the graph are left out.
    """
    matched = []
    for pair in pairs:
        (a, how_a), (b, how_b) = _match(view, pair.text_a, pair.org_a), _match(view, pair.text_b, pair.org_b)
        if "missing" not in (how_a, how_b):
            matched.append((a.iri, b.iri, pair.label))
    scores = []
    for method in methods or list(METHODS.values()):
        links = {frozenset((x.a, x.b)) for x in align(view, method, top_k=top_k)}
        precision, recall = _precision_recall([frozenset((a, b)) in links for a, b, _ in matched],
                                              [label for _, _, label in matched])
        scores.append(LinkScore(method.name, round(precision, 3), round(recall, 3), len(matched)))
    return scores


def format_table(scores: Sequence[MethodScore], pairs: int, positives: int, how: dict[str, int]) -> str:
    lines = [
        f"{pairs} labelled pairs ({positives} aligned); statements matched in the graph: "
        f"{how['exact']} exact, {how['overlap']} by overlap, {how['missing']} missing",
        "",
        f"{'method':20} {'threshold':>9} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'best t':>7} {'best F1':>7} {'LOO P':>6} {'LOO R':>6}",
    ]
    for s in scores:
        lines.append(
            f"{s.method:20} {s.threshold:9.2f} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} "
            f"{s.best_threshold:7.2f} {s.best_f1:7.3f} {s.loo_precision:6.3f} {s.loo_recall:6.3f}"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m strategygraph.analysis.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default=None, help="the built store (default: the build folder's)")
    parser.add_argument("--endpoint", default=None, help="a SPARQL server instead")
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, help="the labelled pairs (CSV)")
    args = parser.parse_args(argv)
    from strategygraph.errors import StrategyGraphError
    from strategygraph.store import open_store

    try:
        pairs = load_pairs(args.pairs)
        store = open_store(args.store, endpoint=args.endpoint, read_only=True)
        try:
            view = load_view(store)
        finally:
            store.close()
        scores, how = evaluate(view, pairs)
        links = evaluate_links(view, pairs)
    except StrategyGraphError as error:
        sys.stderr.write(f"evaluate: {error}\n")
        return error.exit_code
    sys.stdout.write(format_table(scores, len(pairs), sum(p.label for p in pairs), how))
    sys.stdout.write(f"\nLinks written by align (top {DEFAULT_TOP_K} per statement), on the {links[0].pairs if links else 0} pairs "
                     "whose texts are both statements of the graph:\n\n")
    sys.stdout.write(f"{'method':20} {'precision':>9} {'recall':>7}\n")
    for link in links:
        sys.stdout.write(f"{link.method:20} {link.precision:9.3f} {link.recall:7.3f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
