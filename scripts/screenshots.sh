#!/usr/bin/env bash
# Renders the README's pictures of the window into docs/screenshots: the demo district read
# off-screen, in both languages. Needs a release build (bash scripts/run.sh or scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
mkdir -p "$out"
shot() { # LANG VIEW
  QT_QPA_PLATFORM=offscreen build/release/app/gui/heatdesk --demo --lang "$1" --view "$2" \
    --screenshot "$out/heatdesk-${1%_CN}-$2.png"
}
shot en meter
shot zh_CN history
shot zh_CN diagnostics
shot en monitor
