// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "sim/DtuClient.h"
#include "sim/PtyBusServer.h"
#include "sim/Scenario.h"
#include "sim/TcpBusServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

namespace heatdesk::simapp {

namespace {
constexpr int kUsage = 1;
constexpr int kResource = 3;

int fail(const QString& message, int code) {
    std::fprintf(stderr, "heatdesk-sim: %s\n", qPrintable(message));
    return code;
}
} // namespace

int runServe(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Serves a simulated bus over TCP like a serial-to-Ethernet converter.");
    parser.addHelpOption();
    parser.addOption({"scenario", "the scenario (JSON; resources/demo/scenario.json is an example)", "FILE"});
    parser.addOption({"tcp-listen", "address and port to listen on, e.g. 127.0.0.1:10001", "HOST:PORT"});
    parser.addOption({"pty", "serve on a pseudo terminal and print its path (open it 8N1: no parity)"});
    parser.addOption(
        {"dtu-connect", "dial in to HOST:PORT as GPRS DTUs (the workstation listens)", "HOST:PORT"});
    parser.addOption({"dtus", "how many DTUs dial in, each with its own bus (default 1)", "N", "1"});
    parser.addOption(
        {"dtu-heartbeat", "seconds of idle link before a DTU sends \"ping\" (default 60)", "S", "60"});
    parser.addOption(
        {"dtu-drop-rate", "share of replies during which a DTU drops its link (fault)", "R", "0"});
    parser.addOption(
        {"dtu-garbage-rate", "share of replies a DTU precedes with random bytes (fault)", "R", "0"});
    parser.addOption(
        {"dtu-endless", "the first N DTUs send an endless stream of random bytes (fault)", "N", "0"});
    parser.addOption({"bus", "which bus of the scenario to serve (default 0)", "N", "0"});
    parser.addOption({"baud", "line speed, overriding the scenario's (300..38400)", "N"});
    parser.addOption({"seed", "seed, overriding the scenario's", "N"});
    parser.addOption(
        {"realtime-factor", "run the bus this many times faster than real time (default 1)", "F", "1"});
    parser.addOption({"start", "simulated time at start, China time (default now)", "YYYY-MM-DDTHH:MM"});
    if (!parser.parse(args))
        return fail(parser.errorText(), kUsage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const int modes =
        int(parser.isSet("tcp-listen")) + int(parser.isSet("pty")) + int(parser.isSet("dtu-connect"));
    if (!parser.isSet("scenario") || modes != 1)
        return fail(
            QStringLiteral("--scenario FILE and one of --tcp-listen HOST:PORT, --pty or --dtu-connect "
                           "HOST:PORT are required"),
            kUsage);

    bool unreadable = false;
    auto parsed = sim::Scenario::fromFile(parser.value("scenario"), &unreadable);
    if (auto* error = std::get_if<QString>(&parsed))
        return fail(*error, unreadable ? kResource : kUsage);
    auto& scenario = std::get<sim::Scenario>(parsed);

    bool ok = false;
    const auto busIndex = parser.value("bus").toUInt(&ok);
    if (!ok || busIndex >= scenario.buses.size())
        return fail(QStringLiteral("--bus must be 0..%1").arg(scenario.buses.size() - 1), kUsage);
    auto& busSpec = scenario.buses[busIndex];
    if (parser.isSet("baud")) {
        const auto baud = parser.value("baud").toUInt(&ok);
        if (!ok || baud < 300 || baud > 38400)
            return fail(QStringLiteral("--baud must be 300..38400"), kUsage);
        busSpec.config.baud = baud;
    }
    if (parser.isSet("seed")) {
        const auto seed = parser.value("seed").toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed takes a whole number"), kUsage);
        scenario.climate.seed = seed;
        busSpec.config.seed = seed + busIndex;
    }
    const double factor = parser.value("realtime-factor").toDouble(&ok);
    if (!ok || factor <= 0 || factor > 1e6)
        return fail(QStringLiteral("--realtime-factor must be a positive number"), kUsage);
    if (parser.isSet("start")) {
        scenario.start = sim::parseCivil(parser.value("start").toStdString());
        if (!scenario.start)
            return fail(QStringLiteral("--start takes YYYY-MM-DD or YYYY-MM-DDTHH:MM"), kUsage);
    }
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
        return QCoreApplication::exec();
    }

    if (parser.isSet("dtu-connect")) {
        const QString target = parser.value("dtu-connect");
        const auto colon = target.lastIndexOf(':');
        const auto port = target.mid(colon + 1).toUShort(&ok);
        const int count = parser.value("dtus").toInt(&ok) > 0 && ok ? parser.value("dtus").toInt() : 0;
        const int heartbeat = parser.value("dtu-heartbeat").toInt(&ok);
        bool okDrop = false, okGarbage = false, okEndless = false;
        const double dropRate = parser.value("dtu-drop-rate").toDouble(&okDrop);
        const double garbageRate = parser.value("dtu-garbage-rate").toDouble(&okGarbage);
        const int endless = parser.value("dtu-endless").toInt(&okEndless);
        if (colon <= 0 || port == 0 || count <= 0 || count > 100000 || !ok || heartbeat < 0 || !okDrop ||
            !okGarbage || !okEndless || dropRate < 0 || dropRate > 1 || garbageRate < 0 || garbageRate > 1 ||
            endless < 0)
            return fail(QStringLiteral("--dtu-connect HOST:PORT, --dtus 1..100000, --dtu-heartbeat S >= 0, "
                                       "--dtu-drop-rate and --dtu-garbage-rate 0..1, --dtu-endless N >= 0"),
                        kUsage);
        // Each DTU has its own concentrator and bus (meters keep per-link state such as FCB),
        // built from the scenario's buses in turn.
        std::vector<std::unique_ptr<sim::SimulatedBus>> buses;
        std::vector<std::unique_ptr<sim::DtuClient>> dtus;
        int connected = 0;
        for (int i = 0; i < count; ++i) {
            buses.push_back(scenario.buildBus(std::size_t(i) % scenario.buses.size(), physics, epoch));
            sim::DtuConfig c;
            c.host = target.left(colon);
            c.port = port;
            c.registration =
                QStringLiteral("86%1").arg(i + 1, 13, 10, QLatin1Char('0')).toLatin1(); // IMEI-like
            c.heartbeatMs = heartbeat * 1000;
            c.seed = scenario.climate.seed + std::uint64_t(i);
            c.disconnectMidFrameRate = dropRate;
            c.garbageRate = garbageRate;
            c.endlessStream = i < endless;
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
        return QCoreApplication::exec();
    }

    const QString listen = parser.value("tcp-listen");
    const auto colon = listen.lastIndexOf(':');
    const auto port = listen.mid(colon + 1).toUShort(&ok);
    const QHostAddress host(listen.left(colon));
    if (colon <= 0 || !ok || host.isNull())
        return fail(QStringLiteral("--tcp-listen takes HOST:PORT with a numeric host, e.g. 127.0.0.1:10001"),
                    kUsage);
    sim::TcpBusServer server(*bus, factor);
    if (!server.listen(host, port))
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
    return QCoreApplication::exec();
}

} // namespace heatdesk::simapp
