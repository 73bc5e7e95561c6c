// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReadingRepository.h"

#include <vector>

namespace heatdesk::store {

// Collects readings as they arrive and commits them in batches: at the latest `maxDelayMs` after
// the oldest pending reading arrived, or as soon as `maxBatch` are pending. Batching is what makes
// hundreds of thousands of readings a second possible; the delay bound is what a crash may cost.
// A commit writes about one index page per meter it touches however few readings it carries
// (bench_store, 2,000 meters: 10,000-reading batches append ~56,000 readings/s, 100,000-reading
// ones ~170,000), so the batch limit is high and, under load, the delay is what bounds a batch.
// No timer inside: the owner calls `flushIfDue(now)` from its event loop (or after each add) and
// `flush()` when it stops.
class ReadingWriter {
public:
    ReadingWriter(Database& db, qint64 maxDelayMs = 1000, std::size_t maxBatch = 100000);

    // Queues a reading; commits at once when the batch is full. Returns the commit's error, if any
    // (the readings stay queued: nothing is dropped).
    MaybeError add(NewReading reading, qint64 nowMs);
    MaybeError flushIfDue(qint64 nowMs);
    MaybeError flush();

    std::size_t pending() const { return m_pending.size(); }
    qint64 committed() const { return m_committed; }
    // When the oldest pending reading must be committed (for the owner's timer), or -1.
    qint64 dueAtMs() const { return m_pending.empty() ? -1 : m_firstPendingAtMs + m_maxDelayMs; }

private:
    ReadingRepository m_readings;
    qint64 m_maxDelayMs;
    std::size_t m_maxBatch;
    std::vector<NewReading> m_pending;
    qint64 m_firstPendingAtMs = 0;
    qint64 m_committed = 0;
};

} // namespace heatdesk::store
