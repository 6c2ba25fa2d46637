"""Typeset test pages as a strategy PDF, the way most trusts publish: wrapped, justified
paragraphs with room after each, a running title at the top and "Page n of N" at the foot.

The extractor then meets what a PDF's text layer gives: no blank lines, hard wraps mid-sentence,
the running lines on every page. Used by the held-out PDF cases and by the real pages' PDF check.
"""

from __future__ import annotations

from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


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
    pdf.add_font("body", fname=str(FONT))
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
