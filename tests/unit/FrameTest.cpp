// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/Frame.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <vector>

using namespace heatdesk::mbus;

namespace {

// A heat meter's RSP_UD (87 bytes, L = 0x51, CS = 0x3F): C 08, A 0B, CI 72.
const std::vector<std::uint8_t> kTelegram{
    0x68, 0x51, 0x51, 0x68, 0x08, 0x0B, 0x72, 0x54, 0x02, 0x99, 0x04, 0xC5, 0x14, 0x00, 0x06,
    0x0C, 0x27, 0x00, 0x00, 0x04, 0x78, 0x2E, 0x25, 0x4C, 0x00, 0x04, 0x6D, 0x0A, 0x0C, 0xCD,
    0x13, 0x04, 0x13, 0x4C, 0x01, 0x00, 0x00, 0x44, 0x13, 0x4B, 0x01, 0x00, 0x00, 0x84, 0x01,
    0x13, 0x4C, 0x01, 0x00, 0x00, 0x42, 0x6C, 0xBF, 0x1C, 0x02, 0x6C, 0xDF, 0x1C, 0x04, 0x3B,
    0x00, 0x00, 0x00, 0x00, 0x14, 0x3B, 0x16, 0x08, 0x00, 0x00, 0x02, 0x23, 0xA7, 0x04, 0x01,
    0xFD, 0x17, 0x00, 0x04, 0x90, 0x28, 0x08, 0x00, 0x00, 0x00, 0x3F, 0x16};

Frame parseOk(const std::vector<std::uint8_t>& bytes) {
    auto result = parseFrame(bytes);
    EXPECT_TRUE(std::holds_alternative<Frame>(result))
        << "error " << errorCodeName(std::get<DecodeError>(result).code) << " at "
        << std::get<DecodeError>(result).offset;
    return std::holds_alternative<Frame>(result) ? std::get<Frame>(result) : Frame{};
}

DecodeError parseError(const std::vector<std::uint8_t>& bytes) {
    auto result = parseFrame(bytes);
    EXPECT_TRUE(std::holds_alternative<DecodeError>(result)) << "parsed although it should not";
    return std::holds_alternative<DecodeError>(result) ? std::get<DecodeError>(result) : DecodeError{};
}

void expectError(const std::vector<std::uint8_t>& bytes, ErrorCode code, std::size_t offset) {
    const DecodeError error = parseError(bytes);
    EXPECT_EQ(errorCodeName(error.code), errorCodeName(code));
    EXPECT_EQ(error.offset, offset);
    EXPECT_FALSE(error.message.empty());
}

} // namespace

TEST(FrameTest, ParsesSingleCharacterAck) {
    const Frame frame = parseOk({0xE5});
    EXPECT_EQ(frame.kind, FrameKind::Ack);
    EXPECT_EQ(frame.size, 1u);
}

TEST(FrameTest, ParsesShortFrame) {
    // SND_NKE to address 1: CS = 40 + 01.
    const Frame frame = parseOk({0x10, 0x40, 0x01, 0x41, 0x16});
    EXPECT_EQ(frame.kind, FrameKind::Short);
    EXPECT_EQ(frame.c, 0x40);
    EXPECT_EQ(frame.a, 0x01);
    EXPECT_EQ(frame.size, 5u);
    EXPECT_TRUE(frame.userData.empty());
}

TEST(FrameTest, ParsesControlFrame) {
    // SND_UD application reset to address FE without data: CS = 53 + FE + 50 = 1A1 -> A1.
    const Frame frame = parseOk({0x68, 0x03, 0x03, 0x68, 0x53, 0xFE, 0x50, 0xA1, 0x16});
    EXPECT_EQ(frame.kind, FrameKind::Control);
    EXPECT_EQ(frame.length, 3);
    EXPECT_EQ(frame.c, 0x53);
    EXPECT_EQ(frame.a, 0xFE);
    EXPECT_EQ(frame.ci, 0x50);
    EXPECT_TRUE(frame.userData.empty());
    EXPECT_EQ(frame.size, 9u);
}

TEST(FrameTest, ParsesRealLongFrame) {
    const Frame frame = parseOk(kTelegram);
    EXPECT_EQ(frame.kind, FrameKind::Long);
    EXPECT_EQ(frame.length, 0x51);
    EXPECT_EQ(frame.c, 0x08);
    EXPECT_EQ(frame.a, 0x0B);
    EXPECT_EQ(frame.ci, 0x72);
    ASSERT_EQ(frame.userData.size(), 0x51u - 3u);
    EXPECT_EQ(frame.userData.front(), 0x54); // first id byte
    EXPECT_EQ(frame.userData.back(), 0x00);  // last byte before CS
    EXPECT_EQ(frame.size, 87u);
}

TEST(FrameTest, BytesAfterTheFrameAreLeftToTheCaller) {
    std::vector<std::uint8_t> bytes = kTelegram;
    bytes.insert(bytes.end(), {0xE5, 0x00, 0x68});
    EXPECT_EQ(parseOk(bytes).size, 87u);

    EXPECT_EQ(parseOk({0x10, 0x40, 0x01, 0x41, 0x16, 0x10}).size, 5u);
}

TEST(FrameTest, EmptyInput) {
    expectError({}, ErrorCode::Empty, 0);
}

TEST(FrameTest, TooShort) {
    expectError({0x10, 0x40, 0x01, 0x41}, ErrorCode::TooShort, 4);
    expectError({0x10}, ErrorCode::TooShort, 1);
    expectError({0x68, 0x51, 0x51}, ErrorCode::TooShort, 3);
    expectError({0x68}, ErrorCode::TooShort, 1);
}

TEST(FrameTest, BadStart) {
    expectError({0x00, 0x10, 0x40, 0x01, 0x41, 0x16}, ErrorCode::BadStart, 0);
    expectError({0x16}, ErrorCode::BadStart, 0);

    std::vector<std::uint8_t> secondStart = kTelegram;
    secondStart[3] = 0x67;
    expectError(secondStart, ErrorCode::BadStart, 3);
}

TEST(FrameTest, LengthMismatch) {
    std::vector<std::uint8_t> differingL = kTelegram;
    differingL[2] = 0x52;
    expectError(differingL, ErrorCode::LengthMismatch, 2);

    // L must at least count C, A and CI.
    expectError({0x68, 0x02, 0x02, 0x68, 0x53, 0x01, 0x54, 0x16}, ErrorCode::LengthMismatch, 1);

    // Fewer bytes than L announces: the offset is where the bytes ran out.
    const std::vector<std::uint8_t> truncated(kTelegram.begin(), kTelegram.begin() + 50);
    expectError(truncated, ErrorCode::LengthMismatch, 50);
    const std::vector<std::uint8_t> withoutStop(kTelegram.begin(), kTelegram.end() - 1);
    expectError(withoutStop, ErrorCode::LengthMismatch, 86);
}

TEST(FrameTest, Checksum) {
    expectError({0x10, 0x40, 0x01, 0x42, 0x16}, ErrorCode::Checksum, 3);

    // CS of the long frame sits at 4 + L = 85.
    std::vector<std::uint8_t> wrongCs = kTelegram;
    wrongCs[85] = 0x40;
    expectError(wrongCs, ErrorCode::Checksum, 85);

    std::vector<std::uint8_t> flippedData = kTelegram;
    flippedData[40] ^= 0x01;
    expectError(flippedData, ErrorCode::Checksum, 85);

    expectError({0x68, 0x03, 0x03, 0x68, 0x53, 0xFE, 0x50, 0xA2, 0x16}, ErrorCode::Checksum, 7);
}

TEST(FrameTest, BadStop) {
    expectError({0x10, 0x40, 0x01, 0x41, 0x17}, ErrorCode::BadStop, 4);

    std::vector<std::uint8_t> wrongStop = kTelegram;
    wrongStop[86] = 0x17;
    expectError(wrongStop, ErrorCode::BadStop, 86);

    expectError({0x68, 0x03, 0x03, 0x68, 0x53, 0xFE, 0x50, 0xA1, 0x00}, ErrorCode::BadStop, 8);
}

TEST(FrameTest, ChecksumIsTheArithmeticSumModulo256) {
    EXPECT_EQ(checksum(std::vector<std::uint8_t>{}), 0x00);
    EXPECT_EQ(checksum(std::vector<std::uint8_t>{0x7B, 0x05}), 0x80);
    EXPECT_EQ(checksum(std::vector<std::uint8_t>{0xFF, 0xFF, 0x03}), 0x01);
}

TEST(FrameTest, BuildShortFrame) {
    const std::vector<std::uint8_t> expected{0x10, 0x5B, 0xFE, 0x59, 0x16}; // 5B + FE = 159
    const auto bytes = buildShortFrame(0x5B, 0xFE);
    EXPECT_EQ(bytes, expected);
    const Frame frame = parseOk(bytes);
    EXPECT_EQ(frame.kind, FrameKind::Short);
    EXPECT_EQ(frame.c, 0x5B);
    EXPECT_EQ(frame.a, 0xFE);
}

TEST(FrameTest, BuildControlFrame) {
    const std::vector<std::uint8_t> expected{0x68, 0x03, 0x03, 0x68, 0x53, 0xFE, 0x50, 0xA1, 0x16};
    const auto bytes = buildLongFrame(0x53, 0xFE, 0x50, {});
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(*bytes, expected);
    EXPECT_EQ(parseOk(*bytes).kind, FrameKind::Control);
}

TEST(FrameTest, BuildLongFrameRoundTripsTheRealTelegram) {
    const std::vector<std::uint8_t> userData(kTelegram.begin() + 7, kTelegram.end() - 2);
    const auto bytes = buildLongFrame(0x08, 0x0B, 0x72, userData);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(*bytes, kTelegram);

    const Frame frame = parseOk(*bytes);
    EXPECT_EQ(frame.kind, FrameKind::Long);
    EXPECT_EQ(std::vector<std::uint8_t>(frame.userData.begin(), frame.userData.end()), userData);
}

TEST(FrameTest, BuildLongFrameTakesAtMost252BytesOfUserData) {
    std::vector<std::uint8_t> data(252);
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<std::uint8_t>(i);
    const auto biggest = buildLongFrame(0x08, 0x01, 0x72, data);
    ASSERT_TRUE(biggest.has_value());
    ASSERT_EQ(biggest->size(), 261u);
    EXPECT_EQ((*biggest)[1], 0xFF);
    EXPECT_EQ((*biggest)[2], 0xFF);
    const Frame frame = parseOk(*biggest);
    EXPECT_EQ(frame.userData.size(), 252u);
    EXPECT_EQ(frame.size, kMaxFrameSize);

    data.push_back(0x00);
    EXPECT_FALSE(buildLongFrame(0x08, 0x01, 0x72, data).has_value());
    EXPECT_FALSE(buildLongFrame(0x08, 0x01, 0x72, std::vector<std::uint8_t>(1000)).has_value());
}
