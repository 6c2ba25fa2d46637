"""One in-process build of the large synthetic corpus (5,000 documents), with its stage timings.

    python benchmarks/large_build.py [--out /tmp/largebuild]      # then: /usr/bin/time -v for peak RSS

The harness (``run.py --scale large``) builds three times in subprocesses and measures every other
stage too, which takes well over the 30 minutes the issue allows at today's build speed; this
script gives the build's own figures (``BuildSummary.timings``) in one run. The corpus is the
harness's cached one (``benchmarks/output/corpus-large-seed7``, generated if missing).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from synthetic_reference import use_reference  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/largebuild"))
    parser.add_argument("--scale", default="large", choices=sorted(run.SCALES))
    args = parser.parse_args()
    root, _ = run.ensure_corpus(args.scale, 7, HERE / "output")
    use_reference(root / "reference")
    from strategygraph.build import build_corpus

    shutil.rmtree(args.out, ignore_errors=True)
    started = time.perf_counter()
    summary = build_corpus(root / "corpus", args.out, reason=True, pages=False, force=True)
    wall = time.perf_counter() - started
    print(json.dumps({"wall_s": round(wall, 1), "documents": len(summary.documents), "quads": summary.triples,
                      "timings_s": {k: round(v, 1) for k, v in summary.timings.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
