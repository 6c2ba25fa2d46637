"""Checks on the paths a command writes to, so that a mistyped ``--out`` gets one clear line
(exit 2) before any work is done, not a traceback after it."""

from __future__ import annotations

from pathlib import Path

from strategygraph.errors import UsageError


def _blocking_file(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` when it is a file (nothing can be made under it)."""
    for parent in path.parents:
        if parent.exists():
            return parent if not parent.is_dir() else None
    return None


def output_folder(path: Path | None) -> Path | None:
    """``path`` if a folder can be written there: an existing folder, or a new one whose
    nearest existing ancestor is a folder."""
    if path is None:
        return None
    if path.exists() and not path.is_dir():
        raise UsageError(f"--out {path} is a file, not a folder")
    blocking = _blocking_file(path)
    if blocking is not None:
        raise UsageError(f"--out {path}: {blocking} is a file, not a folder")
    return path


def output_file(path: Path | None) -> Path | None:
    """``path`` if a file can be written there: not a folder, and under a folder."""
    if path is None:
        return None
    if path.is_dir():
        raise UsageError(f"--out {path} is a folder, not a file")
    blocking = _blocking_file(path)
    if blocking is not None:
        raise UsageError(f"--out {path}: {blocking} is a file, not a folder")
    return path
