"""The ``strategygraph`` command: a thin layer over the library.

Each sub-command lives in ``strategygraph/commands/<name>.py`` and exposes
``register(subparsers)``; this module finds them, parses the arguments, runs the chosen one and
turns library errors into one-line messages with the documented exit codes
(0 done, 1 problem found, 2 bad usage or unreadable input).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from strategygraph import commands
from strategygraph.errors import StrategyGraphError


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line (argparse's default also prints the usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"strategygraph: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="strategygraph",
        description="Turn NHS strategy documents into a knowledge graph of their commitments.",
    )
    parser.add_argument(
        "--store",
        default=None,
        help="the embedded store's folder, or 'memory' for rdflib's in-memory store "
        "(default: the build folder's Oxigraph store)",
    )
    parser.add_argument(
        "--endpoint",
        default=os.environ.get("STRATEGYGRAPH_ENDPOINT"),
        help="a SPARQL 1.1 server to use instead of the embedded store "
        "(env STRATEGYGRAPH_ENDPOINT)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    for command_parser in sub.choices.values():
        # The backend options are accepted after the command too; SUPPRESS keeps a value
        # given before the command from being overwritten by a default.
        command_parser.add_argument("--store", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command_parser.add_argument(
            "--endpoint", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    return parser


def _os_message(error: OSError) -> str:
    """One line for an operating-system error: what failed and on which path."""
    reason = error.strerror or str(error) or type(error).__name__
    if error.filename is None:
        return reason
    return f"{reason}: {error.filename}" + (f" -> {error.filename2}" if error.filename2 else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except StrategyGraphError as error:
        sys.stderr.write(f"strategygraph: {error}\n")
        report = getattr(error, "report", "")
        if report:
            sys.stderr.write(report.rstrip("\n") + "\n")
        return error.exit_code
    except BrokenPipeError:
        return 0
    except OSError as error:
        # a path the system refused (read-only, no permission, disk full): the user's to fix
        sys.stderr.write(f"strategygraph: {_os_message(error)}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("strategygraph: interrupted\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
