"""The package works from a wheel installed outside the checkout.

Builds the wheel, installs it into a fresh virtual environment that sees the already installed
dependencies (``--system-site-packages``: nothing is downloaded), and runs it from a folder that
is not the checkout: the data folders must come from the wheel, not from the source tree.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHECK = r"""
import sys
from pathlib import Path
import strategygraph
from strategygraph import paths
venv = Path(sys.argv[1]).resolve()
package = Path(strategygraph.__file__).resolve()
assert venv in package.parents, f"imported from {package}, not from the venv"
assert paths.DATA_ROOT == paths.PACKAGE_DIR / "_data", paths.DATA_ROOT
for path in (paths.ONTOLOGY_FILE, paths.SHAPES_FILE, paths.THEMES_FILE, paths.ORGANISATIONS_CSV):
    assert path.is_file(), path
assert sorted(paths.QUERIES_DIR.glob("*.rq")), paths.QUERIES_DIR
assert (paths.CORPUS_DIR / "manifest.toml").is_file(), paths.CORPUS_DIR
import re
from importlib.metadata import requires, version
for requirement in requires("strategygraph") or []:
    if "extra ==" not in requirement:  # every runtime dependency resolves in the venv
        version(re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0])
from strategygraph.ontology import ontology_graph
assert len(ontology_graph()) > 100
print("ok")
"""


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done


def test_wheel_installed_outside_the_checkout(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["STRATEGYGRAPH_HOME"] = str(tmp_path / "home")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    wheels = tmp_path / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(REPO), "-w", str(wheels)]
    if importlib.util.find_spec("hatchling") is not None:
        build.insert(5, "--no-build-isolation")  # the build backend is here already
    _run(build, tmp_path, env)
    (wheel,) = wheels.glob("strategygraph-*.whl")

    venv = tmp_path / "venv"
    _run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        tmp_path,
        env,
    )
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    # --ignore-installed: the checkout's editable install (visible through the system site
    # packages) must neither satisfy nor be uninstalled; the dependencies come from there.
    _run(
        [*pip, "install", "-q", "--no-index", "--no-deps", "--ignore-installed", str(wheel)],
        tmp_path,
        env,
    )

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = _run([str(python), "-c", CHECK, str(venv)], elsewhere, env)
    assert done.stdout.strip() == "ok"
    done = _run([str(venv / "bin" / "strategygraph"), "validate"], elsewhere, env)
    assert "valid" in done.stdout and done.stdout.count("\n") == 1
