// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadingWriter.h"

namespace heatdesk::store {

ReadingWriter::ReadingWriter(Database& db, qint64 maxDelayMs, std::size_t maxBatch)
    : m_readings(db)
    , m_maxDelayMs(maxDelayMs)
    , m_maxBatch(maxBatch) {}

MaybeError ReadingWriter::add(NewReading reading, qint64 nowMs) {
    if (m_pending.empty())
        m_firstPendingAtMs = nowMs;
    m_pending.push_back(std::move(reading));
    if (m_pending.size() >= m_maxBatch)
        return flush();
    return flushIfDue(nowMs);
}

MaybeError ReadingWriter::flushIfDue(qint64 nowMs) {
    if (m_pending.empty() || nowMs < m_firstPendingAtMs + m_maxDelayMs)
        return std::nullopt;
    return flush();
}

MaybeError ReadingWriter::flush() {
    if (m_pending.empty())
        return std::nullopt;
    if (auto e = m_readings.append(m_pending))
        return e; // kept: a later flush retries (a locked database frees up, a full disk gets space)
    m_committed += static_cast<qint64>(m_pending.size());
    m_pending.clear();
    return std::nullopt;
}

} // namespace heatdesk::store
