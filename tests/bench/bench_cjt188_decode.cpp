// SPDX-License-Identifier: GPL-3.0-or-later
// Decode throughput of CJ/T 188 901F heat replies (target: 2,000,000 per second on one core).
// items_per_second is replies per second: frame checks (preamble, length, CS, end), DI match,
// the 43-byte payload with unit detection and canonical units, and for the second case the
// HeatReading as well. The frames are real captures from examples.txt (P6, P16) and C2.
#include "cjt188/Encoder.h"
#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "text/HexText.h"

#include <benchmark/benchmark.h>

namespace {

using namespace heatdesk;
using namespace heatdesk::cjt188;

const char* kFrames[] = {
    // P6: T=25, real heat meter
    "68 25 12 19 24 18 27 31 00 81 2E 1F 90 03 11 74 02 00 05 88 27 44 05 05 00 00 00 00 17 00 00 00 00 35 "
    "08 56 "
    "71 00 2C 79 26 00 64 26 00 66 47 07 11 52 17 03 09 25 20 00 05 2A 16",
    // P16: 13 FE
    "FE FE FE FE FE FE FE FE FE FE FE FE FE 68 25 91 09 20 59 00 11 11 81 2E 1F 90 12 00 00 00 00 05 00 03 "
    "00 00 05 "
    "00 00 00 00 17 00 00 00 00 35 27 00 00 00 2C 60 14 00 74 14 00 46 54 00 51 49 09 22 04 10 20 00 00 6D "
    "16",
    // C2: every field non-zero
    "FE FE 68 20 78 56 34 12 00 25 20 81 2E 1F 90 07 56 34 12 00 05 05 00 13 00 05 34 12 00 00 17 78 56 00 "
    "00 35 67 "
    "45 03 00 2C 43 65 00 21 45 00 45 23 01 45 30 10 15 01 25 20 00 00 96 16",
};

void decodeHeat(benchmark::State& state) {
    const auto bytes = text::parseHex(kFrames[state.range(0)]).bytes;
    for (auto _ : state) {
        auto decoded = decodeMessage(bytes);
        benchmark::DoNotOptimize(decoded);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}

void decodeToHeatReading(benchmark::State& state) {
    const auto bytes = text::parseHex(kFrames[state.range(0)]).bytes;
    reading::HeatReading reading;
    for (auto _ : state) {
        auto decoded = decodeMessage(bytes);
        if (const auto* m = std::get_if<Message>(&decoded))
            toHeatReading(*m, bytes, reading);
        benchmark::DoNotOptimize(reading);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(decodeHeat)->DenseRange(0, 2)->ArgName("frame");
BENCHMARK(decodeToHeatReading)->DenseRange(0, 2)->ArgName("frame");
BENCHMARK_MAIN();
