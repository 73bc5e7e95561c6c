// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>

namespace heatdesk::link {

// Why a link is not usable, as a value the bus status and the CLI can act on.
struct LinkError {
    enum class Kind : quint8 {
        None,
        NotFound,       // the port or host does not exist
        Busy,           // another program holds the port, or access is denied
        Unplugged,      // the device went away while open
        Refused,        // nobody listens at the TCP address
        ConnectTimeout, // no TCP connection within the connect timeout
        Closed,         // the peer closed the connection
        Io,             // a read or write failed
        Settings,       // the port refused the line settings (baud, parity)
    };
    Kind kind = Kind::None;
    QString message;
};
QString linkErrorKindName(LinkError::Kind kind);

// Moves bytes to and from one bus, whatever carries them (architecture.md: links move bytes,
// the bus engine decides what they mean). Everything is asynchronous on the owner's event
// loop: open() returns at once and the outcome arrives as stateChanged() or errorOccurred().
class Link : public QObject {
    Q_OBJECT
public:
    enum class State : quint8 {
        Closed,       // not wanted open
        Opening,      // open() or a reconnect is under way
        Open,         // bytes can flow
        Reconnecting, // lost or not reachable; a new attempt is scheduled
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void open() = 0;
    virtual void close() = 0;
    // Queues bytes for the line; false when the link is not open.
    virtual bool write(const QByteArray& bytes) = 0;
    // "serial /dev/ttyUSB0 2400 8E1", "tcp 10.0.0.5:10001": for logs and the bus status evidence.
    [[nodiscard]] virtual QString description() const = 0;
    // Delay the transport adds on top of the line (converters, modems): added to answer windows.
    [[nodiscard]] virtual std::chrono::milliseconds latencyAllowance() const { return m_latency; }
    void setLatencyAllowance(std::chrono::milliseconds latency) { m_latency = latency; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isOpen() const { return m_state == State::Open; }
    [[nodiscard]] const LinkError& lastError() const { return m_lastError; }

signals:
    void bytesReceived(const QByteArray& bytes);
    void stateChanged(heatdesk::link::Link::State state);
    void errorOccurred(const heatdesk::link::LinkError& error);

protected:
    void setState(State state);
    void reportError(LinkError::Kind kind, const QString& message);

private:
    State m_state = State::Closed;
    LinkError m_lastError;
    std::chrono::milliseconds m_latency{0};
};

} // namespace heatdesk::link
