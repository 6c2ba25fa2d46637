"""The real pages of ``tests/extraction_real/`` set as a website's HTML: the HTML path keeps up
with the text path on the same pages.

A user's own strategy pages are often saved from the web: structure comes from tags, and the
page carries a site's chrome (cookie banner, menus, breadcrumb, related links, footer). Each real
``page.txt`` is set as HTML with :mod:`web_pages` (each line an element: a heading, a list item
or a paragraph) and scored against the same gold. The floors sit a little under what the HTML
pages score now: a reader change that keeps the chrome, loses the lists or merges the headings
into the text fails here.

Under pytest the check reads about a third of the real pages (``rewritten_pages.RENDITION_CASES``, chosen
by their names; all of them with ``SG_ALL_REAL_PAGES=1``); run as a script, it reads them all.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rewritten_pages import REAL_TEXT_CASES, RENDITION_CASES, floors_failure, rewritten_totals
from web_pages import render_html

from strategygraph.score import Counts, format_table

CASES = RENDITION_CASES
# (set just under what the 490 pages score as HTML now, 0.75 / 0.72 / 0.84 / 0.82 / 0.76, against
# 0.77 / 0.73 / 0.87 / 0.86 / 0.77 as text; when first set as HTML (470 pages, every title an h2)
# they scored 0.70 / 0.70 / 0.73 / 0.80 / 0.72, before an HTML paragraph stopped being read as a
# hard wrap of the one before it and before an <ol>'s entries were read as numbered; the 60 pages of
# exams 58-63, added in session 16, bring the 627 pages to 0.72 / 0.72 / 0.83 / 0.82 / 0.75 as
# HTML, against 0.74 / 0.72 / 0.87 / 0.85 / 0.77 as text: the vision floor moved under them)
# (with exams 64-67 too, and 68-69, the 689 pages score 0.72 / 0.68 / 0.83 / 0.81 / 0.74 as HTML)
# (session 17's 79 exam pages bring the 768 pages to 0.71 / 0.66 / 0.83 / 0.80 / 0.73 as HTML)
# (session 18's 74 exam pages bring the 842 pages to 0.71 / 0.67 / 0.82 / 0.79 / 0.72 as HTML; with
# exams 86-89, the 882 pages score 0.72 / 0.67 / 0.82 / 0.79 / 0.71; with exams 90-93, the 922
# pages score 0.71 / 0.66 / 0.81 / 0.78 / 0.70, the 938 with exams 94-95 0.71 / 0.66 / 0.81 / 0.77 / 0.70)
# (session 19's exams 96-103 bring the 1,017 pages to 0.72 / 0.65 / 0.81 / 0.77 / 0.69 as HTML, and
# exams 104-107 the 1,057 pages to 0.71 / 0.63 / 0.81 / 0.77 / 0.69; exams 108-111 the 1,097 pages
# to 0.71 / 0.63 / 0.81 / 0.76 / 0.68: 0.708 / 0.625 / 0.810 / 0.764 / 0.684; exams 112-115 the 1,137
# pages to 0.703 / 0.621 / 0.798 / 0.759 / 0.680; exams 116-119 the 1,169 pages to 0.698 / 0.612 /
# 0.798 / 0.758 / 0.680; session 21's exams 120-127 the 1,247 pages to 0.712 / 0.632 / 0.790 / 0.750 /
# 0.676 with that session's rules, 0.714 / 0.636 / 0.794 / 0.752 / 0.677 with real titles on the
# rewritten pages; exams 128-130 the 1,273 pages to 0.710 / 0.629 / 0.794 / 0.749 / 0.675; session
# 22's exams 131-142, 120 pages of NHS bodies, the 1,393 pages to 0.699 / 0.634 / 0.788 / 0.746 /
# 0.670 with that session's rules: the statements floor moved under them)
# (session 24 added exams 150-161's 98 pages (the NHS bodies' networks, departments, community
# providers, values, objectives and vision pages, GP and dental practices, pharmacies, CCGs and
# HSCPs) and took the "Our vision is" lead out of visions and missions: blind annotators since
# exam 140 drop it (on their 185 pages vision 0.43 -> 0.67, mission 0.26 -> 0.47 with the
# change), the older real pages' annotators mostly kept it, so the vision and mission floors
# moved down with it; the 1,546 pages scored 0.606 / 0.560 / 0.775 / 0.744 / 0.672 as HTML; with exams 162-163 the 1,561
# pages score 0.604 / 0.561 / 0.773 / 0.742 / 0.672, and the floors sit about 0.01 under them)
# (session 25 added exams 164-181's 141 pages and left "Our aim / goal is to" and "The ICB's
# role is to" out of visions and missions as "Our vision is" is; with the session's rules the 1,702
# pages score 0.617 / 0.552 / 0.764 / 0.737 / 0.665 as HTML, and the floors sit about 0.01 under them)
# (session 26 added exams 182-196's 122 pages; the 1,824 pages score 0.621 / 0.554 / 0.768 / 0.729 /
# 0.662 as HTML, and the half pytest reads (chosen by name), 0.625 / 0.549 / 0.781 / 0.735 / 0.655:
# the floors sit about 0.01 under the lower of the two)
# (session 27's exams 197-214 bring the 1,960 pages to 0.621 / 0.568 / 0.748 / 0.722 / 0.653 as
# HTML, the half pytest reads to 0.624 / 0.561 / 0.770 / 0.725 / 0.647)
# (session 28's exams 215-226 bring the 2,050 pages to 0.620 / 0.567 / 0.757 / 0.721 / 0.649 as
# HTML; pytest now reads a third of them, 708 pages, at 0.603 / 0.580 / 0.719 / 0.722 / 0.664, and
# the floors sit about 0.01 under the lower of the two)
FLOORS = {"vision": 0.59, "mission": 0.55, "value_names": 0.71, "goal_names": 0.71, "statements": 0.64}


def _write_html(text: str, page: Path, title: str) -> None:
    page.write_text(render_html(text, title=title), encoding="utf-8")


def _totals(verbose: bool = False) -> dict[str, Counts]:
    return rewritten_totals(CASES, list(FLOORS), "page.html", _write_html, verbose)


def test_there_are_real_text_pages_to_set() -> None:
    assert len(CASES) >= 300


def test_f1_floors_of_the_real_pages_as_html() -> None:
    failure = floors_failure(_totals(), FLOORS)
    assert not failure, failure


if __name__ == "__main__":
    CASES = REAL_TEXT_CASES  # (every page, not the half pytest reads)
    print(f"{len(CASES)} real pages set as HTML")
    print(format_table(_totals(verbose="-v" in sys.argv)))
    sys.exit(0)
