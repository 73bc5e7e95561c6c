// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LinkOptions.h"

#include "cli/Arguments.h"
#include "link/SerialLink.h"
#include "link/TcpLink.h"

#include <QRegularExpression>

namespace heatdesk::cli {
namespace {

// A serial-to-Ethernet converter packs the line's bytes into TCP segments when the line pauses,
// and the network adds its own delay: answers arrive later than on a local port.
constexpr std::chrono::milliseconds kDefaultTcpLatency{500};

bool splitHostPort(const QString& target, QString& host, int& port) {
    const auto colon = target.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || !parseInt(target.mid(colon + 1), 1, 65535, port))
        return false;
    host = target.left(colon);
    return true;
}

// A DTU id as the DTU sends it: printable ASCII, or hex digits for DTUs that send raw bytes.
bool validDtuId(const QString& id, link::DtuIdRules::Format format) {
    static const QRegularExpression ascii(QStringLiteral("^[!-~]{1,64}$"));
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2}){1,64}$"));
    return (format == link::DtuIdRules::Format::Hex ? hex : ascii).match(id).hasMatch();
}

// --dtu-listen and its companions; empty when they are fine, otherwise what is wrong.
QString parseDtuOptions(const QCommandLineParser& p, DtuFleetOptions& o) {
    QString host;
    int port = 0;
    if (!splitHostPort(p.value("dtu-listen"), host, port) || QHostAddress(host).isNull())
        return QStringLiteral("--dtu-listen takes HOST:PORT with a numeric host, e.g. 0.0.0.0:9000");
    o.host = QHostAddress(host);
    o.port = static_cast<quint16>(port);
    auto& rules = o.server.idRules;
    if (p.value("dtu-id-format") == "hex")
        rules.format = link::DtuIdRules::Format::Hex;
    else if (p.value("dtu-id-format") != "ascii")
        return QStringLiteral("--dtu-id-format must be ascii or hex");
    const auto framing = link::dtuFramingFromName(p.value("dtu-framing"));
    if (!framing)
        return QStringLiteral("--dtu-framing must be plain, hongdian-ddp or four-faith");
    o.server.framings = {*framing};
    const int framedIdLength = link::dtuFramingIdLength(*framing);
    if (*framing == link::DtuFraming::FourFaith)
        rules.format = link::DtuIdRules::Format::Hex; // its ID is a 4-byte number
    if (!p.isSet("dtu"))
        return QStringLiteral("--dtu-listen needs --dtu ID[,ID...] or --dtu all");
    if (p.value("dtu").trimmed() != "all") {
        for (QString id : p.value("dtu").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            id = id.trimmed();
            if (!validDtuId(id, rules.format))
                return rules.format == link::DtuIdRules::Format::Hex
                           ? QStringLiteral("DTU id '%1' is not hex bytes (2 to 128 hex digits)").arg(id)
                           : QStringLiteral("DTU id '%1' is not 1 to 64 printable ASCII characters").arg(id);
            if (framedIdLength > 0 && link::dtuIdWire(id, rules.format).size() != framedIdLength)
                return QStringLiteral("DTU id '%1' is not %2 bytes, as %3 sends it")
                    .arg(id)
                    .arg(framedIdLength)
                    .arg(p.value("dtu-framing"));
            if (rules.format == link::DtuIdRules::Format::Hex)
                id = id.toUpper();
            if (!o.ids.contains(id))
                o.ids.append(id);
        }
        if (o.ids.isEmpty())
            return QStringLiteral("--dtu needs at least one id, or all");
    }
    if (p.isSet("wait-dtus")) {
        if (!parseInt(p.value("wait-dtus"), 1, 100000, o.waitFor))
            return QStringLiteral("--wait-dtus must be 1..100000");
        if (!o.ids.isEmpty() && o.waitFor > o.ids.size())
            return QStringLiteral("--wait-dtus %1 is more than the %2 DTUs given with --dtu")
                .arg(o.waitFor)
                .arg(o.ids.size());
    }
    int waitS = 0;
    if (!parseInt(p.value("wait-s"), 1, 86400, waitS))
        return QStringLiteral("--wait-s must be 1..86400");
    o.wait = std::chrono::seconds(waitS);
    if (p.isSet("dtu-heartbeat")) {
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        o.server.heartbeats.clear();
        for (const QString& beat : p.value("dtu-heartbeat").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!hex.match(beat.trimmed()).hasMatch())
                return QStringLiteral("--dtu-heartbeat takes hex bytes, e.g. 70696E67 or FE");
            o.server.heartbeats.append(QByteArray::fromHex(beat.trimmed().toLatin1()));
        }
    }
    return {};
}

} // namespace

void addLinkOptions(QCommandLineParser& p) {
    p.addOption({"port", "Serial port of the M-Bus level converter.", "device"});
    p.addOption({"baud", "Line speed of the bus: 300..9600 (default 2400).", "baud", "2400"});
    p.addOption(
        {"parity", "even (default, M-Bus 8E1) or none (pseudo terminals, simulators).", "parity", "even"});
    p.addOption({"tcp", "A serial-over-TCP server or a concentrator's TCP port.", "host:port"});
    p.addOption({"dtu-listen", "Listen for GPRS DTUs that dial in, e.g. 0.0.0.0:9000.", "host:port"});
    p.addOption({"dtu",
                 "With --dtu-listen: the DTU ids to work behind, or all (every DTU that dials in "
                 "within --wait-s, or the first --wait-dtus).",
                 "ids|all"});
    p.addOption({"wait-dtus", "Start once this many of the DTUs have dialled in.", "n"});
    p.addOption({"wait-s", "Wait at most this long for the DTUs (default 60).", "s", "60"});
    p.addOption({"dtu-id-format", "ascii (default) or hex: how DTUs send their id.", "format", "ascii"});
    p.addOption({"dtu-heartbeat", "Heartbeat packets the DTUs send, as hex (default 70696E67, \"ping\").",
                 "hex[,hex...]"});
    p.addOption({"dtu-framing",
                 "plain (default: registration, heartbeats, transparent bytes), hongdian-ddp (11-character "
                 "ids) or four-faith (PROT mode, 8-hex-digit ids): how the DTUs wrap their traffic.",
                 "name", "plain"});
    p.addOption({"latency-ms",
                 "Extra time the link adds to every answer (default 0 for a serial port, 500 for TCP, "
                 "1500 for a DTU).",
                 "ms"});
    p.addOption({"retries", "Extra attempts after a silent or garbled answer.", "n"});
    p.addOption(
        {"adaptive-latency", "Learn the link's latency from late answers and widen the answer window."});
    p.addOption({"trace", "Every frame, echo, timeout and retry on stderr."});
    p.addOption({"connect-timeout-ms", "TCP connect timeout (default 5000).", "ms", "5000"});
}

LinkChoice makeLink(const QCommandLineParser& p) {
    LinkChoice c;
    auto usage = [&](const QString& message) {
        c.status = ExitCode::Usage;
        c.error = message;
        return std::move(c);
    };
    const int links = int(p.isSet("port")) + int(p.isSet("tcp")) + int(p.isSet("dtu-listen"));
    if (links != 1)
        return usage(QStringLiteral("give exactly one of --port, --tcp, --dtu-listen"));
    for (const char* dtuOnly :
         {"dtu", "wait-dtus", "wait-s", "dtu-id-format", "dtu-heartbeat", "dtu-framing"})
        if (p.isSet(dtuOnly) && !p.isSet("dtu-listen"))
            return usage(QStringLiteral("--%1 goes with --dtu-listen").arg(dtuOnly));
    int baud = 0;
    if (!parseInt(p.value("baud"), 300, 38400, baud))
        return usage(QStringLiteral("--baud must be a number from 300 to 38400"));
    c.config.baud = static_cast<std::uint32_t>(baud);
    c.config.adaptiveLatency = p.isSet("adaptive-latency");
    if (p.isSet("retries")) {
        int retries = 0;
        if (!parseInt(p.value("retries"), 0, 10, retries))
            return usage(QStringLiteral("--retries must be 0..10"));
        c.config.retries = retries;
        c.config.scanRetries = retries;
    }
    int latencyMs = 0;
    if (p.isSet("latency-ms") && !parseInt(p.value("latency-ms"), 0, 120000, latencyMs))
        return usage(QStringLiteral("--latency-ms must be 0..120000"));

    if (p.isSet("port")) {
        link::SerialSettings s;
        s.port = p.value("port");
        s.baud = baud;
        const QString parity = p.value("parity");
        if (parity == "even")
            s.parity = QSerialPort::EvenParity;
        else if (parity == "none")
            s.parity = QSerialPort::NoParity;
        else
            return usage(QStringLiteral("--parity must be even or none"));
        s.autoReopen = false; // a command reports a missing port instead of waiting for it
        c.config.name = s.port;
        c.link = std::make_unique<link::SerialLink>(s);
        c.link->setLatencyAllowance(std::chrono::milliseconds(latencyMs));
        return c;
    }
    if (p.isSet("dtu-listen")) {
        DtuFleetOptions o;
        if (const QString error = parseDtuOptions(p, o); !error.isEmpty())
            return usage(error);
        if (p.isSet("latency-ms"))
            o.latency = std::chrono::milliseconds(latencyMs);
        c.config.name = p.value("dtu-listen");
        // The command shows traffic only through --trace, as it happens; a thousand DTUs' engines
        // need not each keep the GUI monitor's history (80 kB of slots apiece by default).
        c.config.trafficCapacity = 256;
        c.dtus = std::make_unique<DtuFleet>(std::move(o));
        return c;
    }
    const QString target = p.value("tcp");
    QString host;
    int port = 0;
    if (!splitHostPort(target, host, port))
        return usage(QStringLiteral("--tcp takes HOST:PORT"));
    int connectMs = 0;
    if (!parseInt(p.value("connect-timeout-ms"), 1, 600000, connectMs))
        return usage(QStringLiteral("--connect-timeout-ms must be 1..600000"));
    link::TcpSettings s;
    s.host = host;
    s.port = static_cast<quint16>(port);
    s.connectTimeout = std::chrono::milliseconds(connectMs);
    s.reconnect = false;
    c.config.name = target;
    c.link = std::make_unique<link::TcpLink>(s);
    c.link->setLatencyAllowance(p.isSet("latency-ms") ? std::chrono::milliseconds(latencyMs)
                                                      : kDefaultTcpLatency);
    return c;
}

} // namespace heatdesk::cli
