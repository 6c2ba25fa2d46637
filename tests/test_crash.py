"""Crash safety: a build killed with SIGKILL part-way leaves the previous build readable and
unchanged, and a reader running during a build sees the old graph or the new one.

The corpus is generated here: short strategy pages written for this test (no real text).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from strategygraph.build import CURRENT, build_corpus
from strategygraph.store import TRIG_NAME, TTL_NAME, open_store

COUNT_QUERY = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/strategygraph/ontology#StrategyDocument> }"

PAGE = """Test Health Trust {n} strategy (written for the crash test)

Our vision
To give every person in Testshire {n} the best care we can, every time.

Our values
Caring: we treat everyone with kindness and respect.
Open: we are honest about what we do well and what we need to improve.

Our strategic goals
1. Great care
- Reduce waiting times for planned operations in district {n}.
- Improve the safety of care on every ward.
2. Great place to work
- Recruit and keep the staff we need.

In the year ahead we will open a new community clinic in town {n}.
We will work with our partners to reduce health inequalities.
"""


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for n in range(count):
        name = f"test-trust-{n:04d}.txt"
        (folder / name).write_text(PAGE.format(n=n), encoding="utf-8")
        manifest.append(
            f'[[document]]\nfile = "{name}"\norganisations = ["Testshire {n} NHS Foundation Trust"]\n'
            'source = "written for the crash test"\n'
        )
    (folder / "manifest.toml").write_text("\n".join(manifest), encoding="utf-8")
    return folder


def snapshot(out: Path) -> dict[str, object]:
    store = open_store(out / "store")
    try:
        count = int(store.query(COUNT_QUERY).rows[0][0])
        graphs = store.graph_names()
    finally:
        store.close()
    return {
        "current": os.readlink(out / CURRENT),
        "count": count,
        "graphs": graphs,
        "trig": (out / TRIG_NAME).read_bytes(),
        "ttl": (out / TTL_NAME).read_bytes(),
    }


def start_build(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "strategygraph", "build", str(corpus), "--out", str(out), "--no-reason", "--no-pages"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_new_generation(out: Path, known: set[str], process: subprocess.Popen, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        if {p.name for p in out.iterdir() if p.name.startswith("gen-")} - known:
            return
        time.sleep(0.01)


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("crash")
    corpus = write_corpus(root / "corpus", 3)
    out = root / "build"
    build_corpus(corpus, out, reason=False, pages=False)
    return corpus, out


@pytest.mark.parametrize("delay", [0.0, 0.5, 1.5, 3.0])
def test_sigkill_during_a_build_leaves_the_previous_build(small_build, delay: float) -> None:
    corpus, out = small_build
    before = snapshot(out)
    write_corpus(corpus, 200)  # the next build has 200 documents to read: it takes seconds
    try:
        known = {p.name for p in out.iterdir() if p.name.startswith("gen-")}
        process = start_build(corpus, out)
        wait_for_new_generation(out, known, process)
        time.sleep(delay)
        still_running = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert still_running, "the build finished before it could be killed: make the corpus bigger"
        assert snapshot(out) == before
    finally:
        for path in corpus.glob("test-trust-*.txt"):
            if int(path.stem.rsplit("-", 1)[1]) >= 3:
                path.unlink()


def test_a_build_after_a_crash_completes_and_tidies_up(small_build) -> None:
    corpus, out = small_build
    write_corpus(corpus, 4)
    summary = build_corpus(corpus, out, reason=False, pages=False)
    assert summary.loaded == 4
    generations = sorted(p.name for p in out.iterdir() if p.name.startswith("gen-"))
    assert len(generations) <= 2  # the current one and the previous one; killed ones are gone
    assert snapshot(out)["count"] == 4


def test_a_reader_sees_the_old_graph_or_the_new_one(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    out = tmp_path / "build"
    build_corpus(corpus, out, reason=False, pages=False)
    write_corpus(corpus, 60)
    process = start_build(corpus, out)
    seen: set[int] = set()
    try:
        while process.poll() is None:
            store = open_store(out / "store")
            try:
                seen.add(int(store.query(COUNT_QUERY).rows[0][0]))
            finally:
                store.close()
            time.sleep(0.02)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    assert process.returncode == 0
    store = open_store(out / "store")
    seen.add(int(store.query(COUNT_QUERY).rows[0][0]))
    store.close()
    assert seen <= {3, 60} and 60 in seen, seen
