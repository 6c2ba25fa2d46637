"""Where the project's data folders are, from a checkout and from an installed wheel.

In a checkout the folders sit at the repository's top level; in a wheel they are packed under
``strategygraph/_data`` (see ``pyproject.toml``). Everything that reads Turtle, SPARQL, views or
the corpus goes through these constants, so nothing else guesses paths.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    checkout = PACKAGE_DIR.parent
    if (checkout / "ontology").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return PACKAGE_DIR / "_data"


DATA_ROOT = _data_root()
ONTOLOGY_DIR = DATA_ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "strategygraph.ttl"
THEMES_FILE = ONTOLOGY_DIR / "themes.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = DATA_ROOT / "queries"
VISUALISATIONS_DIR = DATA_ROOT / "visualisations"
GRAPH_DATA_DIR = DATA_ROOT / "graph_data"
CORPUS_DIR = GRAPH_DATA_DIR / "corpus"
# Reference facts (organisations, ICSs): STRATEGYGRAPH_REFERENCE_DIR points a run at another
# folder of the same CSVs, e.g. the synthetic national corpus of the benchmarks.
REFERENCE_DIR = Path(os.environ.get("STRATEGYGRAPH_REFERENCE_DIR") or GRAPH_DATA_DIR / "reference")
ORGANISATIONS_CSV = REFERENCE_DIR / "organisations.csv"
EXTRACTION_SCHEMA = PACKAGE_DIR / "contracts" / "extraction.schema.json"


def default_build_dir() -> Path:
    """The folder built graphs, the store, exports and pages go to.

    ``STRATEGYGRAPH_HOME`` overrides it; from a checkout it is ``graph_data/build``; from a wheel
    (where the package folder may be read-only) it is ``./strategygraph-build`` in the current
    directory.
    """
    env = os.environ.get("STRATEGYGRAPH_HOME")
    if env:
        return Path(env)
    if DATA_ROOT == PACKAGE_DIR.parent:
        return DATA_ROOT / "graph_data" / "build"
    return Path.cwd() / "strategygraph-build"
