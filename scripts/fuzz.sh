#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs every fuzz target for a bounded
# time with the real telegrams as seeds. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
cmake --preset fuzz >/dev/null
# Only the fuzz targets (and the libraries they test): the widgets need no fuzzing build.
targets=$(sed -n 's/^add_executable(\(fuzz_[a-z0-9_]*\) .*/\1/p' tests/fuzz/CMakeLists.txt)
# shellcheck disable=SC2086
cmake --build --preset fuzz --target $targets

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# Seeds: the binary frames of every real telegram and error frame, and their hex text as well.
for f in tests/data/mbus/frames/*.hex tests/data/mbus/error-frames/*.hex; do
  name=$(basename "$f" .hex)
  xxd -r -p "$f" > "$corpus/$name.bin" 2>/dev/null || true
  cp "$f" "$corpus/$name.txt"
done
# CJ/T 188: every frame of examples.txt, as binary and as hex text.
for f in tests/data/cjt188/*.txt; do
  [ -f "$f" ] || continue
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n' "${line#hex: }" > "$corpus/cjt188-$n.txt"
    printf '%s' "${line#hex: }" | xxd -r -p > "$corpus/cjt188-$n.bin" 2>/dev/null || true
  done < <(grep '^hex: ' "$f")
done
# fuzz_peer_input: the first byte picks DTU registration (0), CSV (1) or channel settings (2).
printf '\x00%s' '13900000001' > "$corpus/peer-dtu-ascii.bin"
printf '\x00LOGIN:13900000001\r\n\x10\x5b\x01\x5c\x16' > "$corpus/peer-dtu-header.bin"
{ printf '\x01'; cat resources/samples/meters.csv; } > "$corpus/peer-csv.bin" 2>/dev/null || true
printf '\x02{"port":"COM3","baud":2400,"parity":"even","retries":2}' > "$corpus/peer-settings.bin"
# Inputs that once crashed a target stay seeds for ever (regressions).
cp tests/data/fuzz-regressions/* "$corpus/" 2>/dev/null || true

for target in build/fuzz/tests/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  echo "fuzz: $(basename "$target") for ${seconds}s"
  "$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=10 \
            -print_final_stats=1 "$corpus"
done
