#!/usr/bin/env bash
# Quick start: install, build (release preset), and run the main job. Until the GUI lands, the
# main job decodes a real heat-meter telegram and prints it as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
echo "Decoding tests/data/mbus/frames/landis+gyr_ultraheat_t230.hex:" >&2
build/release/app/heatdesk-cli decode "tests/data/mbus/frames/landis+gyr_ultraheat_t230.hex"
