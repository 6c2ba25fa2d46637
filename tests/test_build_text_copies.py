"""A text file whose text as read is not its plain decoding (twice-decoded characters repaired)
keeps a copy of that text beside the build, so that its offsets resolve and its source page
highlights the statements; a file read as it is needs no copy."""

from __future__ import annotations

from pathlib import Path

from strategygraph.build import build_corpus

MOJIBAKE = ("Our vision\n\nOur vision is weâ€™ll deliver â€œgreatâ€\x9d care for everyone.\n\n"
            "Our values\n\n- Kind\n- Fair\n")
PLAIN = "Our vision\n\nOur vision is to give great care to everyone in Ashby.\n"


def test_repaired_text_is_kept_and_highlighted(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "repaired.txt").write_text(MOJIBAKE, encoding="utf-8")
    (corpus / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (corpus / "manifest.toml").write_text(
        '[[document]]\nfile = "repaired.txt"\norganisations = ["RXM"]\n\n'
        '[[document]]\nfile = "plain.txt"\norganisations = ["RXM"]\n', encoding="utf-8")
    out = tmp_path / "build"
    summary = build_corpus(corpus, out, reason=False, pages=True)
    assert any("repaired" in warning for outcome in summary.documents for warning in outcome.warnings)
    kept = {path.stem for path in (out / "text").iterdir()}
    assert "repaired" in kept and "plain" not in kept
    assert "we’ll deliver “great” care" in (out / "text" / "repaired.txt").read_text(encoding="utf-8")
    page = (out / "pages" / "source" / "repaired.html").read_text(encoding="utf-8")
    assert "<mark" in page and "differs from the one the graph was built from" not in page
