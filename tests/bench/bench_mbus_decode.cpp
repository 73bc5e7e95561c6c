// SPDX-License-Identifier: GPL-3.0-or-later
// Full decode of real heat-meter telegrams (tests/data/mbus, libmbus test frames): link-layer
// checks, every record with its value scaled, and for the second case the HeatReading summary.
// items_per_second is telegrams per second on one core.
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>

namespace {

using namespace heatdesk;

std::vector<std::uint8_t> telegram(const char* name) {
    std::ifstream in(std::string(HEATDESK_TEST_DATA_DIR "/mbus/frames/") + name + ".hex");
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = text::parseHex(text.str());
    if (parsed.error)
        throw std::runtime_error(std::string("cannot read test telegram ") + name);
    return parsed.bytes;
}

void label(benchmark::State& state, const std::vector<std::uint8_t>& bytes, const mbus::Telegram& t) {
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
    state.counters["frame_bytes"] = static_cast<double>(bytes.size());
    state.counters["records"] = static_cast<double>(t.records.size());
}

void decodeRecords(benchmark::State& state, const char* name) {
    const auto bytes = telegram(name);
    mbus::Telegram t;
    for (auto _ : state) {
        auto error = mbus::decodeFrames(bytes, t);
        benchmark::DoNotOptimize(error);
        benchmark::DoNotOptimize(t.records.data());
    }
    label(state, bytes, t);
}

void decodeToHeatReading(benchmark::State& state, const char* name) {
    const auto bytes = telegram(name);
    mbus::Telegram t;
    reading::HeatReading reading;
    for (auto _ : state) {
        auto error = mbus::decodeFrames(bytes, t);
        benchmark::DoNotOptimize(error);
        mbus::toHeatReading(t, bytes, reading);
        benchmark::DoNotOptimize(reading.energyKwh);
    }
    label(state, bytes, t);
}

BENCHMARK_CAPTURE(decodeRecords, svm_f22_heat_98B, "svm_f22_telegram1");
BENCHMARK_CAPTURE(decodeRecords, siemens_wfh21_100B, "siemens_wfh21");
BENCHMARK_CAPTURE(decodeRecords, engelmann_waterstar_87B, "EFE_Engelmann-WaterStar");
BENCHMARK_CAPTURE(decodeRecords, landis_gyr_t230_heat_232B, "landis+gyr_ultraheat_t230");
BENCHMARK_CAPTURE(decodeToHeatReading, svm_f22_heat_98B, "svm_f22_telegram1");
BENCHMARK_CAPTURE(decodeToHeatReading, siemens_wfh21_100B, "siemens_wfh21");
BENCHMARK_CAPTURE(decodeToHeatReading, landis_gyr_t230_heat_232B, "landis+gyr_ultraheat_t230");

} // namespace

BENCHMARK_MAIN();
