// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChainLinker.h"

#include <utility>

namespace heatdesk::store {

ChainLinker::ChainLinker(QByteArray previous, qint64 firstId, std::span<const NewReading> readings,
                         std::span<const std::size_t> order)
    : m_firstId(firstId)
    , m_readings(readings)
    , m_order(order)
    , m_links(order.size()) {
    if (order.size() < kParallelFrom)
        hash(std::move(previous), order.size());
    else
        m_thread = std::thread(
            [this, previous = std::move(previous)]() mutable { hash(std::move(previous), m_order.size()); });
}

ChainLinker::~ChainLinker() {
    m_stop.store(true, std::memory_order_relaxed);
    if (m_thread.joinable())
        m_thread.join();
}

void ChainLinker::hash(QByteArray previous, std::size_t until) {
    for (std::size_t k = 0; k < until && !m_stop.load(std::memory_order_relaxed); ++k) {
        previous = chainLink(previous, m_firstId + static_cast<qint64>(k), m_readings[m_order[k]]);
        m_links[k] = previous;
        m_done.store(k + 1, std::memory_order_release);
        m_done.notify_one();
    }
}

const QByteArray& ChainLinker::link(std::size_t k) {
    for (std::size_t done = m_done.load(std::memory_order_acquire); done <= k;
         done = m_done.load(std::memory_order_acquire))
        m_done.wait(done, std::memory_order_acquire);
    return m_links[k];
}

} // namespace heatdesk::store
