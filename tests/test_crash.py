"""Crash safety: a build killed with SIGKILL part-way leaves the previous build readable and
unchanged, and a reader running during a build sees the old graph or the new one.

The corpus is generated here: short strategy pages written for this test (no real text).
Kills come two ways: at random moments of a 200-document build, and at each stage of the
build through ``STRATEGYGRAPH_KILL_AT`` (the build SIGKILLs itself there), which reaches the
short windows around the commit that a timer would rarely hit.
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

PAGE = """Testshire {n} NHS Foundation Trust: our strategy (written for the crash test)

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
    for old in folder.glob("test-trust-*.txt"):
        old.unlink()
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


def start_build(corpus: Path, out: Path, kill_at: str | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("STRATEGYGRAPH_KILL_AT", None)
    if kill_at:
        env["STRATEGYGRAPH_KILL_AT"] = kill_at
    return subprocess.Popen(
        [sys.executable, "-m", "strategygraph", "build", str(corpus), "--out", str(out), "--no-reason", "--no-pages"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def generations(out: Path) -> set[str]:
    return {p.name for p in out.iterdir() if p.name.startswith("gen-")}


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    root = tmp_path_factory.mktemp("crash")
    corpus = write_corpus(root / "corpus", 3)
    out = root / "build"
    build_corpus(corpus, out, reason=False, pages=False)
    return corpus, out, snapshot(out)


@pytest.mark.parametrize("delay", [1.0])
def test_sigkill_at_a_random_moment_of_a_200_document_build(small_build, delay: float) -> None:
    corpus, out, before = small_build
    write_corpus(corpus, 200)  # the next build has 200 documents to read: it takes seconds
    try:
        known = generations(out)
        process = start_build(corpus, out)
        deadline = time.monotonic() + 60
        while not generations(out) - known and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(delay)
        still_running = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert still_running, "the build finished before it could be killed: make the corpus bigger"
        assert snapshot(out) == before
    finally:
        write_corpus(corpus, 3)


@pytest.mark.parametrize("stage", ["read", "exported", "copied-store", "before-swap"])
def test_sigkill_at_each_stage_leaves_the_previous_build(small_build, stage: str) -> None:
    corpus, out, before = small_build
    write_corpus(corpus, 4)
    try:
        process = start_build(corpus, out, kill_at=stage)
        assert process.wait(timeout=300) == -signal.SIGKILL
        assert snapshot(out) == before
    finally:
        write_corpus(corpus, 3)


@pytest.mark.parametrize("stage", ["after-swap"])
def test_sigkill_after_the_commit_leaves_the_new_build(small_build, stage: str) -> None:
    corpus, out, before = small_build
    write_corpus(corpus, 4)
    try:
        process = start_build(corpus, out, kill_at=stage)
        assert process.wait(timeout=300) == -signal.SIGKILL
        after = snapshot(out)
        assert after["current"] != before["current"] and after["count"] == 4
        assert b"test-trust-0003" in after["trig"] and b"test-trust-0003" in after["ttl"]
        # The next build of the same corpus has nothing to do; put the 3-document build back.
    finally:
        write_corpus(corpus, 3)
        build_corpus(corpus, out, reason=False, pages=False)
        small_build[2].update(snapshot(out))


def test_a_build_after_crashes_completes_and_tidies_up(small_build) -> None:
    corpus, out, _ = small_build
    write_corpus(corpus, 5)
    try:
        summary = build_corpus(corpus, out, reason=False, pages=False)
        assert summary.loaded == 5
        assert len(generations(out)) <= 2  # the current one and the previous one
        assert snapshot(out)["count"] == 5
    finally:
        write_corpus(corpus, 3)
        build_corpus(corpus, out, reason=False, pages=False)
        small_build[2].update(snapshot(out))


def test_a_reader_sees_the_old_graph_or_the_new_one(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    out = tmp_path / "build"
    build_corpus(corpus, out, reason=False, pages=False)
    write_corpus(corpus, 8)
    process = start_build(corpus, out)
    seen: set[int] = set()
    try:
        while process.poll() is None:
            store = open_store(out / "store")
            try:
                seen.add(int(store.query(COUNT_QUERY).rows[0][0]))
            finally:
                store.close()
            time.sleep(0.01)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    assert process.returncode == 0
    store = open_store(out / "store")
    seen.add(int(store.query(COUNT_QUERY).rows[0][0]))
    store.close()
    assert seen <= {3, 8} and 8 in seen, seen
