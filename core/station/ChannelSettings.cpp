// SPDX-License-Identifier: GPL-3.0-or-later
#include "station/ChannelSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace heatdesk::station {

namespace {

constexpr int kMaxLatencyMs = 60000;
constexpr int kMaxRetries = 10;

// The stored parity names: even, none, odd.
QString nameOfParity(QSerialPort::Parity parity) {
    switch (parity) {
    case QSerialPort::NoParity:
        return QStringLiteral("none");
    case QSerialPort::OddParity:
        return QStringLiteral("odd");
    default:
        return QStringLiteral("even");
    }
}

std::optional<QSerialPort::Parity> parityNamed(const QString& name) {
    for (const auto parity : {QSerialPort::EvenParity, QSerialPort::NoParity, QSerialPort::OddParity})
        if (name == nameOfParity(parity))
            return parity;
    return std::nullopt;
}

} // namespace

std::variant<ChannelSettings, QString> ChannelSettings::fromJson(const QString& kind,
                                                                 const QByteArray& json) {
    ChannelSettings s;
    if (kind == QLatin1String("serial"))
        s.kind = Kind::Serial;
    else if (kind == QLatin1String("tcp"))
        s.kind = Kind::Tcp;
    else if (kind == QLatin1String("dtu"))
        s.kind = Kind::Dtu;
    else
        return QStringLiteral("kind: '%1' is not serial, tcp or dtu").arg(kind);

    QJsonParseError parseError{};
    const auto doc = QJsonDocument::fromJson(json.isEmpty() ? QByteArray("{}") : json, &parseError);
    if (!doc.isObject())
        return QStringLiteral("settings: not a JSON object (%1)").arg(parseError.errorString());
    const QJsonObject o = doc.object();

    const auto intKey = [&](const char* key, int fallback, int low, int high, int& out) -> QString {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            out = fallback;
            return {};
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high)
            return QStringLiteral("%1: must be a whole number %2..%3")
                .arg(QLatin1String(key))
                .arg(low)
                .arg(high);
        out = v.toInt();
        return {};
    };

    s.serial.port = o.value(QLatin1String("port")).toString();
    int baud = 2400;
    if (auto e = intKey("baud", 2400, 300, 115200, baud); !e.isEmpty())
        return e;
    s.serial.baud = baud;
    const QString parity = o.value(QLatin1String("parity")).toString(QStringLiteral("even"));
    const auto parsedParity = parityNamed(parity);
    if (!parsedParity)
        return QStringLiteral("parity: '%1' is not even, none or odd").arg(parity);
    s.serial.parity = *parsedParity;

    s.tcp.host = o.value(QLatin1String("host")).toString();
    int port = 0;
    if (auto e = intKey("tcp_port", 0, 0, 65535, port); !e.isEmpty())
        return e;
    s.tcp.port = static_cast<quint16>(port);

    s.dtuId = o.value(QLatin1String("dtu_id")).toString();
    const QString format = o.value(QLatin1String("dtu_id_format")).toString(QStringLiteral("ascii"));
    if (format != QLatin1String("ascii") && format != QLatin1String("hex"))
        return QStringLiteral("dtu_id_format: '%1' is not ascii or hex").arg(format);
    s.dtuIdHex = format == QLatin1String("hex");
    const QString framing = o.value(QLatin1String("dtu_framing")).toString(QStringLiteral("plain"));
    const auto parsedFraming = link::dtuFramingFromName(framing);
    if (!parsedFraming)
        return QStringLiteral("dtu_framing: '%1' is not plain, hongdian-ddp or four-faith").arg(framing);
    s.dtuFraming = *parsedFraming;

    if (auto e = intKey("latency_ms", 0, 0, kMaxLatencyMs, s.latencyMs); !e.isEmpty())
        return e;
    if (auto e = intKey("retries", 2, 0, kMaxRetries, s.retries); !e.isEmpty())
        return e;
    return s;
}

QByteArray ChannelSettings::toJson() const {
    QJsonObject o;
    switch (kind) {
    case Kind::Serial:
        o.insert(QStringLiteral("port"), serial.port);
        o.insert(QStringLiteral("baud"), serial.baud);
        o.insert(QStringLiteral("parity"), parityName());
        break;
    case Kind::Tcp:
        o.insert(QStringLiteral("host"), tcp.host);
        o.insert(QStringLiteral("tcp_port"), tcp.port);
        o.insert(QStringLiteral("baud"), serial.baud);
        break;
    case Kind::Dtu:
        o.insert(QStringLiteral("dtu_id"), dtuId);
        o.insert(QStringLiteral("dtu_id_format"), dtuIdHex ? QStringLiteral("hex") : QStringLiteral("ascii"));
        o.insert(QStringLiteral("dtu_framing"), link::dtuFramingName(dtuFraming));
        o.insert(QStringLiteral("baud"), serial.baud);
        break;
    }
    o.insert(QStringLiteral("latency_ms"), latencyMs);
    o.insert(QStringLiteral("retries"), retries);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ChannelSettings::setFraming(const QString& name) {
    const auto framing = link::dtuFramingFromName(name);
    if (framing)
        dtuFraming = *framing;
    return framing.has_value();
}

QString ChannelSettings::parityName() const {
    return nameOfParity(serial.parity);
}

bool ChannelSettings::setParity(const QString& name) {
    const auto parity = parityNamed(name);
    if (parity)
        serial.parity = *parity;
    return parity.has_value();
}

QString ChannelSettings::kindName() const {
    switch (kind) {
    case Kind::Serial:
        return QStringLiteral("serial");
    case Kind::Tcp:
        return QStringLiteral("tcp");
    case Kind::Dtu:
        return QStringLiteral("dtu");
    }
    return {};
}

// A vendor framing fixes the ID: DDP carries 11 bytes (the SIM number), Four-Faith a 4-byte number.
QString ChannelSettings::validateFraming() const {
    const int length = link::dtuFramingIdLength(dtuFraming);
    if (length == 0)
        return {};
    if (dtuFraming == link::DtuFraming::FourFaith && !dtuIdHex)
        return QStringLiteral("dtu_id_format: a Four-Faith DTU sends its ID as 4 bytes; set hex");
    const qsizetype wire =
        link::dtuIdWire(dtuId, dtuIdHex ? link::DtuIdRules::Format::Hex : link::DtuIdRules::Format::Ascii)
            .size();
    if (wire == length)
        return {};
    return dtuFraming == link::DtuFraming::FourFaith
               ? QStringLiteral("dtu_id: a Four-Faith ID is 8 hex digits, not '%1'").arg(dtuId)
               : QStringLiteral("dtu_id: a Hongdian DDP ID is 11 characters (the SIM number), not '%1'")
                     .arg(dtuId);
}

QString ChannelSettings::validate() const {
    switch (kind) {
    case Kind::Serial:
        return serial.port.trimmed().isEmpty() ? QStringLiteral("port: no serial port given") : QString();
    case Kind::Tcp:
        if (tcp.host.trimmed().isEmpty())
            return QStringLiteral("host: no host given");
        return tcp.port == 0 ? QStringLiteral("tcp_port: no TCP port given") : QString();
    case Kind::Dtu:
        if (dtuId.trimmed().isEmpty())
            return QStringLiteral("dtu_id: no DTU ID given");
        if (dtuIdHex &&
            (dtuId.size() % 2 != 0 || QByteArray::fromHex(dtuId.toLatin1()).toHex().size() != dtuId.size()))
            return QStringLiteral("dtu_id: '%1' is not an even number of hex digits").arg(dtuId);
        return validateFraming();
    }
    return {};
}

} // namespace heatdesk::station
