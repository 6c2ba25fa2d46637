"""Readers: each format's text, offsets, structure, warnings and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategygraph.errors import InputError
from strategygraph.readers import read_document

HTML_PAGE = """<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>
<script>var tracking = "do not read";</script></head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner"><p>We use cookies on this site.</p></div>
<header><p>Site header text</p></header>
<nav><ul><li>Home</li><li>About us</li></ul></nav>
<ol class="breadcrumb"><li>Home</li><li>Strategy</li></ol>
<main>
<h1>Our   strategy</h1>
<p>First paragraph with <b>bold</b> text.</p>
<div aria-hidden="true">Hidden decoration</div>
<svg><text>svg text</text></svg>
<noscript>Enable JavaScript</noscript>
<form><label>Search the site</label></form>
<h2>Our values</h2>
<ul><li>Kind<ul><li>Nested behaviour</li></ul></li><li>Open &lt;script&gt;alert(1)&lt;/script&gt;</li></ul>
</main>
<footer><p>Footer text</p></footer>
</body></html>"""


def test_text_is_the_file_unchanged(tmp_path: Path) -> None:
    text = "Our vision\r\n\r\nTo be  great.\n\t• Item\n"
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    document = read_document(path)
    assert document.text == text
    assert document.media_type == "text/plain"
    assert document.warnings == []
    assert document.doc_id == "page"


def test_markdown_is_the_file_unchanged(tmp_path: Path) -> None:
    text = "# Title\n\n* **Kind** – we care\n"
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    document = read_document(path, "my-doc")
    assert document.text == text
    assert document.media_type == "text/markdown"
    assert document.doc_id == "my-doc"


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfOur vision")
    assert read_document(path).text == "Our vision"


@pytest.mark.parametrize(
    ("raw", "encoding", "expected"),
    [
        ("Our vision – café".encode("cp1252"), "cp1252", "Our vision – café"),
        (b"Caf\xe9 \x81 value", "latin-1", "Café \x81 value"),
    ],
)
def test_fallback_decoding_warns(tmp_path: Path, raw: bytes, encoding: str, expected: str) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(raw)
    document = read_document(path)
    assert document.text == expected
    assert len(document.warnings) == 1
    assert encoding in document.warnings[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # quotes, a dash and an apostrophe whose two last bytes were lost: only "â" is left
        ("Our vision is a county where \u00e2people thrive\u00e2 and \u00e2no one is left behind\u00e2. "
         "Three goals \u00e2 start well and age well. We\u00e2ll listen.",
         "Our vision is a county where “people thrive” and “no one is left behind”. "
         "Three goals – start well and age well. We’ll listen."),
        # Welsh "â" (inside a word, or alone for "with") is a letter: the text stays as it is
        ("Gofal â pharch yn y tân. Our \u00e2values\u00e2 matter.", "Gofal â pharch yn y tân. Our \u00e2values\u00e2 matter."),
    ],
)
def test_lost_byte_punctuation_is_put_back(tmp_path: Path, raw: str, expected: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    document = read_document(path)
    assert document.text == expected
    assert len(document.text) == len(raw)  # one character for one: offsets into the file still hold
    assert bool(document.warnings) == (raw != expected)


def test_html_keeps_visible_text_and_structure(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    document = read_document(path)
    text = document.text
    for dropped in ("do not read", "color:red", "cookies", "Site header", "Home", "About us",
                    "Skip to main", "Hidden decoration", "svg text", "Enable JavaScript",
                    "Search the site", "Footer text"):
        assert dropped not in text, dropped
    assert text.splitlines()[:2] == ["Our strategy", "First paragraph with bold text."]
    kinds = [(kind, level, text[start:end]) for kind, level, start, end in document.structure]
    assert ("heading", 1, "Our strategy") in kinds
    assert ("heading", 2, "Our values") in kinds
    assert ("item", 1, "Kind") in kinds
    assert ("item", 2, "Nested behaviour") in kinds
    # markup written as text in the page stays text
    assert ("item", 1, "Open <script>alert(1)</script>") in kinds


def test_html_table_rows_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "table.html"
    path.write_text(
        "<h2>Our values</h2><table><tr><th>Value</th><th>Meaning</th></tr>"
        "<tr><td>Caring</td><td>We care</td></tr></table>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.text.splitlines() == ["Our values", "Caring – We care"]


def _make_pdf(path: Path, pages: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for page in pages:
        pdf.add_page()
        for line in page.splitlines():
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_text_layer_and_page_starts(tmp_path: Path) -> None:
    path = tmp_path / "strategy.pdf"
    _make_pdf(path, ["Our vision", "Our values\n- Kind\n- Open"])
    document = read_document(path)
    assert document.media_type == "application/pdf"
    assert len(document.page_starts) == 2
    assert document.page_starts[0] == 0
    second = document.text[document.page_starts[1]:]
    assert second.startswith("Our values")
    assert "Our vision" in document.text[: document.page_starts[1]]


def test_pdf_statements_carry_their_page(tmp_path: Path) -> None:
    from strategygraph.extract import extract

    path = tmp_path / "strategy.pdf"
    _make_pdf(path, ["Our strategy", "Our vision\nHealthier lives for everyone.\nOur values\n- Kind\n- Open"])
    extraction = extract(read_document(path))
    assert extraction.vision is not None
    assert extraction.vision.text == "Healthier lives for everyone."
    assert extraction.vision.span.page == 2
    assert [v.text for v in extraction.values] == ["Kind", "Open"]


def test_pdf_room_between_paragraphs_is_a_blank_line(tmp_path: Path) -> None:
    from pdf_pages import typeset

    path = tmp_path / "plan.pdf"
    wrapped = ("responding quickly to patients who contact our emergency and urgent care services, and "
               "use our transport service across the whole of the county")
    typeset(["Our priorities\n\ndelivering quality services which are safe and effective\n\n" + wrapped
             + "\n\nproviding advice and treatment closer to home"], path, title="Ashby Trust strategy")
    text = read_document(path).text
    # the room after a paragraph is a blank line; a paragraph's wrapped lines stay one paragraph
    assert "safe and effective\n\nresponding" in text
    assert "\n\n" not in text[text.index("responding") : text.index("county")]
    assert "county\n\nproviding" in text


def test_a_sentence_running_on_to_the_next_page_stays_whole(tmp_path: Path) -> None:
    from strategygraph.extract import extract_file, to_contract_json

    path = tmp_path / "plan.pdf"
    _make_pdf(path, ["Our commitments\nWe will open a new urgent treatment centre in Ashby so that",
                     "fewer people travel to the county hospital for minor injuries."])
    document = read_document(path)
    assert "so that\nfewer people" in document.text
    assert document.page_starts[1] == document.text.index("fewer people")
    assert to_contract_json(extract_file(path))["commitments"] == [
        "We will open a new urgent treatment centre in Ashby so that fewer people travel to the county "
        "hospital for minor injuries."]


def test_a_page_that_stops_on_and_goes_on_in_the_next(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    _make_pdf(path, ["Our commitments\nWe will open a new centre in Ashford and", "Medway by 2026."])
    assert "Ashford and\nMedway" in read_document(path).text


def test_scanned_pdf_without_text_is_refused(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a picture, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match="no text layer"):
        read_document(path)


def test_broken_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n" * 20)
    with pytest.raises(InputError, match="PDF"):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("notes.docx", b"PK\x03\x04", "unknown file type"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_document(tmp_path)
