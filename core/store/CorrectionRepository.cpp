// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CorrectionRepository.h"

#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace heatdesk::store {
namespace {

bool isCorrectableField(const QString& f) {
    static const QStringList fields = {"energy_kwh",
                                       "volume_m3",
                                       "power_kw",
                                       "flow_m3h",
                                       "supply_c",
                                       "return_c",
                                       "delta_k",
                                       "settlement_energy_kwh",
                                       "settlement_volume_m3"};
    return fields.contains(f);
}

} // namespace

CorrectionRepository::CorrectionRepository(Database& db)
    : m_db(db) {}

std::optional<qint64> CorrectionRepository::add(const Correction& c, StoreError* error) {
    auto invalid = [&](const QString& message) {
        if (error)
            *error = StoreError{StoreError::Code::Invalid, message};
        return std::nullopt;
    };
    if (c.reason.trimmed().isEmpty())
        return invalid(QStringLiteral("a correction needs a reason"));
    if (c.correctedBy.trimmed().isEmpty())
        return invalid(QStringLiteral("a correction needs the name of who made it"));
    if (!isCorrectableField(c.field))
        return invalid(QStringLiteral("'%1' is not a reading value that can be corrected").arg(c.field));

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO reading_corrections (reading_id, field, corrected_value, reason, "
                             "corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.readingId);
    q.addBindValue(c.field);
    q.addBindValue(nullable(c.correctedValue));
    q.addBindValue(c.reason);
    q.addBindValue(c.correctedBy);
    q.addBindValue(c.correctedAtMs);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(
                QStringLiteral("cannot store the correction of reading %1").arg(c.readingId), q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

QList<Correction> CorrectionRepository::forReading(qint64 readingId, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id, reading_id, field, corrected_value, reason, corrected_by, corrected_at "
                       "FROM reading_corrections WHERE reading_id = ? ORDER BY id"));
    q.addBindValue(readingId);
    return collect(q, error);
}

QList<Correction> CorrectionRepository::forReadings(const ReadingFilter& filter, StoreError* error) {
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    if (filter.meterId) {
        where += QStringLiteral(" AND r.meter_id = ?");
        binds << *filter.meterId;
    }
    if (filter.fromMs) {
        where += QStringLiteral(" AND r.read_at >= ?");
        binds << *filter.fromMs;
    }
    if (filter.toMs) {
        where += QStringLiteral(" AND r.read_at < ?");
        binds << *filter.toMs;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.reading_id, c.field, c.corrected_value, c.reason, c.corrected_by, "
                       "c.corrected_at FROM reading_corrections c JOIN readings r ON r.id = c.reading_id "
                       "WHERE %1 ORDER BY c.id")
            .arg(where));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return collect(q, error);
}

QList<Correction> CorrectionRepository::collect(QSqlQuery& q, StoreError* error) {
    QList<Correction> out;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read corrections"), q.lastError());
        return out;
    }
    while (q.next()) {
        Correction c;
        c.id = q.value(0).toLongLong();
        c.readingId = q.value(1).toLongLong();
        c.field = q.value(2).toString();
        if (!q.value(3).isNull())
            c.correctedValue = q.value(3).toDouble();
        c.reason = q.value(4).toString();
        c.correctedBy = q.value(5).toString();
        c.correctedAtMs = q.value(6).toLongLong();
        out.append(c);
    }
    return out;
}

} // namespace heatdesk::store
