// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/PacedLine.h"

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace heatdesk::sim {

// A simulated bus on a pseudo terminal: the workstation opens devicePath() as if it were the
// serial port of an M-Bus master. Pseudo terminals carry bytes, not line settings: they have no
// baud rate and no parity, so the workstation must open the port without even parity (8N1) and
// the pacing comes from the bus's baud (PacedLine), not from the port. POSIX only: on other
// systems open() says so.
class PtyBusServer : public QObject {
    Q_OBJECT
public:
    PtyBusServer(SimulatedBus& bus, double realtimeFactor = 1.0, QObject* parent = nullptr);
    ~PtyBusServer() override;

    // Creates the pseudo terminal; false with a message when the system refuses.
    bool open(QString* error = nullptr);
    QString devicePath() const { return m_path; }

private:
    void readMaster();
    void writeMaster(const QByteArray& bytes);

    PacedLine m_line;
    int m_master = -1;
    int m_slave = -1; // kept open so that the master never reads EIO between two clients
    QSocketNotifier* m_notifier = nullptr;
    QString m_path;
};

} // namespace heatdesk::sim
