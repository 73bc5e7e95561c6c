// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PaymentRepository.h"

#include "store/SqlValues.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <utility>

namespace heatdesk::store {
namespace {

constexpr std::array<std::pair<Payment::Kind, const char*>, 4> kKinds = {{
    {Payment::Kind::Prepayment, "prepayment"},
    {Payment::Kind::Payment, "payment"},
    {Payment::Kind::Refund, "refund"},
    {Payment::Kind::Correction, "correction"},
}};

} // namespace

std::optional<Payment::Kind> parsePaymentKind(const QString& text) {
    for (const auto& [kind, key] : kKinds)
        if (text == QLatin1String(key))
            return kind;
    return std::nullopt;
}

QString paymentKindKey(Payment::Kind kind) {
    for (const auto& [k, key] : kKinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

PaymentRepository::PaymentRepository(Database& db)
    : m_db(db) {}

std::optional<qint64> PaymentRepository::add(const Payment& p, StoreError* error) {
    auto invalid = [&](const QString& message) {
        if (error)
            *error = StoreError{StoreError::Code::Invalid, message};
        return std::nullopt;
    };
    if (p.kind == Payment::Kind::Correction ? p.amountFen == 0 : p.amountFen <= 0)
        return invalid(p.kind == Payment::Kind::Correction
                           ? QStringLiteral("a correction needs an amount other than 0")
                           : QStringLiteral("the amount must be more than 0 (a refund is its own kind)"));
    if (!QDate::fromString(p.paidOn, Qt::ISODate).isValid())
        return invalid(QStringLiteral("the date must be YYYY-MM-DD, not '%1'").arg(p.paidOn));
    if (p.kind == Payment::Kind::Correction && p.reference.trimmed().isEmpty())
        return invalid(QStringLiteral("a correction needs a reason in its reference"));
    if (p.recordedBy.trimmed().isEmpty())
        return invalid(QStringLiteral("a payment needs the name of who records it"));

    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO payments (heat_user_id, season, kind, amount_fen, paid_on, reference, "
                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.heatUserId);
    q.addBindValue(p.season);
    q.addBindValue(paymentKindKey(p.kind));
    q.addBindValue(p.amountFen);
    q.addBindValue(p.paidOn);
    q.addBindValue(text(p.reference));
    q.addBindValue(p.recordedBy);
    q.addBindValue(p.recordedAtMs);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot store the payment"), q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

QList<Payment> PaymentRepository::forUser(qint64 heatUserId, int season, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, heat_user_id, season, kind, amount_fen, paid_on, reference, recorded_by, "
                       "recorded_at FROM payments WHERE heat_user_id = ? AND (? = 0 OR season = ?) "
                       "ORDER BY paid_on, id"));
    q.addBindValue(heatUserId);
    q.addBindValue(season);
    q.addBindValue(season);
    QList<Payment> out;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read payments"), q.lastError());
        return out;
    }
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.heatUserId = q.value(1).toLongLong();
        p.season = q.value(2).toInt();
        p.kind = parsePaymentKind(q.value(3).toString()).value_or(Payment::Kind::Payment);
        p.amountFen = q.value(4).toLongLong();
        p.paidOn = q.value(5).toString();
        p.reference = q.value(6).toString();
        p.recordedBy = q.value(7).toString();
        p.recordedAtMs = q.value(8).toLongLong();
        out.append(std::move(p));
    }
    return out;
}

QHash<qint64, qint64> PaymentRepository::seasonTotals(int season, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT heat_user_id, SUM(CASE kind WHEN 'refund' THEN -amount_fen ELSE amount_fen "
                       "END) FROM payments WHERE season = ? GROUP BY heat_user_id"));
    q.addBindValue(season);
    QHash<qint64, qint64> out;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read the season's payments"), q.lastError());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace heatdesk::store
