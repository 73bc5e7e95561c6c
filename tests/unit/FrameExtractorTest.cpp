// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/FrameExtractor.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <random>
#include <vector>

using namespace heatdesk::mbus;

namespace {

using Bytes = std::vector<std::uint8_t>;

// A heat meter's RSP_UD (87 bytes). Byte 66 is a 16 inside the data: a stop byte where none ends.
const Bytes kTelegram{0x68, 0x51, 0x51, 0x68, 0x08, 0x0B, 0x72, 0x54, 0x02, 0x99, 0x04, 0xC5, 0x14,
                      0x00, 0x06, 0x0C, 0x27, 0x00, 0x00, 0x04, 0x78, 0x2E, 0x25, 0x4C, 0x00, 0x04,
                      0x6D, 0x0A, 0x0C, 0xCD, 0x13, 0x04, 0x13, 0x4C, 0x01, 0x00, 0x00, 0x44, 0x13,
                      0x4B, 0x01, 0x00, 0x00, 0x84, 0x01, 0x13, 0x4C, 0x01, 0x00, 0x00, 0x42, 0x6C,
                      0xBF, 0x1C, 0x02, 0x6C, 0xDF, 0x1C, 0x04, 0x3B, 0x00, 0x00, 0x00, 0x00, 0x14,
                      0x3B, 0x16, 0x08, 0x00, 0x00, 0x02, 0x23, 0xA7, 0x04, 0x01, 0xFD, 0x17, 0x00,
                      0x04, 0x90, 0x28, 0x08, 0x00, 0x00, 0x00, 0x3F, 0x16};

const Bytes kReqUd2To11{0x10, 0x7B, 0x0B, 0x86, 0x16}; // 7B + 0B = 86
const Bytes kSndNkeTo1{0x10, 0x40, 0x01, 0x41, 0x16};
const Bytes kControlFrame{0x68, 0x03, 0x03, 0x68, 0x53, 0xFE, 0x50, 0xA1, 0x16};

Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const Bytes& part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

std::vector<ExtractedFrame> drain(FrameExtractor& extractor) {
    std::vector<ExtractedFrame> frames;
    while (auto frame = extractor.next())
        frames.push_back(std::move(*frame));
    return frames;
}

std::vector<ExtractedFrame> extractAll(const Bytes& stream) {
    FrameExtractor extractor;
    extractor.feed(stream);
    return drain(extractor);
}

// Every frame handed out must be one parseFrame accepts, of the same kind and size.
void expectParses(const ExtractedFrame& extracted) {
    const auto result = parseFrame(extracted.bytes);
    ASSERT_TRUE(std::holds_alternative<Frame>(result));
    EXPECT_EQ(std::get<Frame>(result).kind, extracted.kind);
    EXPECT_EQ(std::get<Frame>(result).size, extracted.bytes.size());
}

} // namespace

TEST(FrameExtractorTest, ExtractsEveryFrameKind) {
    const Bytes stream = concat({{0xE5}, kSndNkeTo1, kControlFrame, kTelegram, {0xE5}});
    const auto frames = extractAll(stream);
    ASSERT_EQ(frames.size(), 5u);
    EXPECT_EQ(frames[0].kind, FrameKind::Ack);
    EXPECT_EQ(frames[1].kind, FrameKind::Short);
    EXPECT_EQ(frames[1].bytes, kSndNkeTo1);
    EXPECT_EQ(frames[2].kind, FrameKind::Control);
    EXPECT_EQ(frames[2].bytes, kControlFrame);
    EXPECT_EQ(frames[3].kind, FrameKind::Long);
    EXPECT_EQ(frames[3].bytes, kTelegram);
    EXPECT_EQ(frames[4].kind, FrameKind::Ack);
    for (const auto& frame : frames)
        expectParses(frame);
}

TEST(FrameExtractorTest, TelegramSplitAtEveryBoundary) {
    for (std::size_t cut = 0; cut <= kTelegram.size(); ++cut) {
        FrameExtractor extractor;
        extractor.feed(std::span(kTelegram).first(cut));
        if (cut < kTelegram.size()) {
            EXPECT_FALSE(extractor.next().has_value()) << "cut " << cut;
            EXPECT_EQ(extractor.bufferedBytes(), cut);
        }
        extractor.feed(std::span(kTelegram).subspan(cut));
        const auto frames = drain(extractor);
        ASSERT_EQ(frames.size(), 1u) << "cut " << cut;
        EXPECT_EQ(frames[0].bytes, kTelegram);
        EXPECT_EQ(extractor.garbageBytes(), 0u);
        EXPECT_EQ(extractor.bufferedBytes(), 0u);
    }
}

TEST(FrameExtractorTest, TelegramSplitInThreeAtEveryPairOfBoundaries) {
    for (std::size_t a = 0; a <= kTelegram.size(); ++a) {
        for (std::size_t b = a; b <= kTelegram.size(); ++b) {
            FrameExtractor extractor;
            const std::span<const std::uint8_t> all(kTelegram);
            extractor.feed(all.subspan(0, a));
            extractor.feed(all.subspan(a, b - a));
            extractor.feed(all.subspan(b));
            const auto frames = drain(extractor);
            ASSERT_EQ(frames.size(), 1u) << a << "/" << b;
            EXPECT_EQ(frames[0].bytes, kTelegram);
        }
    }
}

TEST(FrameExtractorTest, ByteByByte) {
    FrameExtractor extractor;
    const Bytes stream = concat({{0xE5}, kTelegram, kSndNkeTo1});
    std::vector<ExtractedFrame> frames;
    for (std::uint8_t b : stream) {
        extractor.feed(std::span(&b, 1));
        for (auto& f : drain(extractor))
            frames.push_back(std::move(f));
    }
    ASSERT_EQ(frames.size(), 3u);
    EXPECT_EQ(frames[1].bytes, kTelegram);
    EXPECT_EQ(frames[2].bytes, kSndNkeTo1);
}

TEST(FrameExtractorTest, PartialFrameWaitsAndIsNotGarbage) {
    FrameExtractor extractor;
    extractor.feed(std::span(kTelegram).first(50));
    EXPECT_FALSE(extractor.next().has_value());
    EXPECT_EQ(extractor.bufferedBytes(), 50u);
    EXPECT_EQ(extractor.garbageBytes(), 0u);
    EXPECT_EQ(extractor.checksumErrors(), 0u);

    extractor.feed(Bytes{0x10, 0x40});
    EXPECT_FALSE(extractor.next().has_value());
}

TEST(FrameExtractorTest, GarbageBeforeBetweenAndAfterFrames) {
    const Bytes stream =
        concat({{0x00, 0xFF, 0x55, 0x16, 0xA5}, kSndNkeTo1, {0xFD, 0xFE, 0xFC}, kTelegram, {0x00, 0x16}});
    FrameExtractor extractor;
    extractor.feed(stream);
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(frames[0].bytes, kSndNkeTo1);
    EXPECT_EQ(frames[1].bytes, kTelegram);
    EXPECT_EQ(extractor.garbageBytes(), 10u);
    EXPECT_EQ(extractor.checksumErrors(), 0u);
    EXPECT_EQ(extractor.bufferedBytes(), 0u);
    EXPECT_EQ(extractor.stats().frames, 2u);
}

TEST(FrameExtractorTest, AckBetweenGarbage) {
    FrameExtractor extractor;
    extractor.feed(Bytes{0x00, 0x33, 0xE5, 0x7F, 0x00});
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].kind, FrameKind::Ack);
    EXPECT_EQ(frames[0].bytes, Bytes{0xE5});
    EXPECT_EQ(extractor.garbageBytes(), 4u);
}

TEST(FrameExtractorTest, E5InsideAnArrivingFrameIsNoAck) {
    // SND_UD with an E5 in its data: CS = 53 + 01 + 51 + E5 = 18A -> 8A.
    const Bytes frame{0x68, 0x04, 0x04, 0x68, 0x53, 0x01, 0x51, 0xE5, 0x8A, 0x16};
    FrameExtractor extractor;
    extractor.feed(std::span(frame).first(8)); // ends right after the E5
    EXPECT_FALSE(extractor.next().has_value());
    extractor.feed(std::span(frame).subspan(8));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].kind, FrameKind::Long);
    EXPECT_EQ(frames[0].bytes, frame);
}

TEST(FrameExtractorTest, EchoOfOurRequestIsDropped) {
    FrameExtractor extractor;
    extractor.expectEcho(kReqUd2To11);
    EXPECT_TRUE(extractor.isEchoExpected());
    extractor.feed(concat({kReqUd2To11, kTelegram}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes, kTelegram);
    EXPECT_EQ(extractor.echoes(), 1u);
    EXPECT_EQ(extractor.garbageBytes(), 0u);
    EXPECT_FALSE(extractor.isEchoExpected());
}

TEST(FrameExtractorTest, EchoSplitAcrossChunksAfterGarbage) {
    const Bytes stream = concat({{0x00, 0xFF}, kReqUd2To11, {0xE5}});
    for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
        FrameExtractor extractor;
        extractor.expectEcho(kReqUd2To11);
        extractor.feed(std::span(stream).first(cut));
        extractor.feed(std::span(stream).subspan(cut));
        const auto frames = drain(extractor);
        ASSERT_EQ(frames.size(), 1u) << "cut " << cut;
        EXPECT_EQ(frames[0].kind, FrameKind::Ack);
        EXPECT_EQ(extractor.echoes(), 1u);
        EXPECT_EQ(extractor.garbageBytes(), 2u);
    }
}

TEST(FrameExtractorTest, EchoIsDroppedOnlyOnce) {
    FrameExtractor extractor;
    extractor.expectEcho(kSndNkeTo1);
    extractor.feed(concat({kSndNkeTo1, kSndNkeTo1}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes, kSndNkeTo1);
    EXPECT_EQ(extractor.echoes(), 1u);
}

TEST(FrameExtractorTest, WithoutExpectedEchoTheRequestIsAFrame) {
    const auto frames = extractAll(concat({kReqUd2To11, kTelegram}));
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(frames[0].bytes, kReqUd2To11);
}

TEST(FrameExtractorTest, EchoOfRawBytesThatAreNoFrame) {
    // A raw send need not be a frame; its echo is still recognised, not counted as garbage.
    const Bytes raw{0x55, 0x55, 0x55};
    FrameExtractor extractor;
    extractor.expectEcho(raw);
    extractor.feed(concat({{0x00}, raw, {0xE5}}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(extractor.echoes(), 1u);
    EXPECT_EQ(extractor.garbageBytes(), 1u);
}

TEST(FrameExtractorTest, CorruptEchoIsHandledLikeOtherBytes) {
    FrameExtractor extractor;
    extractor.expectEcho(kReqUd2To11);
    Bytes corrupt = kReqUd2To11;
    corrupt[3] ^= 0x04; // CS wrong, stop right: counted as a checksum error
    extractor.feed(concat({corrupt, kTelegram}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes, kTelegram);
    EXPECT_EQ(extractor.echoes(), 0u);
    EXPECT_EQ(extractor.checksumErrors(), 1u);
    EXPECT_EQ(extractor.garbageBytes(), 5u);
}

TEST(FrameExtractorTest, CorruptFrameFollowedByGoodOne) {
    Bytes flipped = kTelegram;
    flipped[40] ^= 0x10;
    FrameExtractor extractor;
    extractor.feed(concat({flipped, kTelegram}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes, kTelegram);
    EXPECT_EQ(extractor.checksumErrors(), 1u);
    EXPECT_EQ(extractor.garbageBytes(), kTelegram.size());
}

TEST(FrameExtractorTest, ChecksumErrorDoesNotSwallowAFrameInsideIt) {
    // A stray header 68 03 03 68 makes the SND_NKE behind it look like C A CI CS 16 of a
    // control frame with a wrong CS. Giving up the whole candidate would lose the SND_NKE.
    FrameExtractor extractor;
    extractor.feed(concat({{0x68, 0x03, 0x03, 0x68}, kSndNkeTo1}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes, kSndNkeTo1);
    EXPECT_EQ(extractor.checksumErrors(), 1u);
    EXPECT_EQ(extractor.garbageBytes(), 4u);
}

TEST(FrameExtractorTest, BadStopDoesNotSwallowTheNextFrame) {
    Bytes badStop = kTelegram;
    badStop.at(badStop.size() - 1) = 0x17; // at(): GCC 12 misreads back() on a copied vector
    FrameExtractor extractor;
    extractor.feed(concat({badStop, {0xE5}, kSndNkeTo1}));
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(frames[0].kind, FrameKind::Ack);
    EXPECT_EQ(frames[1].bytes, kSndNkeTo1);
    EXPECT_EQ(extractor.checksumErrors(), 0u); // the stop was wrong: not a frame at all
}

TEST(FrameExtractorTest, TruncatedFrameFollowedByGoodOne) {
    // The first reply was cut short (the meter stopped); its header announces 87 bytes that the
    // next telegram's bytes seem to fill. The real telegram must still be found.
    const Bytes stream = concat({Bytes(kTelegram.begin(), kTelegram.begin() + 40), kTelegram});
    for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
        FrameExtractor extractor;
        extractor.feed(std::span(stream).first(cut));
        extractor.feed(std::span(stream).subspan(cut));
        const auto frames = drain(extractor);
        ASSERT_EQ(frames.size(), 1u) << "cut " << cut;
        EXPECT_EQ(frames[0].bytes, kTelegram);
        EXPECT_EQ(extractor.garbageBytes(), 40u);
    }
}

TEST(FrameExtractorTest, BrokenLongHeadersAreRejectedWithoutWaiting) {
    // L fields that differ, L below 3, a missing second 68: each gives up one byte at once, so
    // the ACK behind it is not held back.
    for (const Bytes& header : {Bytes{0x68, 0x51, 0x52}, Bytes{0x68, 0x02}, Bytes{0x68, 0x51, 0x51, 0x00}}) {
        FrameExtractor extractor;
        extractor.feed(concat({header, {0xE5}}));
        const auto frames = drain(extractor);
        ASSERT_EQ(frames.size(), 1u);
        EXPECT_EQ(frames[0].kind, FrameKind::Ack);
        EXPECT_EQ(extractor.garbageBytes(), header.size());
        EXPECT_EQ(extractor.bufferedBytes(), 0u);
    }
}

TEST(FrameExtractorTest, ShortFrameChecksumError) {
    FrameExtractor extractor;
    extractor.feed(Bytes{0x10, 0x40, 0x01, 0x42, 0x16, 0xE5});
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].kind, FrameKind::Ack);
    EXPECT_EQ(extractor.checksumErrors(), 1u);
    EXPECT_EQ(extractor.garbageBytes(), 5u);
}

TEST(FrameExtractorTest, StrayStartByteBeforeAckNeedsFlushWhenTheLineGoesQuiet) {
    FrameExtractor extractor;
    extractor.feed(Bytes{0x10, 0xE5});
    EXPECT_FALSE(extractor.next().has_value()); // 10 might still become a short frame
    EXPECT_EQ(extractor.bufferedBytes(), 2u);
    extractor.flush();
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].kind, FrameKind::Ack);
    EXPECT_EQ(extractor.garbageBytes(), 1u);
    EXPECT_EQ(extractor.bufferedBytes(), 0u);
}

TEST(FrameExtractorTest, FlushDropsAPartialFrame) {
    FrameExtractor extractor;
    extractor.feed(std::span(kTelegram).first(60));
    extractor.flush();
    EXPECT_FALSE(extractor.next().has_value());
    EXPECT_EQ(extractor.bufferedBytes(), 0u);
    EXPECT_EQ(extractor.garbageBytes(), 60u);
}

TEST(FrameExtractorTest, ResetForgetsBytesAndEchoButKeepsStats) {
    FrameExtractor extractor;
    extractor.feed(Bytes{0x00, 0x68, 0x51});
    extractor.expectEcho(kSndNkeTo1);
    EXPECT_EQ(extractor.bufferedBytes(), 2u);
    extractor.reset();
    EXPECT_EQ(extractor.bufferedBytes(), 0u);
    EXPECT_FALSE(extractor.isEchoExpected());
    EXPECT_EQ(extractor.garbageBytes(), 1u);

    extractor.feed(kSndNkeTo1);
    EXPECT_TRUE(extractor.next().has_value()); // no longer taken for an echo
    extractor.resetStats();
    EXPECT_EQ(extractor.garbageBytes(), 0u);
    EXPECT_EQ(extractor.stats().frames, 0u);
}

TEST(FrameExtractorTest, UnreadFramesAreBoundedAndTheNewestKept) {
    FrameExtractor extractor;
    extractor.feed(Bytes(1000, 0xE5));
    extractor.feed(kSndNkeTo1);
    EXPECT_EQ(extractor.pendingFrames(), FrameExtractor::kMaxPendingFrames);
    EXPECT_EQ(extractor.stats().droppedFrames, 1001u - FrameExtractor::kMaxPendingFrames);
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), FrameExtractor::kMaxPendingFrames);
    EXPECT_EQ(frames.back().bytes, kSndNkeTo1);
}

TEST(FrameExtractorTest, EndlessStartBytesDoNotGrowMemory) {
    for (const Bytes& pattern :
         {Bytes{0x68}, Bytes{0x68, 0xFF, 0xFF, 0x68}, Bytes{0x10}, Bytes{0x68, 0x68, 0x16}}) {
        FrameExtractor extractor;
        Bytes chunk;
        for (std::size_t i = 0; i < 4096; ++i)
            chunk.push_back(pattern[i % pattern.size()]);
        std::size_t fed = 0;
        for (int i = 0; i < 256; ++i) { // 1 MiB
            extractor.feed(chunk);
            fed += chunk.size();
            ASSERT_LT(extractor.bufferedBytes(), kMaxFrameSize);
        }
        EXPECT_FALSE(extractor.next().has_value());
        EXPECT_EQ(extractor.garbageBytes() + extractor.bufferedBytes(), fed);

        // It still finds a frame afterwards. Start bytes just before it may announce frames longer
        // than what follows; once the line is quiet they are given up.
        extractor.feed(concat({{0x00}, kTelegram}));
        extractor.flush();
        bool found = false;
        while (auto frame = extractor.next())
            found = found || frame->bytes == kTelegram;
        EXPECT_TRUE(found);
    }
}

TEST(FrameExtractorTest, OneHugeChunkStaysBounded) {
    FrameExtractor extractor;
    const Bytes noise = concat({Bytes(1 << 20, 0x68), kTelegram});
    extractor.feed(noise);
    EXPECT_LE(extractor.bufferedBytes(), FrameExtractor::kMaxBufferedBytes);
    extractor.flush(); // the last 68s before the telegram announce 110-byte frames
    const auto frames = drain(extractor);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes, kTelegram);
}

TEST(FrameExtractorTest, RandomNoiseWithFramesInterleaved) {
    std::mt19937 rng(20240131);
    std::uniform_int_distribution<int> byte(0, 255);

    // Frames of all shapes; the E5 ACK is left out because noise makes ACKs of its own.
    std::vector<Bytes> shapes{kTelegram, kSndNkeTo1, kReqUd2To11, kControlFrame};
    for (std::size_t l : {4u, 40u, 255u}) {
        Bytes data(l - 3);
        for (auto& b : data)
            b = static_cast<std::uint8_t>(byte(rng));
        shapes.push_back(*buildLongFrame(0x08, static_cast<std::uint8_t>(l), 0x72, data));
    }

    Bytes stream;
    std::vector<Bytes> inserted;
    std::uniform_int_distribution<int> gap(0, 4000);
    std::uniform_int_distribution<std::size_t> pick(0, shapes.size() - 1);
    while (stream.size() < (1u << 20)) {
        for (int n = gap(rng); n > 0; --n)
            stream.push_back(static_cast<std::uint8_t>(byte(rng)));
        const Bytes& frame = shapes[pick(rng)];
        stream.insert(stream.end(), frame.begin(), frame.end());
        inserted.push_back(frame);
    }

    FrameExtractor extractor;
    std::vector<ExtractedFrame> found;
    std::uniform_int_distribution<std::size_t> chunkSize(1, 700);
    std::size_t pos = 0;
    while (pos < stream.size()) {
        const std::size_t n = std::min(chunkSize(rng), stream.size() - pos);
        extractor.feed(std::span(stream).subspan(pos, n));
        pos += n;
        ASSERT_LE(extractor.bufferedBytes(), FrameExtractor::kMaxBufferedBytes);
        ASSERT_LT(extractor.bufferedBytes(), kMaxFrameSize);
        for (auto& f : drain(extractor))
            found.push_back(std::move(f));
    }
    extractor.flush(); // noise just before the end may announce a frame that never comes
    for (auto& f : drain(extractor))
        found.push_back(std::move(f));
    EXPECT_EQ(extractor.bufferedBytes(), 0u);

    // Every byte is accounted for: in a frame, skipped as garbage, or still waiting.
    std::size_t frameBytes = 0;
    for (const auto& f : found) {
        expectParses(f);
        frameBytes += f.bytes.size();
    }
    EXPECT_EQ(frameBytes + extractor.garbageBytes() + extractor.bufferedBytes(), stream.size());

    // The inserted frames come out in order. One can be lost only if noise in front of it made a
    // frame that ends inside it, so every loss needs a noise-made non-ACK frame to explain it.
    std::size_t next = 0;
    std::size_t matched = 0;
    std::size_t noiseFrames = 0;
    for (const auto& f : found) {
        if (next < inserted.size() && f.bytes == inserted[next]) {
            ++next;
            ++matched;
        } else if (next + 1 < inserted.size() && f.bytes == inserted[next + 1]) {
            next += 2; // inserted[next] was lost
            ++matched;
        } else if (f.kind != FrameKind::Ack) {
            ++noiseFrames;
        }
    }
    EXPECT_GT(inserted.size(), 400u);
    EXPECT_GE(matched + noiseFrames, inserted.size());
    EXPECT_GE(matched + 2, inserted.size());
    EXPECT_GT(extractor.garbageBytes(), stream.size() / 2);
}
