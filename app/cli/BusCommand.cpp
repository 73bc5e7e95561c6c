// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BusCommand.h"

#include "bus/BusEngine.h"
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
#include <QEventLoop>
#include <QHash>
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
    p.addOption({"dtu-listen", "Listen for DTUs that dial in (not available yet).", "host:port"});
    p.addOption({"dtu", "DTU ids to read behind (with --dtu-listen).", "ids"});
    p.addOption({"latency-ms",
                 "Extra time the link adds to every answer (default 0 for a serial port, 500 for TCP).",
                 "ms"});
    p.addOption({"retries", "Extra attempts after a silent or garbled answer.", "n"});
    p.addOption(
        {"adaptive-latency", "Learn the link's latency from late answers and widen the answer window."});
    p.addOption({"trace", "Every frame, echo, timeout and retry on stderr."});
    p.addOption({"connect-timeout-ms", "TCP connect timeout (default 5000).", "ms", "5000"});
}

struct LinkChoice {
    std::unique_ptr<link::Link> link;
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
    if (p.isSet("dtu-listen"))
        return usage(QStringLiteral("--dtu-listen is not available in this version yet"));
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
    const QString target = p.value("tcp");
    const auto colon = target.lastIndexOf(QLatin1Char(':'));
    int port = 0;
    if (colon <= 0 || !parseInt(target.mid(colon + 1), 1, 65535, port))
        return usage(QStringLiteral("--tcp takes HOST:PORT"));
    int connectMs = 0;
    if (!parseInt(p.value("connect-timeout-ms"), 1, 600000, connectMs))
        return usage(QStringLiteral("--connect-timeout-ms must be 1..600000"));
    link::TcpSettings s;
    s.host = target.left(colon);
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

void connectTrace(bus::BusEngine& engine) {
    QObject::connect(&engine, &bus::BusEngine::trafficRecorded, [](const bus::TrafficRecordPtr& r) {
        std::fprintf(stderr, "%s\n", qPrintable(bus::traceLine(*r)));
    });
}

bus::RunSummary runToEnd(bus::BusEngine& engine, const std::function<bool()>& start) {
    bus::RunSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &bus::BusEngine::finished, &loop, [&](const bus::RunSummary& s) {
        summary = s;
        loop.quit();
    });
    if (start())
        loop.exec();
    return summary;
}

void printSummary(const bus::RunSummary& s, int requested, int ok, int failed) {
    JsonWriter json;
    json.beginObject().key("summary").beginObject();
    json.key("requested").value(requested).key("ok").value(ok).key("failed").value(failed);
    json.key("elapsed_ms").value(static_cast<std::int64_t>(s.elapsedMs));
    json.key("bus_status").value(text(bus::busStateName(s.status.state)));
    json.key("bus_evidence").value(text(s.status.evidence));
    json.endObject().endObject();
    printLine(json.take());
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

// Stores readings as they arrive; meters it does not know are registered on this bus.
class ReadingSink {
public:
    std::optional<QString> open(const QString& path, const QString& busName) {
        if (auto e = m_db.open(path))
            return e->message;
        m_config = std::make_unique<store::ConfigRepository>(m_db);
        m_writer = std::make_unique<store::ReadingWriter>(m_db, 1000);
        m_busName = busName;
        store::ReadingRepository sessions(m_db);
        m_session =
            sessions.startSession(qEnvironmentVariable("USER", QStringLiteral("unknown")),
                                  QStringLiteral("heatdesk-cli read"), QDateTime::currentMSecsSinceEpoch());
        return std::nullopt;
    }

    std::optional<QString> add(const mbus::Telegram& t, std::span<const std::uint8_t> raw, int address) {
        store::StoreError error;
        const auto meter = meterFor(t, address, error);
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
    std::optional<qint64> meterFor(const mbus::Telegram& t, int address, store::StoreError& error) {
        const QString number = meterNumber(t.header.idBcd);
        if (auto it = m_ids.find(number); it != m_ids.end())
            return *it;
        if (auto m = m_config->meterByNumber(number, &error)) {
            m_ids.insert(number, m->id);
            return m->id;
        }
        if (!error.message.isEmpty())
            return std::nullopt;
        if (!m_busId) {
            const auto site = m_config->ensureSite(QStringLiteral("Read by heatdesk-cli"), &error);
            const auto channel =
                site ? m_config->ensureChannel(*site, m_busName, QStringLiteral("serial"), &error)
                     : std::nullopt;
            m_busId = channel ? m_config->ensureBus(*channel, m_busName, &error) : std::nullopt;
            if (!m_busId)
                return std::nullopt;
        }
        store::MeterConfig m;
        m.busId = *m_busId;
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
    QString m_busName;
    std::optional<qint64> m_session;
    std::optional<qint64> m_busId;
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
        standard.latency = choice.link->latencyAllowance();
        const auto extra = std::chrono::milliseconds(ms) -
                           std::chrono::ceil<std::chrono::milliseconds>(standard.answerWindow());
        choice.config.latency = std::max(extra, std::chrono::milliseconds(0));
    }

    ReadingSink sink;
    if (p.isSet("db"))
        if (auto e = sink.open(p.value("db"), choice.config.name))
            return fail(cmd, *e, ExitCode::Resource);

    if (!openLink(*choice.link))
        return fail(cmd, choice.link->lastError().message, ExitCode::Resource);

    bus::BusEngine engine(choice.link.get(), choice.config);
    if (p.isSet("trace"))
        connectTrace(engine);
    int ok = 0;
    int failed = 0;
    std::optional<QString> storeError;
    QObject::connect(&engine, &bus::BusEngine::meterRead, [&](const bus::MeterResult& r) {
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
        if (r.ok && !decodeError) {
            if (telegram.header.kind == mbus::HeaderKind::Long ||
                telegram.header.kind == mbus::HeaderKind::Fixed)
                json.key("secondary").value(text(meterNumber(telegram.header.idBcd)));
            else if (r.target.secondary)
                json.key("secondary").value(idText(*r.target.secondary));
            json.key("ok").value(true);
            json.key("telegrams").value(r.telegrams);
            json.key("retries").value(r.retries);
            json.key("elapsed_ms").value(static_cast<std::int64_t>(r.elapsedMs));
            json.key("reading");
            writeTelegram(json, telegram, bytes);
            ++ok;
            if (p.isSet("db") && !storeError)
                storeError = sink.add(telegram, bytes, r.target.primary ? *r.target.primary : -1);
        } else {
            if (r.target.secondary)
                json.key("secondary").value(idText(*r.target.secondary));
            json.key("ok").value(false);
            json.key("error").value(decodeError ? std::string(mbus::errorCodeName(decodeError->code))
                                                : text(r.error));
            json.key("attempts").value(r.attempts);
            ++failed;
        }
        json.endObject();
        printLine(json.take());
    });
    const auto summary = runToEnd(engine, [&] { return engine.readMeters(targets); });
    printSummary(summary, static_cast<int>(targets.size()), ok, failed);
    if (p.isSet("db")) {
        if (!storeError)
            storeError = sink.flush();
        if (storeError)
            return fail(cmd, *storeError, ExitCode::Resource);
    }
    return failed > 0 ? ExitCode::ItemFailed : ExitCode::Ok;
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
    if (!openLink(*choice.link))
        return fail(cmd, choice.link->lastError().message, ExitCode::Resource);

    bus::BusEngine engine(choice.link.get(), choice.config);
    if (p.isSet("trace"))
        connectTrace(engine);
    int found = 0;
    int garbled = 0;
    QObject::connect(&engine, &bus::BusEngine::meterFound, [&](const bus::FoundMeter& m) {
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
        json.endObject();
        printLine(json.take());
        m.garbled ? ++garbled : ++found;
    });
    bus::RunSummary summary;
    if (mask) {
        summary = runToEnd(engine, [&] { return engine.scanSecondary(*mask, p.isSet("hex-digits")); });
        // Unresolved ids are meters that were there but could not be told apart.
        printSummary(summary, summary.ok + summary.failed, summary.ok, summary.failed);
        return summary.failed > 0 || summary.status.state == bus::BusState::Offline ? ExitCode::ItemFailed
                                                                                    : ExitCode::Ok;
    }
    const auto probe = method == "nke" ? mbus::ProbeJob::Method::SndNke : mbus::ProbeJob::Method::ReqUd2;
    summary = runToEnd(engine, [&] { return engine.scanPrimary(from, to, probe); });
    printSummary(summary, to - from + 1, found, garbled);
    return garbled > 0 || summary.failed > 0 ? ExitCode::ItemFailed : ExitCode::Ok;
}

} // namespace heatdesk::cli
