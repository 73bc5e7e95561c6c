// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HeatUserRepository.h"

#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace heatdesk::store {

HeatUserRepository::HeatUserRepository(Database& db)
    : m_db(db) {}

std::optional<qint64> HeatUserRepository::add(const HeatUser& u, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO heat_users (account, name, community, building, unit, room, area_m2, "
                       "contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& s : {u.account, u.name, u.community, u.building, u.unit, u.room})
        q.addBindValue(text(s));
    q.addBindValue(nullable(u.areaM2));
    q.addBindValue(text(u.contact));
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot add heat user %1").arg(u.account), q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<HeatUser> HeatUserRepository::byAccount(const QString& account, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, account, name, community, building, unit, room, area_m2, contact "
                             "FROM heat_users WHERE account = ?"));
    q.addBindValue(account);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read heat user %1").arg(account), q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    HeatUser u;
    u.id = q.value(0).toLongLong();
    u.account = q.value(1).toString();
    u.name = q.value(2).toString();
    u.community = q.value(3).toString();
    u.building = q.value(4).toString();
    u.unit = q.value(5).toString();
    u.room = q.value(6).toString();
    if (!q.value(7).isNull())
        u.areaM2 = q.value(7).toDouble();
    u.contact = q.value(8).toString();
    return u;
}

std::optional<qint64> HeatUserRepository::assign(qint64 meterId, qint64 heatUserId, qint64 fromMs,
                                                 StoreError* error) {
    QSqlQuery q(m_db.sql());
    // A meter measures one flat at a time: refuse an overlap with any of its assignments.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM meter_assignments WHERE meter_id = ? AND "
                             "(valid_to IS NULL OR valid_to > ?)"));
    q.addBindValue(meterId);
    q.addBindValue(fromMs);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot check assignments of meter %1").arg(meterId),
                                  q.lastError());
        return std::nullopt;
    }
    if (q.value(0).toLongLong() > 0) {
        if (error)
            *error =
                StoreError{StoreError::Code::Invalid,
                           QStringLiteral("meter %1 is still assigned in that period: end its assignment "
                                          "first")
                               .arg(meterId)};
        return std::nullopt;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO meter_assignments (meter_id, heat_user_id, valid_from) VALUES (?, ?, ?)"));
    q.addBindValue(meterId);
    q.addBindValue(heatUserId);
    q.addBindValue(fromMs);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot assign meter %1").arg(meterId), q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

MaybeError HeatUserRepository::endAssignment(qint64 assignmentId, qint64 toMs) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meter_assignments SET valid_to = ? WHERE id = ? AND valid_to IS NULL"));
    q.addBindValue(toMs);
    q.addBindValue(assignmentId);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot end assignment %1").arg(assignmentId), q.lastError());
    if (q.numRowsAffected() != 1)
        return StoreError{
            StoreError::Code::Invalid,
            QStringLiteral("assignment %1 does not exist or has ended already").arg(assignmentId)};
    return std::nullopt;
}

QList<MeterAssignment> HeatUserRepository::assignmentsOf(qint64 heatUserId, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, meter_id, heat_user_id, valid_from, valid_to FROM meter_assignments "
                             "WHERE heat_user_id = ? ORDER BY valid_from"));
    q.addBindValue(heatUserId);
    QList<MeterAssignment> out;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read assignments"), q.lastError());
        return out;
    }
    while (q.next()) {
        MeterAssignment a;
        a.id = q.value(0).toLongLong();
        a.meterId = q.value(1).toLongLong();
        a.heatUserId = q.value(2).toLongLong();
        a.validFromMs = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            a.validToMs = q.value(4).toLongLong();
        out.append(a);
    }
    return out;
}

QStringList HeatUserRepository::buildings(StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT building FROM heat_users WHERE building <> '' ORDER BY building"))) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot list the buildings"), q.lastError());
        return {};
    }
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace heatdesk::store
