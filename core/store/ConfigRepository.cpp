// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConfigRepository.h"

#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace heatdesk::store {
namespace {

std::optional<qint64> insertReturningId(QSqlQuery& q, const QString& what, StoreError* error) {
    if (q.exec())
        return q.lastInsertId().toLongLong();
    if (error)
        *error = fromSqlError(what, q.lastError());
    return std::nullopt;
}

constexpr const char* kMeterColumns = "id, bus_id, number, protocol, primary_address, secondary_address, "
                                      "model_profile, medium, installed_on, location, active";

MeterConfig rowToMeter(const QSqlQuery& q) {
    MeterConfig m;
    m.id = q.value(0).toLongLong();
    m.busId = q.value(1).toLongLong();
    m.number = q.value(2).toString();
    m.protocol = q.value(3).toString();
    if (!q.value(4).isNull())
        m.primaryAddress = q.value(4).toInt();
    m.secondaryAddress = q.value(5).toString();
    m.modelProfile = q.value(6).toString();
    m.medium = q.value(7).toString();
    m.installedOn = q.value(8).toString();
    m.location = q.value(9).toString();
    m.active = q.value(10).toBool();
    return m;
}

} // namespace

ConfigRepository::ConfigRepository(Database& db)
    : m_db(db) {}

std::optional<qint64> ConfigRepository::addSite(const QString& name, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sites (name) VALUES (?)"));
    q.addBindValue(text(name));
    return insertReturningId(q, QStringLiteral("cannot add site %1").arg(name), error);
}

std::optional<qint64> ConfigRepository::addChannel(qint64 siteId, const QString& name, const QString& kind,
                                                   const QString& settingsJson, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO channels (site_id, name, kind, settings) VALUES (?, ?, ?, ?)"));
    q.addBindValue(siteId);
    q.addBindValue(text(name));
    q.addBindValue(text(kind));
    q.addBindValue(text(settingsJson));
    return insertReturningId(q, QStringLiteral("cannot add channel %1").arg(name), error);
}

std::optional<qint64> ConfigRepository::addBus(qint64 channelId, const QString& name, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO buses (channel_id, name) VALUES (?, ?)"));
    q.addBindValue(channelId);
    q.addBindValue(text(name));
    return insertReturningId(q, QStringLiteral("cannot add bus %1").arg(name), error);
}

std::optional<qint64> ConfigRepository::addMeter(const MeterConfig& m, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO meters (bus_id, number, protocol, primary_address, secondary_address, "
                       "model_profile, medium, installed_on, location, active) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.busId);
    q.addBindValue(text(m.number));
    q.addBindValue(text(m.protocol));
    q.addBindValue(nullable(m.primaryAddress));
    q.addBindValue(textOrNull(m.secondaryAddress));
    q.addBindValue(text(m.modelProfile));
    q.addBindValue(text(m.medium));
    q.addBindValue(textOrNull(m.installedOn));
    q.addBindValue(text(m.location));
    q.addBindValue(m.active ? 1 : 0);
    return insertReturningId(q, QStringLiteral("cannot add meter %1").arg(m.number), error);
}

std::optional<qint64> ConfigRepository::ensure(const QString& insert, const QString& select,
                                               const QVariantList& values, const QString& what,
                                               StoreError* error) {
    // Portable "insert if missing": ON CONFLICT DO NOTHING works in SQLite and PostgreSQL.
    QSqlQuery q(m_db.sql());
    q.prepare(insert + QStringLiteral(" ON CONFLICT DO NOTHING"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(what, q.lastError());
        return std::nullopt;
    }
    q.prepare(select);
    for (const QVariant& v : values.mid(0, select.count(QLatin1Char('?'))))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = fromSqlError(what, q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> ConfigRepository::ensureSite(const QString& name, StoreError* error) {
    return ensure(QStringLiteral("INSERT INTO sites (name) VALUES (?)"),
                  QStringLiteral("SELECT id FROM sites WHERE name = ?"), {text(name)},
                  QStringLiteral("cannot add site %1").arg(name), error);
}

std::optional<qint64> ConfigRepository::ensureChannel(qint64 siteId, const QString& name, const QString& kind,
                                                      StoreError* error) {
    return ensure(QStringLiteral("INSERT INTO channels (site_id, name, kind) VALUES (?, ?, ?)"),
                  QStringLiteral("SELECT id FROM channels WHERE site_id = ? AND name = ?"),
                  {siteId, text(name), text(kind)}, QStringLiteral("cannot add channel %1").arg(name), error);
}

std::optional<qint64> ConfigRepository::ensureBus(qint64 channelId, const QString& name, StoreError* error) {
    return ensure(QStringLiteral("INSERT INTO buses (channel_id, name) VALUES (?, ?)"),
                  QStringLiteral("SELECT id FROM buses WHERE channel_id = ? AND name = ?"),
                  {channelId, text(name)}, QStringLiteral("cannot add bus %1").arg(name), error);
}

std::optional<MeterConfig> ConfigRepository::meter(qint64 id, StoreError* error) {
    return findMeter(QStringLiteral("id = ?"), id, error);
}

std::optional<MeterConfig> ConfigRepository::meterByNumber(const QString& number, StoreError* error) {
    return findMeter(QStringLiteral("number = ?"), number, error);
}

std::optional<MeterConfig> ConfigRepository::findMeter(const QString& where, const QVariant& value,
                                                       StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM meters WHERE %2 ORDER BY id LIMIT 1")
                  .arg(QLatin1String(kMeterColumns), where));
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error =
                fromSqlError(QStringLiteral("cannot find meter %1").arg(value.toString()), q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowToMeter(q);
}

QString ConfigRepository::busName(qint64 busId) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name FROM buses WHERE id = ?"));
    q.addBindValue(busId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<TreeRow> ConfigRepository::tree(StoreError* error) {
    // The latest reading per meter by one index seek each on (meter_id, read_at).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, c.id, b.id, m.id, s.name, c.name, c.kind, b.name, m.number, m.protocol, "
            "m.primary_address, r.read_at, r.energy_kwh, r.flags, m.secondary_address, m.location, "
            "u.name, u.building, u.unit, u.room "
            "FROM buses b JOIN channels c ON c.id = b.channel_id JOIN sites s ON s.id = c.site_id "
            "LEFT JOIN meters m ON m.bus_id = b.id "
            "LEFT JOIN readings r ON r.id = (SELECT id FROM readings WHERE meter_id = m.id "
            "ORDER BY read_at DESC, id DESC LIMIT 1) "
            "LEFT JOIN meter_assignments a ON a.id = (SELECT id FROM meter_assignments "
            "WHERE meter_id = m.id AND valid_to IS NULL ORDER BY valid_from DESC LIMIT 1) "
            "LEFT JOIN heat_users u ON u.id = a.heat_user_id "
            "ORDER BY s.name, c.name, b.name, m.number"))) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read the meter tree"), q.lastError());
        return {};
    }
    QList<TreeRow> rows;
    while (q.next()) {
        TreeRow t;
        t.siteId = q.value(0).toLongLong();
        t.channelId = q.value(1).toLongLong();
        t.busId = q.value(2).toLongLong();
        t.meterId = q.value(3).toLongLong();
        t.site = q.value(4).toString();
        t.channel = q.value(5).toString();
        t.channelKind = q.value(6).toString();
        t.bus = q.value(7).toString();
        t.meterNumber = q.value(8).toString();
        t.protocol = q.value(9).toString();
        if (!q.value(10).isNull())
            t.primaryAddress = q.value(10).toInt();
        if (!q.value(11).isNull())
            t.lastReadAtMs = q.value(11).toLongLong();
        if (!q.value(12).isNull())
            t.lastEnergyKwh = q.value(12).toDouble();
        t.lastFlags = q.value(13).toUInt();
        t.secondaryAddress = q.value(14).toString();
        t.location = q.value(15).toString();
        t.userName = q.value(16).toString();
        const QStringList room{q.value(17).toString(), q.value(18).toString(), q.value(19).toString()};
        if (!room.join(QString()).isEmpty())
            t.userRoom = room.join(QLatin1Char('-'));
        rows.append(t);
    }
    return rows;
}

QList<ChannelRow> ConfigRepository::channels(StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, site_id, name, kind, settings, enabled FROM channels ORDER BY id"))) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read the channels"), q.lastError());
        return {};
    }
    QList<ChannelRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString().toUtf8(), q.value(5).toInt() != 0});
    return rows;
}

MaybeError ConfigRepository::setChannelSettings(qint64 channelId, const QByteArray& settingsJson) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE channels SET settings = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(settingsJson));
    q.addBindValue(channelId);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot save the channel settings"), q.lastError());
    if (q.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Invalid, QStringLiteral("no channel %1").arg(channelId)};
    return std::nullopt;
}

MaybeError ConfigRepository::setSetting(const QString& key, const QString& value) {
    QSqlQuery q(m_db.sql());
    // Portable upsert (SQLite ≥ 3.24 and PostgreSQL share this syntax).
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(text(key));
    q.addBindValue(text(value));
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot store setting %1").arg(key), q.lastError());
    return std::nullopt;
}

std::optional<QString> ConfigRepository::setting(const QString& key) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(text(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace heatdesk::store
