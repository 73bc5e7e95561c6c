// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimulatedBus.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>

namespace heatdesk::sim {

// The real-time side of a SimulatedBus, shared by every transport (TCP, pseudo terminal): bytes
// from the master are gathered into requests (complete frames go on the line at once, anything
// else after three character times of silence), and what the line answers is handed back at
// the instants the bus scheduled, by a QTimer. Never blocks.
class PacedLine : public QObject {
    Q_OBJECT
public:
    PacedLine(SimulatedBus& bus, double realtimeFactor = 1.0, QObject* parent = nullptr);

    // Bytes the master wrote, now.
    void receive(const QByteArray& bytes);
    // Forgets a half-received request and everything not yet sent (the master went away).
    void reset();
    bool idle() const { return m_pending.empty() && m_request.isEmpty(); }

signals:
    // Bytes the master receives now.
    void send(const QByteArray& bytes);

private:
    void flushRequest();
    void writeDue();
    void scheduleNext();
    Micros busNow() const;

    SimulatedBus& m_bus;
    double m_factor;
    QElapsedTimer m_clock;
    QByteArray m_request;
    Micros m_requestStart = 0;
    QTimer m_gapTimer;
    QTimer m_writeTimer;
    std::deque<ScheduledByte> m_pending;
};

} // namespace heatdesk::sim
