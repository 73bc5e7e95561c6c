// SPDX-License-Identifier: GPL-3.0-or-later
// Full decode of typical heat-meter telegrams: link layer, records, and the HeatReading summary.
#include "mbus/Frame.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <benchmark/benchmark.h>

namespace {

using namespace heatdesk;

// Engelmann SensoStar-style heat meter answer (from libmbus test data, see tests/data/mbus/ORIGIN.md).
constexpr const char* kHeatMeter = "68 51 51 68 08 0B 72 54 02 99 04 C5 14 00 06 0C 27 00 00 04 78 2E 25 4C "
                                   "00 04 6D 0A 0C CD 13 04 13 4C 01 00"
                                   " 00 44 13 4B 01 00 00 84 01 13 4C 01 00 00 42 6C BF 1C 02 6C DF 1C 04 3B "
                                   "00 00 00 00 14 3B 16 08 00 00 02"
                                   " 23 A7 04 01 FD 17 00 04 90 28 08 00 00 00 3F 16";

std::vector<std::uint8_t> bytesOf(const char* hex) {
    return text::parseHex(hex).bytes;
}

void decodeOnly(benchmark::State& state, const char* hex) {
    const auto bytes = bytesOf(hex);
    mbus::Telegram telegram;
    for (auto _ : state) {
        auto error = mbus::decodeFrames(bytes, telegram);
        benchmark::DoNotOptimize(error);
        benchmark::DoNotOptimize(telegram.records.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}

void decodeToHeatReading(benchmark::State& state, const char* hex) {
    const auto bytes = bytesOf(hex);
    mbus::Telegram telegram;
    reading::HeatReading reading;
    for (auto _ : state) {
        auto error = mbus::decodeFrames(bytes, telegram);
        benchmark::DoNotOptimize(error);
        mbus::toHeatReading(telegram, bytes, reading);
        benchmark::DoNotOptimize(reading.energyKwh);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}

BENCHMARK_CAPTURE(decodeOnly, heat_meter_87_bytes, kHeatMeter);
BENCHMARK_CAPTURE(decodeToHeatReading, heat_meter_87_bytes, kHeatMeter);

} // namespace

BENCHMARK_MAIN();
