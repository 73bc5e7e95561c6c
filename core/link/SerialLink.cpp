// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/SerialLink.h"

#include "link/SerialParity.h"

#include <QFileInfo>
#include <QSerialPortInfo>

namespace heatdesk::link {

QList<SerialPortChoice> availableSerialPorts() {
    QList<SerialPortChoice> ports;
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts())
        ports.append({info.portName(), info.description()});
    return ports;
}
namespace {

QChar parityLetter(QSerialPort::Parity p) {
    switch (p) {
    case QSerialPort::NoParity:
        return 'N';
    case QSerialPort::EvenParity:
        return 'E';
    case QSerialPort::OddParity:
        return 'O';
    case QSerialPort::SpaceParity:
        return 'S';
    case QSerialPort::MarkParity:
        return 'M';
    }
    return '?';
}

} // namespace

SerialLink::SerialLink(SerialSettings settings, QObject* parent)
    : Link(parent)
    , m_settings(std::move(settings)) {
    m_reopenTimer.setSingleShot(true);
    connect(&m_reopenTimer, &QTimer::timeout, this, &SerialLink::tryOpen);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialLink::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialLink::handlePortError);
}

SerialLink::~SerialLink() {
    m_wanted = false;
    m_port.disconnect(this);
    if (m_port.isOpen())
        m_port.close();
}

QString SerialLink::description() const {
    return QStringLiteral("serial %1 %2 %3%4%5")
        .arg(m_settings.port)
        .arg(m_settings.baud)
        .arg(static_cast<int>(m_settings.dataBits))
        .arg(parityLetter(m_settings.parity))
        .arg(m_settings.stopBits == QSerialPort::TwoStop ? 2 : 1);
}

void SerialLink::open() {
    m_wanted = true;
    if (state() == State::Open)
        return;
    tryOpen();
}

void SerialLink::tryOpen() {
    if (!m_wanted)
        return;
    setState(State::Opening);
    m_port.setPortName(m_settings.port);
    if (!m_port.open(QIODevice::ReadWrite)) {
        // QSerialPort has signalled why (handlePortError reports it and decides about reopening);
        // this catches a failure it did not signal.
        if (state() == State::Opening) {
            reportError(LinkError::Kind::Io, tr("cannot open %1").arg(m_settings.port));
            scheduleReopen();
        }
        return;
    }
    // Settings are applied after opening: QSerialPort only reports a refused setting on an open
    // port (a pseudo terminal refuses parity, for example).
    const bool settingsOk = m_port.setBaudRate(m_settings.baud) && m_port.setDataBits(m_settings.dataBits) &&
                            m_port.setParity(m_settings.parity) && m_port.setStopBits(m_settings.stopBits) &&
                            m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!settingsOk) {
        // A pseudo terminal refuses parity without setting an error code.
        const QString why = m_port.error() == QSerialPort::NoError ? tr("not supported by this device")
                                                                   : m_port.errorString();
        m_port.close();
        m_wanted = false; // retrying the same settings cannot help
        setState(State::Closed);
        reportError(LinkError::Kind::Settings,
                    tr("%1 refused the line settings (%2); pseudo terminals need --parity none")
                        .arg(m_settings.port, why));
        return;
    }
    QString parityError;
    if (m_settings.parity != QSerialPort::NoParity &&
        !discardCharactersWithParityErrors(m_port.handle(), &parityError)) {
        m_port.close();
        m_wanted = false;
        setState(State::Closed);
        reportError(LinkError::Kind::Settings,
                    tr("%1 cannot check parity on input (%2)").arg(m_settings.port, parityError));
        return;
    }
    m_port.clear();
    setState(State::Open);
}

void SerialLink::close() {
    m_wanted = false;
    m_reopenTimer.stop();
    if (m_port.isOpen())
        m_port.close();
    setState(State::Closed);
}

bool SerialLink::write(const QByteArray& bytes) {
    if (!m_port.isOpen())
        return false;
    return m_port.write(bytes) == bytes.size();
}

void SerialLink::readAvailable() {
    const QByteArray bytes = m_port.readAll();
    if (!bytes.isEmpty())
        emit bytesReceived(bytes);
}

void SerialLink::handlePortError(QSerialPort::SerialPortError error) {
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError ||
        error == QSerialPort::NotOpenError)
        return;
    const QString why = m_port.errorString();
    LinkError::Kind kind = LinkError::Kind::Io;
    QString message;
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        kind = LinkError::Kind::NotFound;
        message = tr("serial port %1 does not exist (%2)").arg(m_settings.port, why);
        break;
    case QSerialPort::PermissionError:
    case QSerialPort::OpenError:
        kind = LinkError::Kind::Busy;
        message = tr("serial port %1 is busy or access is denied (%2)").arg(m_settings.port, why);
        break;
    case QSerialPort::ResourceError:
        kind = LinkError::Kind::Unplugged;
        message = tr("serial port %1 went away (%2)").arg(m_settings.port, why);
        break;
    case QSerialPort::UnsupportedOperationError:
        kind = LinkError::Kind::Settings;
        message = tr("serial port %1: %2").arg(m_settings.port, why);
        break;
    default:
        message = tr("serial port %1: %2").arg(m_settings.port, why);
        break;
    }
    // Drivers differ in what they report when the device vanishes (USB adapters: a resource
    // error; pseudo terminals: an ioctl or read error). A device node that is gone is unplugged.
    if (kind == LinkError::Kind::Io && m_port.isOpen() && !QFileInfo::exists(m_settings.port)) {
        kind = LinkError::Kind::Unplugged;
        message = tr("serial port %1 went away (%2)").arg(m_settings.port, why);
    }
    m_port.clearError();
    if (kind == LinkError::Kind::Unplugged && m_port.isOpen())
        m_port.close();
    reportError(kind, message);
    if (kind == LinkError::Kind::NotFound || kind == LinkError::Kind::Busy ||
        kind == LinkError::Kind::Unplugged)
        scheduleReopen();
}

void SerialLink::scheduleReopen() {
    if (!m_wanted || !m_settings.autoReopen) {
        if (!m_port.isOpen())
            setState(State::Closed);
        return;
    }
    setState(State::Reconnecting);
    m_reopenTimer.start(m_settings.reopenInterval);
}

} // namespace heatdesk::link
