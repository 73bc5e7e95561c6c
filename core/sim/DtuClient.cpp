// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/DtuClient.h"

#include <QTcpSocket>
#include <algorithm>

namespace heatdesk::sim {

DtuClient::DtuClient(DtuConfig config, SimulatedBus& bus, double realtimeFactor, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_line(bus, realtimeFactor)
    , m_socket(new QTcpSocket(this))
    , m_codec(m_config.framing, link::DtuFrameCodec::Side::Dtu, m_config.registration)
    , m_backoffMs(std::max(10, m_config.reconnectMinMs)) {
    m_frameTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_line, &PacedLine::send, this, &DtuClient::serialBytes);
    connect(&m_frameTimer, &QTimer::timeout, this, &DtuClient::sendPacket);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &DtuClient::sendHeartbeat);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DtuClient::dial);
    connect(&m_streamTimer, &QTimer::timeout, this, &DtuClient::streamGarbage);
    connect(m_socket, &QTcpSocket::connected, this, &DtuClient::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &DtuClient::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &DtuClient::onReadyRead);
    // A refused or failed dial ends here too (no disconnected signal without a connection).
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

DtuClient::~DtuClient() = default;

bool DtuClient::isConnected() const {
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void DtuClient::start() {
    m_started = true;
    dial();
}

void DtuClient::dial() {
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket->connectToHost(m_config.host, m_config.port);
}

void DtuClient::onConnected() {
    ++m_connects;
    m_backoffMs = std::max(10, m_config.reconnectMinMs);
    m_codec = link::DtuFrameCodec(m_config.framing, link::DtuFrameCodec::Side::Dtu, m_config.registration);
    // Only DDP waits for the centre's answer; plain and Four-Faith DTUs are online at once.
    m_online = m_config.framing != link::DtuFraming::HongdianDdp;
    if (m_config.framing != link::DtuFraming::Plain)
        m_socket->write(vendorRegistration());
    else if (!m_config.registration.isEmpty() && !m_config.registrationOnEveryPacket)
        m_socket->write(m_config.registration);
    if (m_config.heartbeatMs > 0)
        m_heartbeatTimer.start(m_config.heartbeatMs);
    if (m_config.endlessStream)
        m_streamTimer.start(10);
    emit connected();
}

void DtuClient::onDisconnected() {
    const bool wasUp = m_heartbeatTimer.isActive();
    m_heartbeatTimer.stop();
    m_frameTimer.stop();
    m_streamTimer.stop();
    m_serial.clear();
    m_line.reset();
    if (wasUp)
        emit disconnected();
    if (!m_started || m_reconnectTimer.isActive())
        return;
    // Back-off with a little seeded jitter so that a thousand DTUs do not redial in step.
    const double jitter = 0.8 + 0.4 * unit(mix(m_config.seed, 0x64747500, m_draws++));
    m_reconnectTimer.start(static_cast<int>(m_backoffMs * jitter));
    m_backoffMs = std::min(m_config.reconnectMaxMs, m_backoffMs * 2);
}

void DtuClient::onReadyRead() {
    // Transparent: whatever the centre sends goes to the concentrator port, unwrapped first.
    const auto out = m_codec.feed(m_socket->readAll());
    m_online = m_online || out.registered;
    if (!out.data.isEmpty())
        m_line.receive(out.data);
    if (out.loggedOut) // DDP 82: a real DTU restarts and dials again
        m_socket->abort();
}

void DtuClient::serialBytes(const QByteArray& bytes) {
    m_serial.append(bytes);
    if (m_serial.size() >= m_config.maxPacket) {
        sendPacket();
        return;
    }
    m_frameTimer.start(std::max(1, m_config.frameIntervalMs));
}

void DtuClient::sendPacket() {
    m_frameTimer.stop();
    if (!m_online) // a DDP DTU not yet registered drops serial data, as real ones do
        m_serial.clear();
    if (m_serial.isEmpty() || !isConnected())
        return;
    QByteArray payload = m_serial.left(m_config.maxPacket);
    m_serial.remove(0, payload.size());
    if (m_config.disconnectMidFrameRate > 0 &&
        unit(mix(m_config.seed, 0x6D696466, m_draws++)) < m_config.disconnectMidFrameRate) {
        // Half the packet goes out, then the carrier drops the link.
        write(payload.left(payload.size() / 2));
        m_socket->flush();
        m_socket->abort();
        onDisconnected();
        return;
    }
    if (m_config.garbageRate > 0 && unit(mix(m_config.seed, 0x67617262, m_draws++)) < m_config.garbageRate)
        m_socket->write(randomBytes(1 + int(mix(m_config.seed, 0x6C656E, m_draws++) % 16)));
    write(payload);
    if (!m_serial.isEmpty())
        m_frameTimer.start(0);
}

void DtuClient::sendHeartbeat() {
    if (!isConnected())
        return;
    if (m_config.framing != link::DtuFraming::Plain)
        m_socket->write(m_codec.heartbeat(m_socket->localAddress().toIPv4Address(), m_socket->localPort(),
                                          m_config.simNumber));
    else if (!m_config.heartbeat.isEmpty())
        m_socket->write(m_config.heartbeat);
}

QByteArray DtuClient::vendorRegistration() const {
    return m_codec.registration(m_socket->localAddress().toIPv4Address(), m_socket->localPort(),
                                m_config.simNumber);
}

void DtuClient::write(const QByteArray& payload) {
    if (m_config.framing != link::DtuFraming::Plain)
        m_socket->write(m_codec.wrap(payload));
    else if (m_config.registrationOnEveryPacket && !m_config.registration.isEmpty())
        m_socket->write(m_config.registration + payload);
    else
        m_socket->write(payload);
    if (m_config.heartbeatMs > 0)
        m_heartbeatTimer.start(m_config.heartbeatMs); // heartbeats only after idle time
}

QByteArray DtuClient::randomBytes(int count) {
    QByteArray bytes(count, '\0');
    for (auto& b : bytes)
        b = static_cast<char>(mix(m_config.seed, 0x726E64, m_draws++) & 0xFF);
    return bytes;
}

void DtuClient::streamGarbage() {
    // A wedged DTU: a kilobyte of noise every 10 ms for as long as the centre keeps the link.
    if (isConnected() && m_socket->bytesToWrite() < 1 << 20)
        m_socket->write(randomBytes(1024));
}

} // namespace heatdesk::sim
