// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/TcpBusServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace heatdesk::sim {

TcpBusServer::TcpBusServer(SimulatedBus& bus, double realtimeFactor, QObject* parent)
    : QObject(parent)
    , m_line(bus, realtimeFactor)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &TcpBusServer::acceptConnections);
    connect(&m_line, &PacedLine::send, this, [this](const QByteArray& bytes) {
        if (m_client)
            m_client->write(bytes);
    });
}

TcpBusServer::~TcpBusServer() = default;

bool TcpBusServer::listen(const QHostAddress& address, quint16 port) {
    return m_server->listen(address, port);
}
quint16 TcpBusServer::serverPort() const {
    return m_server->serverPort();
}
QString TcpBusServer::errorString() const {
    return m_server->errorString();
}

void TcpBusServer::acceptConnections() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_client) {
            // The serial port is taken: the converter closes the newcomer.
            emit clientRefused(socket->peerAddress().toString());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_client = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            if (m_client)
                m_line.receive(m_client->readAll());
        });
        connect(socket, &QTcpSocket::disconnected, this, &TcpBusServer::dropClient);
        emit clientConnected(socket->peerAddress().toString());
    }
}

void TcpBusServer::dropClient() {
    if (!m_client)
        return;
    m_client->deleteLater();
    m_client = nullptr;
    m_line.reset();
    emit clientDisconnected();
}

} // namespace heatdesk::sim
