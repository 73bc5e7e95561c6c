#!/usr/bin/env bash
# Quick start: install, build (release preset), and start the workstation on its demo district:
# a fresh temporary database with 90 days of history and simulated buses that answer at the real
# baud rate. Without a display (a server, CI) it reads a bus off-screen and writes a screenshot.
# Extra arguments go to heatdesk (e.g. --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target heatdesk heatdesk-cli heatdesk-sim
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/app/gui/heatdesk --demo "$@"
fi
echo "run.sh: no display; reading the demo's first bus off-screen into heatdesk-demo.png" >&2
QT_QPA_PLATFORM=offscreen build/release/app/gui/heatdesk --demo --screenshot heatdesk-demo.png "$@"
