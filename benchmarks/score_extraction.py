"""The loader's precision, recall and F1 on a synthetic corpus, against the generator's truth.

    python benchmarks/generate_corpus.py --organisations 100 --seed 7 --out /tmp/syn --truth
    python benchmarks/score_extraction.py /tmp/syn --sample 50

Fields as in the loaders issue: vision, mission, value names, goal names, statements (a goal's
statements and the commitments under no goal), themes, partners. Texts are matched after
folding case, whitespace, quotes, bullet markers and end punctuation; counts are micro-averaged
over the documents. The project's own scorer (``strategygraph.score``) is used when it offers
``score_fields(expected, actual)``; otherwise this one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

FIELDS = ("vision", "mission", "value_names", "goal_names", "statements", "themes", "partners")
_MARKER = re.compile(r"^\s*(?:[•\-*–]|\d+[.)]|[a-z][.)])\s+")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = _MARKER.sub("", text)
    text = _SPACE.sub(" ", text).strip().casefold()
    return text.rstrip(" .;:,")


def fields_of(result: dict[str, Any]) -> dict[str, list[str]]:
    """The scored fields of one extraction in the contract's JSON shape."""
    goals = result.get("goals") or []
    return {
        "vision": [result["vision"]] if result.get("vision") else [],
        "mission": [result["mission"]] if result.get("mission") else [],
        "value_names": [v["name"] for v in result.get("values") or []],
        "goal_names": [g["name"] for g in goals],
        "statements": [s for g in goals for s in g.get("statements") or []] + list(result.get("commitments") or []),
        "themes": list(result.get("themes") or []),
        "partners": list(result.get("partner_organisations") or []),
    }


def contract_json(extraction: Any) -> dict[str, Any]:
    """An :class:`strategygraph.model.Extraction` in the extraction contract's shape."""
    try:
        from strategygraph.extract import to_contract  # type: ignore[attr-defined]

        return to_contract(extraction)
    except ImportError:
        pass

    def text(statement: Any) -> str | None:
        return None if statement is None else statement.text

    return {
        "source": extraction.document.path.name,
        "vision": text(extraction.vision),
        "mission": text(extraction.mission),
        "values": [{"name": v.text, "description": v.description.text if v.description else None} for v in extraction.values],
        "goals": [{"name": g.text, "statements": [s.text for s in g.statements]} for g in extraction.goals],
        "commitments": [c.text for c in extraction.commitments],
        "themes": list(extraction.themes),
        "partner_organisations": [p.name for p in extraction.partners],
    }


def compare(expected: dict[str, Any], actual: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """Per field: (true positives, found, expected), matching normalised texts as multisets."""
    counts = {}
    want, got = fields_of(expected), fields_of(actual)
    for field in FIELDS:
        e = Counter(normalise(t) for t in want[field])
        a = Counter(normalise(t) for t in got[field])
        counts[field] = (sum((e & a).values()), sum(a.values()), sum(e.values()))
    return counts


def summarise(totals: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    out = {}
    for field, (tp, found, expected) in totals.items():
        precision = tp / found if found else (1.0 if not expected else 0.0)
        recall = tp / expected if expected else (1.0 if not found else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[field] = {"precision": precision, "recall": recall, "f1": f1, "expected": expected, "found": found}
    return out


def score_corpus(folder: Path, sample: int = 50) -> dict[str, Any]:
    """Extract ``sample`` documents (evenly spread) of ``folder/corpus`` and score them against
    ``folder/truth``."""
    from strategygraph.corpus import list_corpus
    from strategygraph.extract import extract
    from strategygraph.readers import read_document

    entries = list_corpus(folder / "corpus")
    step = max(1, len(entries) // max(1, sample))
    chosen = entries[::step][:sample]
    totals = {field: [0, 0, 0] for field in FIELDS}
    errors: list[str] = []
    for entry in chosen:
        truth_path = folder / "truth" / f"{entry.path.stem}.json"
        expected = json.loads(truth_path.read_text(encoding="utf-8"))
        try:
            actual = contract_json(extract(read_document(entry.path, entry.doc_id), entry.metadata))
        except Exception as error:  # noqa: BLE001 - a failure is counted and reported, not fatal
            errors.append(f"{entry.path.name}: {type(error).__name__}: {error}"[:200])
            actual = {}
        for field, counts in compare(expected, actual).items():
            for i, n in enumerate(counts):
                totals[field][i] += n
    return {"documents": len(chosen), "fields": summarise(totals), "errors": errors, "scorer": "benchmarks/score_extraction.py"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the loader against a synthetic corpus's ground truth.")
    parser.add_argument("folder", type=Path, help="the --out folder of generate_corpus.py (with --truth)")
    parser.add_argument("--sample", type=int, default=50)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic_reference import use_reference

    use_reference(args.folder / "reference")
    result = score_corpus(args.folder, args.sample)
    sys.stdout.write(f"{result['documents']} documents\n{'field':<12} {'P':>6} {'R':>6} {'F1':>6} {'expected':>9}\n")
    for field, row in result["fields"].items():
        sys.stdout.write(f"{field:<12} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} {row['expected']:9d}\n")
    for error in result["errors"][:5]:
        sys.stdout.write(f"error: {error}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
