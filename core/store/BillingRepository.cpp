// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BillingRepository.h"

#include "store/RowReader.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace heatdesk::store {

BillingRepository::BillingRepository(Database& db)
    : m_db(db) {}

QList<UserMeterPeriod> BillingRepository::userMeters(const QString& building, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT u.id, u.account, u.name, u.community, u.building, u.unit, u.room, u.area_m2, "
        "a.meter_id, m.number, a.valid_from, a.valid_to "
        "FROM heat_users u LEFT JOIN meter_assignments a ON a.heat_user_id = u.id "
        "LEFT JOIN meters m ON m.id = a.meter_id "
        "WHERE (? = '' OR u.building = ?) "
        // Natural order for numbered buildings and rooms: "2号楼" before "10号楼", 201 before 1202.
        "ORDER BY u.community, length(u.building), u.building, length(u.unit), u.unit, length(u.room), "
        "u.room, "
        "u.account, u.id, a.valid_from"));
    q.addBindValue(text(building));
    q.addBindValue(text(building));
    QList<UserMeterPeriod> rows;
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read heat users"), q.lastError());
        return rows;
    }
    while (q.next()) {
        UserMeterPeriod r;
        r.userId = q.value(0).toLongLong();
        r.account = q.value(1).toString();
        r.name = q.value(2).toString();
        r.community = q.value(3).toString();
        r.building = q.value(4).toString();
        r.unit = q.value(5).toString();
        r.room = q.value(6).toString();
        r.areaM2 = optionalReal(q.value(7));
        r.meterId = q.value(8).toLongLong();
        r.meterNumber = q.value(9).toString();
        r.validFromMs = q.value(10).toLongLong();
        r.validToMs = optionalInteger(q.value(11));
        rows.append(std::move(r));
    }
    return rows;
}

QHash<qint64, std::optional<double>> BillingRepository::energyCorrections(StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    QHash<qint64, std::optional<double>> out;
    // Oldest first: a later correction of the same reading replaces an earlier one.
    if (!q.exec(QStringLiteral("SELECT reading_id, corrected_value FROM reading_corrections "
                               "WHERE field = 'energy_kwh' ORDER BY id"))) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read corrections"), q.lastError());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), optionalReal(q.value(1)));
    return out;
}

namespace {

qint64 lastId(QSqlDatabase& db, const QString& table, StoreError* error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)) || !q.next()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read the %1").arg(table), q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace

qint64 BillingRepository::lastReadingId(StoreError* error) {
    return lastId(m_db.sql(), QStringLiteral("readings"), error);
}

qint64 BillingRepository::lastMeterId(StoreError* error) {
    return lastId(m_db.sql(), QStringLiteral("meters"), error);
}

MaybeError BillingRepository::forEachReading(qint64 fromMs, qint64 toMs,
                                             const std::function<void(const PeriodReading&)>& visit,
                                             qint64 fromId, qint64 toId) {
    // A plain table scan (NOT INDEXED): a sheet's period holds most of the table, read_at leads no
    // index, and walking (meter_id, read_at) would cost a row lookup per reading for the flags.
    static const char* const sql =
        "SELECT meter_id, id, read_at, energy_kwh, volume_m3, supply_c, return_c, "
        "flags FROM readings NOT INDEXED WHERE read_at >= ? AND read_at <= ? AND id BETWEEN ? AND ?";
    PeriodReading r;
    return forEachRow(m_db.sql(), QString::fromLatin1(sql), {fromMs, toMs, fromId, toId},
                      QStringLiteral("cannot read the period's readings"), true, [&](const auto& row) {
                          r.meterId = row.integer(0);
                          r.readingId = row.integer(1);
                          r.readAtMs = row.integer(2);
                          r.energyKwh = row.real(3);
                          r.volumeM3 = row.real(4);
                          r.supplyC = row.real(5);
                          r.returnC = row.real(6);
                          r.flags = static_cast<quint32>(row.integer(7));
                          visit(r);
                      });
}

std::optional<TariffRow> BillingRepository::tariff(int season, const QString& name, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, season, name, season_start, season_end, basic_price_m2, "
                             "metered_price_kwh, correction, settlement_mode, prepay_price_m2, cap_percent "
                             "FROM tariffs WHERE season = ? AND name = ?"));
    q.addBindValue(season);
    q.addBindValue(text(name));
    if (!q.exec()) {
        if (error)
            *error = fromSqlError(QStringLiteral("cannot read the tariff of season %1").arg(season),
                                  q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    TariffRow t;
    t.id = q.value(0).toLongLong();
    t.season = q.value(1).toInt();
    t.name = q.value(2).toString();
    t.seasonStart = q.value(3).toString();
    t.seasonEnd = q.value(4).toString();
    t.basicPricePerM2 = q.value(5).toString();
    t.meteredPricePerKwh = q.value(6).toString();
    t.correction = q.value(7).toString();
    t.settlementMode = q.value(8).toString();
    t.prepayPricePerM2 = q.value(9).toString();
    t.capPercent = q.value(10).toString();
    return t;
}

MaybeError BillingRepository::saveTariff(const TariffRow& t) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO tariffs (season, name, season_start, season_end, basic_price_m2, metered_price_kwh, "
        "correction, settlement_mode, prepay_price_m2, cap_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (season, name) DO UPDATE SET season_start = excluded.season_start, "
        "season_end = excluded.season_end, basic_price_m2 = excluded.basic_price_m2, "
        "metered_price_kwh = excluded.metered_price_kwh, correction = excluded.correction, "
        "settlement_mode = excluded.settlement_mode, prepay_price_m2 = excluded.prepay_price_m2, "
        "cap_percent = excluded.cap_percent"));
    q.addBindValue(t.season);
    for (const QString& s : {t.name, t.seasonStart, t.seasonEnd, t.basicPricePerM2, t.meteredPricePerKwh})
        q.addBindValue(text(s));
    q.addBindValue(text(t.correction.isEmpty() ? QStringLiteral("1") : t.correction));
    q.addBindValue(text(t.settlementMode.isEmpty() ? QStringLiteral("none") : t.settlementMode));
    q.addBindValue(textOrNull(t.prepayPricePerM2));
    q.addBindValue(textOrNull(t.capPercent));
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot save the tariff of season %1").arg(t.season),
                            q.lastError());
    return std::nullopt;
}

} // namespace heatdesk::store
