// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/StallMeter.h"

namespace heatdesk::ui {

StallMeter::StallMeter(QObject* parent, int periodMs)
    : QObject(parent)
    , m_periodMs(periodMs) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start() {
    m_clock.start();
    m_lastNs = 0;
    m_longestNs = 0;
    m_ticks = 0;
    m_timer.start();
}

void StallMeter::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = std::max(m_longestNs, now - m_lastNs);
    m_lastNs = now;
    ++m_ticks;
}

qint64 StallMeter::longestStallMs() const {
    return std::max<qint64>(0, m_longestNs / 1000000 - m_periodMs);
}

} // namespace heatdesk::ui
