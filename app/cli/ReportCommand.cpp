// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportCommand.h"

#include "billing/Sheet.h"
#include "billing/SheetCsv.h"
#include "billing/SheetRequest.h"
#include "billing/SheetXlsx.h"
#include "billing/Statement.h"
#include "cli/CompareReport.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "print/SheetPdf.h"
#include "print/StatementPdf.h"
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

void writeMoney(JsonWriter& json, const char* key, billing::Money amount) {
    json.key(key).value(amount.toString(2).toStdString());
}

// A user's season settlement statement (only on sheets whose tariff has a settlement mode).
void writeSettlement(JsonWriter& json, const billing::Settlement& s) {
    json.key("settlement").beginObject();
    json.key("mode").value(billing::settlementModeKey(s.mode).toStdString());
    writeMoney(json, "basic_fee", s.basicFee);
    writeMoney(json, "metered_fee", s.meteredFee);
    writeMoney(json, "heat_fee", s.heatFee);
    writeMoney(json, "prepaid", s.prepaid);
    json.key("prepaid_source").value(s.prepaidFromPayments ? "payments" : "prepayment_price");
    json.key("cap");
    s.cap ? json.value(s.cap->toString(2).toStdString()) : json.null();
    writeMoney(json, "billed", s.billed);
    writeMoney(json, "difference", s.difference);
    writeMoney(json, "refund", s.refund);
    writeMoney(json, "charge", s.charge);
    json.endObject();
}

void writeSettlementTotals(JsonWriter& json, const billing::Sheet& sheet) {
    const billing::SettlementTotals& t = *sheet.settlement;
    const billing::Tariff& tariff = *sheet.tariff;
    json.key("settlement").beginObject();
    json.key("mode").value(billing::settlementModeKey(tariff.settlementMode).toStdString());
    writeMoney(json, "basic_price_m2", tariff.basicPerM2);
    json.key("metered_price_kwh").value(tariff.meteredPerKwh.toString(4).toStdString());
    json.key("correction").value(tariff.correction.toString(4).toStdString());
    writeMoney(json, "prepay_price_m2", *tariff.prepayPerM2);
    if (tariff.settlementMode == billing::SettlementMode::Capped)
        json.key("cap_percent").value(tariff.capPercent.toString(2).toStdString());
    json.key("rounding").value(billing::settlementRoundingRule().toStdString());
    json.key("users").value(static_cast<std::int64_t>(t.users));
    json.key("users_with_payments").value(static_cast<std::int64_t>(t.usersWithPayments));
    writeMoney(json, "basic_fee", t.basicFee);
    writeMoney(json, "metered_fee", t.meteredFee);
    writeMoney(json, "heat_fee", t.heatFee);
    writeMoney(json, "prepaid", t.prepaid);
    writeMoney(json, "billed", t.billed);
    writeMoney(json, "refund", t.refund);
    writeMoney(json, "charge", t.charge);
    json.endObject();
}

// One user's row: the sheet's and the statement's.
void writeRow(JsonWriter& json, const billing::SheetRow& row) {
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
    if (row.settlement)
        writeSettlement(json, *row.settlement);
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
    for (const billing::SheetRow& row : sheet.rows)
        writeRow(json, row);
    json.endArray();
    json.key("totals").beginObject();
    json.key("users").value(static_cast<std::int64_t>(sheet.rows.size()));
    json.key("consumption_kwh").decimal(sheet.totalHundredths, -2);
    json.key("consumption_gj").decimal(sheet.totalHundredths * 36, -6);
    json.key("fee");
    sheet.tariff ? json.value(sheet.totalFee.toString(2).toStdString()) : json.null();
    json.endObject();
    if (sheet.settlement)
        writeSettlementTotals(json, sheet);
    json.endObject();
    return json.take();
}

// To the file `path`, or to standard output when it is empty.
int writeText(const std::string& text, const QString& path) {
    if (path.isEmpty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return ExitCode::Ok;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
        return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()),
                    ExitCode::Resource);
    return ExitCode::Ok;
}

// One heat user's statement: their sheet row, the season's payments and what they add up to.
std::string statementJson(const billing::Statement& s) {
    JsonWriter json;
    json.beginObject();
    json.key("period").beginObject();
    json.key("from").value(billing::localIso(s.period.fromMs).toStdString());
    json.key("to").value(billing::localIso(s.period.toMs).toStdString());
    json.endObject();
    json.key("season").value(static_cast<std::int64_t>(s.season));
    json.key("user");
    writeRow(json, s.row);
    json.key("payments").beginArray();
    for (const store::Payment& p : s.payments) {
        json.beginObject();
        json.key("date").value(p.paidOn.toStdString());
        json.key("kind").value(store::paymentKindKey(p.kind).toStdString());
        writeMoney(json, "amount", billing::Money::fromFen(p.amountFen));
        json.key("reference").value(p.reference.toStdString());
        json.key("recorded_by").value(p.recordedBy.toStdString());
        json.endObject();
    }
    json.endArray();
    writeMoney(json, "paid", s.paid);
    json.endObject();
    return json.take();
}

} // namespace

int runReport(const QStringList& arguments) {
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("compare"))
        return runCompareReport(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Monthly and season consumption sheets per heat user, with two-part fees where a tariff is set."));
    parser.addHelpOption();
    parser.addPositionalArgument("kind", "monthly, season, or statement (one heat user, with --user).");
    parser.addOption({"user", "statement: the heat user's account.", "account"});
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
    const QString kind = positional.value(0);
    if (positional.size() != 1 || (kind != "monthly" && kind != "season" && kind != "statement"))
        return fail(QStringLiteral("say report monthly, report season, report statement or report compare"),
                    ExitCode::Usage);
    const bool statement = kind == "statement";
    if (statement && (!parser.isSet("user") || parser.isSet("month") == parser.isSet("season")))
        return fail(
            QStringLiteral("report statement needs --user ACCOUNT and either --season YEAR or --month "
                           "YYYY-MM"),
            ExitCode::Usage);
    if (!parser.isSet("db"))
        return fail(QStringLiteral("--db FILE is required"), ExitCode::Usage);
    const QString format = parser.value("format");
    if (format != "json" && format != "csv" && format != "xlsx" && format != "pdf")
        return fail(QStringLiteral("--format must be json, csv, xlsx or pdf"), ExitCode::Usage);
    if (statement && format != "json" && format != "pdf")
        return fail(QStringLiteral("a statement is json or pdf"), ExitCode::Usage);
    if ((format == "xlsx" || format == "pdf") && !parser.isSet("out"))
        return fail(QStringLiteral("--format %1 needs --out FILE").arg(format), ExitCode::Usage);
    bool ok = false;
    const int toleranceH = parser.value("tolerance-h").toInt(&ok);
    if (!ok || toleranceH < 0 || toleranceH > 24 * 31)
        return fail(QStringLiteral("--tolerance-h must be 0..744"), ExitCode::Usage);

    store::Database db;
    if (auto e = db.open(parser.value("db"), store::Database::Mode::ReadOnly))
        return fail(e->message, ExitCode::Resource);
    billing::SheetRequest request;
    request.kind = kind == "monthly" || (statement && parser.isSet("month")) ? billing::Sheet::Kind::Monthly
                                                                             : billing::Sheet::Kind::Season;
    request.month = parser.value("month");
    request.season = parser.value("season").toInt();
    request.building = parser.value("building");
    request.toleranceMs = qint64(toleranceH) * 3600 * 1000;
    const auto sheetFailure = [&](const billing::SheetError& e) {
        const QString option = request.kind == billing::Sheet::Kind::Monthly ? QStringLiteral("--month")
                                                                             : QStringLiteral("--season");
        switch (e.kind) {
        case billing::SheetError::Kind::Request:
            return fail(statement ? e.message : QStringLiteral("%1: %2").arg(option, e.message),
                        ExitCode::Usage);
        case billing::SheetError::Kind::Tariff:
            return fail(e.message, ExitCode::ItemFailed);
        case billing::SheetError::Kind::Store:
            break;
        }
        return fail(e.message, ExitCode::Resource);
    };
    const auto printNotes = [](const QStringList& notes) {
        for (const QString& note : notes)
            std::fprintf(stderr, "heatdesk-cli report: %s\n", note.toUtf8().constData());
    };
    const QString language = parser.isSet("lang") ? parser.value("lang") : QLocale::system().name();

    if (statement) {
        auto prepared = billing::prepareStatement(db, parser.value("user"), request);
        if (const auto* e = std::get_if<billing::SheetError>(&prepared))
            return sheetFailure(*e);
        const auto& s = std::get<billing::Statement>(prepared);
        printNotes(s.notes);
        if (format == "pdf") {
            const auto error =
                print::writeStatementPdf(s, {parser.value("company"), language}, parser.value("out"));
            return error ? fail(*error, ExitCode::Resource) : ExitCode::Ok;
        }
        return writeText(statementJson(s) + "\n", parser.value("out"));
    }
    auto prepared = billing::prepareSheet(db, request);
    if (const auto* e = std::get_if<billing::SheetError>(&prepared))
        return sheetFailure(*e);
    const auto& [sheet, notes] = std::get<billing::SheetResult>(prepared);
    printNotes(notes);

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
    return writeText(format == "json" ? sheetJson(sheet) + "\n" : billing::sheetCsv(sheet).toStdString(),
                     parser.value("out"));
}

} // namespace heatdesk::cli
