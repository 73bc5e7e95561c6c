// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/DtuFraming.h"
#include "link/SerialLink.h"
#include "link/TcpLink.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>

namespace heatdesk::station {

// How the workstation reaches one channel, as stored in channels.settings (JSON) and edited in
// the channel dialog. Keys: "port", "baud", "parity" (even|none|odd) for serial; "host",
// "tcp_port" for a serial-over-TCP server; "dtu_id", "dtu_id_format" (ascii|hex) and
// "dtu_framing" (plain|hongdian-ddp|four-faith, link/DtuFraming.h) for a GPRS DTU that dials in;
// "latency_ms" (what the transport adds to every answer window) and "retries"
// for all. Missing keys take the defaults below; unknown keys are kept out of the way, not lost.
struct ChannelSettings {
    enum class Kind : quint8 { Serial, Tcp, Dtu };
    Kind kind = Kind::Serial;
    link::SerialSettings serial;
    link::TcpSettings tcp;
    QString dtuId;
    bool dtuIdHex = false;
    link::DtuFraming dtuFraming = link::DtuFraming::Plain;
    int latencyMs = 0;
    int retries = 2;

    // `kind` is the channels.kind column (serial, tcp, dtu); errors name the key and the problem.
    static std::variant<ChannelSettings, QString> fromJson(const QString& kind, const QByteArray& json);
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] QString kindName() const;
    // The stored parity name (even, none, odd); setting an unknown name returns false and leaves
    // the parity as it was.
    [[nodiscard]] QString parityName() const;
    bool setParity(const QString& name);
    // The stored DTU framing name ("plain", "hongdian-ddp", "four-faith"); setting an unknown
    // name returns false and leaves the framing as it was.
    [[nodiscard]] QString framingName() const { return link::dtuFramingName(dtuFraming); }
    bool setFraming(const QString& name);
    // The serial ports this machine has now, for a person choosing one.
    static QList<link::SerialPortChoice> serialPorts() { return link::availableSerialPorts(); }
    // Empty when the settings can open a link; otherwise what is missing or wrong.
    [[nodiscard]] QString validate() const;

private:
    [[nodiscard]] QString validateFraming() const;
};

} // namespace heatdesk::station
