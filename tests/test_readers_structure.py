"""Readers keep a page's structure as its authors meant it (pages written for these tests).

HTML: a heading's words inside a ``<button>`` (Bootstrap accordions) or a ``<summary>`` are the
heading; a bold run that opens a sentence is part of that sentence; a list item's bold name and
its ``<br>``-separated description stay one item. PDF: running headers, footers and page numbers
repeated on every page are not text, and the offsets and ``page_starts`` index what is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from strategygraph.readers import read_document


def _html(tmp_path: Path, body: str):
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><body><main>{body}</main></body></html>", encoding="utf-8")
    document = read_document(path)
    for _kind, _level, start, end in document.structure:
        assert 0 <= start < end <= len(document.text)
    return document


def _marked(document) -> list[tuple[str, int, str]]:  # noqa: ANN001 (a ReadDocument)
    return [(kind, level, document.text[s:e]) for kind, level, s, e in document.structure]


def test_heading_text_inside_a_button_is_the_heading(tmp_path: Path) -> None:
    document = _html(tmp_path, """
<ul class="nav nav-tabs" role="tablist"><li><button type="button" role="tab">Vision</button></li></ul>
<h2>Our strategic objectives</h2>
<div class="accordion">
  <div class="accordion-item">
    <h3 class="accordion-header"><button class="accordion-button" type="button">1. Deliver outstanding care</button></h3>
    <div class="accordion-collapse"><ul><li>Give everyone a recovery plan</li></ul></div>
  </div>
  <div class="accordion-item">
    <h3 class="accordion-header"><button class="accordion-button collapsed" type="button">2. Support our people</button></h3>
    <div class="accordion-collapse"><ul><li>Name a wellbeing lead in every team</li></ul></div>
  </div>
</div>
<p>Share this page <button type="button">Copy link</button></p>""")
    assert _marked(document) == [
        ("heading", 2, "Our strategic objectives"),
        ("heading", 3, "1. Deliver outstanding care"),
        ("item", 1, "Give everyone a recovery plan"),
        ("heading", 3, "2. Support our people"),
        ("item", 1, "Name a wellbeing lead in every team"),
    ]
    assert "Vision" not in document.text.splitlines()  # a tab button is chrome
    assert "Copy link" not in document.text


def test_button_in_a_summary_and_role_heading_are_kept(tmp_path: Path) -> None:
    document = _html(tmp_path, """
<details><summary><button type="button">Ambition one: care closer to home</button></summary>
<p>We will open two community hubs.</p></details>
<div role="heading" aria-level="3"><button type="button">Our people</button></div>
<p>We will train 40 district nurses.</p>""")
    lines = document.text.splitlines()
    assert "Ambition one: care closer to home" in lines
    assert ("heading", 3, "Our people") in _marked(document)


def test_bold_run_that_opens_a_sentence_stays_in_its_paragraph(tmp_path: Path) -> None:
    document = _html(tmp_path, """
<p><strong>Our mission</strong> is to restore movement to every patient.</p>
<p><b>Compassion</b> We care for each other.</p>
<p><strong>Our values</strong></p>
<p><strong>Our people</strong><br>Become the employer of choice.</p>""")
    lines = document.text.splitlines()
    assert lines == [
        "Our mission is to restore movement to every patient.",
        "Compassion – We care for each other.",
        "Our values",
        "Our people",
        "Become the employer of choice.",
    ]


def test_bold_name_and_br_description_stay_one_list_item(tmp_path: Path) -> None:
    document = _html(tmp_path, """
<h4>Our five strategic priorities</h4>
<ol>
  <li><strong>Shorter waits</strong><br>Treat all routine patients within 18 weeks.</li>
  <li><strong>Green hospital</strong><br>Reduce our carbon footprint by 40% by 2030.</li>
  <li><p><b>Our people:</b><br>Become the employer of choice.</p></li>
  <li>First line<br>second line</li>
</ol>
<h4>Find out more</h4>""")
    marked = _marked(document)
    # (an <ol>'s entries are marked as numbered)
    assert ("numbered-item", 1, "Shorter waits – Treat all routine patients within 18 weeks.") in marked
    assert ("numbered-item", 1, "Green hospital – Reduce our carbon footprint by 40% by 2030.") in marked
    assert ("numbered-item", 1, "Our people: Become the employer of choice.") in marked
    assert ("numbered-item", 1, "First line") in marked  # a <br> not after a bold name still breaks
    assert marked[-1] == ("heading", 4, "Find out more")


def _typeset(path: Path, pages: list[list[str]], footer: str, header: str | None) -> None:
    """A PDF with a running header and a footer ("{n}" is the page number) on every page."""
    from fpdf import FPDF

    class Strategy(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("helvetica", size=8)
                self.cell(0, 6, header, align="R")
                self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("helvetica", size=8)
            self.cell(0, 10, footer.replace("{n}", str(self.page_no())), align="C")

    pdf = Strategy(format="A4")
    pdf.set_auto_page_break(auto=False)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


_PAGES = [
    ["Caring for Selworthy", "A strategy for our communities."],
    ["Our vision", "Everyone in Selworthy living well at home for longer."],
    ["Our values", "Caring - we treat everyone with kindness."],
    ["Our objectives", "Keep people well at home."],
]


@pytest.mark.parametrize(
    ("footer", "header"),
    [("Page {n} of 4", "Our Strategy 2024-2029"), ("{n}", "Our Strategy 2024-2029"),
     ("Selworthy Community Health Services", None)],
)
def test_pdf_running_headers_and_footers_are_dropped(
    tmp_path: Path, footer: str, header: str | None
) -> None:
    path = tmp_path / "strategy.pdf"
    _typeset(path, _PAGES, footer, header)
    document = read_document(path)
    text = document.text
    assert "Our Strategy" not in text
    assert "Page " not in text
    assert "Selworthy Community Health Services" not in text
    assert not any(line.strip().isdigit() for line in text.splitlines())
    assert len(document.page_starts) == len(_PAGES)
    for start, lines in zip(document.page_starts, _PAGES, strict=True):
        # each page starts at its own first line: nothing glued before the heading
        assert text[start:].startswith(lines[0] + "\n" + lines[1])
    heading = text.index("Our vision")
    assert text[heading : heading + len("Our vision")] == "Our vision"


def test_pdf_cover_title_that_repeats_the_running_header_is_kept_once(tmp_path: Path) -> None:
    path = tmp_path / "strategy.pdf"
    _typeset(path, [["Our Strategy 2024-2029", *_PAGES[0]], *_PAGES[1:]],
             "Page {n} of 4", "Our Strategy 2024-2029")
    text = read_document(path).text
    assert text.count("Our Strategy 2024-2029") == 1
    assert text.startswith("Our Strategy 2024-2029\nCaring for Selworthy")


def test_running_lines_repeat_at_the_same_end_of_most_pages() -> None:
    from strategygraph.readers.pdf import strip_running_lines

    pages = [
        "Annual plan\nOur vision\nTo be great.\nOur values\n3",
        "Annual plan\nOur values\nKind and open.\nOur goals\nMore text here\n4",
        "Annual plan\nOur goals\nBetter care.\nPage 5\nClosing words\nEnd of page",
    ]
    cleaned = strip_running_lines(pages)
    # "Our values" / "Our goals" end one page and open the next: content, not a running line
    assert cleaned[0] == "Our vision\nTo be great.\nOur values"
    assert cleaned[1] == "Our values\nKind and open.\nOur goals\nMore text here"
    assert cleaned[2] == "Our goals\nBetter care.\nClosing words\nEnd of page"
    # a single page has nothing to compare with: only page labels go
    assert strip_running_lines(["Our vision\nTo be great.\nPage 1 of 1"]) == ["Our vision\nTo be great."]


def test_an_accordion_header_in_a_plain_span_is_kept(tmp_path) -> None:  # noqa: ANN001
    """Sitecore's accordion puts each title in ``<div class="toggle-header"><span>``: the title
    is content (the objective's name), not the site's header."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html><body><main><h2>Our strategic objectives</h2><ul class="items"><li class="item">'
        '<div class="toggle-header" tabindex="0"><div class="label"><span class="field-heading">'
        '1. Outstanding care</span></div></div><div class="toggle-content"><p>We will:</p><ul>'
        '<li>reduce harm</li></ul></div></li></ul></main></body></html>', encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    result = to_contract_json(extract_file(page))
    assert [(g["name"], g["statements"]) for g in result["goals"]] == [("Outstanding care", ["reduce harm"])]


def test_a_practice_charter_keeps_its_promises_not_the_patients_part(tmp_path) -> None:  # noqa: ANN001
    """"What you can expect from us" / "We will:" lists commitments; "We ask that you:" lists what
    patients are asked to do, which is neither."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><main><h1>Our Practice Charter</h1><h2>What you can expect from us</h2><p>We will:</p>"
        "<ul><li>answer the telephone within two minutes</li><li>reply to any complaint within three days</li></ul>"
        "<h2>What we expect from you</h2><p>We ask that you:</p><ul><li>order repeat medication in good time</li>"
        "<li>cancel appointments you cannot attend</li></ul></main></body></html>", encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    result = to_contract_json(extract_file(page))
    assert result["goals"] == []
    assert result["commitments"] == ["answer the telephone within two minutes", "reply to any complaint within three days"]


def test_what_we_will_do_over_a_counted_goals_sentence_gives_goals(tmp_path) -> None:  # noqa: ANN001
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><main><h2>What we will do</h2><p>Our strategy has two big goals.</p><ul class='items'>"
        "<li class='item'><div class='toggle-header'><div class='field-heading'>Put families first</div></div>"
        "<div class='toggle-content'><ul><li>We will give every family a named contact.</li></ul></div></li>"
        "<li class='item'><div class='toggle-header'><div class='field-heading'>Lead in research</div></div>"
        "<div class='toggle-content'><ul><li>We will open a research facility.</li></ul></div></li></ul>"
        "</main></body></html>", encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    result = to_contract_json(extract_file(page))
    assert [(g["name"], g["statements"]) for g in result["goals"]] == [
        ("Put families first", ["We will give every family a named contact."]),
        ("Lead in research", ["We will open a research facility."])]


def test_typed_glyph_lists_joined_by_br_are_lists(tmp_path) -> None:  # noqa: ANN001
    """An old table-layout page writes its lists as "&bull; Name - text<br>" and "1. Goal<br>- We
    will ...<br>": the glyphs are list markers, the dashes under a numbered line its sub-list."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><table><tr><td><font>What we believe in<br>Our values guide the way we work:<br>"
        "&bull; Respect - for patients and colleagues<br>&bull; Honesty - being open<br><br>"
        "Our strategic goals are:<br>1. To improve the health of children<br>- We will reduce teenage pregnancy.<br>"
        "2. To help people stay independent<br>- We will provide a community matron.<br></font></td></tr>"
        "</table></body></html>", encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    result = to_contract_json(extract_file(page))
    assert [v["name"] for v in result["values"]] == ["Respect", "Honesty"]
    assert [(g["name"], g["statements"]) for g in result["goals"]] == [
        ("To improve the health of children", ["We will reduce teenage pregnancy."]),
        ("To help people stay independent", ["We will provide a community matron."])]


def test_wingdings_n_bullets_are_list_markers(tmp_path) -> None:  # noqa: ANN001
    """A PDF's Wingdings square bullet copied as the letter "n" ("n to provide a safe ...") on
    lines in a row: a list marker, not part of the text."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Our aims are:<br />\n\nn to provide a safe service<br />\n\n"
                    "n to become a provider of choice<br />\n</p></body></html>", encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    result = to_contract_json(extract_file(page))
    assert [g["name"] for g in result["goals"]] == ["to provide a safe service", "to become a provider of choice"]


def test_a_vision_and_mission_table_labels_each_cell(tmp_path) -> None:  # noqa: ANN001
    page = tmp_path / "page.html"
    page.write_text("<html><body><main><h2>Why we are here</h2><table><thead><tr><th>Vision</th><th>Mission</th></tr>"
                    "</thead><tbody><tr><td>Healthy lives for all.</td><td>To provide joined-up care.</td></tr></tbody>"
                    "</table></main></body></html>", encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    result = to_contract_json(extract_file(page))
    assert (result["vision"], result["mission"]) == ("Healthy lives for all.", "To provide joined-up care.")


def test_a_vision_banner_in_the_main_content_is_kept(tmp_path) -> None:  # noqa: ANN001
    page = tmp_path / "page.html"
    page.write_text('<html><body><header role="banner">Site name</header><main><div class="vision-banner" '
                    'role="banner"><h2>Our vision</h2><p>A life worth living for everyone we support.</p></div>'
                    "</main></body></html>", encoding="utf-8")
    from strategygraph.extract import extract_file, to_contract_json

    assert to_contract_json(extract_file(page))["vision"] == "A life worth living for everyone we support."


def test_ordered_and_unordered_list_entries_are_told_apart(tmp_path: Path) -> None:
    """An <ol>'s entries are numbered, an <ul>'s are bullets: "1. People" over its "By 2028 we
    will: ..." line reads as the numbered goal it is on the page."""
    document = _html(tmp_path, """
<ol><li>People</li></ol><p>By 2028 we will: ensure we are a great place to work</p>
<ul><li>Kind</li><li>Fair</li></ul>""")
    marked = _marked(document)
    assert ("numbered-item", 1, "People") in marked
    assert ("item", 1, "Kind") in marked and ("item", 1, "Fair") in marked
