// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConfigRepository.h"

#include "store/ReadingIndex.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>
#include <map>
#include <type_traits>

namespace heatdesk::store {
namespace {

// SQLITE_CONSTRAINT is 19; the driver's text names the kind (UNIQUE, CHECK, FOREIGN KEY).
bool isConstraint(const QSqlError& e, QLatin1String kind) {
    return (e.nativeErrorCode().toInt() & 0xFF) == 19 && e.databaseText().contains(kind);
}

// A UNIQUE violation becomes `taken` (which says where the name is taken); anything else keeps
// the driver's words.
StoreError uniqueOr(const QString& taken, const QString& what, const QSqlError& e) {
    if (isConstraint(e, QLatin1String("UNIQUE")))
        return {StoreError::Code::Invalid, taken};
    return fromSqlError(what, e);
}

MaybeError execUpdate(QSqlQuery& q, const QString& what, const QString& taken, const QString& missing) {
    if (!q.exec())
        return uniqueOr(taken, what, q.lastError());
    if (q.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Invalid, missing};
    return std::nullopt;
}

std::optional<qint64> insertReturningId(QSqlQuery& q, const QString& what, StoreError* error,
                                        const QString& taken = {}) {
    if (q.exec())
        return q.lastInsertId().toLongLong();
    if (error)
        *error = taken.isEmpty() ? fromSqlError(what, q.lastError()) : uniqueOr(taken, what, q.lastError());
    return std::nullopt;
}

// What the schema's CHECK constraints would refuse, said before the database does.
MaybeError meterFieldError(const MeterConfig& m) {
    if (m.protocol != QLatin1String("mbus") && m.protocol != QLatin1String("cjt188"))
        return StoreError{StoreError::Code::Invalid,
                          QStringLiteral("protocol '%1' is not mbus or cjt188").arg(m.protocol)};
    if (m.primaryAddress && (*m.primaryAddress < 0 || *m.primaryAddress > 250))
        return StoreError{StoreError::Code::Invalid,
                          QStringLiteral("primary address %1 is not 0..250").arg(*m.primaryAddress)};
    return std::nullopt;
}

// Runs the SELECT `sql` with `values` bound. When it fails, `error` (when asked for) says `what`
// with the driver's words.
bool execSelect(QSqlQuery& q, const QString& sql, const QVariantList& values, const QString& what,
                StoreError* error) {
    q.setForwardOnly(true); // the readers walk their rows once
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = fromSqlError(what, q.lastError());
    return false;
}

// The first row `sql` selects, as `toRow` maps it; nothing when there is none or the query failed.
template <typename ToRow>
auto oneRow(QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what,
            StoreError* error, ToRow toRow) -> std::optional<std::invoke_result_t<ToRow, const QSqlQuery&>> {
    QSqlQuery q(db);
    if (!execSelect(q, sql, values, what, error) || !q.next())
        return std::nullopt;
    return toRow(q);
}

// Every row `sql` selects, as `toRow` maps them; none when the query failed.
template <typename ToRow>
auto allRows(QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what,
             StoreError* error, ToRow toRow) -> QList<std::invoke_result_t<ToRow, const QSqlQuery&>> {
    QSqlQuery q(db);
    QList<std::invoke_result_t<ToRow, const QSqlQuery&>> rows;
    if (execSelect(q, sql, values, what, error))
        while (q.next())
            rows.append(toRow(q));
    return rows;
}

QString firstText(const QSqlQuery& q) {
    return q.value(0).toString();
}

// For messages: the name of a row, or its id when it has none (or the query failed).
QString nameOf(QSqlDatabase& db, const QString& table, qint64 id) {
    return oneRow(db, QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table), {id}, {}, nullptr,
                  firstText)
        .value_or(QString::number(id));
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

// Every column but the id, in the order of kMeterColumns: what an insert or an update writes.
void bindMeterFields(QSqlQuery& q, const MeterConfig& m) {
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
}

constexpr const char* kChannelColumns = "id, site_id, name, kind, settings, enabled";

ChannelRow rowToChannel(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),        q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString().toUtf8(), q.value(5).toInt() != 0};
}

SiteRow rowToSite(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

BusRow rowToBus(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
}

} // namespace

ConfigRepository::ConfigRepository(Database& db)
    : m_db(db) {}

std::optional<qint64> ConfigRepository::addSite(const QString& name, StoreError* error) {
    return addSite(SiteRow{0, name, {}}, error);
}

std::optional<qint64> ConfigRepository::addSite(const SiteRow& site, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sites (name, address) VALUES (?, ?)"));
    q.addBindValue(text(site.name));
    q.addBindValue(text(site.address));
    return insertReturningId(q, QStringLiteral("cannot add site %1").arg(site.name), error,
                             QStringLiteral("a site named %1 already exists").arg(site.name));
}

std::optional<qint64> ConfigRepository::addChannel(qint64 siteId, const QString& name, const QString& kind,
                                                   const QString& settingsJson, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO channels (site_id, name, kind, settings) VALUES (?, ?, ?, ?)"));
    q.addBindValue(siteId);
    q.addBindValue(text(name));
    q.addBindValue(text(kind));
    q.addBindValue(text(settingsJson));
    return insertReturningId(q, QStringLiteral("cannot add channel %1").arg(name), error,
                             QStringLiteral("site %1 already has a channel named %2")
                                 .arg(nameOf(m_db.sql(), QStringLiteral("sites"), siteId), name));
}

std::optional<qint64> ConfigRepository::addBus(qint64 channelId, const QString& name, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO buses (channel_id, name) VALUES (?, ?)"));
    q.addBindValue(channelId);
    q.addBindValue(text(name));
    return insertReturningId(q, QStringLiteral("cannot add bus %1").arg(name), error,
                             QStringLiteral("channel %1 already has a bus named %2")
                                 .arg(nameOf(m_db.sql(), QStringLiteral("channels"), channelId), name));
}

std::optional<qint64> ConfigRepository::addMeter(const MeterConfig& m, StoreError* error) {
    if (auto e = meterFieldError(m)) {
        if (error)
            *error = *e;
        return std::nullopt;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO meters (bus_id, number, protocol, primary_address, secondary_address, "
                       "model_profile, medium, installed_on, location, active) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindMeterFields(q, m);
    if (q.exec())
        return q.lastInsertId().toLongLong();
    if (error)
        *error = duplicateMeterError(m, q.lastError());
    return std::nullopt;
}

StoreError ConfigRepository::duplicateMeterError(const MeterConfig& m, const QSqlError& sqlError) {
    if (isConstraint(sqlError, QLatin1String("UNIQUE")))
        if (auto taken = meterNumberTaken(m))
            return *taken;
    return fromSqlError(QStringLiteral("cannot save meter %1").arg(m.number), sqlError);
}

MaybeError ConfigRepository::meterNumberTaken(const MeterConfig& m) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT b.name, c.name, s.name FROM meters m JOIN buses b ON b.id = m.bus_id "
                             "JOIN channels c ON c.id = b.channel_id JOIN sites s ON s.id = c.site_id "
                             "WHERE m.protocol = ? AND m.number = ? AND m.id <> ?"));
    q.addBindValue(text(m.protocol));
    q.addBindValue(text(m.number));
    q.addBindValue(m.id);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot look up meter %1").arg(m.number), q.lastError());
    if (!q.next())
        return std::nullopt;
    return StoreError{
        StoreError::Code::Invalid,
        QStringLiteral("a meter with number %1 already exists on bus %2 (%3 / %4)")
            .arg(m.number, q.value(0).toString(), q.value(2).toString(), q.value(1).toString())};
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
    return oneRow(m_db.sql(),
                  QStringLiteral("SELECT %1 FROM meters WHERE %2 ORDER BY id LIMIT 1")
                      .arg(QLatin1String(kMeterColumns), where),
                  {value}, QStringLiteral("cannot find meter %1").arg(value.toString()), error, rowToMeter);
}

QList<MeterConfig> ConfigRepository::meters(StoreError* error) {
    return allRows(
        m_db.sql(),
        QStringLiteral("SELECT %1 FROM meters ORDER BY bus_id, id").arg(QLatin1String(kMeterColumns)), {},
        QStringLiteral("cannot read the meters"), error, rowToMeter);
}

QString ConfigRepository::busName(qint64 busId) {
    return oneRow(m_db.sql(), QStringLiteral("SELECT name FROM buses WHERE id = ?"), {busId}, {}, nullptr,
                  firstText)
        .value_or(QString());
}

QList<TreeRow> ConfigRepository::tree(StoreError* error) {
    // The latest reading per meter comes from the reading index, in the same read transaction.
    const QString sql =
        QStringLiteral("SELECT s.id, c.id, b.id, m.id, s.name, c.name, c.kind, b.name, m.number, m.protocol, "
                       "m.primary_address, m.secondary_address, m.location, "
                       "u.name, u.building, u.unit, u.room "
                       "FROM buses b JOIN channels c ON c.id = b.channel_id JOIN sites s ON s.id = c.site_id "
                       "LEFT JOIN meters m ON m.bus_id = b.id "
                       "LEFT JOIN meter_assignments a ON a.id = (SELECT id FROM meter_assignments "
                       "WHERE meter_id = m.id AND valid_to IS NULL ORDER BY valid_from DESC LIMIT 1) "
                       "LEFT JOIN heat_users u ON u.id = a.heat_user_id "
                       "ORDER BY s.name, c.name, b.name, m.number");
    ReadSnapshot snapshot(m_db.sql());
    StoreError failure;
    QList<TreeRow> rows = allRows(
        m_db.sql(), sql, {}, QStringLiteral("cannot read the meter tree"), &failure, [](const QSqlQuery& q) {
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
            t.secondaryAddress = q.value(11).toString();
            t.location = q.value(12).toString();
            t.userName = q.value(13).toString();
            const QStringList room{q.value(14).toString(), q.value(15).toString(), q.value(16).toString()};
            if (!room.join(QString()).isEmpty())
                t.userRoom = room.join(QLatin1Char('-'));
            return t;
        });
    std::map<qint64, Point> latest;
    if (failure.message.isEmpty())
        if (auto e =
                boundaryPoints(m_db.sql(), std::nullopt, std::numeric_limits<qint64>::max(), true, latest))
            failure = *e;
    if (!failure.message.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    for (TreeRow& t : rows) {
        const auto found = latest.find(t.meterId);
        if (t.meterId == 0 || found == latest.end())
            continue;
        t.lastReadAtMs = found->second.readAtMs;
        t.lastEnergyKwh = found->second.energyKwh;
        t.lastFlags = found->second.flags;
    }
    return rows;
}

QList<ChannelRow> ConfigRepository::channels(StoreError* error) {
    return allRows(m_db.sql(),
                   QStringLiteral("SELECT %1 FROM channels ORDER BY id").arg(QLatin1String(kChannelColumns)),
                   {}, QStringLiteral("cannot read the channels"), error, rowToChannel);
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

QList<SiteRow> ConfigRepository::sites(StoreError* error) {
    return allRows(m_db.sql(), QStringLiteral("SELECT id, name, address FROM sites ORDER BY name"), {},
                   QStringLiteral("cannot read the sites"), error, rowToSite);
}

std::optional<SiteRow> ConfigRepository::site(qint64 id, StoreError* error) {
    return oneRow(m_db.sql(), QStringLiteral("SELECT id, name, address FROM sites WHERE id = ?"), {id},
                  QStringLiteral("cannot read site %1").arg(id), error, rowToSite);
}

std::optional<ChannelRow> ConfigRepository::channel(qint64 id, StoreError* error) {
    return oneRow(m_db.sql(),
                  QStringLiteral("SELECT %1 FROM channels WHERE id = ?").arg(QLatin1String(kChannelColumns)),
                  {id}, QStringLiteral("cannot read channel %1").arg(id), error, rowToChannel);
}

QList<BusRow> ConfigRepository::buses(qint64 channelId, StoreError* error) {
    return allRows(
        m_db.sql(),
        QStringLiteral("SELECT id, channel_id, name FROM buses WHERE channel_id = ? ORDER BY name"),
        {channelId}, QStringLiteral("cannot read the buses"), error, rowToBus);
}

std::optional<BusRow> ConfigRepository::bus(qint64 id, StoreError* error) {
    return oneRow(m_db.sql(), QStringLiteral("SELECT id, channel_id, name FROM buses WHERE id = ?"), {id},
                  QStringLiteral("cannot read bus %1").arg(id), error, rowToBus);
}

MaybeError ConfigRepository::updateSite(const SiteRow& site) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE sites SET name = ?, address = ? WHERE id = ?"));
    q.addBindValue(text(site.name));
    q.addBindValue(text(site.address));
    q.addBindValue(site.id);
    return execUpdate(q, QStringLiteral("cannot save site %1").arg(site.name),
                      QStringLiteral("a site named %1 already exists").arg(site.name),
                      QStringLiteral("no site %1").arg(site.id));
}

MaybeError ConfigRepository::updateChannel(const ChannelRow& c) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE channels SET name = ?, kind = ?, settings = ?, enabled = ? WHERE id = ?"));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.kind));
    q.addBindValue(QString::fromUtf8(c.settingsJson.isEmpty() ? QByteArray("{}") : c.settingsJson));
    q.addBindValue(c.enabled ? 1 : 0);
    q.addBindValue(c.id);
    const QString site = nameOf(m_db.sql(), QStringLiteral("sites"), c.siteId);
    return execUpdate(q, QStringLiteral("cannot save channel %1").arg(c.name),
                      QStringLiteral("site %1 already has a channel named %2").arg(site, c.name),
                      QStringLiteral("no channel %1").arg(c.id));
}

MaybeError ConfigRepository::updateBus(const BusRow& b) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE buses SET name = ? WHERE id = ?"));
    q.addBindValue(text(b.name));
    q.addBindValue(b.id);
    const QString channel = nameOf(m_db.sql(), QStringLiteral("channels"), b.channelId);
    return execUpdate(q, QStringLiteral("cannot save bus %1").arg(b.name),
                      QStringLiteral("channel %1 already has a bus named %2").arg(channel, b.name),
                      QStringLiteral("no bus %1").arg(b.id));
}

MaybeError ConfigRepository::updateMeter(const MeterConfig& m) {
    if (auto e = meterFieldError(m))
        return e;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meters SET bus_id = ?, number = ?, protocol = ?, primary_address = ?, "
                             "secondary_address = ?, model_profile = ?, medium = ?, installed_on = ?, "
                             "location = ?, active = ? WHERE id = ?"));
    bindMeterFields(q, m);
    q.addBindValue(m.id);
    if (!q.exec())
        return duplicateMeterError(m, q.lastError());
    if (q.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Invalid, QStringLiteral("no meter %1").arg(m.id)};
    return std::nullopt;
}

MaybeError ConfigRepository::removeMeter(qint64 id) {
    return remove(Level::Meter, id);
}

MaybeError ConfigRepository::removeBus(qint64 id) {
    return remove(Level::Bus, id);
}

MaybeError ConfigRepository::removeChannel(qint64 id) {
    return remove(Level::Channel, id);
}

MaybeError ConfigRepository::removeSite(qint64 id) {
    return remove(Level::Site, id);
}

MaybeError ConfigRepository::remove(Level level, qint64 id) {
    struct Scope {
        const char* table;
        const char* noun;
        const char* meters;      // the ids of the meters under the item; binds the id once
        QStringList deleteAbove; // after its meters: what holds them, innermost first
    };
    static const Scope scopes[] = {
        {"sites",
         "site",
         "SELECT m.id FROM meters m JOIN buses b ON b.id = m.bus_id JOIN channels c ON c.id = b.channel_id "
         "WHERE c.site_id = ?",
         {QStringLiteral("DELETE FROM buses WHERE channel_id IN (SELECT id FROM channels WHERE site_id = ?)"),
          QStringLiteral("DELETE FROM channels WHERE site_id = ?"),
          QStringLiteral("DELETE FROM sites WHERE id = ?")}},
        {"channels",
         "channel",
         "SELECT m.id FROM meters m JOIN buses b ON b.id = m.bus_id WHERE b.channel_id = ?",
         {QStringLiteral("DELETE FROM buses WHERE channel_id = ?"),
          QStringLiteral("DELETE FROM channels WHERE id = ?")}},
        {"buses",
         "bus",
         "SELECT id FROM meters WHERE bus_id = ?",
         {QStringLiteral("DELETE FROM buses WHERE id = ?")}},
        {"meters", "meter", "SELECT id FROM meters WHERE id = ?", {}},
    };
    const Scope& scope = scopes[static_cast<int>(level)];
    const QString table = QLatin1String(scope.table);
    const QString noun = QLatin1String(scope.noun);
    QSqlDatabase& db = m_db.sql();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(level == Level::Meter ? QStringLiteral("number") : QStringLiteral("name"), table));
    q.addBindValue(id);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot remove %1 %2").arg(noun).arg(id), q.lastError());
    if (!q.next())
        return StoreError{StoreError::Code::Invalid, QStringLiteral("no %1 %2").arg(noun).arg(id)};
    const QString name = q.value(0).toString();
    const QString what = QStringLiteral("cannot remove %1 %2").arg(noun, name);

    StoreError countError;
    const std::optional<qint64> count = readingCount(db, QLatin1String(scope.meters), id, &countError);
    if (!count)
        return StoreError{countError.code, QStringLiteral("%1: %2").arg(what, countError.message)};
    if (const qint64 readings = *count; readings > 0) {
        const QString tail = QStringLiteral("readings are never deleted");
        return StoreError{
            StoreError::Code::Invariant,
            level == Level::Meter
                ? QStringLiteral("%1: it has %2 readings and %3; deactivate the meter instead (it keeps "
                                 "its history and is no longer read)")
                      .arg(what)
                      .arg(readings)
                      .arg(tail)
                : QStringLiteral("%1: its meters have %2 readings and %3; deactivate those meters instead")
                      .arg(what)
                      .arg(readings)
                      .arg(tail)};
    }

    QStringList statements = {
        QStringLiteral("DELETE FROM meter_assignments WHERE meter_id IN (%1)")
            .arg(QLatin1String(scope.meters)),
        QStringLiteral("DELETE FROM meters WHERE id IN (%1)").arg(QLatin1String(scope.meters))};
    statements += scope.deleteAbove;
    if (!db.transaction())
        return fromSqlError(what, db.lastError());
    for (const QString& statement : statements) {
        q.prepare(statement);
        q.addBindValue(id);
        if (!q.exec()) {
            const StoreError e = fromSqlError(what, q.lastError());
            db.rollback();
            return e;
        }
    }
    if (!db.commit()) {
        const StoreError e = fromSqlError(what, db.lastError());
        db.rollback();
        return e;
    }
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
    return oneRow(m_db.sql(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {text(key)}, {},
                  nullptr, firstText);
}

} // namespace heatdesk::store
