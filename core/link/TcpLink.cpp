// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/TcpLink.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif
#ifdef Q_OS_WIN
#include <winsock2.h>
// After winsock2.h, which it needs.
#include <mstcpip.h>
#ifndef SIO_TCP_SET_ACK_FREQUENCY // older MinGW headers lack it; the value is mstcpip.h's
#define SIO_TCP_SET_ACK_FREQUENCY _WSAIOW(IOC_VENDOR, 23)
#endif
#endif

namespace heatdesk::link {

TcpLink::TcpLink(TcpSettings settings, QObject* parent)
    : Link(parent)
    , m_settings(std::move(settings))
    , m_backoff(m_settings.backoffMin) {
    m_connectTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &TcpLink::handleConnectTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TcpLink::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, &TcpLink::handleConnected);
    connect(&m_socket, &QTcpSocket::disconnected, this, &TcpLink::handleDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpLink::handleSocketError);
    connect(&m_socket, &QTcpSocket::readyRead, this, &TcpLink::readAvailable);
}

TcpLink::~TcpLink() {
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

QString TcpLink::description() const {
    return QStringLiteral("tcp %1:%2").arg(m_settings.host).arg(m_settings.port);
}

void TcpLink::open() {
    m_wanted = true;
    if (state() == State::Open || state() == State::Opening)
        return;
    m_backoff = m_settings.backoffMin;
    connectNow();
}

void TcpLink::connectNow() {
    if (!m_wanted)
        return;
    m_failing = false;
    ++m_attempts;
    setState(State::Opening);
    m_socket.abort();
    m_connectTimer.start(m_settings.connectTimeout);
    m_socket.connectToHost(m_settings.host, m_settings.port);
}

void TcpLink::close() {
    m_wanted = false;
    m_connectTimer.stop();
    m_reconnectTimer.stop();
    m_failing = true; // the disconnected() that abort() emits is ours, not a failure
    m_socket.abort();
    m_failing = false;
    setState(State::Closed);
}

bool TcpLink::write(const QByteArray& bytes) {
    if (state() != State::Open)
        return false;
    return m_socket.write(bytes) == bytes.size();
}

void TcpLink::handleConnected() {
    m_connectTimer.stop();
    m_backoff = m_settings.backoffMin;
    if (m_settings.keepAlive)
        m_socket.setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    // Requests are a few bytes; Nagle would hold them back for the answer window's sake.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_WIN
    // Windows has no TCP_QUICKACK (see acknowledgeAtOnce). Its counterpart is an ACK frequency of
    // 1: every segment is acknowledged at once instead of waiting up to 200 ms for a second one.
    // Unlike quick-ACK mode it stays set for the socket's life, so once per connection suffices.
    // A Windows without it keeps delayed ACKs: answers are slower, not wrong, so errors are ignored.
    UCHAR frequency = 1; // TCP_ACK_FREQUENCY_PARAMETERS is this one byte
    DWORD returned = 0;
    ::WSAIoctl(static_cast<SOCKET>(m_socket.socketDescriptor()), SIO_TCP_SET_ACK_FREQUENCY, &frequency,
               sizeof frequency, nullptr, 0, &returned, nullptr, nullptr);
#endif
    setState(State::Open);
}

void TcpLink::readAvailable() {
    acknowledgeAtOnce();
    const QByteArray bytes = m_socket.readAll();
    if (!bytes.isEmpty())
        emit bytesReceived(bytes);
}

void TcpLink::acknowledgeAtOnce() {
#ifdef Q_OS_LINUX
    // Converters forward the line in small segments, and many hold the next one back until the
    // last is acknowledged (Nagle). A delayed ACK (up to 40 ms on Linux) would then delay every
    // answer; quick-ACK mode is not sticky, so it is asked for again on every read.
    const int on = 1;
    ::setsockopt(static_cast<int>(m_socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
}

void TcpLink::handleDisconnected() {
    if (m_failing || !m_wanted)
        return;
    fail(LinkError::Kind::Closed, tr("%1: the connection was closed by the other side").arg(description()));
}

void TcpLink::handleSocketError(QAbstractSocket::SocketError error) {
    if (m_failing || !m_wanted)
        return;
    LinkError::Kind kind = LinkError::Kind::Io;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        kind = LinkError::Kind::Refused;
        break;
    case QAbstractSocket::HostNotFoundError:
        kind = LinkError::Kind::NotFound;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        kind = LinkError::Kind::Closed;
        break;
    case QAbstractSocket::SocketTimeoutError:
        kind = LinkError::Kind::ConnectTimeout;
        break;
    default:
        break;
    }
    fail(kind, QStringLiteral("%1: %2").arg(description(), m_socket.errorString()));
}

void TcpLink::handleConnectTimeout() {
    if (state() != State::Opening)
        return;
    fail(LinkError::Kind::ConnectTimeout,
         tr("%1: no connection within %2 ms").arg(description()).arg(m_settings.connectTimeout.count()));
}

void TcpLink::fail(LinkError::Kind kind, const QString& message) {
    m_failing = true;
    m_connectTimer.stop();
    m_socket.abort();
    reportError(kind, message);
    if (!m_wanted || !m_settings.reconnect) {
        m_wanted = false;
        setState(State::Closed);
        return;
    }
    setState(State::Reconnecting);
    m_reconnectTimer.start(m_backoff);
    m_backoff = std::min(m_backoff * 2, m_settings.backoffMax);
}

} // namespace heatdesk::link
