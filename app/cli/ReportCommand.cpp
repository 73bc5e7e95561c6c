// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportCommand.h"

#include "billing/Consumption.h"
#include "billing/Tariff.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

namespace heatdesk::cli {
namespace {

using billing::Money;

int fail(const QString& message, int status) {
    std::fprintf(stderr, "heatdesk-cli report: %s\n", qPrintable(message));
    return status;
}

// kWh × 100 → GJ, exactly (1 kWh = 0.0036 GJ).
std::string gjText(std::int64_t kwhHundredths) {
    return decimalText(kwhHundredths * 36, -6);
}
std::string kwhText(std::int64_t hundredths) {
    return decimalText(hundredths, -2);
}

struct Sheet {
    billing::Period period;
    QList<billing::UserConsumption> rows;
    std::optional<billing::Tariff> tariff;
    bool season = false; // a season sheet adds the basic fee (basic price × area)
};

std::optional<Money> feeOf(const Sheet& sheet, const billing::UserConsumption& u) {
    if (!sheet.tariff || !u.consumptionHundredths)
        return std::nullopt;
    // A decreasing register is flagged, never billed as a credit.
    Money fee = billing::meteredFee(*sheet.tariff, std::max<std::int64_t>(0, *u.consumptionHundredths));
    if (sheet.season) {
        if (!u.user.areaM2)
            return std::nullopt;
        fee = fee + billing::basicFee(*sheet.tariff, billing::toHundredths(*u.user.areaM2));
    }
    return fee;
}

// kWh per m², in hundredths, rounded half away from zero from exact hundredths.
std::optional<std::int64_t> perSquareMetre(const billing::UserConsumption& u) {
    if (!u.consumptionHundredths || !u.user.areaM2 || *u.user.areaM2 <= 0)
        return std::nullopt;
    const std::int64_t area = billing::toHundredths(*u.user.areaM2);
    if (area <= 0)
        return std::nullopt;
    const __int128 scaled = static_cast<__int128>(*u.consumptionHundredths) * 100 * 2;
    const __int128 q = scaled >= 0 ? (scaled + area) / (2 * area) : -((-scaled + area) / (2 * area));
    return static_cast<std::int64_t>(q);
}

void writeBoundary(JsonWriter& json, const char* key, const std::optional<billing::BoundaryValue>& b) {
    json.key(key);
    if (!b) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("time").value(billing::localIso(b->timeMs).toStdString());
    json.key("energy_kwh").decimal(b->energyHundredths, -2);
    json.key("estimated").value(b->estimated);
    json.key("corrected").value(b->corrected);
    json.endObject();
}

std::string sheetJson(const Sheet& sheet) {
    JsonWriter json;
    json.beginObject();
    json.key("period").beginObject();
    json.key("from").value(billing::localIso(sheet.period.fromMs).toStdString());
    json.key("to").value(billing::localIso(sheet.period.toMs).toStdString());
    json.endObject();
    std::int64_t totalHundredths = 0;
    Money totalFee;
    json.key("rows").beginArray();
    for (const billing::UserConsumption& u : sheet.rows) {
        json.beginObject();
        json.key("account").value(u.user.account.toStdString());
        json.key("name").value(u.user.name.toStdString());
        json.key("community").value(u.user.community.toStdString());
        json.key("building").value(u.user.building.toStdString());
        json.key("unit").value(u.user.unit.toStdString());
        json.key("room").value(u.user.room.toStdString());
        json.key("area_m2");
        u.user.areaM2 ? json.value(*u.user.areaM2) : json.null();
        json.key("meter").value(u.meterNumbers.join(QLatin1Char('/')).toStdString());
        writeBoundary(json, "start", u.start);
        writeBoundary(json, "end", u.end);
        json.key("consumption_kwh");
        u.consumptionHundredths ? json.decimal(*u.consumptionHundredths, -2) : json.null();
        json.key("consumption_gj");
        u.consumptionHundredths ? json.decimal(*u.consumptionHundredths * 36, -6) : json.null();
        json.key("kwh_per_m2");
        const auto perM2 = perSquareMetre(u);
        perM2 ? json.decimal(*perM2, -2) : json.null();
        json.key("flags").beginArray();
        for (const QString& f : u.flags)
            json.value(f.toStdString());
        json.endArray();
        const auto fee = feeOf(sheet, u);
        json.key("fee");
        fee ? json.value(fee->toString(2).toStdString()) : json.null();
        json.endObject();
        if (u.consumptionHundredths)
            totalHundredths += std::max<std::int64_t>(0, *u.consumptionHundredths);
        if (fee)
            totalFee = totalFee + *fee;
    }
    json.endArray();
    json.key("totals").beginObject();
    json.key("users").value(static_cast<std::int64_t>(sheet.rows.size()));
    json.key("consumption_kwh").decimal(totalHundredths, -2);
    json.key("consumption_gj").decimal(totalHundredths * 36, -6);
    json.key("fee");
    sheet.tariff ? json.value(totalFee.toString(2).toStdString()) : json.null();
    json.endObject();
    json.endObject();
    return json.take();
}

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

std::string sheetCsv(const Sheet& sheet) {
    // UTF-8 with BOM: Excel on Chinese Windows otherwise reads names as GBK.
    QString out =
        QStringLiteral("\uFEFFaccount,name,community,building,unit,room,area_m2,meter,start_time,"
                       "start_kwh,end_time,end_kwh,consumption_kwh,consumption_gj,kwh_per_m2,flags,fee\n");
    for (const billing::UserConsumption& u : sheet.rows) {
        QStringList row;
        row << csvField(u.user.account) << csvField(u.user.name) << csvField(u.user.community)
            << csvField(u.user.building) << csvField(u.user.unit) << csvField(u.user.room)
            << (u.user.areaM2 ? QString::number(*u.user.areaM2) : QString())
            << csvField(u.meterNumbers.join(QLatin1Char('/')));
        for (const auto& b : {u.start, u.end}) {
            row << (b ? billing::localIso(b->timeMs) : QString())
                << (b ? QString::fromStdString(kwhText(b->energyHundredths)) : QString());
        }
        row << (u.consumptionHundredths ? QString::fromStdString(kwhText(*u.consumptionHundredths))
                                        : QString())
            << (u.consumptionHundredths ? QString::fromStdString(gjText(*u.consumptionHundredths))
                                        : QString())
            << (perSquareMetre(u) ? QString::fromStdString(kwhText(*perSquareMetre(u))) : QString())
            << u.flags.join(QLatin1Char('|'));
        const auto fee = feeOf(sheet, u);
        row << (fee ? fee->toString(2) : QString());
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toStdString();
}

} // namespace

int runReport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Monthly and season consumption sheets per heat user, with two-part fees where a tariff is set."));
    parser.addHelpOption();
    parser.addPositionalArgument("kind", "monthly or season.");
    parser.addOption({"db", "The HeatDesk database.", "file"});
    parser.addOption({"month", "monthly: the month, YYYY-MM.", "month"});
    parser.addOption({"season", "season: the year the heating season starts in.", "year"});
    parser.addOption({"building", "Only users of this building.", "building"});
    parser.addOption({"format", "json (default) or csv.", "format", "json"});
    parser.addOption({"out", "Write to FILE instead of standard output.", "file"});
    parser.addOption({"tolerance-h", "A reading within this many hours stands for a boundary (default 24).",
                      "hours", "24"});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitCode::Usage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional.at(0) != "monthly" && positional.at(0) != "season"))
        return fail(QStringLiteral("say report monthly or report season"), ExitCode::Usage);
    if (!parser.isSet("db"))
        return fail(QStringLiteral("--db FILE is required"), ExitCode::Usage);
    const QString format = parser.value("format");
    if (format == "pdf" || format == "xlsx")
        return fail(QStringLiteral("--format %1 comes with the printing work; use json or csv").arg(format),
                    ExitCode::Usage);
    if (format != "json" && format != "csv")
        return fail(QStringLiteral("--format must be json or csv"), ExitCode::Usage);
    bool ok = false;
    const int toleranceH = parser.value("tolerance-h").toInt(&ok);
    if (!ok || toleranceH < 0 || toleranceH > 24 * 31)
        return fail(QStringLiteral("--tolerance-h must be 0..744"), ExitCode::Usage);

    store::Database db;
    if (auto e = db.open(parser.value("db"), store::Database::Mode::ReadOnly))
        return fail(e->message, ExitCode::Resource);
    store::BillingRepository billingStore(db);

    Sheet sheet;
    int season = 0;
    if (positional.at(0) == "monthly") {
        const auto period = billing::monthPeriod(parser.value("month"));
        if (!period)
            return fail(QStringLiteral("--month must be YYYY-MM, e.g. 2026-01"), ExitCode::Usage);
        sheet.period = *period;
        season = billing::seasonOf(period->fromMs);
    } else {
        season = parser.value("season").toInt(&ok);
        if (!ok || season < 1990 || season > 2200)
            return fail(QStringLiteral("--season must be a year such as 2025"), ExitCode::Usage);
        sheet.season = true;
    }
    store::StoreError storeError;
    if (const auto row = billingStore.tariff(season, QStringLiteral("residential"), &storeError)) {
        QString problem;
        sheet.tariff = billing::parseTariff(*row, &problem);
        if (!sheet.tariff)
            return fail(problem, ExitCode::ItemFailed);
    } else if (!storeError.message.isEmpty()) {
        return fail(storeError.message, ExitCode::Resource);
    } else {
        std::fprintf(stderr, "heatdesk-cli report: no tariff for season %d: fees are left empty\n", season);
    }
    if (sheet.season) {
        if (sheet.tariff)
            sheet.period = sheet.tariff->period;
        else // the most common legal season (Beijing, Tianjin): 15 Nov – 15 Mar
            sheet.period = *billing::datePeriod(QStringLiteral("%1-11-15").arg(season),
                                                QStringLiteral("%1-03-15").arg(season + 1));
    }

    billing::ConsumptionOptions options;
    options.toleranceMs = qint64(toleranceH) * 3600 * 1000;
    auto result = billing::computeConsumption(db, sheet.period, parser.value("building"), options);
    if (auto* e = std::get_if<store::StoreError>(&result))
        return fail(e->message, ExitCode::Resource);
    sheet.rows = std::get<QList<billing::UserConsumption>>(result);

    const std::string text = format == "json" ? sheetJson(sheet) + "\n" : sheetCsv(sheet);
    if (parser.isSet("out")) {
        QFile out(parser.value("out"));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
            return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()),
                        ExitCode::Resource);
    } else {
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    return ExitCode::Ok;
}

} // namespace heatdesk::cli
