"""``strategygraph visualise [--out DIR]``: write the strategists' pages from the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from strategygraph.paths import default_build_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "visualise",
        help="write the interactive pages (open index.html in a browser, offline)",
        description="Write the interactive pages of the built graph: ICS overview, shared "
        "commitments, coverage, one page per organisation, theme and source document.",
    )
    parser.add_argument(
        "--out", type=Path, default=None,
        help="folder for the pages (default: the build folder's pages/)",
    )
    parser.add_argument(
        "--text", type=Path, action="append", default=None, metavar="DIR",
        help="where document texts are looked up for the source pages (repeatable; default: the "
        "build's text/ folder, then the built-in corpus)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from strategygraph.store import open_store
    from strategygraph.visualise import write_pages

    out = args.out or default_build_dir() / "pages"
    store = open_store(getattr(args, "store", None), endpoint=getattr(args, "endpoint", None), read_only=True)
    text_dirs = args.text
    if text_dirs is None and args.out is None:
        text_dirs = None  # write_pages looks beside the pages: <build>/text, then the corpus
    written = write_pages(store, out, text_dirs=text_dirs)
    sys.stdout.write(f"wrote {len(written)} files; open {out / 'index.html'}\n")
    return 0
