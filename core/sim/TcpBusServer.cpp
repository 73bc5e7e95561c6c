// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/TcpBusServer.h"

#include "cjt188/Frame.h"
#include "mbus/Frame.h"

#include <QTcpServer>
#include <QTcpSocket>
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

TcpBusServer::TcpBusServer(SimulatedBus& bus, double realtimeFactor, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_factor(realtimeFactor > 0 ? realtimeFactor : 1.0)
    , m_server(new QTcpServer(this)) {
    m_clock.start();
    m_gapTimer.setSingleShot(true);
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setTimerType(Qt::PreciseTimer);
    connect(m_server, &QTcpServer::newConnection, this, &TcpBusServer::acceptConnections);
    connect(&m_gapTimer, &QTimer::timeout, this, &TcpBusServer::flushRequest);
    connect(&m_writeTimer, &QTimer::timeout, this, &TcpBusServer::writeDue);
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

Micros TcpBusServer::busNow() const {
    return static_cast<Micros>(double(m_clock.nsecsElapsed()) / 1000.0 * m_factor);
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
        connect(socket, &QTcpSocket::readyRead, this, &TcpBusServer::readClient);
        connect(socket, &QTcpSocket::disconnected, this, &TcpBusServer::dropClient);
        emit clientConnected(socket->peerAddress().toString());
    }
}

void TcpBusServer::dropClient() {
    if (!m_client)
        return;
    m_client->deleteLater();
    m_client = nullptr;
    m_pending.clear();
    m_request.clear();
    m_gapTimer.stop();
    m_writeTimer.stop();
    emit clientDisconnected();
}

void TcpBusServer::readClient() {
    if (!m_client)
        return;
    const QByteArray bytes = m_client->readAll();
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
    // Three character times of silence (real time) end whatever else the client sent.
    const double gapMs = 3.0 * double(m_bus.characterMicros()) / 1000.0 / m_factor;
    m_gapTimer.start(std::max(1, static_cast<int>(std::ceil(gapMs))));
}

void TcpBusServer::flushRequest() {
    m_gapTimer.stop();
    if (m_request.isEmpty())
        return;
    const auto* data = reinterpret_cast<const std::uint8_t*>(m_request.constData());
    auto out = m_bus.transmit({data, std::size_t(m_request.size())}, m_requestStart);
    m_request.clear();
    for (const auto& b : out)
        m_pending.push_back(b);
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const ScheduledByte& a, const ScheduledByte& b) { return a.at < b.at; });
    scheduleNext();
}

void TcpBusServer::writeDue() {
    const Micros now = busNow();
    QByteArray chunk;
    while (!m_pending.empty() && m_pending.front().at <= now) {
        chunk.append(static_cast<char>(m_pending.front().byte));
        m_pending.pop_front();
    }
    if (m_client && !chunk.isEmpty())
        m_client->write(chunk);
    scheduleNext();
}

void TcpBusServer::scheduleNext() {
    if (m_pending.empty())
        return;
    const Micros wait = m_pending.front().at - busNow();
    const double ms = double(std::max<Micros>(0, wait)) / 1000.0 / m_factor;
    m_writeTimer.start(static_cast<int>(std::ceil(ms)));
}

} // namespace heatdesk::sim
