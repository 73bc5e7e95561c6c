// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjt188/FrameExtractor.h"

#include <algorithm>

namespace heatdesk::cjt188 {

// What stays buffered after a scan is one candidate still arriving (at most kMaxFrameSize - 1
// bytes); the rest of the buffer is room for new bytes.
static_assert(FrameExtractor::kMaxBufferedBytes > 2 * kMaxFrameSize);

FrameExtractor::FrameExtractor() {
    m_buffer.reserve(kMaxBufferedBytes);
}

void FrameExtractor::feed(std::span<const std::uint8_t> chunk) {
    while (!chunk.empty()) {
        if (m_buffer.size() + chunk.size() > kMaxBufferedBytes)
            compact();
        std::size_t room = kMaxBufferedBytes - m_buffer.size();
        if (room == 0) { // cannot happen while the invariant holds; lose a byte, not memory
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
    ExtractedFrame f = std::move(m_ready.front());
    m_ready.pop_front();
    return f;
}

void FrameExtractor::flush() {
    scan(true);
}

void FrameExtractor::reset() {
    m_buffer.clear();
    m_pos = 0;
    m_preamble = 0;
    m_ready.clear();
}

FrameExtractor::Verdict FrameExtractor::examine(std::span<const std::uint8_t> b, std::size_t& size) {
    if (b.size() < kHeaderSize)
        return Verdict::Incomplete;
    const std::size_t total = kFrameOverhead + b[10];
    if (b.size() < total)
        return Verdict::Incomplete;
    if (b[total - 1] != kStop)
        return Verdict::Invalid;
    if (checksum(b.first(total - 2)) != b[total - 2])
        return Verdict::ChecksumError;
    size = total;
    return Verdict::Complete;
}

void FrameExtractor::scan(bool lineIdle) {
    while (m_pos < m_buffer.size()) {
        const std::uint8_t first = m_buffer[m_pos];
        if (first == kPreamble) {
            ++m_pos;
            ++m_preamble;
            ++m_stats.preambleBytes;
            continue;
        }
        if (first != kStart) {
            // Skip a run of noise in one pass, up to the next byte that can begin something.
            std::size_t i = m_pos + 1;
            while (i < m_buffer.size() && m_buffer[i] != kStart && m_buffer[i] != kPreamble)
                ++i;
            m_stats.garbageBytes += i - m_pos;
            m_pos = i;
            m_preamble = 0;
            continue;
        }
        std::size_t size = 0;
        const auto verdict = examine(std::span<const std::uint8_t>(m_buffer).subspan(m_pos), size);
        if (verdict == Verdict::Incomplete) {
            if (!lineIdle)
                break; // wait for the rest
            dropOneByte();
            continue;
        }
        if (verdict != Verdict::Complete) {
            if (verdict == Verdict::ChecksumError)
                ++m_stats.checksumErrors;
            dropOneByte();
            continue;
        }
        const auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos);
        m_ready.push_back(ExtractedFrame{
            std::vector<std::uint8_t>(begin, begin + static_cast<std::ptrdiff_t>(size)), m_preamble});
        ++m_stats.frames;
        m_pos += size;
        m_preamble = 0;
        if (m_ready.size() > kMaxPendingFrames) {
            m_ready.pop_front(); // keep the newest: they answer the latest request
            ++m_stats.droppedFrames;
        }
    }
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
}

void FrameExtractor::dropOneByte() {
    ++m_stats.garbageBytes;
    ++m_pos;
    m_preamble = 0;
}

void FrameExtractor::compact() {
    if (m_pos == 0)
        return;
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos));
    m_pos = 0;
}

} // namespace heatdesk::cjt188
