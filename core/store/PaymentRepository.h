// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace heatdesk::store {

// Money a heat user paid (or was paid back) for a heating season, in fen. Payments are
// append-only: a wrong entry stays and a correction row (signed amount, reference says why)
// undoes it.
struct Payment {
    enum class Kind { Prepayment, Payment, Refund, Correction };
    qint64 id = 0;
    qint64 heatUserId = 0;
    int season = 0; // the year the season starts in
    Kind kind = Kind::Payment;
    qint64 amountFen = 0; // > 0, except a correction, which is signed and never 0
    QString paidOn;       // ISO date, as on the receipt
    QString reference;    // receipt or bank reference; a correction's reason
    QString recordedBy;
    qint64 recordedAtMs = 0;

    // What the entry adds to the user's paid amount: a refund takes money back.
    qint64 signedFen() const { return kind == Kind::Refund ? -amountFen : amountFen; }
};

std::optional<Payment::Kind> parsePaymentKind(const QString& text);
QString paymentKindKey(Payment::Kind kind); // "prepayment", "payment", "refund", "correction"

class PaymentRepository {
public:
    explicit PaymentRepository(Database& db);

    // Refuses what the table's checks would (amount, date, author, a correction's reason) with a
    // message a clerk understands.
    std::optional<qint64> add(const Payment& p, StoreError* error = nullptr);
    // One user's entries of a season (all seasons with season 0), oldest first.
    QList<Payment> forUser(qint64 heatUserId, int season = 0, StoreError* error = nullptr);
    // Per user with at least one entry in the season: the signed sum in fen.
    QHash<qint64, qint64> seasonTotals(int season, StoreError* error = nullptr);

private:
    Database& m_db;
};

} // namespace heatdesk::store
