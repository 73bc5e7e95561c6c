#!/usr/bin/env bash
# Installs everything HeatDesk needs to build, test, benchmark and fuzz on Debian 12 / Ubuntu.
# Runs apt-get as root (through sudo when not root). Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache git pkg-config
  qt6-base-dev qt6-serialport-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev
  libsqlite3-dev libxlsxwriter-dev fonts-wqy-microhei fonts-noto-cjk poppler-utils libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev clang-format xxd
)

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "install-deps: ${#packages[@]} packages present"
