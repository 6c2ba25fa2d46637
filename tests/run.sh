#!/usr/bin/env bash
# Installs everything the tests need (Python packages, Debian's chromium for the browser tests)
# and runs the linter and the whole test suite. The README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install -q -e ".[test]"
python3 -m ruff check strategygraph tests benchmarks
python3 -m pytest -n 2 --dist worksteal --doctest-modules tests strategygraph "$@"
