// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/Link.h"

#include <QSerialPort>
#include <QTimer>

namespace heatdesk::link {

struct SerialSettings {
    QString port; // "/dev/ttyUSB0", "COM3"
    qint32 baud = 2400;
    // M-Bus is 8E1. Pseudo terminals (simulators, socat) take no parity setting: use None there.
    QSerialPort::Parity parity = QSerialPort::EvenParity;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    // A USB adapter that is unplugged and plugged back in comes back by itself.
    bool autoReopen = true;
    std::chrono::milliseconds reopenInterval{2000};
};

// A serial port the machine has now, for a person choosing one ("ttyUSB0", "USB-Serial CH340").
struct SerialPortChoice {
    QString name;
    QString description;
};
QList<SerialPortChoice> availableSerialPorts();

// A serial port (RS-232 or USB level converter to the M-Bus), used asynchronously only.
class SerialLink : public Link {
    Q_OBJECT
public:
    explicit SerialLink(SerialSettings settings, QObject* parent = nullptr);
    ~SerialLink() override;

    void open() override;
    void close() override;
    bool write(const QByteArray& bytes) override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] const SerialSettings& settings() const { return m_settings; }

private:
    void readAvailable();
    void handlePortError(QSerialPort::SerialPortError error);
    void tryOpen();
    void scheduleReopen();

    SerialSettings m_settings;
    QSerialPort m_port;
    QTimer m_reopenTimer;
    bool m_wanted = false; // open() was called and close() was not
};

} // namespace heatdesk::link
