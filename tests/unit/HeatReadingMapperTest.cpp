// SPDX-License-Identifier: GPL-3.0-or-later
// The HeatReading summary: which record feeds which field, canonical units, flags, raw frame.
#include "mbus/HeatReadingMapper.h"

#include "TestFrames.h"

#include <gtest/gtest.h>

using namespace heatdesk;
using namespace heatdesk::mbus;
using testframes::rspUd;

namespace {

reading::HeatReading readingOf(const std::vector<std::uint8_t>& frame) {
    Telegram t;
    EXPECT_FALSE(decodeFrames(frame, t));
    reading::HeatReading r;
    toHeatReading(t, frame, r);
    return r;
}

} // namespace

TEST(HeatReadingMapper, TakesTheCurrentValueOfEachQuantity) {
    const auto frame = rspUd("44 06 99 00 00 00 "    // storage 1 energy: not current
                             "14 06 77 00 00 00 "    // maximum: not current
                             "84 10 06 55 00 00 00 " // tariff 1: not current
                             "04 06 10 27 00 00 "    // 10000 kWh: this one
                             "04 06 11 27 00 00 "    // a second current energy: ignored
                             "04 13 E8 03 00 00 "    // 1000 l = 1 m3
                             "02 2E 10 00 "          // 16 kW (10^3 W)
                             "02 3E 02 00 "          // 2 m3/h
                             "02 5A 0F 03 "          // supply 78.3 °C
                             "02 5E 1A 02 "          // return 53.8 °C
                             "02 62 F9 00 "          // delta 24.9 K
                             "04 6D 0A 0C CD 13 "    // 2014-03-13 12:10
                             "04 26 0A 00 00 00");   // 10 h operating time
    const auto r = readingOf(frame);
    ASSERT_TRUE(r.energyKwh);
    EXPECT_DOUBLE_EQ(*r.energyKwh, 10000.0);
    EXPECT_DOUBLE_EQ(*r.volumeM3, 1.0);
    EXPECT_DOUBLE_EQ(*r.powerKw, 16.0);
    EXPECT_DOUBLE_EQ(*r.flowM3h, 2.0);
    EXPECT_DOUBLE_EQ(*r.supplyC, 78.3);
    EXPECT_DOUBLE_EQ(*r.returnC, 53.8);
    EXPECT_DOUBLE_EQ(*r.deltaK, 24.9);
    ASSERT_TRUE(r.meterTime);
    EXPECT_EQ(*r.meterTime, (reading::MeterTime{2014, 3, 13, 12, 10, 0}));
    EXPECT_EQ(r.operatingSeconds, 36000);
    EXPECT_EQ(r.rawFrames, frame);
    EXPECT_EQ(r.flags, 0u);
}

TEST(HeatReadingMapper, MissingQuantitiesStayAbsent) {
    const auto r = readingOf(rspUd("04 06 10 27 00 00"));
    EXPECT_TRUE(r.energyKwh);
    EXPECT_FALSE(r.volumeM3);
    EXPECT_FALSE(r.supplyC);
    EXPECT_FALSE(r.meterTime);
}

TEST(HeatReadingMapper, JoulesBecomeKilowattHours) {
    const auto r = readingOf(rspUd("04 FB 09 01 00 00 00")); // 1 GJ = 277.78 kWh
    ASSERT_TRUE(r.energyKwh);
    EXPECT_NEAR(*r.energyKwh, 1e9 / 3.6e6, 1e-9);
}

TEST(HeatReadingMapper, CombinableVifeIsNotTheCurrentValue) {
    const auto r = readingOf(rspUd("04 86 22 05 00 00 00 04 06 07 00 00 00")); // per hour, then plain
    ASSERT_TRUE(r.energyKwh);
    EXPECT_DOUBLE_EQ(*r.energyKwh, 7.0); // 7 x 10^3 Wh
}

TEST(HeatReadingMapper, StatusAndErrorRecordsBecomeFlags) {
    // Status 0x0E: application error (10) + power low (04) + permanent error (08).
    const auto frame = rspUd("02 FD 17 04 00 04 93 18 00 00 00 00", "78 56 34 12 42 04 01 04 2A 0E 00 00");
    const auto r = readingOf(frame);
    EXPECT_TRUE(r.has(reading::ReadingFlag::ApplicationError));
    EXPECT_TRUE(r.has(reading::ReadingFlag::PowerLow));
    EXPECT_TRUE(r.has(reading::ReadingFlag::PermanentError));
    EXPECT_FALSE(r.has(reading::ReadingFlag::TemporaryError));
    EXPECT_TRUE(r.has(reading::ReadingFlag::ErrorRecord));
    EXPECT_TRUE(r.has(reading::ReadingFlag::RecordError)); // VIFE 18: data error
}

TEST(HeatReadingMapper, InvalidMeterTimeIsNotUsed) {
    const auto r = readingOf(rspUd("04 6D 8A 0C CD 13")); // IV bit set
    EXPECT_FALSE(r.meterTime);
}

TEST(HeatReadingMapper, MeteringMedia) {
    EXPECT_TRUE(isMeteringMedium(0x04));
    EXPECT_TRUE(isMeteringMedium(0x0C));
    EXPECT_TRUE(isMeteringMedium(0x07));
    EXPECT_TRUE(isMeteringMedium(0x03));
    EXPECT_FALSE(isMeteringMedium(0x02)); // electricity
    EXPECT_FALSE(isMeteringMedium(0x08)); // heat cost allocator
}

TEST(HeatReadingMapper, AbsurdOperatingTimeIsNotTaken) {
    // 05 26: operating time in hours as a 32-bit real, here -1e30 (found by the fuzzer: converting
    // it to seconds overflowed a 64-bit integer).
    const auto r = readingOf(rspUd("05 26 CA F2 49 F1 04 06 10 27 00 00"));
    EXPECT_FALSE(r.operatingSeconds);
    EXPECT_TRUE(r.energyKwh); // the rest of the telegram still counts
}
