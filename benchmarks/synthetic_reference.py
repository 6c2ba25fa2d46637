"""Point strategygraph's reference data at the synthetic corpus's ``reference/`` folder.

The package reads its reference CSVs from ``strategygraph.paths.REFERENCE_DIR`` and has no
parameter for another folder yet, so the benchmarks (and only they) repoint the defaults of the
reference readers before anything has read them. Remove this once ``paths`` honours an
environment variable (``STRATEGYGRAPH_REFERENCE_DIR``, which is also set for subprocesses).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "STRATEGYGRAPH_REFERENCE_DIR"


def use_reference(directory: Path) -> None:
    directory = Path(directory).resolve()
    os.environ[ENV] = str(directory)
    from strategygraph import paths, reference, reference_graph

    if paths.REFERENCE_DIR == directory:
        return  # the package already honours the environment variable
    old = paths.REFERENCE_DIR
    paths.REFERENCE_DIR = directory
    paths.ORGANISATIONS_CSV = directory / "organisations.csv"
    for function in (reference.load_organisations, reference.load_integrated_care_systems):
        function.__wrapped__.__defaults__ = (directory,)
        function.cache_clear()
    reference_graph.build_reference_graph.__defaults__ = tuple(
        directory if value == old else value for value in reference_graph.build_reference_graph.__defaults__ or ()
    )
    for name in ("REFERENCE_DIR",):
        for module in (reference, reference_graph):
            if getattr(module, name, None) == old:
                setattr(module, name, directory)
