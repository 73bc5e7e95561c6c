#!/usr/bin/env bash
# Installs, builds (release preset) and runs every test. Benchmarks are built, not run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release --parallel 2
