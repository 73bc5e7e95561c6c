// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoredReading.h"

#include <QByteArray>
#include <atomic>
#include <span>
#include <thread>
#include <vector>

namespace heatdesk::store {

// The chain links of one batch of readings (chainLink), in the order the rows are inserted.
// Hashing is about a third of what a row costs to append, and a link depends only on the readings
// and the link before, not on the database: a batch of kParallelFrom readings or more is hashed
// on a second thread while the caller inserts the rows, and link() waits only if the inserts
// catch up. Smaller batches are hashed here, before link() is first called.
class ChainLinker {
public:
    static constexpr std::size_t kParallelFrom = 256;

    // Row k gets id firstId + k and the reading readings[order[k]]; `previous` is the last stored
    // link. The readings must outlive this object.
    ChainLinker(QByteArray previous, qint64 firstId, std::span<const NewReading> readings,
                std::span<const std::size_t> order);
    // Stops the hashing thread (the caller may give up half way) and waits for it.
    ~ChainLinker();
    ChainLinker(const ChainLinker&) = delete;
    ChainLinker& operator=(const ChainLinker&) = delete;

    // The link of row k, k ascending from 0 as the rows are inserted.
    const QByteArray& link(std::size_t k);

private:
    void hash(QByteArray previous, std::size_t until);

    qint64 m_firstId;
    std::span<const NewReading> m_readings;
    std::span<const std::size_t> m_order;
    std::vector<QByteArray> m_links;
    std::atomic<std::size_t> m_done{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread; // last: starts after the members it uses exist
};

} // namespace heatdesk::store
