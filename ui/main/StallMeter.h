// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace heatdesk::ui {

// Measures how long the event loop it lives on is kept from running: a timer asks to run every
// few milliseconds; any longer gap between two runs is time the loop spent in something else
// (a slow slot, a query, a paint). The longest gap minus the period is the worst stall a user
// could have felt as a frozen window.
class StallMeter : public QObject {
    Q_OBJECT
public:
    explicit StallMeter(QObject* parent = nullptr, int periodMs = 2);
    void start();
    void stop() { m_timer.stop(); }
    [[nodiscard]] qint64 longestStallMs() const;
    [[nodiscard]] qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
    int m_periodMs;
};

} // namespace heatdesk::ui
