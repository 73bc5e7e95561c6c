// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/PacedLine.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace heatdesk::sim {

// A simulated bus behind a serial-to-Ethernet converter: one TCP client at a time (a second one
// is refused, as converters do), bytes from the client go on the line, and what the line answers
// comes back paced as on the wire (PacedLine). `realtimeFactor` > 1 runs the bus (and the
// meters' clocks) faster than real time.
class TcpBusServer : public QObject {
    Q_OBJECT
public:
    TcpBusServer(SimulatedBus& bus, double realtimeFactor = 1.0, QObject* parent = nullptr);
    ~TcpBusServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;
    bool hasClient() const { return m_client != nullptr; }

signals:
    void clientConnected(const QString& peer);
    void clientDisconnected();
    void clientRefused(const QString& peer);

private:
    void acceptConnections();
    void dropClient();

    PacedLine m_line;
    QTcpServer* m_server;
    QTcpSocket* m_client = nullptr;
};

} // namespace heatdesk::sim
