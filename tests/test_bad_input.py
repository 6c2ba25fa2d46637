"""Bad input to ``strategygraph extract``: one clear line on stderr, the documented exit code,
never a traceback; odd but readable pages still extract."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from strategygraph.cli import main


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("strategygraph: ")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 64, "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary"),
        ("notes.docx", b"PK\x03\x04 some zip", "unknown file type"),
        ("noextension", b"Our vision", "unknown file type"),
    ],
)
def test_unreadable_file_exits_2(tmp_path: Path, name: str, content: bytes, message: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 2
    assert out == ""
    _assert_one_line_error(err)
    assert message in err


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["extract", str(tmp_path / "missing.txt")], capsys)
    assert code == 2
    _assert_one_line_error(err)
    assert "no such file" in err
    code, _, err = _run(["extract", str(tmp_path)], capsys)
    assert code == 2
    _assert_one_line_error(err)
    assert "folder" in err


def test_latin1_file_warns_and_still_extracts(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Our vision\n\nA caf\u00e9 on every ward \u2013 and \x81 more.\n".encode(
        "latin-1", errors="replace").replace(b"?", b"\x81"))
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 0
    assert "warning" in err and "UTF-8" in err
    result = json.loads(out)
    assert result["vision"].startswith("A café on every ward")
    assert result["warnings"]


def test_title_only_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "title.md"
    path.write_text("# Our strategy\n", encoding="utf-8")
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 0
    assert err == ""
    result = json.loads(out)
    assert result["vision"] is None and result["mission"] is None
    assert result["values"] == result["goals"] == result["commitments"] == result["themes"] == []


def test_html_with_no_visible_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var a = 1;</script><nav>Home</nav></body></html>",
                    encoding="utf-8")
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 0
    assert "no visible text" in err
    assert json.loads(out)["goals"] == []


INJECTION = "<script>alert('x')</script> and <img src=x onerror=alert(1)>"


def test_injection_in_text_is_kept_as_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "inject.txt"
    path.write_text(f"Our vision\n\nSafe care for all {INJECTION}\n\nWe will:\n\n"
                    f"• publish {INJECTION} as text\n", encoding="utf-8")
    code, out, _ = _run(["extract", str(path)], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["vision"] == f"Safe care for all {INJECTION}"
    assert result["commitments"] == [f"publish {INJECTION} as text"]


def test_injection_in_html_text_is_kept_as_data(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    escaped = INJECTION.replace("<", "&lt;").replace(">", "&gt;")
    path = tmp_path / "inject.html"
    path.write_text(
        "<html><body><h2>Our vision</h2><p>Safe care " + escaped + "</p>"
        "<script>document.write('executed')</script><img src=x onerror=\"alert('real')\">"
        "<h2>Our values</h2><ul><li>Kind " + escaped + "</li></ul></body></html>",
        encoding="utf-8",
    )
    code, out, _ = _run(["extract", str(path)], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["vision"] == f"Safe care {INJECTION}"
    assert "executed" not in out and "alert('real')" not in out
    assert [v["name"] for v in result["values"]] == [f"Kind {INJECTION}"]


def test_twenty_megabyte_file_is_quick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    block = (
        "Our priorities\n\nIn the year ahead we will:\n\n  • reduce waiting times for planned care\n"
        "  • recruit more nurses and support our staff\n\nWe will work with Northshire County "
        "Council to improve health. Our vision is to be the best.\n\n"
    )
    path = tmp_path / "huge.txt"
    path.write_text(block * (20_000_000 // len(block) + 1), encoding="utf-8")
    assert path.stat().st_size >= 20_000_000
    started = time.perf_counter()
    code, out, err = _run(["extract", str(path)], capsys)
    elapsed = time.perf_counter() - started
    assert code == 0
    # (a guard against a hang or a quadratic reader, not a speed figure: about 6 s alone on this
    # machine, up to 15 s with the rest of the suite on both cores; the benchmarks measure speed)
    assert elapsed < 45, f"took {elapsed:.1f} s"
    assert "only the first" in err
    result = json.loads(out)
    assert result["commitments"][0] == "reduce waiting times for planned care"


def test_one_huge_line_is_quick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "line.txt"
    path.write_text("we will do it and " * 300_000, encoding="utf-8")
    started = time.perf_counter()
    code, _, _ = _run(["extract", str(path)], capsys)
    assert code == 0
    assert time.perf_counter() - started < 45  # (about 4 s alone: a guard against a hang, as above)
