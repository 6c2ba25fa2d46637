"""Score the real pages of ``tests/extraction_real/`` rewritten in another format (typeset as a
PDF, set as a website's HTML or Markdown) against their own gold: one loop for every such check."""

from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

from strategygraph.extract import extract_file, to_contract_json
from strategygraph.score import Case, Counts, find_cases, format_table, score_case

# the real pages kept as text: the ones each check rewrites
REAL_TEXT_CASES = [case for case in find_cases(Path(__file__).parent / "extraction_real") if case.page.suffix == ".txt"]
# what the rendition checks read under pytest: about a third of the pages (a half until session
# 28, when the suite passed five minutes), chosen by a checksum of each page's name (so that
# adding pages never moves an old one in or out), so that the suite stays fast (the text path,
# tests/test_extraction_real.py, reads every page); all of them with SG_ALL_REAL_PAGES=1, or when
# a check is run as a script
ALL_REAL_PAGES = os.environ.get("SG_ALL_REAL_PAGES") == "1"
RENDITION_CASES = REAL_TEXT_CASES if ALL_REAL_PAGES else [
    case for case in REAL_TEXT_CASES if zlib.crc32(case.name.encode("utf-8")) % 3 == 0]


def rewritten_totals(cases: list[Case], fields: list[str], file_name: str,
                     write: Callable[[str, Path, str], None], verbose: bool = False) -> dict[str, Counts]:
    """Each case's ``page.txt`` written by ``write(text, path, title)`` as ``file_name`` in a
    scratch folder, extracted and scored; the counts summed per field (misses printed when
    ``verbose``)."""
    totals = {name: Counts() for name in fields}
    with tempfile.TemporaryDirectory(prefix="real-rewritten-") as folder:
        for case in cases:
            text = case.page.read_text(encoding="utf-8")
            page = Path(folder) / case.name / file_name
            page.parent.mkdir(parents=True, exist_ok=True)
            # the document's title, as a real PDF's running header or an HTML <title> gives it: the
            # page's first line when it is a title (80 characters or fewer), else the case's name
            # (not a cut-off first sentence, which would read as a truncated copy of the page's
            # opening statement)
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            title = first if 0 < len(first) <= 80 else case.name.replace("-", " ").title()
            write(text, page, title)
            scores = score_case(case.expected, to_contract_json(extract_file(page)))
            for name in fields:
                totals[name].add(scores[name])
                if verbose:
                    for missed in scores[name].missed:
                        print(f"{case.name}: {name}: MISSED {missed}")
                    for extra in scores[name].extra:
                        print(f"{case.name}: {name}: EXTRA  {extra}")
    return totals


def floors_failure(totals: dict[str, Counts], floors: dict[str, float]) -> str:
    """The table and the fields under their floors, or "" when every field reaches its floor."""
    low = {name: c for name, c in totals.items() if c.f1 < floors[name]}
    if not low:
        return ""
    return format_table(totals) + "\n" + "\n".join(f"{name}: missed {c.missed} extra {c.extra}" for name, c in low.items())
