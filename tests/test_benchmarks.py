"""Smoke test of the benchmark harness: the small scale (cut to 6 organisations) runs end to end
and writes its report.

Not a timed test: the figures are not asserted, only that every stage ran and reported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_small_scale_runs_end_to_end(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    raw = tmp_path / "results.json"
    command = [
        sys.executable,
        str(ROOT / "benchmarks" / "run.py"),
        "--scale", "small",
        "--runs", "1",
        "--skip-browser",
        "--organisations", "6",
        "--no-reason",
        "--no-cli-incremental",
        "--query-reps", "1",
        "--query-cap", "3",
        "--whole-cap", "5",
        "--f1-sample", "5",
        "--workdir", str(tmp_path / "work"),
        "--results", str(results),
        "--json", str(raw),
        "--quiet",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    text = results.read_text(encoding="utf-8")
    for heading in ("## Machine and versions", "## Build", "## Named queries", "## Targets"):
        assert heading in text
    assert "--scale small" in text  # the exact command is recorded
    figures = json.loads(raw.read_text(encoding="utf-8"))
    assert figures["versions"]["commit"]  # the report names the code it measured
    stages = figures["stages"]
    for name in ("build", "incremental", "queries", "validate_reason", "export", "f1"):
        assert isinstance(stages[name], dict), f"{name}: {stages[name]}"
    assert stages["build"]["documents"] == 6
    assert stages["build"]["quads"] > 0
    assert stages["queries"]["oxigraph"], "no named query was timed"
    statuses = {row["status"] for row in stages["queries"]["oxigraph"].values()}
    assert statuses <= {"done", "capped"}, statuses  # capped: slower than --query-cap, reported as '>'
    assert "done" in statuses
    assert set(stages["f1"]["fields"]) >= {"vision", "mission", "statements"}
    server = stages["server"]  # a real Oxigraph server process, loaded over HTTP and queried
    assert server["quads"] == stages["build"]["quads"]
    assert {row["status"] for row in server["queries"].values()} <= {"done", "capped"}
