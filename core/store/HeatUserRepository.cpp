// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HeatUserRepository.h"

#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace heatdesk::store {
namespace {

const QString kUserColumns =
    QStringLiteral("id, account, name, community, building, unit, room, area_m2, contact, active");

// Reads kUserColumns from `first` on.
HeatUser userAt(const QSqlQuery& q, int first = 0) {
    HeatUser u;
    u.id = q.value(first).toLongLong();
    u.account = q.value(first + 1).toString();
    u.name = q.value(first + 2).toString();
    u.community = q.value(first + 3).toString();
    u.building = q.value(first + 4).toString();
    u.unit = q.value(first + 5).toString();
    u.room = q.value(first + 6).toString();
    u.areaM2 = optionalReal(q.value(first + 7));
    u.contact = q.value(first + 8).toString();
    u.active = q.value(first + 9).toBool();
    return u;
}

MeterAssignment assignmentAt(const QSqlQuery& q) {
    MeterAssignment a;
    a.id = q.value(0).toLongLong();
    a.meterId = q.value(1).toLongLong();
    a.heatUserId = q.value(2).toLongLong();
    a.validFromMs = q.value(3).toLongLong();
    a.validToMs = optionalInteger(q.value(4));
    return a;
}

// Several statements as one step, whether or not the caller (an import) has a transaction open:
// a savepoint nests where BEGIN would fail.
class Savepoint {
public:
    explicit Savepoint(QSqlDatabase& db)
        : m_db(db) {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT heat_users"));
    }
    ~Savepoint() {
        if (m_open) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK TO heat_users"));
            q.exec(QStringLiteral("RELEASE heat_users"));
        }
    }
    [[nodiscard]] bool isOpen() const { return m_open; }
    bool release() {
        m_open = !QSqlQuery(m_db).exec(QStringLiteral("RELEASE heat_users"));
        return !m_open;
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

} // namespace

HeatUserRepository::HeatUserRepository(Database& db)
    : m_db(db) {}

std::optional<qint64> HeatUserRepository::add(const HeatUser& u, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO heat_users (account, name, community, building, unit, room, area_m2, "
                       "contact, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& s : {u.account, u.name, u.community, u.building, u.unit, u.room})
        q.addBindValue(text(s));
    q.addBindValue(nullable(u.areaM2));
    q.addBindValue(text(u.contact));
    q.addBindValue(u.active ? 1 : 0);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot add heat user %1").arg(u.account), q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<HeatUser> HeatUserRepository::byAccount(const QString& account, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM heat_users WHERE account = ?").arg(kUserColumns));
    q.addBindValue(account);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read heat user %1").arg(account), q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return userAt(q);
}

std::optional<HeatUser> HeatUserRepository::user(qint64 id, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM heat_users WHERE id = ?").arg(kUserColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read heat user %1").arg(id), q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = StoreError{StoreError::Code::Invalid, QStringLiteral("no heat user %1").arg(id)};
        return std::nullopt;
    }
    return userAt(q);
}

MaybeError HeatUserRepository::update(const HeatUser& u) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE heat_users SET account = ?, name = ?, community = ?, building = ?, unit = "
                       "?, room = ?, area_m2 = ?, contact = ?, active = ? WHERE id = ?"));
    for (const QString& s : {u.account, u.name, u.community, u.building, u.unit, u.room})
        q.addBindValue(text(s));
    q.addBindValue(nullable(u.areaM2));
    q.addBindValue(text(u.contact));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(u.id);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StoreError{StoreError::Code::Invalid,
                              QStringLiteral("account %1 belongs to another heat user").arg(u.account)};
        return fromSqlError(QStringLiteral("cannot save heat user %1").arg(u.account), q.lastError());
    }
    if (q.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Invalid, QStringLiteral("no heat user %1").arg(u.id)};
    return std::nullopt;
}

QList<HeatUserRow> HeatUserRepository::users(const HeatUserQuery& query, StoreError* error) {
    static const QStringList searched = {QStringLiteral("account"),   QStringLiteral("name"),
                                         QStringLiteral("community"), QStringLiteral("building"),
                                         QStringLiteral("unit"),      QStringLiteral("room"),
                                         QStringLiteral("contact")};
    QStringList where;
    if (!query.includeInactive)
        where << QStringLiteral("u.active = 1");
    const QString words = query.text.trimmed();
    if (!words.isEmpty()) {
        QStringList any;
        for (const QString& column : searched)
            any << QStringLiteral("u.%1 LIKE ? ESCAPE '\\'").arg(column);
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The meters assigned now, per user, through the assignments' user index.
    q.prepare(QStringLiteral("SELECT u.%1, (SELECT group_concat(m.number, ', ') FROM meter_assignments a "
                             "JOIN meters m ON m.id = a.meter_id WHERE a.heat_user_id = u.id AND a.valid_to "
                             "IS NULL) FROM heat_users u %2 ORDER BY u.community, u.building, u.unit, "
                             "u.room, u.account LIMIT ? OFFSET ?")
                  .arg(QString(kUserColumns).replace(QStringLiteral(", "), QStringLiteral(", u.")),
                       where.isEmpty() ? QString()
                                       : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!words.isEmpty()) {
        QString pattern = words;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        for (qsizetype i = 0; i < searched.size(); ++i)
            q.addBindValue(pattern);
    }
    q.addBindValue(query.limit < 0 ? -1 : query.limit);
    q.addBindValue(std::max(0, query.offset));
    QList<HeatUserRow> rows;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot list the heat users"), q.lastError());
        return rows;
    }
    while (q.next())
        rows.append({userAt(q), q.value(10).toString()});
    return rows;
}

MaybeError HeatUserRepository::deactivate(qint64 heatUserId, qint64 atMs) {
    Savepoint step(m_db.sql());
    if (!step.isOpen())
        return fromSqlError(QStringLiteral("cannot deactivate heat user %1").arg(heatUserId),
                            m_db.sql().lastError());
    QSqlQuery q(m_db.sql());
    // An assignment that only starts later (entered ahead) cannot end before it starts: refused.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM meter_assignments WHERE heat_user_id = ? AND valid_to IS "
                             "NULL AND valid_from >= ?"));
    q.addBindValue(heatUserId);
    q.addBindValue(atMs);
    if (!q.exec() || !q.next())
        return fromSqlError(QStringLiteral("cannot deactivate heat user %1").arg(heatUserId), q.lastError());
    if (q.value(0).toLongLong() > 0)
        return StoreError{StoreError::Code::Invalid,
                          QStringLiteral("a meter assignment of this user starts at or after the date: "
                                         "deactivate it later")};
    q.prepare(QStringLiteral(
        "UPDATE meter_assignments SET valid_to = ? WHERE heat_user_id = ? AND valid_to IS NULL"));
    q.addBindValue(atMs);
    q.addBindValue(heatUserId);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot end the assignments of heat user %1").arg(heatUserId),
                            q.lastError());
    q.prepare(QStringLiteral("UPDATE heat_users SET active = 0 WHERE id = ?"));
    q.addBindValue(heatUserId);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot deactivate heat user %1").arg(heatUserId), q.lastError());
    if (q.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Invalid, QStringLiteral("no heat user %1").arg(heatUserId)};
    if (!step.release())
        return fromSqlError(QStringLiteral("cannot deactivate heat user %1").arg(heatUserId),
                            m_db.sql().lastError());
    return std::nullopt;
}

std::optional<bool> HeatUserRepository::hasAssignments(qint64 heatUserId, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meter_assignments WHERE heat_user_id = ?)"));
    q.addBindValue(heatUserId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read assignments"), q.lastError());
        return std::nullopt;
    }
    return q.value(0).toBool();
}

MaybeError HeatUserRepository::remove(qint64 heatUserId) {
    StoreError error;
    const std::optional<bool> assigned = hasAssignments(heatUserId, &error);
    if (!assigned)
        return error;
    if (*assigned)
        return StoreError{
            StoreError::Code::Invalid,
            QStringLiteral("a meter was assigned to this heat user, so its readings are part of "
                           "its history: deactivate it instead")};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM heat_users WHERE id = ?"));
    q.addBindValue(heatUserId);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot delete heat user %1").arg(heatUserId), q.lastError());
    if (q.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Invalid, QStringLiteral("no heat user %1").arg(heatUserId)};
    return std::nullopt;
}

MaybeError HeatUserRepository::checkAssignable(qint64 meterId, qint64 fromMs) {
    QSqlQuery q(m_db.sql());
    // A meter measures one flat at a time: refuse an overlap with any of its assignments.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM meter_assignments WHERE meter_id = ? AND "
                             "(valid_to IS NULL OR valid_to > ?)"));
    q.addBindValue(meterId);
    q.addBindValue(fromMs);
    if (!q.exec() || !q.next())
        return fromSqlError(QStringLiteral("cannot check assignments of meter %1").arg(meterId),
                            q.lastError());
    if (q.value(0).toLongLong() > 0)
        return StoreError{StoreError::Code::Invalid,
                          QStringLiteral("meter %1 is still assigned in that period: end its assignment "
                                         "first")
                              .arg(meterId)};
    return std::nullopt;
}

std::optional<qint64> HeatUserRepository::assign(qint64 meterId, qint64 heatUserId, qint64 fromMs,
                                                 StoreError* error) {
    if (MaybeError refused = checkAssignable(meterId, fromMs)) {
        if (error)
            *error = *refused;
        return std::nullopt;
    }
    QSqlQuery q(m_db.sql());
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

std::optional<qint64> HeatUserRepository::assign(qint64 meterId, qint64 heatUserId, qint64 fromMs,
                                                 AssignEnding ending, StoreError* error) {
    const auto fail = [&](const StoreError& e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    Savepoint step(m_db.sql());
    if (!step.isOpen())
        return fail(
            fromSqlError(QStringLiteral("cannot assign meter %1").arg(meterId), m_db.sql().lastError()));
    QStringList open;
    if (ending.metersOpenAssignment)
        open << QStringLiteral("meter_id = %1").arg(meterId);
    if (ending.usersOpenAssignments)
        open << QStringLiteral("heat_user_id = %1").arg(heatUserId);
    if (!open.isEmpty()) {
        const QString which =
            QStringLiteral("valid_to IS NULL AND (%1)").arg(open.join(QStringLiteral(" OR ")));
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM meter_assignments WHERE %1 AND valid_from >= ?").arg(which));
        q.addBindValue(fromMs);
        if (!q.exec() || !q.next())
            return fail(fromSqlError(QStringLiteral("cannot check assignments"), q.lastError()));
        if (q.value(0).toLongLong() > 0)
            return fail(
                StoreError{StoreError::Code::Invalid,
                           QStringLiteral("the current assignment starts on or after that date, so it "
                                          "cannot end there: choose a later date")});
        q.prepare(QStringLiteral("UPDATE meter_assignments SET valid_to = ? WHERE %1").arg(which));
        q.addBindValue(fromMs);
        if (!q.exec())
            return fail(fromSqlError(QStringLiteral("cannot end the current assignments"), q.lastError()));
    }
    const std::optional<qint64> id = assign(meterId, heatUserId, fromMs, error);
    if (!id)
        return std::nullopt;
    if (!step.release())
        return fail(
            fromSqlError(QStringLiteral("cannot assign meter %1").arg(meterId), m_db.sql().lastError()));
    return id;
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
    while (q.next())
        out.append(assignmentAt(q));
    return out;
}

QList<AssignmentHistoryRow> HeatUserRepository::history(qint64 heatUserId, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT a.id, a.meter_id, a.heat_user_id, a.valid_from, a.valid_to, m.number, "
                             "m.protocol FROM meter_assignments a JOIN meters m ON m.id = a.meter_id WHERE "
                             "a.heat_user_id = ? ORDER BY a.valid_from DESC, a.id DESC"));
    q.addBindValue(heatUserId);
    QList<AssignmentHistoryRow> out;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read assignments"), q.lastError());
        return out;
    }
    while (q.next())
        out.append({assignmentAt(q), q.value(5).toString(), q.value(6).toString()});
    return out;
}

std::optional<MeterAssignment> HeatUserRepository::openAssignmentOfMeter(qint64 meterId, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, meter_id, heat_user_id, valid_from, valid_to FROM meter_assignments "
                             "WHERE meter_id = ? AND valid_to IS NULL"));
    q.addBindValue(meterId);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read assignments"), q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return assignmentAt(q);
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
