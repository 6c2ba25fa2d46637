"""Segmenter: headings, items and their markers, nesting, wrapped lines; spans always valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategygraph.model import ReadDocument
from strategygraph.segment import is_title_like, segment


def _doc(text: str, media_type: str = "text/plain") -> ReadDocument:
    return ReadDocument(path=Path("page.txt"), doc_id="page", text=text, media_type=media_type)


def _blocks(text: str, media_type: str = "text/plain") -> list[tuple[str, str]]:
    document = _doc(text, media_type)
    return [(b.kind, text[b.start : b.end]) for b in segment(document)]


@pytest.mark.parametrize(
    "line",
    ["• Reduce waits", "- Reduce waits", "* Reduce waits", "– Reduce waits", "· Reduce waits",
     "▪ Reduce waits", "✓ Reduce waits", "1. Reduce waits", "1) Reduce waits", "(1) Reduce waits",
     "(a) Reduce waits", "a. Reduce waits", "b) Reduce waits", "(iv) Reduce waits",
     "   ◦ Reduce waits"],
)
def test_list_markers_are_removed(line: str) -> None:
    assert _blocks(line + "\n") == [("item", "Reduce waits")]


def test_markdown_headings_and_emphasis() -> None:
    text = "# Our strategy\n\nSetext title\n============\n\n**Bold title**\n\n> Quoted vision line\n"
    document = _doc(text, "text/markdown")
    blocks = segment(document)
    assert [(b.kind, b.level, text[b.start:b.end]) for b in blocks] == [
        ("heading", 1, "Our strategy"),
        ("heading", 1, "Setext title"),
        ("heading", None, "Bold title"),
        ("heading", None, "Quoted vision line"),
    ]


def test_title_like_lines() -> None:
    assert is_title_like("Our vision")
    assert is_title_like("Making Gloucestershire a better place for the future")
    assert not is_title_like("Healthier lives, empowered citizens, thriving communities.")
    assert not is_title_like("We are: kind, caring and understanding")
    assert not is_title_like("lower case start")
    assert not is_title_like("In the year ahead we will:")


def test_goal_labels_are_headings() -> None:
    blocks = segment(_doc("Goal 1: we will co-create care.\nPillar one\nSO2: Timely access\n"))
    assert [(b.kind, b.label) for b in blocks] == [("heading", True)] * 3


def test_bullets_nest_under_numbered_lines() -> None:
    text = "1. Great care\n\n  • Safe care\n  • Kind care\n2. Great place to work\n  • Retain staff\n"
    blocks = segment(_doc(text))
    assert [(text[b.start:b.end], b.depth) for b in blocks] == [
        ("Great care", 0), ("Safe care", 1), ("Kind care", 1),
        ("Great place to work", 0), ("Retain staff", 1),
    ]
    assert blocks[1].parent == 0 and blocks[4].parent == 3


def test_wrapped_lines_are_joined() -> None:
    text = ("We need to do this, along with the wider NHS,\nand to improve access.\n"
            "  • Improve quality for people with specific health\n  • conditions such as asthma\n"
            "  • continue to work\n  • support primary care\n")
    blocks = [(kind, " ".join(t.split())) for kind, t in _blocks(text)]
    assert blocks == [
        ("para", "We need to do this, along with the wider NHS, and to improve access."),
        ("item", "Improve quality for people with specific health • conditions such as asthma"),
        ("item", "continue to work"),
        ("item", "support primary care"),
    ]


def test_web_furniture_is_dropped() -> None:
    assert _blocks("Skip to main content\nBack to top\nShare this page\nOur vision\n") == [
        ("heading", "Our vision")
    ]


def test_lines_that_once_made_the_furniture_patterns_backtrack() -> None:
    """A cover sheet's row of tick boxes that is not all boxes, and a line of bars: both used to
    take exponential time in the furniture patterns (a hang on a 250-character line)."""
    boxes = "Approval ☐ Assurance ☒ Discussion ☐ Information ☐ Noting ☐ Decision ☐ Other ☐ " * 4
    bars = "Harnfield | " * 30
    found = _blocks(f"{boxes}(tick one)\n{bars}\nOur vision\nApproval ☒\n")
    assert ("heading", "Our vision") in found
    assert all("Approval ☒" != text for _, text in found)  # a whole row of boxes is furniture
    assert _blocks("|" * 50 + "\n# Our values\n", "text/markdown")[-1] == ("heading", "Our values")


def test_html_structure_is_used() -> None:
    text = "Our values\nKind\nA paragraph that is long enough to be prose, not a title."
    document = _doc(text, "text/html")
    document.structure = [("heading", 2, 0, 10), ("item", 1, 11, 15)]
    blocks = segment(document)
    assert [(b.kind, b.level, b.explicit) for b in blocks] == [
        ("heading", 2, True), ("item", 1, True), ("para", None, False)
    ]


def test_html_paragraphs_are_not_joined_as_hard_wraps() -> None:
    """Each line of an HTML page's text is an element of its own: a long line without a stop is
    not a wrapped paragraph going on in the next, capitalised one (as it can be in a PDF)."""
    text = ("Our PEOPLE values shape how we deliver NHS services in our local communities\n"
            "An image which displays the trust values, We are Bridgewater People.")
    assert _blocks(text, "text/html") == [("para", line) for line in text.splitlines()]
    assert len(_blocks(text)) == 1  # (in plain text, the same two lines are one wrapped paragraph)


def test_spans_index_the_text_and_limit_is_respected() -> None:
    text = "Our vision\n\n  • One\n  • Two\n# Three\n" * 50
    blocks = segment(_doc(text))
    for block in blocks:
        assert text[block.start:block.end] == text[block.start:block.end].strip()
        assert block.start < block.end
    limited = segment(_doc(text), limit=100)
    assert limited and all(b.start < 100 for b in limited)
    assert len(limited) < len(blocks)


def test_pdf_lines_wrap_by_the_page_width(tmp_path: Path) -> None:
    """In a PDF a line set to the page's full width goes on in the next line, whatever that
    line starts with; a line that ends short of it ends its entry."""
    from pdf_pages import typeset

    from strategygraph.readers import read_document

    filler = "\n\n".join(
        f"Paragraph {n} of the report tells the story of the year at the trust, its wards, its clinics "
        "and its people, and how the work went across the county over the twelve months." for n in range(6))
    objectives = ("Our objectives are:\n"
                  "Deliver outstanding care and put the patient first in everything we do\n"
                  "Be a fantastic and inclusive place to work, where everyone can develop and learn, and where "
                  "we support our staff and make sure they feel valued for their care\n"
                  "Make sure our staff can act on health inequalities\n\n"
                  "• Answer calls as quickly as possible for emergency services, for 111 and for the Patient "
                  "Transport Service (PTS), by achieving the national standards\n"
                  "• Support the introduction of 111 online")
    path = tmp_path / "report.pdf"
    typeset([filler + "\n\n" + objectives], path, title="Annual report")
    document = read_document(path)
    texts = [" ".join(document.text[b.start : b.end].split()) for b in segment(document)]
    assert "Deliver outstanding care and put the patient first in everything we do" in texts
    assert ("Be a fantastic and inclusive place to work, where everyone can develop and learn, and where we "
            "support our staff and make sure they feel valued for their care") in texts
    assert ("Answer calls as quickly as possible for emergency services, for 111 and for the Patient Transport "
            "Service (PTS), by achieving the national standards") in texts


def _pdf_blocks(path: Path) -> list[str]:
    from strategygraph.readers import read_document

    document = read_document(path)
    return [" ".join(document.text[b.start : b.end].split()) for b in segment(document)]


def test_pdf_bullet_glyph_in_another_size_keeps_its_wrapped_line(tmp_path: Path) -> None:
    """A bullet set larger than its text (a Word or InDesign export) does not part the item from
    its wrapped second line."""
    from fpdf import FPDF
    from pdf_pages import FONT

    pdf = FPDF()
    pdf.add_font("body", fname=str(FONT))
    pdf.add_page()
    item = ("We will reduce waiting times for planned care so that nobody waits longer than eighteen weeks "
            "for treatment by March 2026.")
    for _ in range(2):
        pdf.set_font("body", size=16)
        pdf.cell(6, 6, "•")
        pdf.set_font("body", size=10)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "bullets.pdf"
    pdf.output(str(path))
    assert _pdf_blocks(path).count(item) == 2


def test_pdf_lead_in_and_full_width_entries_stay_entries(tmp_path: Path) -> None:
    """Entries as wide as the page under "...:", their markers lost and no stop at their ends,
    are entries of a list, not one paragraph (the room after the lead-in notwithstanding)."""
    from pdf_pages import typeset

    body = ("Our hospitals served more than half a million people last year across the county, and our "
            "community teams made over two million visits to patients in their own homes.")
    entries = ["Reduce waiting times for planned operations and outpatient appointments across every site",
               "Improve the health of children and young people in our most deprived neighbourhoods",
               "Recruit and keep the nurses, doctors and therapists we need in every service we run"]
    path = tmp_path / "priorities.pdf"
    typeset([f"{body}\n\n{body}\n\nOur priorities for the next five years are:\n\n" + "\n".join(entries)],
            path, title="Annual report")
    blocks = _pdf_blocks(path)
    assert all(entry in blocks for entry in entries), blocks
