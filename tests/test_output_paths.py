"""A mistyped or unwritable ``--out`` gets one line on stderr and exit code 2, before any work
and never as a traceback; the build's own exports are readable by others (0644)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from strategygraph import cli
from strategygraph.cli import main
from strategygraph.paths import CORPUS_DIR


def _one_line_error(capsys: pytest.CaptureFixture[str], code: int) -> str:
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_build_out_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "outfile"
    blocker.write_text("x")
    assert "is a file, not a folder" in _one_line_error(capsys, main(["build", str(CORPUS_DIR), "--out", str(blocker)]))
    err = _one_line_error(capsys, main(["build", str(CORPUS_DIR), "--out", str(blocker / "sub")]))
    assert "outfile is a file" in err


def test_export_out_that_is_a_folder_or_under_a_file(seed_build, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    store = str(seed_build.store_path)
    code = main(["--store", store, "export", "--format", "ttl", "--out", str(tmp_path)])
    assert "is a folder, not a file" in _one_line_error(capsys, code)
    blocker = tmp_path / "outfile"
    blocker.write_text("x")
    code = main(["--store", store, "export", "--format", "ttl", "--out", str(blocker / "x.ttl")])
    assert "outfile is a file" in _one_line_error(capsys, code)


def test_visualise_out_that_is_a_file(seed_build, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "pages"
    blocker.write_text("x")
    code = main(["--store", str(seed_build.store_path), "visualise", "--out", str(blocker)])
    assert "is a file, not a folder" in _one_line_error(capsys, code)


def test_a_refused_path_is_one_line(seed_build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A read-only folder or a full disk (simulated: the tests may run as root) is the user's to
    fix: one line naming the path, exit 2."""
    import strategygraph.export as export

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(tmp_path / "all.ttl"))

    monkeypatch.setattr(export, "export_to", refuse)
    code = main(["--store", str(seed_build.store_path), "export", "--format", "ttl", "--out", str(tmp_path / "all.ttl")])
    assert "Permission denied: " in _one_line_error(capsys, code)
    assert cli._os_message(OSError("plain")) == "plain"


def test_build_exports_are_readable_by_others(seed_build) -> None:
    for path in (seed_build.trig, seed_build.ttl):
        assert stat.S_IMODE(path.resolve().stat().st_mode) & 0o044 == 0o044


def test_visualise_text_folder_that_does_not_exist(seed_build, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--store", str(seed_build.store_path), "visualise", "--out", str(tmp_path / "pages"),
                 "--text", str(tmp_path / "nowhere")])
    assert "no such folder" in _one_line_error(capsys, code)
