// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/FrameExtractor.h"

#include <algorithm>

namespace heatdesk::mbus {
namespace {

bool isStartByte(std::uint8_t b) {
    return b == kAck || b == kShortStart || b == kLongStart;
}

// After scanning, what stays buffered is always shorter than the candidate it waits for: a frame
// (kMaxFrameSize) or an echo (kMaxEchoBytes). The rest of the buffer is room for new bytes.
static_assert(FrameExtractor::kMaxEchoBytes >= kMaxFrameSize);
static_assert(FrameExtractor::kMaxBufferedBytes > 2 * FrameExtractor::kMaxEchoBytes);

} // namespace

FrameExtractor::FrameExtractor() {
    m_buffer.reserve(kMaxBufferedBytes);
    m_echo.reserve(kMaxEchoBytes);
}

void FrameExtractor::feed(std::span<const std::uint8_t> chunk) {
    // A huge chunk (a burst, or 1 MB of noise) is taken in slices that fit the buffer; each slice
    // is scanned before the next is copied, so the buffer never grows past its cap.
    while (!chunk.empty()) {
        if (m_buffer.size() + chunk.size() > kMaxBufferedBytes)
            compact();
        std::size_t room = kMaxBufferedBytes - m_buffer.size();
        if (room == 0) {
            // Cannot happen while the invariant above holds; if it ever does, lose the oldest
            // byte rather than memory or progress.
            dropOneByte();
            compact();
            room = 1;
        }
        const std::size_t n = std::min(room, chunk.size());
        m_buffer.insert(m_buffer.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(n));
        chunk = chunk.subspan(n);
        scan(false);
    }
}

std::optional<ExtractedFrame> FrameExtractor::next() {
    if (m_ready.empty())
        return std::nullopt;
    ExtractedFrame frame = std::move(m_ready.front());
    m_ready.pop_front();
    return frame;
}

void FrameExtractor::flush() {
    scan(true);
}

void FrameExtractor::expectEcho(std::span<const std::uint8_t> sentFrame) {
    m_echo.clear();
    if (sentFrame.size() <= kMaxEchoBytes)
        m_echo.assign(sentFrame.begin(), sentFrame.end());
}

void FrameExtractor::reset() {
    m_buffer.clear();
    m_pos = 0;
    m_echo.clear();
    m_ready.clear();
}

FrameExtractor::Candidate FrameExtractor::examine(std::span<const std::uint8_t> bytes) {
    const std::size_t n = bytes.size();
    switch (bytes[0]) {
    case kAck:
        return {Verdict::Complete, FrameKind::Ack, 1};

    case kShortStart:
        if (n < 5)
            return {Verdict::Incomplete, FrameKind::Short, 0};
        // Stop before checksum: a wrong stop means this was no frame at all (garbage), a wrong
        // CS behind a right stop means a real frame was hit by noise (a checksum error).
        if (bytes[4] != kStop)
            return {};
        if (checksum(bytes.subspan(1, 2)) != bytes[3])
            return {Verdict::ChecksumError, FrameKind::Short, 0};
        return {Verdict::Complete, FrameKind::Short, 5};

    case kLongStart: {
        // Reject a bad header as soon as its bytes are there: waiting for the L bytes that a
        // broken header announces would hold back the frames behind it.
        if (n >= 2 && bytes[1] < 3)
            return {};
        if (n >= 3 && bytes[2] != bytes[1])
            return {};
        if (n >= 4 && bytes[3] != kLongStart)
            return {};
        if (n < 4)
            return {Verdict::Incomplete, FrameKind::Long, 0};
        const std::size_t l = bytes[1];
        const std::size_t total = l + 6;
        const FrameKind kind = l == 3 ? FrameKind::Control : FrameKind::Long;
        if (n < total)
            return {Verdict::Incomplete, kind, 0};
        if (bytes[total - 1] != kStop)
            return {};
        if (checksum(bytes.subspan(4, l)) != bytes[4 + l])
            return {Verdict::ChecksumError, kind, 0};
        return {Verdict::Complete, kind, total};
    }

    default:
        return {};
    }
}

void FrameExtractor::scan(bool lineIdle) {
    bool waiting = false;
    while (!waiting && m_pos < m_buffer.size()) {
        const auto rest = std::span<const std::uint8_t>(m_buffer).subspan(m_pos);

        if (!m_echo.empty()) {
            const std::size_t n = std::min(rest.size(), m_echo.size());
            if (std::equal(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(n), m_echo.begin())) {
                if (n == m_echo.size()) {
                    m_pos += n;
                    ++m_stats.echoes;
                    m_echo.clear();
                    continue;
                }
                if (!lineIdle) {
                    waiting = true; // the rest of our echo is still on its way
                    continue;
                }
                // A truncated echo will not complete: judge its bytes like any others.
            }
        }

        const Candidate candidate = examine(rest);
        switch (candidate.verdict) {
        case Verdict::Complete:
            deliver(candidate.kind, candidate.size);
            break;
        case Verdict::Incomplete:
            if (lineIdle)
                dropOneByte(); // the line is quiet: the rest of this frame will never come
            else
                waiting = true;
            break;
        case Verdict::ChecksumError:
            ++m_stats.checksumErrors;
            dropOneByte();
            break;
        case Verdict::Invalid:
            if (isStartByte(rest[0]))
                dropOneByte();
            else
                skipGarbage();
            break;
        }
    }
    // Everything consumed: start over at the front for free instead of moving bytes later.
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
}

void FrameExtractor::skipGarbage() {
    // Runs of noise are skipped in one pass; only start bytes (and the first byte of an expected
    // echo) can begin something worth examining.
    const bool echo = !m_echo.empty();
    const std::uint8_t echoFirst = echo ? m_echo.front() : 0;
    std::size_t i = m_pos + 1;
    while (i < m_buffer.size() && !isStartByte(m_buffer[i]) && !(echo && m_buffer[i] == echoFirst))
        ++i;
    m_stats.garbageBytes += i - m_pos;
    m_pos = i;
}

void FrameExtractor::dropOneByte() {
    ++m_stats.garbageBytes;
    ++m_pos;
}

void FrameExtractor::compact() {
    if (m_pos == 0)
        return;
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos));
    m_pos = 0;
}

void FrameExtractor::deliver(FrameKind kind, std::size_t size) {
    const auto first = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos);
    m_ready.push_back(
        ExtractedFrame{kind, std::vector<std::uint8_t>(first, first + static_cast<std::ptrdiff_t>(size))});
    m_pos += size;
    ++m_stats.frames;
    if (m_ready.size() > kMaxPendingFrames) {
        // Nobody is pulling frames: keep the newest, which answer the latest request.
        m_ready.pop_front();
        ++m_stats.droppedFrames;
    }
}

} // namespace heatdesk::mbus
