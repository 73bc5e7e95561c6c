// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PaymentsCommand.h"

#include "billing/Money.h"
#include "cli/ExitCode.h"
#include "cli/JsonWriter.h"
#include "cli/Output.h"
#include "store/HeatUserRepository.h"
#include "store/PaymentRepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
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

} // namespace

int runPayments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Payments of heat users per heating season. Entries are never changed or deleted: a wrong one is "
        "undone by a correction (signed amount, --reference says why).\n"
        "  add   record one payment\n"
        "  list  one user's payments and what they add up to"));
    parser.addHelpOption();
    parser.addPositionalArgument("action", "add or list.");
    parser.addOption({"db", "The HeatDesk database.", "file"});
    parser.addOption({"account", "The heat user's account number.", "account"});
    parser.addOption(
        {"season", "The year the heating season starts in (list: all seasons without it).", "year"});
    parser.addOption({"amount", "add: amount in yuan, at most two decimals, e.g. 2500.00.", "yuan"});
    parser.addOption({"date", "add: the date paid, YYYY-MM-DD (default: today).", "date"});
    parser.addOption(
        {"kind", "add: prepayment, payment (default), refund or correction.", "kind", "payment"});
    parser.addOption({"reference", "add: receipt or bank reference; a correction's reason.", "text"});
    parser.addOption({"by", "add: who records it (default: the login name).", "name"});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitCode::Usage);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != "add" && action != "list"))
        return fail(QStringLiteral("say payments add or payments list"), ExitCode::Usage);
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
        const auto amount = billing::Money::parse(parser.value("amount"));
        if (!amount || amount->units() % (billing::Money::kScale / 100) != 0)
            return fail(QStringLiteral("--amount must be yuan with at most two decimals, e.g. 2500.00"),
                        ExitCode::Usage);
        p.kind = *kind;
        p.season = season;
        p.amountFen = amount->units() / (billing::Money::kScale / 100);
        p.paidOn = parser.isSet("date") ? parser.value("date") : QDate::currentDate().toString(Qt::ISODate);
        p.reference = parser.value("reference");
        p.recordedBy = parser.isSet("by") ? parser.value("by") : qEnvironmentVariable("USER");
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
