"""Extraction on real NHS pages (``tests/extraction_real/``): the contract, verbatim spans, and
F1 floors per scored field.

The floors sit a little under what the extractor scores now: they catch a rule that undoes what
works on real pages. They are lower than the invented pages' 0.95 because real pages are
messier (cut-off excerpts, glued words, annotators' choices); see that folder's README.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from contract_schema import validate_contract

from strategygraph.extract import extract_file, to_contract_json
from strategygraph.model import Extraction
from strategygraph.score import Counts, find_cases, format_table, score_case

REAL = Path(__file__).parent / "extraction_real"
CASES = find_cases(REAL)
# (set just under the scores on all 413 pages: development sets 7-20 and blind exams 36-41,
# annotated from the wording alone and kept as their annotators wrote them, half of whom
# drop "Our vision is" from a vision, and set 17 of odd layouts, lowered every score; the floors
# guard against regressions, they are no measure of quality)
# (session 16 added the 100 pages of blind exams 58-67, mostly councils' boards, regulators, charities and GP
# practices, scored once each before their rules: the 689 pages with exams 68-69 score 0.74 / 0.69 / 0.87 / 0.84 / 0.76)
# (session 17's 79 pages of exams 70-77, councils' boards and charities again, bring the 768 pages to
# 0.73 / 0.67 / 0.87 / 0.83 / 0.74)
# (session 18's 74 pages of exams 78-85, scored once each before their rules, charities, councils'
# boards and royal colleges, bring the 842 pages to 0.72 / 0.68 / 0.86 / 0.81 / 0.73; with exams
# 86-89 and the session's rules, the 882 pages score 0.73 / 0.68 / 0.86 / 0.81 / 0.72; with exams
# 90-93, the 922 pages score 0.73 / 0.68 / 0.85 / 0.80 / 0.71; with exams 94-95's 16 pages, the
# 938 pages score 0.72 / 0.68 / 0.85 / 0.79 / 0.71)
# (session 19's exams 96-103, 79 pages of charities, councils' boards and royal colleges, scored once
# each before their rules, bring the 1,017 pages to 0.73 / 0.66 / 0.85 / 0.80 / 0.71; exams 104-107's
# 40 thin pages, most stating one field, bring the 1,057 pages to 0.72 / 0.65 / 0.84 / 0.79 / 0.70)
# (session 20's exams 108-111, 40 pages of charities, professional bodies and hospices, scored once
# each before their rules, bring the 1,097 pages to 0.72 / 0.64 / 0.84 / 0.79 / 0.70: 0.718 / 0.640 /
# 0.841 / 0.790 / 0.699; exams 112-115's 40 pages, the same kinds, bring the 1,137 pages to 0.713 /
# 0.636 / 0.828 / 0.786 / 0.695; exams 116-119's 32 pages the 1,169 pages to 0.707 / 0.626 / 0.828 /
# 0.784 / 0.695; with session 21's rules and exams 120-123's 40 pages, nine in ten charities, the
# 1,209 pages score 0.717 / 0.648 / 0.826 / 0.780 (0.7797) / 0.692; with exams 124-127's 38 pages, the
# 1,247 pages score 0.722 / 0.641 / 0.820 (0.8196) / 0.775 / 0.691; with exams 128-130's 26 pages, the
# 1,273 pages score 0.719 / 0.638 / 0.823 / 0.773 / 0.689 (0.6885); session 22's exams 131-142, 120
# pages of NHS bodies (trusts, boards, ICBs and national bodies, mostly other pages of known ones),
# scored once each before their rules and added with session 22's rules, bring the 1,393 pages to
# 0.708 / 0.643 / 0.820 / 0.768 / 0.685: the goal-name floor moved under them)
# (session 24 added exams 150-161's 98 pages (the NHS bodies' networks, departments, community
# providers, values, objectives and vision pages, GP and dental practices, pharmacies, CCGs and
# HSCPs) and took the "Our vision is" lead out of visions and missions: blind annotators since
# exam 140 drop it (on their 185 pages vision 0.43 -> 0.67, mission 0.26 -> 0.47 with the
# change), the older real pages' annotators mostly kept it, so the vision and mission floors
# moved down with it; the 1,548 pages scored 0.616 / 0.568 / 0.805 / 0.765 / 0.687; with exams 162-163 the 1,563 pages score
# 0.615 / 0.570 / 0.803 / 0.764 / 0.687, and the floors sit about 0.01 under them)
# (session 25 added exams 164-181's 141 pages and left "Our aim / goal is to" and "The ICB's
# role is to" out of visions and missions as "Our vision is" is (blind annotators since exam 140
# dropped those leads 6 times in 6, the older ones kept them 28 times in 33); with the session's
# rules the 1,704 pages score 0.627 / 0.557 / 0.793 / 0.758 / 0.683 as text, and the floors sit
# about 0.01 under them)
# (session 27 added exams 197-214's 136 pages, scored once each before their rules (networks,
# NIHR bodies, GP practices, Healthwatch, single services, Crown dependencies, trusts' and
# boards' sub-pages); with the session's rules the 1,962 pages score 0.630 / 0.572 / 0.779 /
# 0.740 / 0.667 as text, and the floors sit about 0.01 under them)
# (session 28 added exams 215-218's 29 pages (values pages, strategy documents' text, equality,
# digital and carers pages, green plans and anchor pledges), scored once each before their
# rules; before any rule for them the 1,991 pages score 0.632 / 0.571 / 0.773 / 0.737 / 0.665;
# with exams 219-222's 26 pages (careers pages, GP and dental practices, charities, health and
# wellbeing boards) and the session's first rules the 2,017 pages score 0.631 / 0.569 / 0.785 /
# 0.737 / 0.664; with exams 223-226's 35 pages (royal colleges, national bodies, specialist
# trusts, CICs and federations, academic health partnerships) and all the session's rules the
# 2,052 pages score 0.629 / 0.569 / 0.785 / 0.738 / 0.665)
FLOORS = {"vision": 0.62, "mission": 0.56, "value_names": 0.77, "goal_names": 0.73, "statements": 0.66}


@cache
def _extraction(page: Path) -> Extraction:
    return extract_file(page)


def _result(page: Path) -> dict:
    return to_contract_json(_extraction(page))


def test_every_case_has_a_source() -> None:
    listed = {line.split(",", 1)[0] for line in (REAL / "MANIFEST.csv").read_text(encoding="utf-8").splitlines()[1:]}
    assert {case.name for case in CASES} == listed
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_output_follows_the_contract_and_quotes_the_page(case) -> None:  # noqa: ANN001
    result = _result(case.page)
    validate_contract(result)
    extraction = _extraction(case.page)
    for statement in extraction.statements():
        assert extraction.document.text[statement.span.start : statement.span.end] == statement.text


def test_f1_floors_over_all_real_pages() -> None:
    totals = {name: Counts() for name in FLOORS}
    for case in CASES:
        scores = score_case(case.expected, _result(case.page))
        for name in FLOORS:
            totals[name].add(scores[name])
    low = {name: c for name, c in totals.items() if c.f1 < FLOORS[name]}
    assert not low, format_table(totals) + "\n" + "\n".join(
        f"{name}: missed {c.missed} extra {c.extra}" for name, c in low.items())
