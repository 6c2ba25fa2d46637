"""Score extraction against hand-written gold: precision, recall and F1 per field.

A gold folder holds one sub-folder per case: the page (any readable extension) or, in
``expected.json``, an ``"input"`` path relative to the case folder (so the built-in corpus
files are scored in place, with their manifest), and ``expected.json`` in the contract's shape.

Fields: vision, mission, value names, goal names, statements (each goal's statements plus the
commitments), themes, partners. Texts match when equal after normalisation (case folded,
curly quotes straightened, whitespace folded, punctuation and bullet marks at either end
removed); each gold text matches at most one extracted text. Counts are summed over all cases
(micro-average); a field with nothing in the gold and nothing extracted scores 1.0.

Usage: ``python -m strategygraph.score GOLD_DIR [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from strategygraph.errors import InputError
from strategygraph.readers import READERS

__all__ = ["FIELDS", "Counts", "normalise", "field_values", "score_case", "score_directory",
           "find_cases", "format_table", "main"]

FIELDS = ("vision", "mission", "value_names", "goal_names", "statements", "themes", "partners")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ", "–": "-", "—": "-"})
_ENDS = " \t\n\r.,;:!?\"'()[]{}*_-•·▪…"
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form texts are compared in."""
    folded = _SPACE.sub(" ", text.translate(_QUOTES)).casefold()
    return folded.strip(_ENDS)


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.missed.extend(other.missed)
        self.extra.extend(other.extra)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _texts(values: Iterable[object]) -> list[str]:
    return [str(v) for v in values if isinstance(v, str) and v.strip()]


def field_values(result: dict) -> dict[str, list[str]]:
    """The texts of each scored field in a contract-shaped object."""
    goals = [g for g in result.get("goals", []) if isinstance(g, dict)]
    statements = [s for g in goals for s in g.get("statements", [])]
    statements += list(result.get("commitments", []))
    return {
        "vision": _texts([result.get("vision")]),
        "mission": _texts([result.get("mission")]),
        "value_names": _texts(v.get("name") for v in result.get("values", []) if isinstance(v, dict)),
        "goal_names": _texts(g.get("name") for g in goals),
        "statements": _texts(statements),
        "themes": _texts(result.get("themes", [])),
        "partners": _texts(result.get("partner_organisations", [])),
    }


def compare(gold: list[str], predicted: list[str]) -> Counts:
    gold_counts = Counter(normalise(t) for t in gold)
    predicted_counts = Counter(normalise(t) for t in predicted)
    matched = sum((gold_counts & predicted_counts).values())
    return Counts(
        gold=len(gold),
        predicted=len(predicted),
        matched=matched,
        missed=sorted((gold_counts - predicted_counts).elements()),
        extra=sorted((predicted_counts - gold_counts).elements()),
    )


def score_case(gold: dict, predicted: dict) -> dict[str, Counts]:
    gold_fields, predicted_fields = field_values(gold), field_values(predicted)
    return {name: compare(gold_fields[name], predicted_fields[name]) for name in FIELDS}


@dataclass(frozen=True)
class Case:
    name: str
    page: Path
    expected: dict


def find_cases(gold_dir: Path) -> list[Case]:
    """Every case folder under ``gold_dir`` (one with an ``expected.json``), sorted by name."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder")
    cases: list[Case] = []
    for expected_path in sorted(gold_dir.glob("*/expected.json")):
        folder = expected_path.parent
        try:
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise InputError(f"{expected_path}: not readable JSON ({error})") from error
        if "input" in expected:
            page = (folder / str(expected["input"])).resolve()
        else:
            pages = [p for p in sorted(folder.iterdir())
                     if p.suffix.lower() in READERS and p.name != "expected.json"]
            if len(pages) != 1:
                raise InputError(f"{folder}: needs exactly one page next to expected.json")
            page = pages[0]
        cases.append(Case(folder.name, page, expected))
    return cases


def score_directory(
    gold_dir: Path, extractor: Callable[[Path], dict] | None = None
) -> tuple[dict[str, Counts], dict[str, dict[str, Counts]]]:
    """(totals per field, per case per field) for every case under ``gold_dir``."""
    if extractor is None:
        from strategygraph.extract import extract_file, to_contract_json

        def extractor(path: Path) -> dict:
            return to_contract_json(extract_file(path))

    totals = {name: Counts() for name in FIELDS}
    per_case: dict[str, dict[str, Counts]] = {}
    for case in find_cases(gold_dir):
        scores = score_case(case.expected, extractor(case.page))
        per_case[case.name] = scores
        for name in FIELDS:
            totals[name].add(scores[name])
    return totals, per_case


def format_table(totals: dict[str, Counts]) -> str:
    lines = [f"{'field':<12} {'gold':>5} {'found':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, c in totals.items():
        lines.append(f"{name:<12} {c.gold:>5} {c.predicted:>5} {c.matched:>5} "
                     f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m strategygraph.score", description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extras per case")
    args = parser.parse_args(argv)
    try:
        totals, per_case = score_directory(args.gold_dir)
    except InputError as error:
        sys.stderr.write(f"strategygraph.score: {error}\n")
        return 2
    if args.verbose:
        for case, scores in per_case.items():
            for name, c in scores.items():
                for text in c.missed:
                    print(f"{case}: {name}: MISSED {text}")
                for text in c.extra:
                    print(f"{case}: {name}: EXTRA  {text}")
    print(f"{len(per_case)} cases")
    print(format_table(totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
