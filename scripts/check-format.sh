#!/usr/bin/env bash
# Fails when a C++ file does not follow .clang-format. `--fix` reformats instead.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=(--dry-run --Werror)
[ "${1:-}" = "--fix" ] && mode=(-i)
mapfile -t files < <(git ls-files '*.cpp' '*.h')
clang-format "${mode[@]}" "${files[@]}"
echo "check-format: ${#files[@]} files follow .clang-format"
