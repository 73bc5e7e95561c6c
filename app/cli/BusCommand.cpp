// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BusCommand.h"

#include "cli/Arguments.h"
#include "cli/BusRunJson.h"
#include "cli/BusRuns.h"
#include "cli/ExitCode.h"
#include "cli/LinkOptions.h"
#include "cli/Output.h"
#include "cli/ReadingSink.h"

#include <QCommandLineParser>
#include <algorithm>
#include <cstdio>

namespace heatdesk::cli {

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
                const auto* raw = reinterpret_cast<const std::uint8_t*>(r.raw.constData());
                const std::span<const std::uint8_t> bytes(raw, static_cast<std::size_t>(r.raw.size()));
                mbus::Telegram telegram;
                std::optional<mbus::DecodeError> decodeError;
                if (r.ok)
                    decodeError = mbus::decodeFrames(bytes, telegram);
                const bool read = r.ok && !decodeError;
                if (read) {
                    ++ok;
                    if (p.isSet("db") && !storeError)
                        storeError = sink.add(telegram, bytes, r.target.primary ? *r.target.primary : -1,
                                              busName, !dtu.isEmpty());
                } else {
                    ++failed;
                }
                printMeterRead(r, dtu, read ? &telegram : nullptr, bytes, decodeError);
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
        QObject::connect(b.engine.get(), &bus::BusEngine::meterFound,
                         [&, dtu = b.dtu](const bus::FoundMeter& m) {
                             printFoundMeter(m, dtu);
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
