// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PaymentsCommand.h"

#include "billing/Money.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "store/HeatUserRepository.h"
#include "store/PaymentRepository.h"
#include "text/CsvReader.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <cstdio>

namespace heatdesk::cli {
namespace {

using store::Payment;

int fail(const QString& message, int status) {
    return cli::fail("payments", message, status);
}

std::string paymentJson(const Payment& p, const QString& account) {
    JsonWriter json;
    json.beginObject();
    json.key("id").value(static_cast<std::int64_t>(p.id));
    json.key("account").value(account.toStdString());
    json.key("season").value(static_cast<std::int64_t>(p.season));
    json.key("kind").value(store::paymentKindKey(p.kind).toStdString());
    // Money is a decimal string (cli.md); a refund is positive here and subtracts in "paid".
    json.key("amount").value(billing::Money::fromFen(p.amountFen).toString(2).toStdString());
    json.key("date").value(p.paidOn.toStdString());
    json.key("reference").value(p.reference.toStdString());
    json.key("recorded_by").value(p.recordedBy.toStdString());
    json.key("recorded_at")
        .value(QDateTime::fromMSecsSinceEpoch(p.recordedAtMs).toString(Qt::ISODate).toStdString());
    json.endObject();
    return json.take();
}

// payments import: a cashier's or bank's list, one payment a line, with the header
// account,season,kind,amount,date,reference. All or nothing: every refused line is named and then
// nothing is stored, so a corrected file can simply be imported again.
int importPayments(const QString& dbPath, const QString& csvPath, const QString& by) {
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(csvPath, file.errorString()),
                    ExitCode::Resource);
    const text::CsvTable table = text::readCsv(file.readAll(), 1'000'000);
    if (!table.error.isEmpty())
        return fail(table.error, ExitCode::Usage);
    const QStringList columns = {"account", "season", "kind", "amount", "date", "reference"};
    if (table.records.isEmpty() || table.records.first().fields.mid(0, columns.size()) != columns)
        return fail(QStringLiteral("the first line must be %1").arg(columns.join(QLatin1Char(','))),
                    ExitCode::Usage);
    store::Database db;
    if (auto e = db.open(dbPath, store::Database::Mode::ReadWrite))
        return fail(e->message, ExitCode::Resource);
    if (!db.sql().transaction())
        return fail(QStringLiteral("cannot start a transaction"), ExitCode::Resource);
    store::HeatUserRepository users(db);
    store::PaymentRepository payments(db);
    QStringList refused;
    qint64 paidFen = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const text::CsvRecord& record : table.records.mid(1)) {
        const auto field = [&](int i) { return record.fields.value(i).trimmed(); };
        const auto refuse = [&](const QString& why) {
            refused << QStringLiteral("line %1: %2").arg(record.line).arg(why);
        };
        store::StoreError error;
        const auto user = users.byAccount(field(0), &error);
        bool seasonOk = false;
        Payment p;
        p.season = field(1).toInt(&seasonOk);
        const auto kind = store::parsePaymentKind(field(2));
        const auto fen = billing::Money::parseFen(field(3));
        if (!user) {
            refuse(QStringLiteral("no heat user with account '%1'").arg(field(0)));
            continue;
        }
        if (!seasonOk || !kind || !fen) {
            refuse(!seasonOk ? QStringLiteral("the season must be a year such as 2025")
                   : !kind   ? QStringLiteral("the kind must be prepayment, payment, refund or correction")
                             : QStringLiteral("the amount must be yuan with at most two decimals"));
            continue;
        }
        p.heatUserId = user->id;
        p.kind = *kind;
        p.amountFen = *fen;
        p.paidOn = field(4);
        p.reference = field(5);
        p.recordedBy = by;
        p.recordedAtMs = now;
        if (!payments.add(p, &error)) {
            refuse(error.message);
            continue;
        }
        paidFen += p.signedFen();
    }
    if (!refused.isEmpty()) {
        db.sql().rollback();
        for (const QString& line : refused)
            std::fprintf(stderr, "heatdesk-cli payments: %s\n", line.toUtf8().constData());
        return fail(QStringLiteral("%1 line(s) refused, nothing imported").arg(refused.size()),
                    ExitCode::ItemFailed);
    }
    if (!db.sql().commit())
        return fail(QStringLiteral("cannot store the payments"), ExitCode::Resource);
    JsonWriter json;
    json.beginObject();
    json.key("imported").value(static_cast<std::int64_t>(table.records.size() - 1));
    json.key("paid").value(billing::Money::fromFen(paidFen).toString(2).toStdString());
    json.endObject();
    printLine(json.take());
    return ExitCode::Ok;
}

} // namespace

int runPayments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Payments of heat users per heating season. Entries are never changed or deleted: a wrong one is "
        "undone by a correction (signed amount, --reference says why).\n"
        "  add     record one payment\n"
        "  list    one user's payments and what they add up to\n"
        "  import  payments from a CSV file (account,season,kind,amount,date,reference), all or nothing"));
    parser.addHelpOption();
    parser.addPositionalArgument("action", "add, list or import.");
    parser.addOption({"db", "The HeatDesk database.", "file"});
    parser.addOption({"account", "The heat user's account number.", "account"});
    parser.addOption(
        {"season", "The year the heating season starts in (list: all seasons without it).", "year"});
    parser.addOption({"amount", "add: amount in yuan, at most two decimals, e.g. 2500.00.", "yuan"});
    parser.addOption({"date", "add: the date paid, YYYY-MM-DD (default: today).", "date"});
    parser.addOption(
        {"kind", "add: prepayment, payment (default), refund or correction.", "kind", "payment"});
    parser.addOption({"reference", "add: receipt or bank reference; a correction's reason.", "text"});
    parser.addOption({"by", "add, import: who records it (default: the login name).", "name"});
    parser.addOption({"csv", "import: the CSV file.", "file"});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitCode::Usage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != "add" && action != "list" && action != "import"))
        return fail(QStringLiteral("say payments add, payments list or payments import"), ExitCode::Usage);
    const QString by = parser.isSet("by") ? parser.value("by") : qEnvironmentVariable("USER");
    if (action == "import") {
        if (!parser.isSet("db") || !parser.isSet("csv"))
            return fail(QStringLiteral("--db FILE and --csv FILE are required"), ExitCode::Usage);
        if (by.trimmed().isEmpty())
            return fail(QStringLiteral("--by NAME is required (no login name)"), ExitCode::Usage);
        return importPayments(parser.value("db"), parser.value("csv"), by);
    }
    if (!parser.isSet("db") || !parser.isSet("account"))
        return fail(QStringLiteral("--db FILE and --account ACCOUNT are required"), ExitCode::Usage);
    int season = 0;
    if (parser.isSet("season")) {
        bool ok = false;
        season = parser.value("season").toInt(&ok);
        if (!ok || season < 1990 || season > 2200)
            return fail(QStringLiteral("--season must be a year such as 2025"), ExitCode::Usage);
    }

    Payment p;
    if (action == "add") {
        if (!season)
            return fail(QStringLiteral("--season is required"), ExitCode::Usage);
        const auto kind = store::parsePaymentKind(parser.value("kind"));
        if (!kind)
            return fail(QStringLiteral("--kind must be prepayment, payment, refund or correction"),
                        ExitCode::Usage);
        const auto fen = billing::Money::parseFen(parser.value("amount"));
        if (!fen)
            return fail(QStringLiteral("--amount must be yuan with at most two decimals, e.g. 2500.00"),
                        ExitCode::Usage);
        p.kind = *kind;
        p.season = season;
        p.amountFen = *fen;
        p.paidOn = parser.isSet("date") ? parser.value("date") : QDate::currentDate().toString(Qt::ISODate);
        p.reference = parser.value("reference");
        p.recordedBy = by;
        p.recordedAtMs = QDateTime::currentMSecsSinceEpoch();
    }

    store::Database db;
    if (auto e = db.open(parser.value("db"), action == "add" ? store::Database::Mode::ReadWrite
                                                             : store::Database::Mode::ReadOnly))
        return fail(e->message, ExitCode::Resource);
    store::StoreError error;
    const QString account = parser.value("account");
    const auto user = store::HeatUserRepository(db).byAccount(account, &error);
    if (!user)
        return error.message.isEmpty()
                   ? fail(QStringLiteral("no heat user with account %1").arg(account), ExitCode::Usage)
                   : fail(error.message, ExitCode::Resource);
    store::PaymentRepository payments(db);
    if (action == "add") {
        p.heatUserId = user->id;
        const auto id = payments.add(p, &error);
        if (!id)
            return fail(error.message, error.code == store::StoreError::Code::Invalid ? ExitCode::Usage
                                                                                      : ExitCode::Resource);
        p.id = *id;
        printLine(paymentJson(p, account));
        return ExitCode::Ok;
    }
    const QList<Payment> list = payments.forUser(user->id, season, &error);
    if (!error.message.isEmpty())
        return fail(error.message, ExitCode::Resource);
    qint64 paidFen = 0;
    for (const Payment& entry : list) {
        printLine(paymentJson(entry, account));
        paidFen += entry.signedFen();
    }
    JsonWriter json;
    json.beginObject().key("summary").beginObject();
    json.key("account").value(account.toStdString());
    json.key("season");
    season ? json.value(static_cast<std::int64_t>(season)) : json.null();
    json.key("entries").value(static_cast<std::int64_t>(list.size()));
    json.key("paid").value(billing::Money::fromFen(paidFen).toString(2).toStdString());
    json.endObject().endObject();
    printLine(json.take());
    return ExitCode::Ok;
}

} // namespace heatdesk::cli
