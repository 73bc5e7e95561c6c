// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/Frame.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace heatdesk::cjt188 {

// One complete, checksum-valid CJ/T 188 frame cut out of the byte stream: 68 .. 16 (the FE
// preamble is not part of the frame; its length is kept).
struct ExtractedFrame {
    std::vector<std::uint8_t> bytes;
    std::size_t preamble = 0;
};

// Cumulative until resetStats().
struct ExtractorStats {
    std::uint64_t frames = 0;
    std::uint64_t preambleBytes = 0;  // FE bytes skipped before (or between) frames: not garbage
    std::uint64_t garbageBytes = 0;   // other bytes that started no valid frame
    std::uint64_t checksumErrors = 0; // 68 .. 16 in the right places but CS wrong: a frame hit by noise
    std::uint64_t droppedFrames = 0;  // complete frames lost because nobody called next() in time
};

// Cuts CJ/T 188 frames out of bytes that arrive in arbitrary pieces (serial port, TCP, a DTU),
// with FE wake-up runs of any length, line noise, echoes of our own requests and partial frames.
// Sans-I/O: the caller feeds bytes and pulls frames.
//
// Rules:
// - FE is skipped wherever a frame may start and counted as preamble, never as garbage.
// - 68 starts a candidate. It waits for its 11 header bytes, then for the 13 + L bytes L
//   announces. Then the byte at the end must be 16 and CS must match; otherwise the candidate gives
//   up only its 68 and scanning resumes at the next byte, so a frame behind a stray 68 is found.
// - A stray 68 can announce bytes that never come: the caller calls flush() when the line goes
//   quiet (its timeout), and the waiting bytes are then judged as they are.
// - Echoes are delivered like any other frame: an echo of a request has D7 = 0 in C, which is how
//   a master tells it from the answer (and a request from another master looks the same).
// - Memory is bounded whatever is fed: at most kMaxBufferedBytes buffered, kMaxPendingFrames waiting.
class FrameExtractor {
public:
    static constexpr std::size_t kMaxBufferedBytes = 4096;
    static constexpr std::size_t kMaxPendingFrames = 64;

    FrameExtractor();

    void feed(std::span<const std::uint8_t> chunk);
    [[nodiscard]] std::optional<ExtractedFrame> next();
    void flush();
    // Forgets buffered bytes and pending frames (before a new exchange). Statistics survive.
    void reset();
    void resetStats() { m_stats = {}; }

    [[nodiscard]] const ExtractorStats& stats() const { return m_stats; }
    [[nodiscard]] std::size_t bufferedBytes() const { return m_buffer.size() - m_pos; }
    [[nodiscard]] std::size_t pendingFrames() const { return m_ready.size(); }

private:
    enum class Verdict { Complete, Incomplete, Invalid, ChecksumError };
    static Verdict examine(std::span<const std::uint8_t> bytes, std::size_t& size);
    void scan(bool lineIdle);
    void dropOneByte();
    void compact();

    std::vector<std::uint8_t> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_preamble = 0; // FE seen right before the candidate at m_pos
    std::deque<ExtractedFrame> m_ready;
    ExtractorStats m_stats;
};

} // namespace heatdesk::cjt188
