// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DbCommand.h"

#include "cli/ExitCode.h"
#include "cli/ImportFramesCommand.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "store/Backup.h"
#include "store/ConfigRepository.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"
#include "store/ReadingRepository.h"
#include "text/Csv.h"
#include "text/HexText.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <cstdio>

namespace heatdesk::cli {
namespace {

using text::csvField;

using store::Database;
using store::StoreError;

constexpr const char* kUsage =
    "Usage: heatdesk-cli db <action> --db FILE\n"
    "\n"
    "Actions:\n"
    "  init                 create the database (or bring its schema up to date)\n"
    "  check                integrity check and append-only invariants (exit 2 if broken)\n"
    "  backup FILE          consistent copy to FILE (never overwrites)\n"
    "  restore FILE         replace the database by the backup FILE (the old file is kept)\n"
    "  export-readings      readings as JSON Lines or CSV: [--meter NUMBER] [--from ISO]\n"
    "                       [--to ISO] [--format json|csv]\n"
    "  import-frames [FILE] store captured M-Bus read-outs (hex, one per line) as readings\n"
    "                       [--bus NAME] [--commit-ms 1000]\n";

int usageError(const QString& message) {
    std::fprintf(stderr, "heatdesk-cli db: %s\n", qPrintable(message));
    return ExitCode::Usage;
}

int storeFailure(const StoreError& e) {
    std::fprintf(stderr, "heatdesk-cli db: %s\n", qPrintable(e.message));
    JsonWriter json;
    json.beginObject().key("ok").value(false).key("error").value(e.message.toStdString()).endObject();
    printLine(json.take());
    // A database that cannot be used at all is a resource problem; a check that fails is not.
    return e.code == StoreError::Code::Invariant || e.code == StoreError::Code::Invalid ? ExitCode::ItemFailed
                                                                                        : ExitCode::Resource;
}

// ISO date or date-time in the workstation's local time ("2026-01-01" or "2026-01-01T06:00:00").
std::optional<qint64> parseLocalTime(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        t = d.startOfDay();
    }
    return t.toMSecsSinceEpoch();
}

std::string localIso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
}

QStringList flagNames(quint32 flags) {
    QStringList names;
    for (int b = 0; b < reading::kReadingFlagCount; ++b)
        if (flags & (1u << b)) {
            const auto name = reading::readingFlagName(static_cast<reading::ReadingFlag>(1u << b));
            names << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
    return names;
}

QString csvNumber(const std::optional<double>& v) {
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

struct MeterInfo {
    QString number;
    std::optional<int> address;
    QString bus;
};

int exportReadings(Database& db, const QCommandLineParser& parser) {
    store::ReadingFilter filter;
    store::ConfigRepository config(db);
    if (parser.isSet("meter")) {
        StoreError error;
        const auto meter = config.meterByNumber(parser.value("meter"), &error);
        if (!meter) {
            if (!error.message.isEmpty())
                return storeFailure(error);
            return usageError(QStringLiteral("no meter %1 in the database").arg(parser.value("meter")));
        }
        filter.meterId = meter->id;
    }
    for (const char* bound : {"from", "to"}) {
        if (!parser.isSet(bound))
            continue;
        const auto ms = parseLocalTime(parser.value(bound));
        if (!ms)
            return usageError(QStringLiteral("--%1 must be an ISO date or date-time, e.g. 2026-01-31 or "
                                             "2026-01-31T08:00:00")
                                  .arg(QLatin1String(bound)));
        (qstrcmp(bound, "from") == 0 ? filter.fromMs : filter.toMs) = *ms;
    }
    const QString format = parser.value("format");
    if (format != "json" && format != "csv")
        return usageError(QStringLiteral("--format must be json or csv"));
    const bool csv = format == "csv";

    QHash<qint64, MeterInfo> meters;
    auto meterInfo = [&](qint64 id) -> const MeterInfo& {
        auto it = meters.find(id);
        if (it == meters.end()) {
            MeterInfo info;
            if (const auto m = config.meter(id)) {
                info.number = m->number;
                info.address = m->primaryAddress;
                info.bus = config.busName(m->busId);
            }
            it = meters.insert(id, info);
        }
        return *it;
    };

    if (csv)
        printLine(
            "id,meter,address,bus,protocol,time,meter_time,energy_kwh,volume_m3,power_kw,flow_m3h,supply_c,"
            "return_c,flags,raw");
    store::ReadingRepository readings(db);
    const auto error = readings.forEach(filter, [&](const store::StoredReading& r) {
        const MeterInfo& m = meterInfo(r.meterId);
        const reading::HeatReading& v = r.values;
        const std::string raw = text::toHex(v.rawFrames);
        const QString meterTime = v.meterTime ? store::meterTimeText(*v.meterTime) : QString();
        if (csv) {
            QStringList row = {QString::number(r.id),
                               csvField(m.number),
                               m.address ? QString::number(*m.address) : QString(),
                               csvField(m.bus),
                               r.protocol,
                               QString::fromStdString(localIso(r.readAtMs)),
                               meterTime,
                               csvNumber(v.energyKwh),
                               csvNumber(v.volumeM3),
                               csvNumber(v.powerKw),
                               csvNumber(v.flowM3h),
                               csvNumber(v.supplyC),
                               csvNumber(v.returnC),
                               flagNames(v.flags).join(QLatin1Char('|')),
                               QString::fromStdString(raw)};
            printLine(row.join(QLatin1Char(',')).toStdString());
            return true;
        }
        JsonWriter json;
        auto number = [&](const char* key, const std::optional<double>& x) {
            json.key(key);
            if (x)
                json.value(*x);
            else
                json.null();
        };
        json.beginObject();
        json.key("id").value(static_cast<std::int64_t>(r.id));
        json.key("meter").value(m.number.toStdString());
        json.key("address");
        if (m.address)
            json.value(*m.address);
        else
            json.null();
        json.key("bus").value(m.bus.toStdString());
        json.key("protocol").value(r.protocol.toStdString());
        json.key("time").value(localIso(r.readAtMs));
        json.key("meter_time");
        if (v.meterTime)
            json.value(meterTime.toStdString());
        else
            json.null();
        number("energy_kwh", v.energyKwh);
        number("volume_m3", v.volumeM3);
        number("power_kw", v.powerKw);
        number("flow_m3h", v.flowM3h);
        number("supply_c", v.supplyC);
        number("return_c", v.returnC);
        json.key("flags").beginArray();
        for (const QString& f : flagNames(v.flags))
            json.value(f.toStdString());
        json.endArray();
        json.key("raw").value(raw);
        json.endObject();
        printLine(json.take());
        return true;
    });
    return error ? storeFailure(*error) : ExitCode::Ok;
}

} // namespace

int runDb(const QStringList& arguments) {
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("import-frames"))
        return runImportFrames(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kUsage));
    parser.addHelpOption();
    parser.addPositionalArgument("action", "init, check, backup, restore or export-readings.");
    parser.addPositionalArgument("file", "The backup file, for backup and restore.", "[FILE]");
    parser.addOption({"db", "The HeatDesk database.", "file"});
    parser.addOption({"meter", "export-readings: only this meter (its number as printed on it).", "number"});
    parser.addOption({"from", "export-readings: readings at or after this local time (ISO).", "time"});
    parser.addOption({"to", "export-readings: readings before this local time (ISO).", "time"});
    parser.addOption({"format", "export-readings: json (default) or csv.", "format", "json"});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fputs(kUsage, stderr);
        return ExitCode::Usage;
    }
    const QString action = positional.first();
    const bool takesFile = action == "backup" || action == "restore";
    const QStringList known = {"init", "check", "backup", "restore", "export-readings"};
    if (!known.contains(action))
        return usageError(QStringLiteral("unknown action '%1'\n%2").arg(action, QString::fromLatin1(kUsage)));
    if (positional.size() != (takesFile ? 2 : 1))
        return usageError(takesFile ? QStringLiteral("%1 needs exactly one FILE").arg(action)
                                    : QStringLiteral("%1 takes no file argument").arg(action));
    if (!parser.isSet("db"))
        return usageError(QStringLiteral("--db FILE is required"));
    const QString dbPath = parser.value("db");

    if (action == "restore") {
        QString keptAs;
        if (auto e = store::restoreDatabase(positional.at(1), dbPath, &keptAs))
            return storeFailure(*e);
        JsonWriter json;
        json.beginObject().key("ok").value(true).key("db").value(dbPath.toStdString());
        json.key("restored_from").value(positional.at(1).toStdString());
        json.key("previous_kept_as");
        if (keptAs.isEmpty())
            json.null();
        else
            json.value(keptAs.toStdString());
        json.endObject();
        printLine(json.take());
        return ExitCode::Ok;
    }

    Database db;
    const auto mode = action == "init"
                          ? Database::Mode::ReadWrite
                          : (action == "check" || action == "export-readings" ? Database::Mode::ReadOnly
                                                                              : Database::Mode::ReadWrite);
    const auto create = action == "init" ? Database::Create::IfMissing : Database::Create::Never;
    if (auto e = db.open(dbPath, mode, create))
        return storeFailure(*e);

    if (action == "init") {
        JsonWriter json;
        json.beginObject().key("ok").value(true).key("db").value(dbPath.toStdString());
        json.key("schema_version").value(store::kSchemaVersion).endObject();
        printLine(json.take());
        return ExitCode::Ok;
    }
    if (action == "check") {
        const store::CheckReport report = store::checkDatabase(db);
        JsonWriter json;
        json.beginObject().key("ok").value(report.ok()).key("db").value(dbPath.toStdString());
        json.key("readings").value(static_cast<std::int64_t>(report.readings));
        json.key("problems").beginArray();
        for (const QString& p : report.problems) {
            json.value(p.toStdString());
            std::fprintf(stderr, "heatdesk-cli db check: %s\n", qPrintable(p));
        }
        json.endArray().endObject();
        printLine(json.take());
        return report.ok() ? ExitCode::Ok : ExitCode::ItemFailed;
    }
    if (action == "backup") {
        qint64 bytes = 0;
        if (auto e = store::backupDatabase(db, positional.at(1), &bytes))
            return storeFailure(*e);
        JsonWriter json;
        json.beginObject().key("ok").value(true).key("db").value(dbPath.toStdString());
        json.key("backup").value(positional.at(1).toStdString());
        json.key("bytes").value(static_cast<std::int64_t>(bytes)).endObject();
        printLine(json.take());
        return ExitCode::Ok;
    }
    return exportReadings(db, parser);
}

} // namespace heatdesk::cli
