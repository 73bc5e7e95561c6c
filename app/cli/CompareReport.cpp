// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CompareReport.h"

#include "billing/Comparison.h"
#include "billing/Sheet.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <cmath>
#include <cstdio>

namespace heatdesk::cli {
namespace {

int fail(const QString& message, int status) {
    return cli::fail("report compare", message, status);
}

void writePeriod(JsonWriter& json, const char* key, const billing::Period& p) {
    json.key(key).beginObject();
    json.key("from").value(billing::localIso(p.fromMs).toStdString());
    json.key("to").value(billing::localIso(p.toMs).toStdString());
    json.endObject();
}

void writeChange(JsonWriter& json, const billing::IntensityChange& c) {
    const auto perM2 = [&](const char* key, const std::optional<std::int64_t>& v) {
        json.key(key);
        v ? json.decimal(*v, -2) : json.null();
    };
    const auto percent = [&](const char* key, const std::optional<double>& v) {
        json.key(key);
        v ? json.value(std::round(*v * 10) / 10) : json.null();
    };
    perM2("kwh_per_m2", c.currentPerM2);
    perM2("kwh_per_m2_last_season", c.previousPerM2);
    percent("change_percent", c.changePercent);
    percent("normalised_change_percent", c.normalisedChangePercent);
}

std::string comparisonJson(const billing::Comparison& c) {
    JsonWriter json;
    json.beginObject();
    writePeriod(json, "period", c.current);
    writePeriod(json, "last_season", c.previous);
    json.key("buildings").beginArray();
    for (const billing::BuildingComparison& b : c.buildings) {
        json.beginObject();
        json.key("community").value(b.community.toStdString());
        json.key("building").value(b.building.toStdString());
        json.key("users").value(b.users);
        writeChange(json, b.change);
        json.endObject();
    }
    json.endArray();
    json.key("users").beginArray();
    for (const billing::UserComparison& u : c.users) {
        static const char* const kRanks[] = {"middle", "top", "bottom"};
        json.beginObject();
        json.key("account").value(u.user.account.toStdString());
        json.key("name").value(u.user.name.toStdString());
        json.key("building").value(u.user.building.toStdString());
        json.key("room").value(u.user.room.toStdString());
        writeChange(json, u.change);
        json.key("rank").value(kRanks[static_cast<int>(u.rank)]);
        json.endObject();
    }
    json.endArray();
    json.key("top_from_kwh_per_m2");
    c.topFrom ? json.decimal(*c.topFrom, -2) : json.null();
    json.key("bottom_to_kwh_per_m2");
    c.bottomTo ? json.decimal(*c.bottomTo, -2) : json.null();
    json.endObject();
    return json.take();
}

std::optional<double> positiveNumber(const QString& text) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v > 0 ? std::optional(v) : std::nullopt;
}

} // namespace

int runCompareReport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("kWh/m² of a month or heating season against the same dates a season earlier."));
    parser.addHelpOption();
    parser.addPositionalArgument("compare", "compare");
    parser.addOption({"db", "The HeatDesk database.", "file"});
    parser.addOption({"month", "The month, YYYY-MM.", "month"});
    parser.addOption({"season", "The heating season (15 Nov – 15 Mar) by the year it starts in.", "year"});
    parser.addOption({"building", "Only users of this building.", "building"});
    parser.addOption({"percentile", "Top and bottom this many percent of users (default 10).", "p", "10"});
    parser.addOption({"degree-days", "Heating degree-days of this period and of last season's.", "now,then"});
    parser.addOption({"format", "json (default) or csv.", "format", "json"});
    parser.addOption({"out", "Write to FILE instead of standard output.", "file"});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitCode::Usage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    if (!parser.isSet("db"))
        return fail(QStringLiteral("--db FILE is required"), ExitCode::Usage);
    const QString format = parser.value("format");
    if (format != "json" && format != "csv")
        return fail(QStringLiteral("--format must be json or csv"), ExitCode::Usage);
    std::optional<billing::Period> period;
    if (parser.isSet("month") == parser.isSet("season"))
        return fail(QStringLiteral("give --month YYYY-MM or --season YEAR"), ExitCode::Usage);
    if (parser.isSet("month")) {
        period = billing::monthPeriod(parser.value("month"));
    } else {
        const int season = parser.value("season").toInt();
        period = billing::datePeriod(QStringLiteral("%1-11-15").arg(season),
                                     QStringLiteral("%1-03-15").arg(season + 1));
    }
    if (!period)
        return fail(QStringLiteral("--month must be YYYY-MM, --season a year"), ExitCode::Usage);
    billing::ComparisonOptions options;
    const auto percentile = positiveNumber(parser.value("percentile"));
    if (!percentile || *percentile >= 50)
        return fail(QStringLiteral("--percentile must be above 0 and below 50"), ExitCode::Usage);
    options.percentile = *percentile;
    if (parser.isSet("degree-days")) {
        const QStringList dd = parser.value("degree-days").split(QLatin1Char(','));
        if (dd.size() == 2) {
            options.currentDegreeDays = positiveNumber(dd.at(0));
            options.previousDegreeDays = positiveNumber(dd.at(1));
        }
        if (!options.currentDegreeDays || !options.previousDegreeDays)
            return fail(QStringLiteral("--degree-days takes two positive numbers: now,then"),
                        ExitCode::Usage);
    }

    store::Database db;
    if (auto e = db.open(parser.value("db"), store::Database::Mode::ReadOnly))
        return fail(e->message, ExitCode::Resource);
    const auto result = billing::compareWithLastSeason(db, *period, parser.value("building"), options);
    if (const auto* e = std::get_if<store::StoreError>(&result))
        return fail(e->message, ExitCode::Resource);
    const auto& comparison = std::get<billing::Comparison>(result);
    const QByteArray text = format == "json" ? QByteArray::fromStdString(comparisonJson(comparison) + "\n")
                                             : billing::comparisonCsv(comparison);
    if (!parser.isSet("out")) {
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
        return ExitCode::Ok;
    }
    QFile out(parser.value("out"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text) != text.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()),
                    ExitCode::Resource);
    return ExitCode::Ok;
}

} // namespace heatdesk::cli
