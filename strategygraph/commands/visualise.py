"""``strategygraph visualise [--out DIR]``: write the strategists' pages from the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from strategygraph.errors import UsageError
from strategygraph.paths import CORPUS_DIR, default_build_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "visualise",
        help="write the interactive pages (open index.html in a browser, offline)",
        description="Write the interactive pages of the built graph: ICS overview, shared "
        "commitments, coverage, one page per ICS, organisation, theme and source document.",
    )
    parser.add_argument(
        "--out", type=Path, default=None,
        help="folder for the pages (default: the build folder's pages/)",
    )
    parser.add_argument(
        "--text", type=Path, action="append", default=None, metavar="DIR",
        help="a folder where document texts are looked up for the source pages (repeatable; "
        "default: the build's text/ folder, then the built-in corpus)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from strategygraph.commands._outputs import output_folder
    from strategygraph.store import open_store
    from strategygraph.visualise import write_pages

    build_dir = default_build_dir()
    out = output_folder(args.out) if args.out is not None else build_dir / "pages"
    location = getattr(args, "store", None)
    text_dirs = args.text
    missing = [str(folder) for folder in text_dirs or [] if not Path(folder).is_dir()]
    if missing:
        raise UsageError(f"--text {missing[0]}: no such folder")
    if text_dirs is None:
        text_dirs = [build_dir / "text", CORPUS_DIR]
        if location not in (None, "memory"):
            text_dirs.insert(0, Path(location) / "text")
            text_dirs.insert(1, Path(location).parent / "text")
    store = open_store(location, endpoint=getattr(args, "endpoint", None), read_only=True)
    try:
        written = write_pages(store, out, text_dirs=text_dirs)
    finally:
        store.close()
    sys.stdout.write(f"wrote {len(written)} files; open {out / 'index.html'} in a browser\n")
    return 0
