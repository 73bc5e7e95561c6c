// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/SheetRequest.h"
#include "store/PaymentRepository.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace heatdesk::billing {

// One heat user's statement for a month or a season: the user's row of their building's sheet
// (so the plausibility checks compare them with their neighbours, as on the sheet) with the
// season's payments. The document a household is handed.
struct Statement {
    Sheet::Kind kind = Sheet::Kind::Season;
    Period period;
    QString label; // "2026-01" or "2025/2026"
    int season = 0;
    std::optional<Tariff> tariff;
    SheetRow row;
    QList<store::Payment> payments; // of the season, oldest first
    Money paid;                     // their signed sum
    QStringList notes;
};

// The request names the period (kind, month or season); its building is ignored (the user's own).
std::variant<Statement, SheetError> prepareStatement(store::Database& db, const QString& account,
                                                     const SheetRequest& request);

// What a flag means, in words a household understands ("zh_CN" or anything else for English).
QString flagText(const QString& flag, const QString& language);

// Titles of the statement's document in one language.
struct StatementLabels {
    QString title, period, page, generated;
    QString user, account, name, address, area, meter;
    QString start, end, reading, estimated, corrected, consumption, perM2;
    QString fees, basicFee, meteredFee, heatFee;
    QString payments, date, kind, reference, amount, recordedBy, paid, noPayments;
    QString settlement, mode, prepaid, prepaidFromPayments, prepaidFromPrice, billed, refund, charge;
    QString flags, noFlags;
    QString currency; // after an amount: 元, CNY
    QString paymentKind(store::Payment::Kind kind) const;
    QString modeName(SettlementMode mode) const;
    bool chinese = false;
};
StatementLabels statementLabels(const QString& language);

} // namespace heatdesk::billing
