// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadingRepository.h"

#include "store/ChainLinker.h"
#include "store/ReadingIndex.h"
#include "store/ReadingInserter.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

namespace heatdesk::store {

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
    QByteArray lastLink(kChainLinkSize, '\0');
    if (!q.exec(QStringLiteral("SELECT id, chain FROM readings ORDER BY id DESC LIMIT 1")))
        return rollback(QStringLiteral("cannot read the last reading"), q.lastError());
    if (q.next()) {
        lastId = q.value(0).toLongLong();
        lastLink = q.value(1).toByteArray();
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
    ChainLinker links(lastLink, lastId + 1, readings, order);
    qint64 id = lastId;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const NewReading& r = readings[order[k]];
        ++id;
        if (auto e = inserter->insert(id, r, links.link(k))) {
            inserter.reset();
            return rollback(QStringLiteral("cannot store a reading of meter %1").arg(r.meterId), *e);
        }
        if (ids)
            (*ids)[static_cast<qsizetype>(order[k])] = id;
    }
    inserter.reset();
    if (auto e = indexBatch(db, lastId + 1, id, m_nativeAppend)) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
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
    std::vector<Point> points;
    {
        ReadSnapshot snapshot(m_db.sql());
        if (auto e = meterPoints(m_db.sql(), meterId, fromMs, toMs, points, m_nativeAppend))
            return failWith<QList<HistoryPoint>>(error, *e);
    }
    QList<HistoryPoint> out;
    out.reserve(static_cast<qsizetype>(points.size()));
    for (const Point& p : points)
        out.append({p.readAtMs, p.energyKwh, p.volumeM3, p.powerKw, p.flowM3h, p.supplyC, p.returnC});
    return out;
}

QList<BoundaryReading> ReadingRepository::lastAtOrBefore(qint64 atMs, StoreError* error) {
    return boundary(std::nullopt, atMs, true, error);
}

QList<BoundaryReading> ReadingRepository::firstAtOrAfter(qint64 atMs, StoreError* error) {
    return boundary(std::nullopt, atMs, false, error);
}

std::optional<BoundaryReading> ReadingRepository::boundaryFor(qint64 meterId, qint64 atMs, bool before,
                                                              StoreError* error) {
    const QList<BoundaryReading> found = boundary(meterId, atMs, before, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.front());
}

QList<BoundaryReading> ReadingRepository::boundary(std::optional<qint64> meterId, qint64 atMs, bool before,
                                                   StoreError* error) {
    std::map<qint64, Point> nearest;
    {
        ReadSnapshot snapshot(m_db.sql());
        if (auto e = boundaryPoints(m_db.sql(), meterId, atMs, before, nearest, m_nativeAppend))
            return failWith<QList<BoundaryReading>>(error, *e);
    }
    QList<BoundaryReading> out;
    out.reserve(static_cast<qsizetype>(nearest.size()));
    for (const auto& [meter, p] : nearest)
        out.append({meter, p.readingId, p.readAtMs, p.energyKwh, p.volumeM3, p.flags});
    return out;
}

MaybeError ReadingRepository::forEach(const ReadingFilter& filter,
                                      const std::function<bool(const StoredReading&)>& visit) {
    if (filter.meterId)
        return forEachOfMeter(filter, visit);
    // All meters: one pass over the table in id order.
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
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

MaybeError ReadingRepository::forEachOfMeter(const ReadingFilter& filter,
                                             const std::function<bool(const StoredReading&)>& visit) {
    // The index gives the meter's reading ids; each row is then one lookup by id.
    std::vector<Point> points;
    ReadSnapshot snapshot(m_db.sql());
    if (auto e = meterPoints(
            m_db.sql(), *filter.meterId, filter.fromMs.value_or(std::numeric_limits<qint64>::min()),
            filter.toMs.value_or(std::numeric_limits<qint64>::max()), points, m_nativeAppend))
        return e;
    std::vector<qint64> ids;
    ids.reserve(points.size());
    for (const Point& p : points)
        ids.push_back(p.readingId);
    std::sort(ids.begin(), ids.end());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM readings WHERE id = ?").arg(QLatin1String(kColumns)));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return fromSqlError(QStringLiteral("cannot read reading %1").arg(id), q.lastError());
        const StoredReading reading = rowToReading(q);
        q.finish();
        if (!visit(reading))
            break;
    }
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
