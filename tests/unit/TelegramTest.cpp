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

TEST(Telegram, MultiTelegramFromOneMeterIsNumbered) {
    auto bytes = hex(kWaterStar);
    const auto second = bytes;
    bytes.insert(bytes.end(), second.begin(), second.end());
    Telegram t;
    ASSERT_FALSE(decodeFrames(bytes, t));
    EXPECT_EQ(t.telegramCount, 2);
    EXPECT_EQ(t.records.front().telegram, 1);
    EXPECT_EQ(t.records.back().telegram, 2);
}

TEST(Telegram, FramesOfDifferentMetersAreRefused) {
    auto bytes = hex(kWaterStar);
    // Same telegram with another identification (and its checksum corrected).
    auto other = hex(kWaterStar);
    other[7] = 0x55;
    other[other.size() - 2] = static_cast<std::uint8_t>(other[other.size() - 2] + 1);
    const std::size_t firstSize = bytes.size();
    bytes.insert(bytes.end(), other.begin(), other.end());
    Telegram t;
    const auto error = decodeFrames(bytes, t);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::MixedTelegrams);
    EXPECT_EQ(error->offset, firstSize);
}

TEST(Telegram, EndlessSequencesAreRefused) {
    const auto one = hex(kWaterStar);
    std::vector<std::uint8_t> bytes;
    for (int i = 0; i < 65; ++i)
        bytes.insert(bytes.end(), one.begin(), one.end());
    Telegram t;
    const auto error = decodeFrames(bytes, t);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::TooManyTelegrams);
    EXPECT_EQ(error->offset, 64 * one.size());
}

TEST(Telegram, TrailingGarbageIsAnErrorAtItsOffset) {
    auto bytes = hex(kWaterStar);
    const std::size_t size = bytes.size();
    bytes.push_back(0x00);
    Telegram t;
    const auto error = decodeFrames(bytes, t);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::BadStart);
    EXPECT_EQ(error->offset, size);
}

TEST(Telegram, ShortHeaderAndNoHeader) {
    // CI 7A: access 05, status 00, signature 0000, then one volume record.
    const std::vector<std::uint8_t> shortHeader =
        *buildLongFrame(0x08, 0x01, 0x7A, hex("05 00 00 00 04 13 0A 00 00 00"));
    Telegram t;
    ASSERT_FALSE(decodeFrames(shortHeader, t));
    EXPECT_EQ(t.header.kind, HeaderKind::Short);
    EXPECT_EQ(t.header.access, 5);
    ASSERT_EQ(t.records.size(), 1u);
    const std::vector<std::uint8_t> noHeader = *buildLongFrame(0x08, 0x01, 0x78, hex("04 13 0A 00 00 00"));
    ASSERT_FALSE(decodeFrames(noHeader, t));
    EXPECT_EQ(t.header.kind, HeaderKind::None);
    EXPECT_EQ(t.records.size(), 1u);
}

TEST(Telegram, MostSignificantByteFirstMode) {
    // CI 76: the same header and a 32-bit volume, multi-byte fields most significant byte first.
    const std::vector<std::uint8_t> frame =
        *buildLongFrame(0x08, 0x01, 0x76, hex("12 34 56 78 04 42 01 04 2A 00 00 00 04 13 00 00 01 4C"));
    Telegram t;
    ASSERT_FALSE(decodeFrames(frame, t));
    EXPECT_EQ(t.header.idBcd, 0x12345678u);
    EXPECT_EQ(t.header.manufacturer, 0x0442);
    ASSERT_EQ(t.records.size(), 1u);
    EXPECT_EQ(t.records[0].mantissa, 0x14C);
}

TEST(Telegram, FixedDataStructure) {
    // CI 73 (libmbus test frame sen_pollusonic_2): BCD counters, 6531 kWh and 69 l, medium heat.
    const auto bytes = hex("68 13 13 68 08 01 73 93 92 91 90 10 00 05 69 31 65 00 00 69 00 00 00 3F 16");
    Telegram t;
    ASSERT_FALSE(decodeFrames(bytes, t));
    EXPECT_EQ(t.header.kind, HeaderKind::Fixed);
    EXPECT_EQ(t.header.idBcd, 0x90919293u);
    EXPECT_EQ(t.header.medium, 0x04);
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[0].quantity, "energy");
    EXPECT_EQ(t.records[0].mantissa, 6531);
    EXPECT_EQ(t.records[0].exp10, 3);
    EXPECT_EQ(t.records[1].quantity, "volume");
    EXPECT_EQ(t.records[1].mantissa, 69);
    EXPECT_EQ(t.records[1].exp10, -3);
}

TEST(Telegram, AlarmFrame) {
    const std::vector<std::uint8_t> frame = *buildLongFrame(0x08, 0x01, 0x71, hex("04"));
    Telegram t;
    ASSERT_FALSE(decodeFrames(frame, t));
    EXPECT_TRUE(t.alarm);
    EXPECT_EQ(t.alarmStatus, 4);
}

TEST(Telegram, UnsupportedCiSaysWhere) {
    const std::vector<std::uint8_t> frame = *buildLongFrame(0x08, 0x01, 0x99, hex("00"));
    Telegram t;
    const auto error = decodeFrames(frame, t);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::UnsupportedCi);
    EXPECT_EQ(error->offset, 6u);
}
