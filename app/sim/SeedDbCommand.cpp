// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedDbCommand.h"

#include "sim/HistoryGenerator.h"

#include <QCommandLineParser>
#include <algorithm>
#include <cstdio>

namespace heatdesk::simapp {

namespace {
constexpr int kUsage = 1;
constexpr int kResource = 3;

int usage(const QString& message) {
    std::fprintf(stderr, "heatdesk-sim seed-db: %s\n", qPrintable(message));
    return kUsage;
}
} // namespace

int runSeedDb(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Writes a new workstation database with sites, channels, buses, meters, heat users and their\n"
        "readings over a period, each reading a real simulated telegram decoded by HeatDesk's decoders.");
    parser.addHelpOption();
    parser.addOption({"db", "the database file to create (must not exist)", "FILE"});
    parser.addOption({"buses", "number of buses (default 20)", "N", "20"});
    parser.addOption({"meters-per-bus", "meters on each bus, 1..250 (default 60)", "N", "60"});
    parser.addOption(
        {"from", "first reading, YYYY-MM-DD[THH:MM] China time (default 2025-11-15)", "DATE", "2025-11-15"});
    parser.addOption({"to", "last reading (default 2026-03-15)", "DATE", "2026-03-15"});
    parser.addOption({"interval", "time between readings: 1h, 15m, 1d (default 1h)", "TIME", "1h"});
    parser.addOption({"seed", "seed for every random choice (default 1)", "N", "1"});
    parser.addOption(
        {"cjt188-every", "every n-th bus carries CJ/T 188 meters, 0 for none (default 4)", "N", "4"});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.isSet("db"))
        return usage(QStringLiteral("--db FILE is required"));

    sim::HistoryOptions o;
    o.dbPath = parser.value("db");
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.buses = parser.value("buses").toInt(&ok1);
    o.metersPerBus = parser.value("meters-per-bus").toInt(&ok2);
    o.seed = parser.value("seed").toULongLong(&ok3);
    o.cjt188EveryNthBus = parser.value("cjt188-every").toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.cjt188EveryNthBus < 0)
        return usage(
            QStringLiteral("--buses, --meters-per-bus, --seed and --cjt188-every take whole numbers"));
    const auto from = sim::parseCivil(parser.value("from").toStdString());
    const auto to = sim::parseCivil(parser.value("to").toStdString());
    const auto interval = sim::parseInterval(parser.value("interval"));
    if (!from || !to)
        return usage(QStringLiteral("--from and --to take YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    if (!interval)
        return usage(QStringLiteral("--interval takes a duration such as 1h, 15m or 1d"));
    o.from = *from;
    o.to = *to;
    o.intervalSeconds = *interval;

    QString error;
    int lastPercent = -1;
    const auto result = sim::generateHistory(o, &error, [&](double fraction) {
        const int percent = static_cast<int>(fraction * 100);
        if (percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "\r%3d %%", percent);
            std::fflush(stderr);
            lastPercent = percent;
        }
    });
    std::fputs("\r", stderr);
    if (!result) {
        std::fprintf(stderr, "heatdesk-sim seed-db: %s\n", qPrintable(error));
        return error.startsWith("--") ? kUsage : kResource;
    }
    std::printf("%s: %d sites, %d channels, %d buses, %d meters, %d heat users\n", qPrintable(o.dbPath),
                result->sites, result->channels, result->buses, result->meters, result->heatUsers);
    std::printf("%lld readings (%.1f MB of raw frames) in %.2f s: %.0f readings/s "
                "(set-up %.2f s, simulate+encode+decode %.2f s, store %.2f s)\n",
                static_cast<long long>(result->readings), double(result->rawBytes) / 1e6, result->seconds,
                double(result->readings) / std::max(result->seconds, 1e-9), result->setupSeconds,
                result->simulateSeconds, result->storeSeconds);
    return 0;
}

} // namespace heatdesk::simapp
