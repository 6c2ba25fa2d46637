"""Typeset test pages as a strategy PDF, the way most trusts publish: wrapped, justified
paragraphs with room after each, a running title at the top and "Page n of N" at the foot.

The extractor then meets what a PDF's text layer gives: no blank lines, hard wraps mid-sentence,
the running lines on every page. Used by the held-out PDF cases and by the real pages' PDF check.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# what English (and Welsh) strategy pages are written in: Latin letters with their accents,
# punctuation, currency, letterlike symbols, arrows, bullets, ticks and boxes, ligatures
_SUBSET_RANGES = [(0x20, 0x17F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x215F), (0x2190, 0x21FF),
                  (0x2212, 0x2212), (0x25A0, 0x25FF), (0x2610, 0x2613), (0x2713, 0x2718), (0xFB00, 0xFB06)]


@cache
def _fonts() -> tuple[Path, frozenset[int], frozenset[int]]:
    """(a copy of :data:`FONT` cut to the usual scripts, its code points, the whole font's).

    Reading the whole font for each of thousands of test PDFs took about a third of their time;
    the cut copy gives the same glyphs and so the same text layer, and a page with a character
    only the whole font has is set in the whole font.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    whole = frozenset(TTFont(FONT).getBestCmap())
    wanted = [point for low, high in _SUBSET_RANGES for point in range(low, high + 1) if point in whole]
    font = TTFont(FONT)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=wanted)
    cutter.subset(font)
    folder = Path(tempfile.mkdtemp(prefix="pdf-pages-font-"))
    atexit.register(shutil.rmtree, folder, True)
    target = folder / "DejaVuSans-cut.ttf"
    font.save(target)
    return target, frozenset(TTFont(target).getBestCmap()), whole


def _font_for(texts: list[str]) -> Path:
    """The cut font when it has every character of ``texts`` the whole font has, else the whole font."""
    cut, cut_points, whole = _fonts()
    used = {ord(c) for text in texts for c in text}
    return cut if (used & whole) <= cut_points else FONT


def typeset(pages: list[str], target: Path, *, title: str, flow: bool = False) -> None:
    """Write ``pages`` (each a text whose paragraphs are apart by a blank line; a paragraph's own
    lines stay lines) to ``target``. With ``flow`` a long page runs on to new pages."""
    from fpdf import FPDF

    class StrategyPdf(FPDF):
        def header(self) -> None:
            self.set_font("body", size=8)
            self.cell(0, 6, title, align="R")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("body", size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = StrategyPdf(format="A4")
    pdf.add_font("body", fname=str(_font_for([*pages, title])))
    pdf.set_auto_page_break(auto=flow, margin=20)
    for page in pages:
        pdf.add_page()
        pdf.set_font("body", size=10)
        for paragraph in page.split("\n\n"):
            # (a PDF indents by position: its text layer has no leading spaces)
            lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
            if lines:
                pdf.multi_cell(0, 5, "\n".join(lines))
                pdf.ln(3)
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(target))
