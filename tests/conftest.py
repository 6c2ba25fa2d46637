"""Shared fixtures: the seed corpus built once per test session (one build per xdist worker).

``seed_build`` runs the real pipeline (read, extract, mint, validate, reason, store, analysis,
exports) on ``graph_data/corpus`` into a temporary folder; pages are left out (the page tests
write their own from ``seed_store``). If a stage is broken, every test that uses the fixture
errors with that stage's message: there is no stand-in data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from strategygraph.build import BuildSummary, build_corpus
from strategygraph.paths import CORPUS_DIR
from strategygraph.store import STORE_LINK, TRIG_NAME, TTL_NAME, GraphStore, open_store


@dataclass(frozen=True)
class SeedBuild:
    """Where the seed build went; ``store_path`` is the link to the current Oxigraph folder."""

    out_dir: Path
    store_path: Path
    trig: Path
    ttl: Path
    summary: BuildSummary


# the checks that take longest (tens of seconds each), in this order, ahead of the rest: with
# ``--dist worksteal`` (tests/run.sh) one worker starts them at once while the other runs the short
# tests and then takes over the first worker's queue, instead of a long check collected last
# running alone at the end
_LONGEST_FIRST = ("test_extraction_real_pdf.py", "test_benchmarks.py", "test_extraction_real_html.py",
                  "test_hostile_text.py", "test_extraction_real_markdown.py", "test_pages_browser.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the longest checks first (a stable sort: every other test keeps its place)."""
    rank = {name: place for place, name in enumerate(_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> SeedBuild:
    """The built-in corpus, built once for the session (reasoning on, pages off)."""
    out_dir = tmp_path_factory.mktemp("seed-build")
    summary = build_corpus(CORPUS_DIR, out_dir, reason=True, pages=False)
    return SeedBuild(
        out_dir=out_dir,
        store_path=out_dir / STORE_LINK,
        trig=out_dir / TRIG_NAME,
        ttl=out_dir / TTL_NAME,
        summary=summary,
    )


@pytest.fixture(scope="session")
def seed_store(seed_build: SeedBuild) -> Iterator[GraphStore]:
    """The seed build's Oxigraph store, opened read-only (shared: do not write to it)."""
    store = open_store(seed_build.store_path)
    try:
        yield store
    finally:
        store.close()
