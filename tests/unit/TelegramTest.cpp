// SPDX-License-Identifier: GPL-3.0-or-later
// Application-layer decoding of whole telegrams: header, records, multi-telegram read-outs.
#include "mbus/Telegram.h"

#include "text/HexText.h"

#include <gtest/gtest.h>

using namespace heatdesk;
using namespace heatdesk::mbus;

namespace {

std::vector<std::uint8_t> hex(const char* text) {
    auto parsed = text::parseHex(text);
    EXPECT_FALSE(parsed.error);
    return parsed.bytes;
}

// Engelmann WaterStar (libmbus test frame EFE_Engelmann-WaterStar).
constexpr const char* kWaterStar = "68 51 51 68 08 0B 72 54 02 99 04 C5 14 00 06 0C 27 00 00 04 78 2E 25 4C "
                                   "00 04 6D 0A 0C CD 13 04 13 4C 01 00"
                                   " 00 44 13 4B 01 00 00 84 01 13 4C 01 00 00 42 6C BF 1C 02 6C DF 1C 04 3B "
                                   "00 00 00 00 14 3B 16 08 00 00 02"
                                   " 23 A7 04 01 FD 17 00 04 90 28 08 00 00 00 3F 16";

} // namespace

TEST(Telegram, DecodesLongHeader) {
    const auto bytes = hex(kWaterStar);
    Telegram t;
    ASSERT_FALSE(decodeFrames(bytes, t));
    EXPECT_EQ(t.ci, 0x72);
    EXPECT_EQ(t.a, 0x0B);
    EXPECT_EQ(t.header.kind, HeaderKind::Long);
    EXPECT_EQ(t.header.idBcd, 0x04990254u);
    const auto m = manufacturerLetters(t.header.manufacturer);
    EXPECT_EQ(std::string(m.data(), 3), "EFE");
    EXPECT_EQ(t.header.medium, 0x06);
    EXPECT_EQ(t.header.access, 0x0C);
    EXPECT_EQ(t.header.status, 0x27);
}

TEST(Telegram, DecodesRecordsWithScaleAndStorage) {
    const auto bytes = hex(kWaterStar);
    Telegram t;
    ASSERT_FALSE(decodeFrames(bytes, t));
    ASSERT_GE(t.records.size(), 5u);
    // 04 13 4C 01 00 00: volume in litres, 332 l = 0.332 m3, exactly.
    const DataRecord& volume = t.records[2];
    EXPECT_EQ(volume.quantity, "volume");
    EXPECT_EQ(volume.kind, ValueKind::Exact);
    EXPECT_EQ(volume.mantissa, 332);
    EXPECT_EQ(volume.exp10, -3);
    // 84 01 13 ...: DIFE 01 carries storage bits 1..4: storage 2.
    EXPECT_EQ(t.records[4].storage, 2u);
}
