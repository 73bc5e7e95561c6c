// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadingRepository.h"

#include "store/NativeHistory.h"
#include "store/ReadingInserter.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <numeric>
#include <utility>

namespace heatdesk::store {

const char* const kHistorySql =
    "SELECT read_at, energy_kwh, volume_m3, power_kw, flow_m3h, supply_c, return_c FROM readings "
    "WHERE meter_id = ? AND read_at >= ? AND read_at < ? ORDER BY read_at";

namespace {

constexpr const char* kColumns =
    "id, meter_id, session_id, read_at, meter_time, protocol, energy_kwh, volume_m3, power_kw, flow_m3h, "
    "supply_c, return_c, delta_k, operating_s, settlement_energy_kwh, settlement_volume_m3, valve, "
    "battery_low, flags, quality, raw, chain";

StoredReading rowToReading(const QSqlQuery& q) {
    StoredReading r;
    r.id = q.value(0).toLongLong();
    r.meterId = q.value(1).toLongLong();
    r.sessionId = optionalInteger(q.value(2));
    r.readAtMs = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        r.values.meterTime = parseMeterTime(q.value(4).toString());
    r.protocol = q.value(5).toString();
    reading::HeatReading& v = r.values;
    v.energyKwh = optionalReal(q.value(6));
    v.volumeM3 = optionalReal(q.value(7));
    v.powerKw = optionalReal(q.value(8));
    v.flowM3h = optionalReal(q.value(9));
    v.supplyC = optionalReal(q.value(10));
    v.returnC = optionalReal(q.value(11));
    v.deltaK = optionalReal(q.value(12));
    v.operatingSeconds = optionalInteger(q.value(13));
    v.settlementEnergyKwh = optionalReal(q.value(14));
    v.settlementVolumeM3 = optionalReal(q.value(15));
    v.valve = static_cast<reading::ValveState>(q.value(16).toInt());
    if (!q.value(17).isNull())
        v.batteryLow = q.value(17).toInt() != 0;
    v.flags = q.value(18).toUInt();
    r.quality = q.value(19).toUInt();
    const QByteArray raw = q.value(20).toByteArray();
    v.rawFrames.assign(raw.begin(), raw.end());
    r.chain = q.value(21).toByteArray();
    return r;
}

// Columns: meter_id, id, read_at, energy_kwh, volume_m3, flags.
BoundaryReading rowToBoundary(const QSqlQuery& q) {
    BoundaryReading b;
    b.meterId = q.value(0).toLongLong();
    b.readingId = q.value(1).toLongLong();
    b.readAtMs = q.value(2).toLongLong();
    b.energyKwh = optionalReal(q.value(3));
    b.volumeM3 = optionalReal(q.value(4));
    b.flags = q.value(5).toUInt();
    return b;
}

template <typename T>
T failWith(StoreError* error, StoreError e, T value = T()) {
    if (error)
        *error = std::move(e);
    return value;
}

} // namespace

ReadingRepository::ReadingRepository(Database& db)
    : m_db(db) {}

MaybeError ReadingRepository::append(std::span<const NewReading> readings, QList<qint64>* ids) {
    if (readings.empty())
        return std::nullopt;
    for (const NewReading& r : readings)
        if (r.values.rawFrames.empty())
            return StoreError{StoreError::Code::Invalid,
                              QStringLiteral("a reading of meter %1 has no raw frame: raw data is kept with "
                                             "every reading")
                                  .arg(r.meterId)};

    QSqlDatabase& db = m_db.sql();
    QSqlQuery q(db);
    // SQLite: BEGIN IMMEDIATE takes the write lock now, so the chain's last link cannot move
    // between reading it and appending after it. (PostgreSQL: LOCK TABLE readings.)
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fromSqlError(QStringLiteral("cannot start writing readings"), q.lastError());
    auto rollback = [&](const QString& what, const QSqlError& e) {
        const StoreError error = fromSqlError(what, e);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    qint64 lastId = 0;
    QByteArray link(kChainLinkSize, '\0');
    if (!q.exec(QStringLiteral("SELECT id, chain FROM readings ORDER BY id DESC LIMIT 1")))
        return rollback(QStringLiteral("cannot read the last reading"), q.lastError());
    if (q.next()) {
        lastId = q.value(0).toLongLong();
        link = q.value(1).toByteArray();
    }
    q.finish();

    // Rows go in ordered by (meter, time), ids in that order: a batch holds readings of many meters
    // in time order, and in that order every row would update the (meter, time) index at another
    // meter's leaf, a cache miss each. Sorted, consecutive rows update the same or the next leaf,
    // and one meter's readings of a batch lie together in the table. Stable: readings of one meter
    // at the same time keep their order.
    std::vector<std::size_t> order(readings.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(readings[a].meterId, readings[a].readAtMs) <
               std::pair(readings[b].meterId, readings[b].readAtMs);
    });

    std::unique_ptr<ReadingInserter> inserter = m_nativeAppend ? makeNativeReadingInserter(db) : nullptr;
    if (!inserter)
        inserter = makeQtReadingInserter(db);
    if (ids)
        ids->resize(static_cast<qsizetype>(readings.size()));
    qint64 id = lastId;
    for (const std::size_t i : order) {
        const NewReading& r = readings[i];
        ++id;
        link = chainLink(link, id, r);
        if (auto e = inserter->insert(id, r, link)) {
            inserter.reset();
            return rollback(QStringLiteral("cannot store a reading of meter %1").arg(r.meterId), *e);
        }
        if (ids)
            (*ids)[static_cast<qsizetype>(i)] = id;
    }
    inserter.reset();
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(QStringLiteral("cannot commit readings"), q.lastError());
    return std::nullopt;
}

std::optional<qint64> ReadingRepository::startSession(const QString& startedBy, const QString& source,
                                                      qint64 atMs, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO read_sessions (started_at, started_by, source) VALUES (?, ?, ?)"));
    q.addBindValue(atMs);
    q.addBindValue(text(startedBy));
    q.addBindValue(text(source));
    if (!q.exec())
        return failWith<std::optional<qint64>>(
            error, fromSqlError(QStringLiteral("cannot start a read session"), q.lastError()));
    return q.lastInsertId().toLongLong();
}

std::optional<StoredReading> ReadingRepository::find(qint64 id, StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM readings WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return failWith<std::optional<StoredReading>>(
            error, fromSqlError(QStringLiteral("cannot read reading %1").arg(id), q.lastError()));
    if (!q.next())
        return std::nullopt;
    return rowToReading(q);
}

QList<HistoryPoint> ReadingRepository::history(qint64 meterId, qint64 fromMs, qint64 toMs,
                                               StoreError* error) {
    if (m_nativeAppend) {
        if (std::optional<NativeHistory> native = nativeHistory(m_db.sql(), meterId, fromMs, toMs)) {
            if (native->error)
                return failWith<QList<HistoryPoint>>(
                    error, fromSqlError(QStringLiteral("cannot read the history of meter %1").arg(meterId),
                                        *native->error));
            return std::move(native->points);
        }
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kHistorySql));
    q.addBindValue(meterId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return failWith<QList<HistoryPoint>>(
            error,
            fromSqlError(QStringLiteral("cannot read the history of meter %1").arg(meterId), q.lastError()));
    QList<HistoryPoint> points;
    while (q.next()) {
        HistoryPoint p;
        p.readAtMs = q.value(0).toLongLong();
        p.energyKwh = optionalReal(q.value(1));
        p.volumeM3 = optionalReal(q.value(2));
        p.powerKw = optionalReal(q.value(3));
        p.flowM3h = optionalReal(q.value(4));
        p.supplyC = optionalReal(q.value(5));
        p.returnC = optionalReal(q.value(6));
        points.append(p);
    }
    return points;
}

QList<BoundaryReading> ReadingRepository::lastAtOrBefore(qint64 atMs, StoreError* error) {
    return boundary(atMs, true, error);
}

QList<BoundaryReading> ReadingRepository::firstAtOrAfter(qint64 atMs, StoreError* error) {
    return boundary(atMs, false, error);
}

QList<BoundaryReading> ReadingRepository::boundary(qint64 atMs, bool before, StoreError* error) {
    // One index seek per meter on (meter_id, read_at): linear in meters, independent of history.
    const QString pick = before ? QStringLiteral("read_at <= ? ORDER BY read_at DESC, id DESC")
                                : QStringLiteral("read_at >= ? ORDER BY read_at ASC, id ASC");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT m.id, r.id, r.read_at, r.energy_kwh, r.volume_m3, r.flags FROM meters m "
                       "JOIN readings r ON r.id = (SELECT id FROM readings WHERE meter_id = m.id AND %1 "
                       "LIMIT 1) ORDER BY m.id")
            .arg(pick));
    q.addBindValue(atMs);
    if (!q.exec())
        return failWith<QList<BoundaryReading>>(
            error, fromSqlError(QStringLiteral("cannot read boundary readings"), q.lastError()));
    QList<BoundaryReading> out;
    while (q.next())
        out.append(rowToBoundary(q));
    return out;
}

std::optional<BoundaryReading> ReadingRepository::boundaryFor(qint64 meterId, qint64 atMs, bool before,
                                                              StoreError* error) {
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral(
            "SELECT meter_id, id, read_at, energy_kwh, volume_m3, flags FROM readings WHERE meter_id = ? "
            "AND %1 LIMIT 1")
            .arg(before ? QStringLiteral("read_at <= ? ORDER BY read_at DESC, id DESC")
                        : QStringLiteral("read_at >= ? ORDER BY read_at ASC, id ASC")));
    q.addBindValue(meterId);
    q.addBindValue(atMs);
    if (!q.exec()) {
        if (error)
            *error =
                fromSqlError(QStringLiteral("cannot read readings of meter %1").arg(meterId), q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowToBoundary(q);
}

MaybeError ReadingRepository::forEach(const ReadingFilter& filter,
                                      const std::function<bool(const StoredReading&)>& visit) {
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    if (filter.meterId) {
        where += QStringLiteral(" AND meter_id = ?");
        binds << *filter.meterId;
    }
    if (filter.fromMs) {
        where += QStringLiteral(" AND read_at >= ?");
        binds << *filter.fromMs;
    }
    if (filter.toMs) {
        where += QStringLiteral(" AND read_at < ?");
        binds << *filter.toMs;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM readings WHERE %2 ORDER BY id").arg(QLatin1String(kColumns), where));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fromSqlError(QStringLiteral("cannot read readings"), q.lastError());
    while (q.next())
        if (!visit(rowToReading(q)))
            break;
    return std::nullopt;
}

qint64 ReadingRepository::count(StoreError* error) {
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM readings")) || !q.next())
        return failWith<qint64>(error, fromSqlError(QStringLiteral("cannot count readings"), q.lastError()),
                                -1);
    return q.value(0).toLongLong();
}

} // namespace heatdesk::store
