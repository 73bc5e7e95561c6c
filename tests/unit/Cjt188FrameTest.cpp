// SPDX-License-Identifier: GPL-3.0-or-later
// CJ/T 188 link layer: precise errors for malformed frames, DI matching, addresses, and the
// streaming extractor with garbage, FE runs, echoes, arbitrary chunks and bounded memory.
#include "cjt188/Encoder.h"
#include "cjt188/FrameExtractor.h"
#include "cjt188/Message.h"
#include "cjt188/Requests.h"
#include "text/HexText.h"

#include <gtest/gtest.h>
#include <random>

namespace {

using namespace heatdesk;
using namespace heatdesk::cjt188;

std::vector<std::uint8_t> hex(std::string_view text) {
    return text::parseHex(text).bytes;
}

const char* kC2 =
    "FE FE 68 20 78 56 34 12 00 25 20 81 2E 1F 90 07 56 34 12 00 05 05 00 13 00 05 34 12 00 00 17 "
    "78 56 00 00 35 67 45 03 00 2C 43 65 00 21 45 00 45 23 01 45 30 10 15 01 25 20 00 00 96 16";

ErrorCode errorOf(const std::vector<std::uint8_t>& bytes) {
    auto r = decodeMessage(bytes);
    const auto* e = std::get_if<mbus::DecodeError>(&r);
    return e ? e->code : ErrorCode::Empty;
}

TEST(Cjt188Frame, PreciseErrors) {
    EXPECT_EQ(errorOf({}), ErrorCode::Empty);
    EXPECT_EQ(errorOf(hex("FE FE FE")), ErrorCode::NoStart);
    EXPECT_EQ(errorOf(hex("FE 00 68 10")), ErrorCode::BadStart);
    EXPECT_EQ(errorOf(hex("68 10 01 00")), ErrorCode::Truncated);
    auto c2 = hex(kC2);
    auto trailing = c2;
    trailing.push_back(0x00);
    EXPECT_EQ(errorOf(trailing), ErrorCode::TrailingBytes);
    trailing.back() = 0xFE; // FE padding after a frame is tolerated
    EXPECT_NE(errorOf(trailing), ErrorCode::TrailingBytes);
    // DATA too short for the 901F layouts.
    MeterProfile p;
    p.preambleCount = 0;
    const std::array<std::uint8_t, 5> shortData{};
    auto shortReply = *buildMessage({0, 0x20, {}, 0x81}, di::CurrentData, DiOrder::LowFirst, 0, shortData);
    EXPECT_EQ(errorOf(shortReply), ErrorCode::BadPayload);
    auto noDi = *buildFrame({0, 0x20, {}, 0x81}, std::array<std::uint8_t, 1>{0x1F});
    EXPECT_EQ(errorOf(noDi), ErrorCode::BadPayload);
}

TEST(Cjt188Frame, ErrorOffsetsPointAtTheByte) {
    auto c2 = hex(kC2);
    c2[c2.size() - 2] ^= 1;
    auto r = decodeMessage(c2);
    const auto& e = std::get<mbus::DecodeError>(r);
    EXPECT_EQ(e.code, ErrorCode::Checksum);
    EXPECT_EQ(e.offset, c2.size() - 2);
    EXPECT_EQ(e.detail, 0x96);
}

TEST(Cjt188Frame, AddressTextAndBroadcast) {
    const auto a = Address::fromText("20250012345678");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->wire, (std::array<std::uint8_t, 7>{0x78, 0x56, 0x34, 0x12, 0x00, 0x25, 0x20}));
    EXPECT_EQ(a->toText(), "20250012345678");
    EXPECT_EQ(a->manufacturerCode(), 0x2025);
    EXPECT_EQ(Address::broadcast().toText(), "AAAAAAAAAAAAAA");
    EXPECT_FALSE(Address::fromText("123"));
    EXPECT_FALSE(Address::fromText("2025001234567X"));
}

TEST(Cjt188Frame, DiBothOrdersAndFamilies) {
    EXPECT_EQ(matchDi(0x1F, 0x90).di, 0x901F);
    EXPECT_EQ(matchDi(0x1F, 0x90).order, DiOrder::LowFirst);
    EXPECT_EQ(matchDi(0x90, 0x1F).di, 0x901F);
    EXPECT_EQ(matchDi(0x90, 0x1F).order, DiOrder::HighFirst);
    EXPECT_EQ(matchDi(0x0A, 0x81).di, 0x810A);
    EXPECT_EQ(matchDi(0x81, 0x0A).order, DiOrder::HighFirst);
    EXPECT_FALSE(matchDi(0x12, 0x34).known);
    EXPECT_EQ(matchDi(0x12, 0x34, DiOrder::HighFirst).di, 0x1234);
    // No known DI is the byte swap of another: matching is unambiguous.
    for (int d = 0; d < 0x10000; ++d) {
        const auto di = static_cast<std::uint16_t>(d);
        const auto swapped = static_cast<std::uint16_t>(di << 8 | di >> 8);
        if (isKnownDi(di) && swapped != di) {
            EXPECT_FALSE(isKnownDi(swapped)) << std::hex << d;
        }
    }
    EXPECT_EQ(meterFamily(0x25), MeterFamily::Heat);
    EXPECT_EQ(meterFamily(0x13), MeterFamily::Water);
    EXPECT_EQ(meterFamily(0x30), MeterFamily::Gas);
    EXPECT_EQ(meterFamily(0x40), MeterFamily::Electricity);
    EXPECT_EQ(meterFamily(0xAA), MeterFamily::Wildcard);
    EXPECT_EQ(mediumName(0x10), "cold_water");
    EXPECT_EQ(mediumName(0x25), "heat");
}

TEST(Cjt188Frame, AbnormalReplyForms) {
    MeterProfile p;
    p.preambleCount = 0;
    const auto addr = *Address::fromText("20250012345678");
    auto sst = decodeMessage(buildAbnormalReply(p, 0x20, addr, function::ReadData, 7, {0x03, 0x00}));
    const auto& m = std::get<Message>(sst);
    ASSERT_TRUE(m.abnormal);
    EXPECT_EQ(m.abnormal->form, AbnormalReply::Form::SerStatus);
    EXPECT_EQ(m.ser, 7);
    EXPECT_EQ(abnormalError(m).code, ErrorCode::AbnormalReply);
    EXPECT_EQ(abnormalError(m).detail, 3);
    // One status byte (S3), and DI SER ST.
    auto one = decodeMessage(*buildFrame({0, 0x20, addr, 0xC1}, std::array<std::uint8_t, 1>{0x02}));
    EXPECT_EQ(std::get<Message>(one).abnormal->form, AbnormalReply::Form::StatusByte);
    EXPECT_EQ(abnormalError(std::get<Message>(one)).detail, 2);
    auto full =
        decodeMessage(*buildFrame({0, 0x20, addr, 0xC4}, std::array<std::uint8_t, 5>{0x17, 0xA0, 1, 3, 0}));
    EXPECT_EQ(std::get<Message>(full).abnormal->form, AbnormalReply::Form::DiSerStatus);
    EXPECT_EQ(std::get<Message>(full).di.di, di::ValveControl);
}

TEST(Cjt188Extractor, FindsFramesInNoiseFeRunsAndEchoesInAnyChunking) {
    const auto c2 = hex(kC2);
    MeterProfile p;
    const auto request = readCurrentData(p, {0x20, *Address::fromText("20250012345678")}, 7);
    std::vector<std::uint8_t> stream;
    stream.insert(stream.end(), request.begin(), request.end()); // echo
    for (int i = 0; i < 40; ++i)
        stream.push_back(0xFE);                                        // long FE run
    stream.insert(stream.end(), {0x00, 0x68, 0x13, 0x55, 0x16, 0xFF}); // noise with a stray 68
    stream.insert(stream.end(), c2.begin(), c2.end());
    stream.insert(stream.end(), {0x68, 0x68});
    stream.insert(stream.end(), c2.begin(), c2.end());

    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        FrameExtractor x;
        std::size_t pos = 0;
        std::vector<ExtractedFrame> frames;
        while (pos < stream.size()) {
            const std::size_t n = std::min<std::size_t>(1 + rng() % 23, stream.size() - pos);
            x.feed(std::span(stream).subspan(pos, n));
            pos += n;
            while (auto f = x.next())
                frames.push_back(std::move(*f));
        }
        x.flush();
        while (auto f = x.next())
            frames.push_back(std::move(*f));
        ASSERT_GE(frames.size(), 3u) << round;
        // The echo (a request, D7 = 0) and both replies.
        const auto echo = std::get<Message>(decodeMessage(frames[0].bytes));
        EXPECT_TRUE(echo.isRequest());
        EXPECT_EQ(frames[0].preamble, p.preambleCount);
        EXPECT_EQ(frames[frames.size() - 2].bytes, std::vector<std::uint8_t>(c2.begin() + 2, c2.end()));
        EXPECT_EQ(frames.back().bytes, std::vector<std::uint8_t>(c2.begin() + 2, c2.end()));
        EXPECT_GT(x.stats().garbageBytes, 0u);
        EXPECT_GE(x.stats().preambleBytes, 40u);
    }
}

TEST(Cjt188Extractor, ChecksumErrorsCountedAndStrayStartFlushed) {
    auto bad = hex(kC2);
    bad[bad.size() - 2] ^= 0xFF;
    FrameExtractor x;
    x.feed(bad);
    EXPECT_FALSE(x.next());
    EXPECT_EQ(x.stats().checksumErrors, 1u);

    // A stray 68 announcing many bytes holds a short frame back until the line is quiet.
    FrameExtractor y;
    const auto p12 = hex("68 10 01 00 00 05 08 00 00 83 03 81 0A 00 97 16");
    std::vector<std::uint8_t> s{0x68, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF};
    s.insert(s.end(), p12.begin(), p12.end());
    y.feed(s);
    EXPECT_FALSE(y.next());
    y.flush();
    auto f = y.next();
    ASSERT_TRUE(f);
    EXPECT_EQ(f->bytes, p12);
}

TEST(Cjt188Extractor, MemoryStaysBoundedUnderNoise) {
    FrameExtractor x;
    std::mt19937 rng(1);
    std::vector<std::uint8_t> noise(1 << 20);
    for (auto& b : noise)
        b = static_cast<std::uint8_t>(rng());
    for (std::size_t i = 0; i < noise.size(); i += 4096) {
        x.feed(std::span(noise).subspan(i, 4096));
        EXPECT_LE(x.bufferedBytes(), FrameExtractor::kMaxBufferedBytes);
        EXPECT_LE(x.pendingFrames(), FrameExtractor::kMaxPendingFrames);
    }
    // 100 frames nobody pulls: only the newest 64 are kept.
    const auto c2 = hex(kC2);
    for (int i = 0; i < 100; ++i)
        x.feed(c2);
    EXPECT_EQ(x.pendingFrames(), FrameExtractor::kMaxPendingFrames);
    EXPECT_GE(x.stats().droppedFrames, 36u);
}

} // namespace
