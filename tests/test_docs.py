"""The README documents every command, and its two set-up commands stay the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from strategygraph.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_documented_in_the_readme() -> None:
    missing = [name for name in _commands() if f"strategygraph {name}" not in README]
    assert not missing, f"commands not in README.md: {missing}"


def test_readme_opens_with_the_install_and_test_commands() -> None:
    first_block = re.search(r"```bash\n(.*?)```", README, re.S)
    assert first_block, "README.md must open with a bash block of the two set-up commands"
    lines = [line for line in first_block.group(1).splitlines() if line and not line.startswith("#")]
    assert lines[0].startswith("pip install ") and "strategygraph build" in lines[0]
    assert lines[1] == "bash tests/run.sh"


def test_ci_runs_the_readme_test_command() -> None:
    assert "bash tests/run.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
