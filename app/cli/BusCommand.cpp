// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BusCommand.h"

#include "bus/BusEngine.h"
#include "cli/DtuFleet.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "cli/TelegramJson.h"
#include "link/SerialLink.h"
#include "link/TcpLink.h"
#include "mbus/HeatReadingMapper.h"
#include "mbus/Telegram.h"
#include "store/ConfigRepository.h"
#include "store/ReadingWriter.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QRegularExpression>
#include <cstdio>
#include <memory>

namespace heatdesk::cli {
namespace {

using namespace std::chrono_literals;

// A serial-to-Ethernet converter packs the line's bytes into TCP segments when the line pauses,
// and the network adds its own delay: answers arrive later than on a local port.
constexpr std::chrono::milliseconds kDefaultTcpLatency{500};

std::string text(const QString& s) {
    return s.toStdString();
}

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

struct LinkChoice {
    std::unique_ptr<link::Link> link; // --port, --tcp
    std::unique_ptr<DtuFleet> dtus;   // --dtu-listen
    bus::BusConfig config;
    int status = ExitCode::Ok;
    QString error;
};

bool parseInt(const QString& s, int min, int max, int& out) {
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    out = v;
    return true;
}

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

// Opens the link on the event loop and returns once it is open or has failed.
bool openLink(link::Link& l) {
    QEventLoop loop;
    QObject::connect(&l, &link::Link::stateChanged, &loop, [&](link::Link::State s) {
        if (s == link::Link::State::Open || s == link::Link::State::Closed)
            loop.quit();
    });
    l.open();
    if (l.state() == link::Link::State::Opening)
        loop.exec();
    return l.isOpen();
}

// One bus a command works on: the one behind --port or --tcp, or the one behind each DTU.
struct BusRun {
    QString dtu; // empty without --dtu-listen
    std::unique_ptr<bus::BusEngine> engine;
    bus::RunSummary summary;
};

// Opens the link, or listens and waits for the DTUs, and puts an engine on every bus. Returns
// the exit status: Ok, or Resource after saying why.
int openBuses(const char* cmd, LinkChoice& choice, bool trace, std::vector<BusRun>& buses) {
    auto add = [&](link::Link* l, const QString& dtu) {
        bus::BusConfig config = choice.config;
        if (!dtu.isEmpty())
            config.name = dtu;
        auto engine = std::make_unique<bus::BusEngine>(l, config);
        if (trace)
            QObject::connect(
                engine.get(), &bus::BusEngine::trafficRecorded, [dtu](const bus::TrafficRecordPtr& r) {
                    const QString line = bus::traceLine(*r);
                    std::fprintf(stderr, "%s\n",
                                 qPrintable(dtu.isEmpty() ? line : dtu + QStringLiteral(": ") + line));
                });
        buses.push_back({dtu, std::move(engine), {}});
    };
    if (choice.dtus) {
        if (const QString error = choice.dtus->listen(); !error.isEmpty())
            return fail(cmd, error, ExitCode::Resource);
        choice.dtus->waitForDtus();
        for (const auto& l : choice.dtus->links())
            add(l.get(), l->dtuId());
        return ExitCode::Ok;
    }
    if (!openLink(*choice.link))
        return fail(cmd, choice.link->lastError().message, ExitCode::Resource);
    add(choice.link.get(), {});
    return ExitCode::Ok;
}

// Starts every bus at once (DTUs are read side by side, each bus one exchange at a time) and
// returns the wall time once the last has finished.
qint64 runAll(std::vector<BusRun>& buses, const std::function<bool(bus::BusEngine&)>& start) {
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    std::size_t running = buses.size();
    for (BusRun& b : buses)
        QObject::connect(b.engine.get(), &bus::BusEngine::finished, &loop, [&](const bus::RunSummary& s) {
            b.summary = s;
            if (--running == 0)
                loop.quit();
        });
    for (BusRun& b : buses)
        if (!start(*b.engine))
            --running;
    if (running > 0) // a bus whose link is down finishes inside start()
        loop.exec();
    return clock.elapsed();
}

// The worse of two bus states, for one status over many DTUs.
int severity(bus::BusState s) {
    switch (s) {
    case bus::BusState::Idle:
        return 0;
    case bus::BusState::Reading:
        return 1;
    case bus::BusState::NoLoadSuspected:
        return 2;
    case bus::BusState::OverloadSuspected:
        return 3;
    case bus::BusState::Offline:
        return 4;
    }
    return 0;
}

// The summary line. Behind DTUs: the worst bus status with the evidence of the buses that are
// not idle, and which DTUs came.
void printSummary(const std::vector<BusRun>& buses, const DtuFleet* dtus, qint64 elapsedMs, int requested,
                  int ok, int failed) {
    bus::BusStatus status;
    if (!dtus) {
        status = buses.front().summary.status;
        elapsedMs = buses.front().summary.elapsedMs;
    } else if (buses.empty()) {
        status.state = bus::BusState::Offline;
        status.evidence = QStringLiteral("no DTU dialled in within %1 s").arg(dtus->options().wait.count());
    } else {
        constexpr int kShown = 5;
        QStringList notIdle;
        for (const BusRun& b : buses) {
            if (b.summary.status.state == bus::BusState::Idle)
                continue;
            if (severity(b.summary.status.state) > severity(status.state))
                status.state = b.summary.status.state;
            if (notIdle.size() < kShown)
                notIdle.append(
                    QStringLiteral("%1: %2 (%3)")
                        .arg(b.dtu, bus::busStateName(b.summary.status.state), b.summary.status.evidence));
            else if (notIdle.size() == kShown)
                notIdle.append(QStringLiteral("..."));
        }
        status.evidence = notIdle.isEmpty() ? QStringLiteral("all %1 DTU buses idle").arg(buses.size())
                                            : notIdle.join(QStringLiteral("; "));
    }
    JsonWriter json;
    json.beginObject().key("summary").beginObject();
    json.key("requested").value(requested).key("ok").value(ok).key("failed").value(failed);
    json.key("elapsed_ms").value(static_cast<std::int64_t>(elapsedMs));
    json.key("bus_status").value(text(bus::busStateName(status.state)));
    json.key("bus_evidence").value(text(status.evidence));
    if (dtus) {
        json.key("dtus").beginObject();
        json.key("awaited").value(dtus->awaited()).key("dialled_in").value(dtus->dialledIn());
        json.key("missing").beginArray();
        for (const QString& id : dtus->missing())
            json.value(text(id));
        json.endArray().endObject();
    }
    json.endObject().endObject();
    printLine(json.take());
}

// The exit status once the work ran (cli.md): 2 when an item failed or DTUs stayed away, 3 when
// not one DTU came (nothing could be read at all).
int finalStatus(const char* cmd, const DtuFleet* dtus, bool itemFailed) {
    if (dtus && dtus->dialledIn() == 0)
        return fail(cmd,
                    QStringLiteral("no DTU dialled in to %1 within %2 s")
                        .arg(dtus->listenAddress())
                        .arg(dtus->options().wait.count()),
                    ExitCode::Resource);
    if (dtus && dtus->dialledIn() < std::max(dtus->awaited(), int(dtus->links().size())))
        return ExitCode::ItemFailed;
    return itemFailed ? ExitCode::ItemFailed : ExitCode::Ok;
}

// Addresses as "1,5,10-20". Empty on error, with `error` saying why.
std::vector<int> parseAddressList(const QString& list, bool broadcastOk, QString& error) {
    std::vector<int> out;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto dash = part.indexOf(QLatin1Char('-'));
        int from = 0;
        int to = 0;
        const bool ok = dash < 0 ? parseInt(part.trimmed(), 0, 255, from)
                                 : parseInt(part.left(dash).trimmed(), 0, 255, from) &&
                                       parseInt(part.mid(dash + 1).trimmed(), 0, 255, to);
        if (dash < 0)
            to = from;
        if (!ok || to < from) {
            error = QStringLiteral("bad address or range '%1' (addresses are 0..250)").arg(part);
            return {};
        }
        for (int a = from; a <= to; ++a) {
            if (a > 250 && !(broadcastOk && a >= 254)) {
                error =
                    a >= 254
                        ? QStringLiteral("address %1 is a broadcast; add --broadcast-ok to send it").arg(a)
                        : QStringLiteral("address %1 is reserved (meters take 0..250)").arg(a);
                return {};
            }
            if (std::find(out.begin(), out.end(), a) == out.end())
                out.push_back(a);
        }
    }
    if (out.empty())
        error = QStringLiteral("--address needs at least one address");
    return out;
}

QString meterNumber(std::uint32_t idBcd) {
    return QString::asprintf("%08X", idBcd);
}

// Stores readings as they arrive; meters it does not know are registered on the bus they were read
// on (a channel of kind "dtu" for each DTU).
class ReadingSink {
public:
    std::optional<QString> open(const QString& path) {
        if (auto e = m_db.open(path))
            return e->message;
        m_config = std::make_unique<store::ConfigRepository>(m_db);
        m_writer = std::make_unique<store::ReadingWriter>(m_db, 1000);
        store::ReadingRepository sessions(m_db);
        m_session =
            sessions.startSession(qEnvironmentVariable("USER", QStringLiteral("unknown")),
                                  QStringLiteral("heatdesk-cli read"), QDateTime::currentMSecsSinceEpoch());
        return std::nullopt;
    }

    std::optional<QString> add(const mbus::Telegram& t, std::span<const std::uint8_t> raw, int address,
                               const QString& busName, bool dtu) {
        store::StoreError error;
        const auto meter = meterFor(t, address, busName, dtu, error);
        if (!meter)
            return error.message;
        store::NewReading r;
        r.meterId = *meter;
        r.sessionId = m_session;
        r.readAtMs = QDateTime::currentMSecsSinceEpoch();
        r.protocol = QStringLiteral("mbus");
        mbus::toHeatReading(t, raw, r.values);
        if (auto e = m_writer->add(std::move(r), QDateTime::currentMSecsSinceEpoch()))
            return e->message;
        if (auto e = m_writer->flushIfDue(QDateTime::currentMSecsSinceEpoch()))
            return e->message;
        return std::nullopt;
    }

    std::optional<QString> flush() {
        if (auto e = m_writer->flush())
            return e->message;
        return std::nullopt;
    }

private:
    std::optional<qint64> meterFor(const mbus::Telegram& t, int address, const QString& busName, bool dtu,
                                   store::StoreError& error) {
        const QString number = meterNumber(t.header.idBcd);
        if (auto it = m_ids.find(number); it != m_ids.end())
            return *it;
        if (auto m = m_config->meterByNumber(number, &error)) {
            m_ids.insert(number, m->id);
            return m->id;
        }
        if (!error.message.isEmpty())
            return std::nullopt;
        std::optional<qint64> busId =
            m_busIds.contains(busName) ? std::optional(m_busIds.value(busName)) : std::nullopt;
        if (!busId) {
            const auto site = m_config->ensureSite(QStringLiteral("Read by heatdesk-cli"), &error);
            const QString kind = dtu ? QStringLiteral("dtu") : QStringLiteral("serial");
            const auto channel = site ? m_config->ensureChannel(*site, busName, kind, &error) : std::nullopt;
            busId = channel ? m_config->ensureBus(*channel, busName, &error) : std::nullopt;
            if (!busId)
                return std::nullopt;
            m_busIds.insert(busName, *busId);
        }
        store::MeterConfig m;
        m.busId = *busId;
        m.number = number;
        m.primaryAddress = address >= 0 && address <= 250 ? std::optional<int>(address) : std::nullopt;
        const auto medium = mbus::mediumName(t.header.medium);
        m.medium = QString::fromLatin1(medium.data(), static_cast<qsizetype>(medium.size()));
        const auto id = m_config->addMeter(m, &error);
        if (id)
            m_ids.insert(number, *id);
        return id;
    }

    store::Database m_db;
    std::unique_ptr<store::ConfigRepository> m_config;
    std::unique_ptr<store::ReadingWriter> m_writer;
    std::optional<qint64> m_session;
    QHash<QString, qint64> m_busIds;
    QHash<QString, qint64> m_ids;
};

std::string idText(const mbus::SecondaryAddress& s) {
    return s.toText().substr(0, 8);
}

} // namespace

int runRead(const QStringList& arguments) {
    const char* cmd = "read";
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Reads M-Bus meters on one bus; one JSON line per meter, then a "
                       "summary line."));
    p.addHelpOption();
    p.addPositionalArgument("read", "The command.");
    addLinkOptions(p);
    p.addOption({"protocol", "mbus (default) or cjt188.", "protocol", "mbus"});
    p.addOption({"address", "Primary addresses: 1,5,10-20.", "list"});
    p.addOption({"secondary", "Secondary addresses (8-digit ids or 16 hex digits), comma-separated.", "ids"});
    p.addOption({"broadcast-ok", "Allow 254/255 in --address."});
    p.addOption({"db", "Store every reading in this database.", "file"});
    p.addOption({"timeout-ms",
                 "Answer window in ms; never shorter than the standard's (330 bit times + 50 ms + latency).",
                 "ms"});
    p.addOption({"all-telegrams", "Follow DIF 1F and read every telegram of a multi-telegram meter."});
    if (!p.parse(arguments))
        return fail(cmd, p.errorText(), ExitCode::Usage);
    if (p.isSet("help")) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return ExitCode::Ok;
    }
    if (p.value("protocol") != "mbus")
        return fail(cmd,
                    p.value("protocol") == "cjt188"
                        ? QStringLiteral("--protocol cjt188 is not available here yet")
                        : QStringLiteral("--protocol must be mbus or cjt188"),
                    ExitCode::Usage);
    if (p.isSet("address") == p.isSet("secondary"))
        return fail(cmd, QStringLiteral("give --address LIST or --secondary IDS"), ExitCode::Usage);

    std::vector<bus::MeterTarget> targets;
    if (p.isSet("address")) {
        QString error;
        const auto addresses = parseAddressList(p.value("address"), p.isSet("broadcast-ok"), error);
        if (addresses.empty())
            return fail(cmd, error, ExitCode::Usage);
        for (int a : addresses) {
            bus::MeterTarget t;
            t.primary = static_cast<std::uint8_t>(a);
            targets.push_back(t);
        }
    } else {
        for (const QString& id : p.value("secondary").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto s = mbus::SecondaryAddress::fromText(id.trimmed().toStdString());
            // The id must be complete; manufacturer, version and medium may stay open (8-digit form).
            bool complete = s.has_value();
            for (int pos = 0; complete && pos < 8; ++pos)
                complete = mbus::idDigit(*s, pos) != 0x0F;
            if (!complete)
                return fail(cmd, QStringLiteral("'%1' is not a complete secondary address").arg(id),
                            ExitCode::Usage);
            bus::MeterTarget t;
            t.secondary = *s;
            targets.push_back(t);
        }
        if (targets.empty())
            return fail(cmd, QStringLiteral("--secondary needs at least one id"), ExitCode::Usage);
    }

    LinkChoice choice = makeLink(p);
    if (choice.status != ExitCode::Ok)
        return fail(cmd, choice.error, choice.status);
    choice.config.allTelegrams = p.isSet("all-telegrams");
    if (p.isSet("timeout-ms")) {
        int ms = 0;
        if (!parseInt(p.value("timeout-ms"), 1, 600000, ms))
            return fail(cmd, QStringLiteral("--timeout-ms must be 1..600000"), ExitCode::Usage);
        mbus::MbusTiming standard;
        standard.baud = choice.config.baud;
        standard.latency = choice.link ? choice.link->latencyAllowance() : choice.dtus->options().latency;
        const auto extra = std::chrono::milliseconds(ms) -
                           std::chrono::ceil<std::chrono::milliseconds>(standard.answerWindow());
        choice.config.latency = std::max(extra, std::chrono::milliseconds(0));
    }

    ReadingSink sink;
    if (p.isSet("db"))
        if (auto e = sink.open(p.value("db")))
            return fail(cmd, *e, ExitCode::Resource);

    std::vector<BusRun> buses;
    if (const int status = openBuses(cmd, choice, p.isSet("trace"), buses); status != ExitCode::Ok)
        return status;
    int ok = 0;
    int failed = 0;
    std::optional<QString> storeError;
    for (const BusRun& b : buses) {
        const QString dtu = b.dtu;
        const QString busName = dtu.isEmpty() ? choice.config.name : dtu;
        QObject::connect(
            b.engine.get(), &bus::BusEngine::meterRead, [&, dtu, busName](const bus::MeterResult& r) {
                JsonWriter json;
                json.beginObject();
                if (r.target.primary)
                    json.key("address").value(static_cast<unsigned>(*r.target.primary));
                const auto* raw = reinterpret_cast<const std::uint8_t*>(r.raw.constData());
                const std::span<const std::uint8_t> bytes(raw, static_cast<std::size_t>(r.raw.size()));
                mbus::Telegram telegram;
                std::optional<mbus::DecodeError> decodeError;
                if (r.ok)
                    decodeError = mbus::decodeFrames(bytes, telegram);
                const bool read = r.ok && !decodeError;
                if (read && (telegram.header.kind == mbus::HeaderKind::Long ||
                             telegram.header.kind == mbus::HeaderKind::Fixed))
                    json.key("secondary").value(text(meterNumber(telegram.header.idBcd)));
                else if (r.target.secondary)
                    json.key("secondary").value(idText(*r.target.secondary));
                if (!dtu.isEmpty())
                    json.key("dtu").value(text(dtu));
                json.key("ok").value(read);
                if (read) {
                    json.key("telegrams").value(r.telegrams);
                    json.key("retries").value(r.retries);
                    json.key("elapsed_ms").value(static_cast<std::int64_t>(r.elapsedMs));
                    json.key("reading");
                    writeTelegram(json, telegram, bytes);
                    ++ok;
                    if (p.isSet("db") && !storeError)
                        storeError = sink.add(telegram, bytes, r.target.primary ? *r.target.primary : -1,
                                              busName, !dtu.isEmpty());
                } else {
                    json.key("error").value(decodeError ? std::string(mbus::errorCodeName(decodeError->code))
                                                        : text(r.error));
                    json.key("attempts").value(r.attempts);
                    ++failed;
                }
                json.endObject();
                printLine(json.take());
            });
    }
    const qint64 elapsed = runAll(buses, [&](bus::BusEngine& e) { return e.readMeters(targets); });
    printSummary(buses, choice.dtus.get(), elapsed, static_cast<int>(targets.size() * buses.size()), ok,
                 failed);
    if (p.isSet("db")) {
        if (!storeError)
            storeError = sink.flush();
        if (storeError)
            return fail(cmd, *storeError, ExitCode::Resource);
    }
    return finalStatus(cmd, choice.dtus.get(), failed > 0);
}

int runScan(const QStringList& arguments) {
    const char* cmd = "scan";
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Finds M-Bus meters: primary addresses --from..--to, or a "
                                               "secondary (wildcard) search with --secondary."));
    p.addHelpOption();
    p.addPositionalArgument("scan", "The command.");
    addLinkOptions(p);
    p.addOption({"from", "First primary address (default 0).", "address", "0"});
    p.addOption({"to", "Last primary address (default 250).", "address", "250"});
    p.addOption({"method", "Primary probe: nke (SND_NKE, default) or req (REQ_UD2).", "method", "nke"});
    p.addOption({"secondary", "Secondary search by wildcard tree instead of primary addresses."});
    p.addOption({"mask", "Secondary search mask, F = any digit (default FFFFFFFF).", "mask", "FFFFFFFF"});
    p.addOption({"hex-digits", "Secondary search also tries A..E (ids that are not BCD)."});
    if (!p.parse(arguments))
        return fail(cmd, p.errorText(), ExitCode::Usage);
    if (p.isSet("help")) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return ExitCode::Ok;
    }
    int from = 0;
    int to = 0;
    if (!parseInt(p.value("from"), 0, 250, from) || !parseInt(p.value("to"), 0, 250, to) || to < from)
        return fail(cmd, QStringLiteral("--from and --to take addresses 0..250, from <= to"),
                    ExitCode::Usage);
    const QString method = p.value("method");
    if (method != "nke" && method != "req")
        return fail(cmd, QStringLiteral("--method must be nke or req"), ExitCode::Usage);
    std::optional<mbus::SecondaryAddress> mask;
    if (p.isSet("secondary")) {
        mask = mbus::SecondaryAddress::fromText(p.value("mask").toStdString());
        if (!mask)
            return fail(cmd, QStringLiteral("--mask takes 8 digits (F = any) or 16 hex digits"),
                        ExitCode::Usage);
    }

    LinkChoice choice = makeLink(p);
    if (choice.status != ExitCode::Ok)
        return fail(cmd, choice.error, choice.status);
    std::vector<BusRun> buses;
    if (const int status = openBuses(cmd, choice, p.isSet("trace"), buses); status != ExitCode::Ok)
        return status;
    int found = 0;
    int garbled = 0;
    for (const BusRun& b : buses) {
        QObject::connect(
            b.engine.get(), &bus::BusEngine::meterFound, [&, dtu = b.dtu](const bus::FoundMeter& m) {
                JsonWriter json;
                json.beginObject();
                if (m.secondary) {
                    const auto letters = mbus::manufacturerLetters(m.secondary->manufacturer);
                    json.key("secondary").value(idText(*m.secondary));
                    json.key("manufacturer").value(std::string_view(letters.data(), letters.size()));
                    json.key("version").value(static_cast<unsigned>(m.secondary->version));
                    json.key("medium").value(mbus::mediumName(m.secondary->medium));
                } else if (m.primary) {
                    json.key("address").value(static_cast<unsigned>(*m.primary));
                    if (m.garbled)
                        json.key("garbled").value(true);
                }
                if (!dtu.isEmpty())
                    json.key("dtu").value(text(dtu));
                json.endObject();
                printLine(json.take());
                m.garbled ? ++garbled : ++found;
            });
    }
    auto sum = [&](int bus::RunSummary::*field) {
        int total = 0;
        for (const BusRun& b : buses)
            total += b.summary.*field;
        return total;
    };
    if (mask) {
        const qint64 elapsed =
            runAll(buses, [&](bus::BusEngine& e) { return e.scanSecondary(*mask, p.isSet("hex-digits")); });
        // Unresolved ids are meters that were there but could not be told apart.
        const int ok = sum(&bus::RunSummary::ok);
        const int failed = sum(&bus::RunSummary::failed);
        printSummary(buses, choice.dtus.get(), elapsed, ok + failed, ok, failed);
        const bool offline = std::any_of(buses.begin(), buses.end(), [](const BusRun& b) {
            return b.summary.status.state == bus::BusState::Offline;
        });
        return finalStatus(cmd, choice.dtus.get(), failed > 0 || offline);
    }
    const auto probe = method == "nke" ? mbus::ProbeJob::Method::SndNke : mbus::ProbeJob::Method::ReqUd2;
    const qint64 elapsed = runAll(buses, [&](bus::BusEngine& e) { return e.scanPrimary(from, to, probe); });
    printSummary(buses, choice.dtus.get(), elapsed, (to - from + 1) * int(buses.size()), found, garbled);
    return finalStatus(cmd, choice.dtus.get(), garbled > 0 || sum(&bus::RunSummary::failed) > 0);
}

} // namespace heatdesk::cli
