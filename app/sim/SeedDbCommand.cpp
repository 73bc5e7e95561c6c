// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedDbCommand.h"

#include "sim/HistoryGenerator.h"
#include "sim/ScenarioHistory.h"

#include <QCommandLineParser>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace heatdesk::simapp {

namespace {
constexpr int kUsage = 1;
constexpr int kResource = 3;

int usage(const QString& message) {
    std::fprintf(stderr, "heatdesk-sim seed-db: %s\n", qPrintable(message));
    return kUsage;
}

// Progress on stderr in steps of 10 %.
std::function<void(double)> progressPrinter() {
    return [lastPercent = -1](double fraction) mutable {
        const int percent = static_cast<int>(fraction * 100);
        if (percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "\r%3d %%", percent);
            std::fflush(stderr);
            lastPercent = percent;
        }
    };
}

// Prints what was written and how long each part took.
void report(const QString& path, const sim::HistoryResult& r) {
    std::printf("%s: %d sites, %d channels, %d buses, %d meters, %d heat users\n", qPrintable(path), r.sites,
                r.channels, r.buses, r.meters, r.heatUsers);
    std::printf("%lld readings (%.1f MB of raw frames) in %.2f s: %.0f readings/s "
                "(set-up %.2f s, simulate+encode+decode %.2f s, store %.2f s)\n",
                static_cast<long long>(r.readings), double(r.rawBytes) / 1e6, r.seconds,
                double(r.readings) / std::max(r.seconds, 1e-9), r.setupSeconds, r.simulateSeconds,
                r.storeSeconds);
}

// A scenario's past, for the live simulator of the same scenario to continue.
int seedScenario(const QCommandLineParser& parser, const QString& path) {
    for (const char* generic : {"buses", "meters-per-bus", "seed", "cjt188-every"})
        if (parser.isSet(generic))
            return usage(QStringLiteral("--%1 does not go with --scenario: the scenario says it")
                             .arg(QLatin1String(generic)));
    bool unreadable = false;
    auto parsed = sim::Scenario::fromFile(parser.value("scenario"), &unreadable);
    if (const auto* e = std::get_if<QString>(&parsed)) {
        std::fprintf(stderr, "heatdesk-sim seed-db: %s\n", qPrintable(*e));
        return unreadable ? kResource : kUsage;
    }
    const auto& scenario = std::get<sim::Scenario>(parsed);
    sim::ScenarioHistoryOptions o;
    o.dbPath = path;
    auto civil = [&](const char* name, std::optional<sim::SimSeconds>& into) {
        if (!parser.isSet(name))
            return true;
        into = sim::parseCivil(parser.value(name).toStdString());
        return into.has_value();
    };
    if (!civil("start", o.epoch) || !civil("from", o.from) || !civil("to", o.to))
        return usage(QStringLiteral("--start, --from and --to take YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    const auto interval = sim::parseInterval(parser.value("interval"));
    if (!interval)
        return usage(QStringLiteral("--interval takes a duration such as 1h, 15m or 1d"));
    o.intervalSeconds = *interval;

    QString error;
    const auto result = sim::generateScenarioHistory(scenario, o, &error, progressPrinter());
    std::fputs("\r", stderr);
    if (!result) {
        std::fprintf(stderr, "heatdesk-sim seed-db: %s\n", qPrintable(error));
        return error.startsWith("--") ? kUsage : kResource;
    }
    report(path, result->totals);
    std::printf("readings %s .. %s every %d s; serve the scenario with --start %s to continue them\n",
                sim::formatCivil(result->rounds.from).c_str(), sim::formatCivil(result->rounds.to).c_str(),
                result->rounds.intervalSeconds, sim::formatCivil(result->epoch).c_str());
    return 0;
}

} // namespace

int runSeedDb(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Writes a new workstation database with sites, channels, buses, meters, heat users and their\n"
        "readings over a period, each reading a real simulated telegram decoded by HeatDesk's decoders.\n"
        "With --scenario: exactly the scenario's buses and meters, with the past that its live\n"
        "simulation (heatdesk-sim --scenario, the GUI's demo) continues.");
    parser.addHelpOption();
    parser.addOption({{"db", "out"}, "the database file to create (must not exist)", "FILE"});
    parser.addOption({"scenario", "write the past of this scenario's meters (JSON)", "FILE"});
    parser.addOption({"start",
                      "with --scenario: when its live simulation starts (default: the "
                      "scenario's start, else now)",
                      "YYYY-MM-DDTHH:MM"});
    parser.addOption({"buses", "number of buses (default 20)", "N", "20"});
    parser.addOption({"meters-per-bus", "meters on each bus, 1..250 (default 60)", "N", "60"});
    parser.addOption({"from",
                      "first reading, YYYY-MM-DD[THH:MM] China time (default 2025-11-15; with --scenario "
                      "90 days before its start)",
                      "DATE", "2025-11-15"});
    parser.addOption({"to",
                      "last reading (default 2026-03-15; with --scenario one interval before its start)",
                      "DATE", "2026-03-15"});
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
        return usage(QStringLiteral("--db FILE (or --out FILE) is required"));
    if (parser.isSet("scenario"))
        return seedScenario(parser, parser.value("db"));
    if (parser.isSet("start"))
        return usage(QStringLiteral("--start goes with --scenario only"));

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
    const auto result = sim::generateHistory(o, &error, progressPrinter());
    std::fputs("\r", stderr);
    if (!result) {
        std::fprintf(stderr, "heatdesk-sim seed-db: %s\n", qPrintable(error));
        return error.startsWith("--") ? kUsage : kResource;
    }
    report(o.dbPath, *result);
    return 0;
}

} // namespace heatdesk::simapp
