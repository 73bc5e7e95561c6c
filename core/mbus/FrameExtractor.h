// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/Frame.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace heatdesk::mbus {

// One complete, checksum-valid frame cut out of the byte stream. It owns its bytes, so
// parseFrame(bytes) always succeeds and the result stays valid as long as this object lives.
struct ExtractedFrame {
    FrameKind kind = FrameKind::Ack;
    std::vector<std::uint8_t> bytes;
};

// What the extractor threw away, for the bus status and the telegram monitor. Cumulative until
// FrameExtractor::resetStats().
struct ExtractorStats {
    std::uint64_t frames = 0;         // frames queued for next(), echoes not included
    std::uint64_t garbageBytes = 0;   // bytes skipped because no valid frame started there
    std::uint64_t checksumErrors = 0; // frames whose start, length and stop were right but CS was not
    std::uint64_t echoes = 0;         // echoes of our own request that were dropped
    std::uint64_t droppedFrames = 0;  // complete frames lost because nobody called next() in time
};

// Cuts EN 13757-2 frames out of a byte stream that arrives in arbitrary pieces, as a serial port
// or a TCP socket delivers it. Sans-I/O: it never waits; the caller feeds bytes and pulls frames.
//
// Rules:
// - Only where a frame may start (the front of what is not yet consumed) is a byte a candidate:
//   E5 is an ACK there, 10 starts a short frame, 68 a control or long frame. An E5 inside a
//   frame that is still arriving is part of that frame, never an ACK.
// - A candidate that is still incomplete waits for more bytes; incomplete is not garbage. Since a
//   stray 68 or 10 can announce bytes that never come, the caller calls flush() when the line
//   goes quiet (its timeout); until then a frame behind such a stray byte may be held back.
// - A candidate that turns out invalid (bad header, L fields that differ, wrong CS or stop) gives
//   up only its first byte; scanning restarts at the next byte, so a real frame hidden behind a
//   stray 68 or 10 is still found.
// - A checksum error is counted when start, L and stop are right but CS is not: that is a real
//   frame hit by noise. Everything else that fails is counted byte by byte as garbage (so are the
//   bytes of a frame with a checksum error, as scanning walks over them).
// - Memory is bounded whatever is fed: the internal buffer never holds more than
//   kMaxBufferedBytes, and at most kMaxPendingFrames frames wait for next() (older ones are
//   dropped and counted).
class FrameExtractor {
public:
    static constexpr std::size_t kMaxBufferedBytes = 4096;
    static constexpr std::size_t kMaxPendingFrames = 64;
    // Longer "echoes" are not requests we sent; expectEcho() ignores them.
    static constexpr std::size_t kMaxEchoBytes = 4 * kMaxFrameSize;

    FrameExtractor();

    // Takes bytes as they arrived. Frames found become available through next() at once.
    void feed(std::span<const std::uint8_t> chunk);

    // The oldest complete frame not handed out yet, or nothing.
    [[nodiscard]] std::optional<ExtractedFrame> next();

    // The line has gone quiet (the caller's inter-character or answer timeout fired): bytes that
    // wait for the rest of a frame will never get it. They are skipped as garbage, one at a time,
    // so a frame behind a stray start byte (garbage 10 followed by a real E5) is still found.
    void flush();

    // Level converters and RS-232 masters echo what we send. Call this when a request goes out:
    // if exactly these bytes arrive where a frame may start, they are dropped and counted as an
    // echo. The expectation lasts until the echo is seen, the next expectEcho(), or reset(); an
    // empty span (or one longer than kMaxEchoBytes) clears it. A corrupted echo is not recognised
    // and is handled like any other bytes.
    void expectEcho(std::span<const std::uint8_t> sentFrame);

    // Forgets buffered bytes, pending frames and the expected echo (after a reconnect, or before
    // a new exchange). Statistics survive: they describe the bus, not one exchange.
    void reset();
    void resetStats() { m_stats = {}; }

    [[nodiscard]] const ExtractorStats& stats() const { return m_stats; }
    [[nodiscard]] std::uint64_t garbageBytes() const { return m_stats.garbageBytes; }
    [[nodiscard]] std::uint64_t checksumErrors() const { return m_stats.checksumErrors; }
    [[nodiscard]] std::uint64_t echoes() const { return m_stats.echoes; }

    // Bytes held while a frame (or echo) is still arriving; never more than kMaxBufferedBytes.
    [[nodiscard]] std::size_t bufferedBytes() const { return m_buffer.size() - m_pos; }
    [[nodiscard]] std::size_t pendingFrames() const { return m_ready.size(); }
    [[nodiscard]] bool isEchoExpected() const { return !m_echo.empty(); }

private:
    enum class Verdict { Complete, Incomplete, Invalid, ChecksumError };
    struct Candidate {
        Verdict verdict = Verdict::Invalid;
        FrameKind kind = FrameKind::Ack;
        std::size_t size = 0;
    };

    static Candidate examine(std::span<const std::uint8_t> bytes);
    void scan(bool lineIdle);
    void skipGarbage();
    void dropOneByte();
    void compact();
    void deliver(FrameKind kind, std::size_t size);

    // m_buffer[m_pos..] is what is not consumed yet. Consuming only moves m_pos; the bytes are
    // moved to the front only when room is needed, and the capacity is reserved once, so the
    // only allocations while feeding are the frames handed out.
    std::vector<std::uint8_t> m_buffer;
    std::size_t m_pos = 0;
    std::vector<std::uint8_t> m_echo;
    std::deque<ExtractedFrame> m_ready;
    ExtractorStats m_stats;
};

} // namespace heatdesk::mbus
