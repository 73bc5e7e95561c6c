// SPDX-License-Identifier: GPL-3.0-or-later
// Steady-state decoding allocates nothing: a Telegram and a HeatReading reused across telegrams
// keep their capacity, and records point into the frame instead of copying it.
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "text/HexText.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <new>
#include <sstream>

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size) {
    ++g_allocations;
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

namespace {

std::vector<std::uint8_t> telegram(const char* name) {
    std::ifstream in(std::string(HEATDESK_TEST_DATA_DIR "/mbus/frames/") + name + ".hex");
    std::stringstream text;
    text << in.rdbuf();
    return heatdesk::text::parseHex(text.str()).bytes;
}

} // namespace

TEST(DecodeAllocation, NoHeapAllocationOnceWarm) {
    using namespace heatdesk;
    const std::vector<std::vector<std::uint8_t>> frames = {telegram("svm_f22_telegram1"),
                                                           telegram("landis+gyr_ultraheat_t230"),
                                                           telegram("EFE_Engelmann-WaterStar")};
    for (const auto& f : frames)
        ASSERT_FALSE(f.empty());
    mbus::Telegram t;
    reading::HeatReading reading;
    // Warm up: vectors grow to the largest telegram once.
    for (const auto& f : frames) {
        ASSERT_FALSE(mbus::decodeFrames(f, t));
        mbus::toHeatReading(t, f, reading);
    }
    const long before = g_allocations.load();
    for (int round = 0; round < 100; ++round) {
        for (const auto& f : frames) {
            ASSERT_FALSE(mbus::decodeFrames(f, t));
            mbus::toHeatReading(t, f, reading);
        }
    }
    EXPECT_EQ(g_allocations.load() - before, 0);
    EXPECT_TRUE(reading.volumeM3.has_value()); // the mapping really ran on the last telegram
}
