// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/PacedLine.h"

#include "cjt188/Frame.h"
#include "mbus/Frame.h"

#include <algorithm>
#include <cmath>

namespace heatdesk::sim {

namespace {

// True when `bytes` are nothing but complete frames with good checksums: they can go on the line
// at once instead of waiting for the pause that ends anything else.
bool completeFrames(std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        std::size_t size = 0;
        if (const auto m = mbus::parseFrame(bytes); const auto* f = std::get_if<mbus::Frame>(&m))
            size = f->size;
        else if (const auto c = cjt188::parseFrame(bytes); const auto* g = std::get_if<cjt188::Frame>(&c))
            size = g->size;
        else
            return false;
        bytes = bytes.subspan(size);
    }
    return true;
}

} // namespace

PacedLine::PacedLine(SimulatedBus& bus, double realtimeFactor, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_factor(realtimeFactor > 0 ? realtimeFactor : 1.0) {
    m_clock.start();
    m_gapTimer.setSingleShot(true);
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_gapTimer, &QTimer::timeout, this, &PacedLine::flushRequest);
    connect(&m_writeTimer, &QTimer::timeout, this, &PacedLine::writeDue);
}

Micros PacedLine::busNow() const {
    return static_cast<Micros>(double(m_clock.nsecsElapsed()) / 1000.0 * m_factor);
}

void PacedLine::reset() {
    m_pending.clear();
    m_request.clear();
    m_gapTimer.stop();
    m_writeTimer.stop();
}

void PacedLine::receive(const QByteArray& bytes) {
    if (bytes.isEmpty())
        return;
    if (m_request.isEmpty())
        m_requestStart = busNow();
    m_request.append(bytes);
    constexpr qsizetype kMaxRequest = 4096; // an endless stream goes on the line in pieces
    const auto* data = reinterpret_cast<const std::uint8_t*>(m_request.constData());
    if (m_request.size() >= kMaxRequest || completeFrames({data, std::size_t(m_request.size())})) {
        flushRequest();
        return;
    }
    const double gapMs = 3.0 * double(m_bus.characterMicros()) / 1000.0 / m_factor;
    m_gapTimer.start(std::max(1, static_cast<int>(std::ceil(gapMs))));
}

void PacedLine::flushRequest() {
    m_gapTimer.stop();
    if (m_request.isEmpty())
        return;
    const auto* data = reinterpret_cast<const std::uint8_t*>(m_request.constData());
    const auto out = m_bus.transmit({data, std::size_t(m_request.size())}, m_requestStart);
    m_request.clear();
    m_pending.insert(m_pending.end(), out.begin(), out.end());
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const ScheduledByte& a, const ScheduledByte& b) { return a.at < b.at; });
    scheduleNext();
}

void PacedLine::writeDue() {
    const Micros now = busNow();
    QByteArray chunk;
    while (!m_pending.empty() && m_pending.front().at <= now) {
        chunk.append(static_cast<char>(m_pending.front().byte));
        m_pending.pop_front();
    }
    if (!chunk.isEmpty())
        emit send(chunk);
    scheduleNext();
}

void PacedLine::scheduleNext() {
    if (m_pending.empty())
        return;
    const Micros wait = m_pending.front().at - busNow();
    const double ms = double(std::max<Micros>(0, wait)) / 1000.0 / m_factor;
    m_writeTimer.start(static_cast<int>(std::ceil(ms)));
}

} // namespace heatdesk::sim
