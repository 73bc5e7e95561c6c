// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportCommand.h"

#include "billing/Consumption.h"
#include "billing/Plausibility.h"
#include "billing/Sheet.h"
#include "billing/SheetCsv.h"
#include "billing/SheetXlsx.h"
#include "billing/Tariff.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "print/SheetPdf.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <cstdio>

namespace heatdesk::cli {
namespace {

int fail(const QString& message, int status) {
    return cli::fail("report", message, status);
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

std::string sheetJson(const billing::Sheet& sheet) {
    JsonWriter json;
    json.beginObject();
    json.key("period").beginObject();
    json.key("from").value(billing::localIso(sheet.period.fromMs).toStdString());
    json.key("to").value(billing::localIso(sheet.period.toMs).toStdString());
    json.endObject();
    json.key("rows").beginArray();
    for (const billing::SheetRow& row : sheet.rows) {
        const billing::UserConsumption& u = row.consumption;
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
        row.kwhPerM2Hundredths ? json.decimal(*row.kwhPerM2Hundredths, -2) : json.null();
        json.key("flags").beginArray();
        for (const QString& f : u.flags)
            json.value(f.toStdString());
        json.endArray();
        json.key("fee");
        row.fee ? json.value(row.fee->toString(2).toStdString()) : json.null();
        json.endObject();
    }
    json.endArray();
    json.key("totals").beginObject();
    json.key("users").value(static_cast<std::int64_t>(sheet.rows.size()));
    json.key("consumption_kwh").decimal(sheet.totalHundredths, -2);
    json.key("consumption_gj").decimal(sheet.totalHundredths * 36, -6);
    json.key("fee");
    sheet.tariff ? json.value(sheet.totalFee.toString(2).toStdString()) : json.null();
    json.endObject();
    json.endObject();
    return json.take();
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
    parser.addOption({"format", "json (default), csv, xlsx or pdf.", "format", "json"});
    parser.addOption({"lang", "Language of xlsx/pdf titles: zh_CN or en (default: the system's).", "lang"});
    parser.addOption({"company", "Company name for the pdf page header.", "name"});
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
    if (format != "json" && format != "csv" && format != "xlsx" && format != "pdf")
        return fail(QStringLiteral("--format must be json, csv, xlsx or pdf"), ExitCode::Usage);
    if ((format == "xlsx" || format == "pdf") && !parser.isSet("out"))
        return fail(QStringLiteral("--format %1 needs --out FILE").arg(format), ExitCode::Usage);
    bool ok = false;
    const int toleranceH = parser.value("tolerance-h").toInt(&ok);
    if (!ok || toleranceH < 0 || toleranceH > 24 * 31)
        return fail(QStringLiteral("--tolerance-h must be 0..744"), ExitCode::Usage);

    store::Database db;
    if (auto e = db.open(parser.value("db"), store::Database::Mode::ReadOnly))
        return fail(e->message, ExitCode::Resource);
    store::BillingRepository billingStore(db);

    billing::Period period;
    std::optional<billing::Tariff> tariff;
    bool seasonSheet = false;
    QString label;
    int season = 0;
    if (positional.at(0) == "monthly") {
        const auto month = billing::monthPeriod(parser.value("month"));
        if (!month)
            return fail(QStringLiteral("--month must be YYYY-MM, e.g. 2026-01"), ExitCode::Usage);
        period = *month;
        label = parser.value("month");
        season = billing::seasonOf(period.fromMs);
    } else {
        season = parser.value("season").toInt(&ok);
        if (!ok || season < 1990 || season > 2200)
            return fail(QStringLiteral("--season must be a year such as 2025"), ExitCode::Usage);
        seasonSheet = true;
        label = QStringLiteral("%1/%2").arg(season).arg(season + 1);
    }
    store::StoreError storeError;
    if (const auto row = billingStore.tariff(season, QStringLiteral("residential"), &storeError)) {
        QString problem;
        tariff = billing::parseTariff(*row, &problem);
        if (!tariff)
            return fail(problem, ExitCode::ItemFailed);
    } else if (!storeError.message.isEmpty()) {
        return fail(storeError.message, ExitCode::Resource);
    } else {
        std::fprintf(stderr, "heatdesk-cli report: no tariff for season %d: fees are left empty\n", season);
    }
    if (seasonSheet) {
        if (tariff)
            period = tariff->period;
        else // the most common legal season (Beijing, Tianjin): 15 Nov – 15 Mar
            period = *billing::datePeriod(QStringLiteral("%1-11-15").arg(season),
                                          QStringLiteral("%1-03-15").arg(season + 1));
    }

    billing::ConsumptionOptions options;
    options.toleranceMs = qint64(toleranceH) * 3600 * 1000;
    auto result = billing::computeConsumption(db, period, parser.value("building"), options);
    if (auto* e = std::get_if<store::StoreError>(&result))
        return fail(e->message, ExitCode::Resource);
    auto& users = std::get<QList<billing::UserConsumption>>(result);
    if (auto e = billing::checkPlausibility(db, period, users))
        return fail(e->message, ExitCode::Resource);
    const billing::Sheet sheet =
        billing::buildSheet(seasonSheet ? billing::Sheet::Kind::Season : billing::Sheet::Kind::Monthly,
                            period, label, parser.value("building"), tariff, std::move(users));

    const QString language = parser.isSet("lang") ? parser.value("lang") : QLocale::system().name();
    if (format == "xlsx" || format == "pdf") {
        std::optional<QString> error;
        if (format == "xlsx") {
            error = billing::writeSheetXlsx(sheet, billing::sheetLabels(language), parser.value("out"));
        } else {
            print::SheetPrintOptions printOptions{parser.value("company"), billing::sheetLabels(language)};
            error = print::writeSheetPdf(sheet, printOptions, parser.value("out"));
        }
        return error ? fail(*error, ExitCode::Resource) : ExitCode::Ok;
    }
    const std::string text =
        format == "json" ? sheetJson(sheet) + "\n" : billing::sheetCsv(sheet).toStdString();
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
