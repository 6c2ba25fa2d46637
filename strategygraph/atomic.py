"""Atomic writes: a reader sees the old file (or folder) or the new one, never a half.

Files are written to a temporary sibling, flushed to disk and moved over the target with
``os.replace``. Folders cannot be replaced atomically, so a folder that must change as one is
reached through a symbolic link that is itself replaced with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_write", "write_bytes", "write_text", "swap_symlink", "fsync_dir"]


def fsync_dir(directory: Path) -> None:
    """Flush a folder's entries (a rename is durable only once its folder is synced)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; it replaces ``path`` on a clean exit."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline="" if "b" not in mode else None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, unless the file already holds exactly these bytes.

    Leaving an identical file alone keeps its modification time, so a rebuild with unchanged
    input changes nothing on disk.
    """
    path = Path(path)
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    with atomic_write(path, "wb") as handle:
        handle.write(data)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically (no newline translation)."""
    write_bytes(path, text.encode("utf-8"))


def swap_symlink(link: Path, target: str | Path) -> None:
    """Point ``link`` at ``target`` in one step (a new link renamed over the old one)."""
    link = Path(link)
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp-link")
    tmp.unlink(missing_ok=True)
    os.symlink(str(target), tmp)
    os.replace(tmp, link)
    fsync_dir(link.parent)
