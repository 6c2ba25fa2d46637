"""A PDF printed by a real browser engine (Debian's chromium, through Playwright): the reader
finds its paragraphs and spells out its ligatures, and the extractor reads it like the web page.

fpdf2, which typesets the other PDF tests, writes one text object per line; chromium's Skia
backend writes scaled, flipped text matrices and ligature glyphs ("eﬀective"), as the PDFs that
trusts export from their sites and word processors do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from strategygraph.extract import extract_file, to_contract_json
from strategygraph.readers import read_document

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; width: 16cm; }
p { margin: 0 0 9pt 0; text-align: justify; } h2 { font-size: 15pt; margin: 14pt 0 6pt 0; }
</style></head><body>
<h2>Our strategy 2025 to 2030</h2>
<p>Our vision is to give the best care to every family in Ashby, working with our partners in the
county council and the voluntary sector to make our towns healthier places to live and grow up in.</p>
<h2>Our commitments</h2>
<p>We will open an effective and efficient urgent treatment centre in Ashby town centre, so that
fewer people need to travel to the county hospital for minor injuries and illnesses.</p>
<p>We will offer every patient with a long-term condition a named nurse and a care plan of their own
by the end of March 2027.</p>
</body></html>"""


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("printed") / "strategy.pdf"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.set_content(PAGE)
            page.pdf(path=str(path), format="A4")
        finally:
            browser.close()
    return path


def test_paragraphs_are_apart_and_ligatures_spelt_out(printed: Path) -> None:
    text = read_document(printed).text
    assert "ﬀ" not in text and "ﬁ" not in text
    assert "effective and efficient" in " ".join(text.split())
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    assert "Our commitments" in paragraphs
    assert any(p.startswith("We will open") and p.endswith("minor injuries and illnesses.") for p in paragraphs)


def test_the_printed_page_reads_like_the_web_page(printed: Path) -> None:
    result = to_contract_json(extract_file(printed))
    assert result["vision"] is not None and result["vision"].startswith("to give the best care")
    assert result["commitments"] == [
        "We will open an effective and efficient urgent treatment centre in Ashby town centre, so that fewer "
        "people need to travel to the county hospital for minor injuries and illnesses.",
        "We will offer every patient with a long-term condition a named nurse and a care plan of their own by "
        "the end of March 2027.",
    ]
