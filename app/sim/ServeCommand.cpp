// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "sim/DtuClient.h"
#include "sim/PtyBusServer.h"
#include "sim/Scenario.h"
#include "sim/ScenarioServer.h"
#include "sim/TcpBusServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTime>
#include <QTimer>
#include <QtEndian>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace heatdesk::simapp {

namespace {
constexpr int kUsage = 1;
constexpr int kResource = 3;

int fail(const QString& message, int code) {
    std::fprintf(stderr, "heatdesk-sim: %s\n", qPrintable(message));
    return code;
}

// "HOST:PORT" split at its last colon; nothing without a host or with a bad port.
std::optional<std::pair<QString, quint16>> hostPort(const QString& text) {
    const auto colon = text.lastIndexOf(':');
    bool ok = false;
    const auto port = text.mid(colon + 1).toUShort(&ok);
    if (colon <= 0 || !ok)
        return std::nullopt;
    return std::make_pair(text.left(colon), port);
}

// The DTU options of the command line, checked once for both ways of serving.
struct DtuFlags {
    int heartbeatS = 60;
    double dropRate = 0;
    double garbageRate = 0;
    int endless = 0;
    link::DtuFraming framing = link::DtuFraming::Plain;
};
std::optional<DtuFlags> dtuFlags(const QCommandLineParser& parser) {
    DtuFlags f;
    const auto framing = link::dtuFramingFromName(parser.value("dtu-framing"));
    if (!framing)
        return std::nullopt;
    f.framing = *framing;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    f.heartbeatS = parser.value("dtu-heartbeat").toInt(&ok1);
    f.dropRate = parser.value("dtu-drop-rate").toDouble(&ok2);
    f.garbageRate = parser.value("dtu-garbage-rate").toDouble(&ok3);
    f.endless = parser.value("dtu-endless").toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || f.heartbeatS < 0 || f.dropRate < 0 || f.dropRate > 1 ||
        f.garbageRate < 0 || f.garbageRate > 1 || f.endless < 0)
        return std::nullopt;
    return f;
}

// --verbose: one timestamped line on stderr for each thing the simulator does.
void logLine(const QString& text) {
    std::fprintf(stderr, "%s %s\n", qPrintable(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))),
                 qPrintable(text));
}

QString hexOf(const QByteArray& bytes) {
    constexpr qsizetype kShown = 64; // an endless stream would drown the log
    const QString shown = QString::fromLatin1(bytes.left(kShown).toHex(' ').toUpper());
    return bytes.size() > kShown ? QStringLiteral("%1 … (%2 bytes)").arg(shown).arg(bytes.size()) : shown;
}

// Logs every request the line carries and what the master receives for it.
void logTraffic(sim::SimulatedBus& bus, const QString& name) {
    bus.setObserver([name](std::span<const std::uint8_t> request, const std::vector<sim::ScheduledByte>& rx) {
        QByteArray answer;
        for (const auto& b : rx)
            answer.append(static_cast<char>(b.byte));
        logLine(QStringLiteral("%1: → %2 ← %3")
                    .arg(name,
                         hexOf(QByteArray(reinterpret_cast<const char*>(request.data()),
                                          qsizetype(request.size()))),
                         answer.isEmpty() ? QStringLiteral("nothing") : hexOf(answer)));
    });
}

struct SummaryRow {
    QString name;
    sim::SimulatedBus* bus;
};

// --summary: the total of requests served, then each line's (lines that saw none are left out).
void printSummary(const std::vector<SummaryRow>& rows) {
    auto print = [](const QString& what, const sim::LineCounters& c) {
        std::printf("%s: %llu requests, %llu answered, %llu bytes in, %llu bytes out\n", qPrintable(what),
                    static_cast<unsigned long long>(c.requests), static_cast<unsigned long long>(c.answered),
                    static_cast<unsigned long long>(c.bytesIn), static_cast<unsigned long long>(c.bytesOut));
    };
    sim::LineCounters total;
    for (const auto& row : rows) {
        const auto& c = row.bus->counters();
        total.requests += c.requests;
        total.answered += c.answered;
        total.bytesIn += c.bytesIn;
        total.bytesOut += c.bytesOut;
    }
    print(QStringLiteral("summary"), total);
    for (const auto& row : rows)
        if (row.bus->counters().bytesIn > 0)
            print(QStringLiteral("  %1").arg(row.name), row.bus->counters());
    std::fflush(stdout);
}

volatile std::sig_atomic_t g_stopRequested = 0;
void requestStop(int) {
    g_stopRequested = 1;
}

// Runs the event loop until SIGINT or SIGTERM (or --duration), then prints the summary if asked.
int runUntilStopped(const QCommandLineParser& parser, int durationS, const std::vector<SummaryRow>& rows) {
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    // A signal handler may only set a flag: the loop looks at it.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    poll.start(100);
    if (durationS > 0)
        QTimer::singleShot(durationS * 1000, QCoreApplication::instance(), &QCoreApplication::quit);
    if (parser.isSet("verbose"))
        for (const auto& row : rows)
            logTraffic(*row.bus, row.name);
    const int code = QCoreApplication::exec();
    if (parser.isSet("summary"))
        printSummary(rows);
    return code;
}

// The n-th load-test DTU's ID as its framing sends it: IMEI-like for plain, an 11-digit SIM
// number for DDP, a 4-byte number for Four-Faith.
QByteArray loadTestDtuId(link::DtuFraming framing, int n) {
    switch (framing) {
    case link::DtuFraming::HongdianDdp:
        return QStringLiteral("139%1").arg(n, 8, 10, QLatin1Char('0')).toLatin1();
    case link::DtuFraming::FourFaith: {
        QByteArray id(4, '\0');
        qToBigEndian(quint32(n), id.data());
        return id;
    }
    case link::DtuFraming::Plain:
        break;
    }
    return QStringLiteral("86%1").arg(n, 13, 10, QLatin1Char('0')).toLatin1();
}

// Whether the scenario describes its lines (channels, DTUs): then it is served whole.
bool describesLines(const sim::Scenario& s) {
    return std::any_of(s.buses.begin(), s.buses.end(),
                       [](const sim::BusSpec& b) { return !b.channel.isEmpty() || b.dtu.has_value(); });
}

// The command line's DTU options override the scenario's DTUs (the first --dtu-endless N of them
// stream garbage); each change goes to every bus of the DTU's channel, which must stay alike.
void applyDtuFlags(const QCommandLineParser& parser, const DtuFlags& flags, sim::Scenario& scenario) {
    int dtuLines = 0;
    for (std::size_t i = 0; i < scenario.buses.size(); ++i) {
        if (!scenario.buses[i].dtu || scenario.channelBuses(i).front() != i)
            continue;
        const bool endless = dtuLines++ < flags.endless;
        for (std::size_t b : scenario.channelBuses(i)) {
            sim::DtuSpec& d = *scenario.buses[b].dtu;
            if (parser.isSet("dtu-heartbeat"))
                d.heartbeatMs = flags.heartbeatS * 1000;
            if (parser.isSet("dtu-drop-rate"))
                d.disconnectMidFrameRate = flags.dropRate;
            if (parser.isSet("dtu-garbage-rate"))
                d.garbageRate = flags.garbageRate;
            if (parser.isSet("dtu-framing"))
                d.framing = flags.framing;
            d.endlessStream = d.endlessStream || endless;
        }
    }
}

// The whole scenario as the field has it: every line on its own transport (ScenarioServer).
int serveDistrict(const QCommandLineParser& parser, sim::Scenario scenario, const DtuFlags& flags,
                  double factor, int durationS) {
    sim::ServeOptions options;
    options.realtimeFactor = factor;
    if (parser.isSet("tcp-listen")) {
        const auto listen = hostPort(parser.value("tcp-listen"));
        options.tcpHost = QHostAddress(listen ? listen->first : QString());
        if (!listen || options.tcpHost.isNull())
            return fail(
                QStringLiteral("--tcp-listen takes HOST:PORT with a numeric host, e.g. 127.0.0.1:17000"),
                kUsage);
        options.wired = sim::ServeOptions::Wired::Tcp;
        options.firstTcpPort = listen->second;
    } else if (parser.isSet("pty")) {
        options.wired = sim::ServeOptions::Wired::Pty;
    }
    if (parser.isSet("dtu-connect")) {
        const auto target = hostPort(parser.value("dtu-connect"));
        if (!target || target->second == 0)
            return fail(QStringLiteral("--dtu-connect takes HOST:PORT"), kUsage);
        options.dtuHost = target->first;
        options.dtuPort = target->second;
    }
    applyDtuFlags(parser, flags, scenario);
    const sim::SimSeconds epoch = scenario.epoch();
    sim::ScenarioServer server(std::move(scenario), epoch);
    QString error;
    if (!server.start(options, &error))
        return fail(error, kResource);

    const bool verbose = parser.isSet("verbose");
    std::size_t meters = 0;
    for (const auto& bus : server.scenario().buses)
        meters += bus.meters.size();
    std::printf("scenario '%s': %zu channels, %zu buses, %zu meters, starting %s\n",
                qPrintable(server.scenario().name), server.lines().size(), server.scenario().buses.size(),
                meters, sim::formatCivil(epoch).c_str());
    std::vector<SummaryRow> rows;
    for (const auto& line : server.lines()) {
        const QString name = line.channel;
        rows.push_back({name, line.bus.get()});
        QStringList buses;
        for (std::size_t b : line.buses)
            buses << server.scenario().buses[b].name;
        const QString carries = QStringLiteral("%1 (%2 meters, %3 Bd)")
                                    .arg(buses.join(QStringLiteral(", ")))
                                    .arg(line.bus->meterCount())
                                    .arg(line.bus->config().baud);
        if (line.endpoint.isEmpty()) {
            std::fprintf(stderr, "heatdesk-sim: channel %s not served: %s\n", qPrintable(name),
                         line.behindDtu() ? "it is behind a DTU (give --dtu-connect HOST:PORT)"
                                          : "it is wired (give --tcp-listen HOST:PORT or --pty)");
            continue;
        }
        if (line.dtu)
            std::printf("channel %s → dials %s:%u as %s%s\n  %s\n", qPrintable(name),
                        qPrintable(line.dtuConfig->host), unsigned(line.dtuConfig->port),
                        qPrintable(line.endpoint),
                        server.scenario().buses[line.buses.front()].dtu->idHex ? " (hex ID)" : "",
                        qPrintable(carries));
        else
            std::printf("channel %s → %s\n  %s\n", qPrintable(name), qPrintable(line.endpoint),
                        qPrintable(carries));
        if (!verbose)
            continue;
        if (line.tcp) {
            QObject::connect(line.tcp.get(), &sim::TcpBusServer::clientConnected,
                             [name](const QString& peer) {
                                 logLine(QStringLiteral("%1: client %2 connected").arg(name, peer));
                             });
            QObject::connect(line.tcp.get(), &sim::TcpBusServer::clientRefused, [name](const QString& peer) {
                logLine(QStringLiteral("%1: client %2 refused (one at a time)").arg(name, peer));
            });
            QObject::connect(line.tcp.get(), &sim::TcpBusServer::clientDisconnected,
                             [name] { logLine(QStringLiteral("%1: client disconnected").arg(name)); });
        }
        if (line.dtu) {
            QObject::connect(line.dtu.get(), &sim::DtuClient::connected,
                             [name] { logLine(QStringLiteral("%1: DTU connected").arg(name)); });
            QObject::connect(line.dtu.get(), &sim::DtuClient::disconnected,
                             [name] { logLine(QStringLiteral("%1: DTU disconnected").arg(name)); });
        }
    }
    std::fflush(stdout);
    return runUntilStopped(parser, durationS, rows);
}
} // namespace

int runServe(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Serves a scenario's lines paced at their baud rate: a scenario with channels or DTUs whole,\n"
        "each wired channel on a TCP port of its own (consecutive ports from --tcp-listen's) like a\n"
        "serial-to-Ethernet converter or on a pseudo terminal of its own (--pty), each DTU channel\n"
        "dialling --dtu-connect with its ID; any other scenario (or with --bus or --dtus) one bus.");
    parser.addHelpOption();
    parser.addOption({"scenario", "the scenario (JSON; resources/demo/scenario.json is an example)", "FILE"});
    parser.addOption({"tcp-listen",
                      "address and port to listen on, e.g. 127.0.0.1:17000 (the next channel on the next "
                      "port; port 0: free ports)",
                      "HOST:PORT"});
    parser.addOption({"pty", "serve on pseudo terminals and print their paths (open them 8N1: no parity)"});
    parser.addOption(
        {"dtu-connect", "dial in to HOST:PORT as GPRS DTUs (the workstation listens)", "HOST:PORT"});
    parser.addOption({"dtus",
                      "load test: N DTUs dial in with IDs 860000000000001…, each with the next bus of the "
                      "scenario (default 1)",
                      "N", "1"});
    parser.addOption(
        {"dtu-heartbeat", "seconds of idle link before a DTU sends \"ping\" (default 60)", "S", "60"});
    parser.addOption(
        {"dtu-drop-rate", "share of replies during which a DTU drops its link (fault)", "R", "0"});
    parser.addOption(
        {"dtu-garbage-rate", "share of replies a DTU precedes with random bytes (fault)", "R", "0"});
    parser.addOption(
        {"dtu-endless", "the first N DTUs send an endless stream of random bytes (fault)", "N", "0"});
    parser.addOption({"dtu-framing",
                      "how DTUs wrap their traffic: plain (registration, heartbeat, transparent), "
                      "hongdian-ddp or four-faith (default plain; --dtus IDs then 13900000001… or "
                      "00000001…)",
                      "NAME", "plain"});
    parser.addOption({"bus", "serve this bus of the scenario alone (default 0 where no channels)", "N", "0"});
    parser.addOption({"baud", "line speed, overriding the scenario's (300..38400)", "N"});
    parser.addOption({"seed", "seed, overriding the scenario's", "N"});
    parser.addOption(
        {"realtime-factor", "run the bus this many times faster than real time (default 1)", "F", "1"});
    parser.addOption({"start", "simulated time at start, China time (default now)", "YYYY-MM-DDTHH:MM"});
    parser.addOption({"verbose", "log connections and every request with its answer on stderr"});
    parser.addOption({"summary", "on exit (SIGINT, SIGTERM, --duration) print the requests served per line"});
    parser.addOption({"duration", "stop after S seconds (default: run until interrupted)", "S", "0"});
    if (!parser.parse(args))
        return fail(parser.errorText(), kUsage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const int modes =
        int(parser.isSet("tcp-listen")) + int(parser.isSet("pty")) + int(parser.isSet("dtu-connect"));
    if (!parser.isSet("scenario") || modes == 0 || (parser.isSet("tcp-listen") && parser.isSet("pty")))
        return fail(
            QStringLiteral("--scenario FILE and --tcp-listen HOST:PORT or --pty, and/or --dtu-connect "
                           "HOST:PORT are required"),
            kUsage);
    const auto flags = dtuFlags(parser);
    if (!flags)
        return fail(QStringLiteral("--dtu-heartbeat S >= 0, --dtu-drop-rate and --dtu-garbage-rate 0..1, "
                                   "--dtu-endless N >= 0, --dtu-framing plain, hongdian-ddp or four-faith"),
                    kUsage);

    bool unreadable = false;
    auto parsed = sim::Scenario::fromFile(parser.value("scenario"), &unreadable);
    if (auto* error = std::get_if<QString>(&parsed))
        return fail(*error, unreadable ? kResource : kUsage);
    auto& scenario = std::get<sim::Scenario>(parsed);

    bool ok = false;
    const int durationS = parser.value("duration").toInt(&ok);
    if (!ok || durationS < 0)
        return fail(QStringLiteral("--duration takes whole seconds"), kUsage);
    const auto busIndex = parser.value("bus").toUInt(&ok);
    if (!ok || busIndex >= scenario.buses.size())
        return fail(QStringLiteral("--bus must be 0..%1").arg(scenario.buses.size() - 1), kUsage);
    auto& busSpec = scenario.buses[busIndex];
    if (parser.isSet("baud")) {
        const auto baud = parser.value("baud").toUInt(&ok);
        if (!ok || baud < 300 || baud > 38400)
            return fail(QStringLiteral("--baud must be 300..38400"), kUsage);
        for (auto& bus : scenario.buses)
            bus.config.baud = baud;
    }
    if (parser.isSet("seed")) {
        const auto seed = parser.value("seed").toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed takes a whole number"), kUsage);
        scenario.climate.seed = seed;
        for (std::size_t b = 0; b < scenario.buses.size(); ++b)
            scenario.buses[b].config.seed = seed + b; // as the scenario file's seed would
    }
    const double factor = parser.value("realtime-factor").toDouble(&ok);
    if (!ok || factor <= 0 || factor > 1e6)
        return fail(QStringLiteral("--realtime-factor must be a positive number"), kUsage);
    if (parser.isSet("start")) {
        scenario.start = sim::parseCivil(parser.value("start").toStdString());
        if (!scenario.start)
            return fail(QStringLiteral("--start takes YYYY-MM-DD or YYYY-MM-DDTHH:MM"), kUsage);
    }
    if (describesLines(scenario) && !parser.isSet("bus") && !parser.isSet("dtus"))
        return serveDistrict(parser, std::move(scenario), *flags, factor, durationS);
    if (modes != 1)
        return fail(QStringLiteral("one bus is served one way: one of --tcp-listen, --pty or --dtu-connect"),
                    kUsage);

    const sim::SimSeconds epoch = scenario.epoch();
    const sim::HeatingPhysics physics = scenario.physics(epoch);
    const auto bus = scenario.buildBus(busIndex, physics, epoch);
    const QString what = QStringLiteral("bus '%1' (%2 meters, %3 Bd) of scenario '%4'")
                             .arg(busSpec.name)
                             .arg(bus->meterCount())
                             .arg(busSpec.config.baud)
                             .arg(scenario.name);

    if (parser.isSet("pty")) {
        sim::PtyBusServer pty(*bus, factor);
        QString error;
        if (!pty.open(&error))
            return fail(QStringLiteral("cannot create a pseudo terminal: %1").arg(error), kResource);
        std::printf("serving %s on %s (open it without parity)\n", qPrintable(what),
                    qPrintable(pty.devicePath()));
        std::fflush(stdout);
        return runUntilStopped(parser, durationS, {{busSpec.name, bus.get()}});
    }

    if (parser.isSet("dtu-connect")) {
        const QString target = parser.value("dtu-connect");
        const auto dial = hostPort(target);
        const int count = parser.value("dtus").toInt(&ok);
        if (!dial || dial->second == 0 || !ok || count <= 0 || count > 100000)
            return fail(QStringLiteral("--dtu-connect HOST:PORT and --dtus 1..100000"), kUsage);
        // Each DTU has its own concentrator and bus (meters keep per-link state such as FCB),
        // built from the scenario's buses in turn.
        std::vector<std::unique_ptr<sim::SimulatedBus>> buses;
        std::vector<std::unique_ptr<sim::DtuClient>> dtus;
        std::vector<SummaryRow> rows;
        int connected = 0;
        for (int i = 0; i < count; ++i) {
            buses.push_back(scenario.buildBus(std::size_t(i) % scenario.buses.size(), physics, epoch));
            sim::DtuConfig c;
            c.host = dial->first;
            c.port = dial->second;
            c.framing = flags->framing;
            c.registration = loadTestDtuId(flags->framing, i + 1);
            c.heartbeatMs = flags->heartbeatS * 1000;
            c.seed = scenario.climate.seed + std::uint64_t(i);
            c.disconnectMidFrameRate = flags->dropRate;
            c.garbageRate = flags->garbageRate;
            c.endlessStream = i < flags->endless;
            rows.push_back({QStringLiteral("DTU %1").arg(
                                link::dtuIdText(c.registration, c.framing == link::DtuFraming::FourFaith
                                                                    ? link::DtuIdRules::Format::Hex
                                                                    : link::DtuIdRules::Format::Ascii)),
                            buses.back().get()});
            auto dtu = std::make_unique<sim::DtuClient>(c, *buses.back(), factor);
            QObject::connect(dtu.get(), &sim::DtuClient::connected, [&connected] { ++connected; });
            QObject::connect(dtu.get(), &sim::DtuClient::disconnected, [&connected] { --connected; });
            dtus.push_back(std::move(dtu));
        }
        for (auto& dtu : dtus)
            dtu->start();
        std::printf("%d DTUs dialling %s, each with the next of the %zu buses of scenario '%s'\n", count,
                    qPrintable(target), scenario.buses.size(), qPrintable(scenario.name));
        std::fflush(stdout);
        QTimer status;
        QObject::connect(&status, &QTimer::timeout, [&] {
            std::printf("connected %d/%d\n", connected, count);
            std::fflush(stdout);
        });
        status.start(10000);
        return runUntilStopped(parser, durationS, rows);
    }

    const QString listen = parser.value("tcp-listen");
    const auto address = hostPort(listen);
    const QHostAddress host(address ? address->first : QString());
    if (!address || host.isNull())
        return fail(QStringLiteral("--tcp-listen takes HOST:PORT with a numeric host, e.g. 127.0.0.1:10001"),
                    kUsage);
    sim::TcpBusServer server(*bus, factor);
    if (!server.listen(host, address->second))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listen, server.errorString()), kResource);
    QObject::connect(&server, &sim::TcpBusServer::clientConnected, [](const QString& peer) {
        std::printf("client %s connected\n", qPrintable(peer));
        std::fflush(stdout);
    });
    QObject::connect(&server, &sim::TcpBusServer::clientRefused, [](const QString& peer) {
        std::printf("client %s refused: one client at a time\n", qPrintable(peer));
        std::fflush(stdout);
    });
    QObject::connect(&server, &sim::TcpBusServer::clientDisconnected, [] {
        std::printf("client disconnected\n");
        std::fflush(stdout);
    });
    std::printf("serving %s on %s:%u\n", qPrintable(what), qPrintable(host.toString()),
                unsigned(server.serverPort()));
    std::fflush(stdout);
    return runUntilStopped(parser, durationS, {{busSpec.name, bus.get()}});
}

} // namespace heatdesk::simapp
