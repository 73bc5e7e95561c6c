// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL is plain apart from the read snapshot, a savepoint (SQLite: it begins a read
// transaction; PostgreSQL: BEGIN ISOLATION LEVEL REPEATABLE READ). Point rows are read through
// RowReader.h, with SQLite's C API where that is safe.
#include "store/ReadingIndex.h"

#include "store/RowReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <tuple>

namespace heatdesk::store {
namespace {

// A chunk holds at most this many points (72 KB), so one chunk never costs much to read.
constexpr std::size_t kChunkPoints = 1024;

// The columns every point query selects, in this order.
constexpr const char* kPointColumns =
    "meter_id, read_at, id, flags, energy_kwh, volume_m3, power_kw, flow_m3h, supply_c, return_c";

StoreError indexError(const QString& what, const QString& detail) {
    return {StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, detail)};
}

using PointVisitor = std::function<void(qint64 meterId, const Point&)>;

// Runs `sql` (selecting kPointColumns) with integer bindings and hands each row to `visit`.
MaybeError forEachPointRow(QSqlDatabase& db, const QString& sql, const std::vector<qint64>& binds,
                           const PointVisitor& visit, const QString& what, bool native) {
    Point p;
    return forEachRow(db, sql, binds, what, native, [&](const auto& row) {
        p.readAtMs = row.integer(1);
        p.readingId = row.integer(2);
        p.flags = static_cast<quint32>(row.integer(3));
        p.energyKwh = row.real(4);
        p.volumeM3 = row.real(5);
        p.powerKw = row.real(6);
        p.flowM3h = row.real(7);
        p.supplyC = row.real(8);
        p.returnC = row.real(9);
        visit(row.integer(0), p);
    });
}

// Hands every point of the chunks the executed query `q` returns (blob in column `pointsColumn`)
// to `visit`, with the chunk's row.
MaybeError forEachChunkPoint(QSqlQuery& q, int pointsColumn, const QString& what,
                             const std::function<void(const QSqlQuery& row, const Point&)>& visit) {
    std::vector<Point> chunk;
    while (q.next()) {
        chunk.clear();
        if (!decodePoints(q.value(pointsColumn).toByteArray(), chunk))
            return StoreError{StoreError::Code::Corrupt,
                              what + QStringLiteral(": a chunk of chart points is damaged (run db check)")};
        for (const Point& p : chunk)
            visit(q, p);
    }
    return std::nullopt;
}

// The ids the tail covers; {0, 0} when every reading is in a chunk.
struct Tail {
    qint64 firstId = 0, lastId = 0;
};

MaybeError readTail(QSqlDatabase& db, Tail& tail) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT COALESCE(MIN(first_id), 0), COALESCE(MAX(last_id), 0) FROM reading_runs")) ||
        !q.next())
        return indexError(QStringLiteral("cannot read the unmerged readings"), q.lastError().text());
    tail = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return std::nullopt;
}

// One chunk: the sorted records in `points`; its first and last point also go into columns.
MaybeError insertChunk(QSqlQuery& insert, qint64 meterId, const QByteArray& points) {
    const qsizetype count = points.size() / kPointRecordSize;
    const Point first = decodePoint(points.constData());
    const Point last = decodePoint(points.constData() + (count - 1) * kPointRecordSize);
    const auto optional = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    insert.addBindValue(meterId);
    insert.addBindValue(first.readAtMs);
    insert.addBindValue(first.readingId);
    insert.addBindValue(optional(first.energyKwh));
    insert.addBindValue(optional(first.volumeM3));
    insert.addBindValue(first.flags);
    insert.addBindValue(last.readAtMs);
    insert.addBindValue(last.readingId);
    insert.addBindValue(optional(last.energyKwh));
    insert.addBindValue(optional(last.volumeM3));
    insert.addBindValue(last.flags);
    insert.addBindValue(static_cast<qint64>(count));
    insert.addBindValue(points);
    if (!insert.exec())
        return indexError(QStringLiteral("cannot store the chart points of meter %1").arg(meterId),
                          insert.lastError().text());
    return std::nullopt;
}

// The boundary rule: the nearer of two candidates on the chosen side.
bool nearer(const Point& candidate, const Point& best, bool before) {
    return before ? pointBefore(best, candidate) : pointBefore(candidate, best);
}

void offer(std::map<qint64, Point>& out, qint64 meterId, const Point& p, bool before) {
    auto [it, added] = out.try_emplace(meterId, p);
    if (!added && nearer(p, it->second, before))
        it->second = p;
}

} // namespace

MaybeError indexBatch(QSqlDatabase& db, qint64 firstId, qint64 lastId, bool native) {
    QSqlQuery q(db);
    const QString what = QStringLiteral("cannot index the readings");
    // The batch's rows were just written and are in the page cache.
    q.prepare(
        QStringLiteral("INSERT INTO reading_runs (first_id, meter_id, last_id) SELECT MIN(id), meter_id, "
                       "MAX(id) FROM readings WHERE id BETWEEN ? AND ? GROUP BY meter_id"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!q.exec())
        return indexError(what, q.lastError().text());
    // The tail ends at this batch; where it starts is the first run's id (the primary key, so
    // this does not read the tail, which MAX(last_id) in readTail would).
    if (!q.exec(QStringLiteral("SELECT MIN(first_id) FROM reading_runs")) || !q.next())
        return indexError(what, q.lastError().text());
    const qint64 tailFirstId = q.value(0).toLongLong();
    if (lastId - tailFirstId + 1 >= kMergeReadings)
        return mergeTail(db, native);
    return std::nullopt;
}

MaybeError mergeTail(QSqlDatabase& db, bool native) {
    Tail tail;
    if (auto e = readTail(db, tail))
        return e;
    if (tail.firstId == 0)
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM reading_runs")))
        return indexError(QStringLiteral("cannot merge the readings"), q.lastError().text());
    // In slices of kMergeReadings to 2 * kMergeReadings ids, which bounds what a merge holds in
    // memory when one batch alone is millions of readings (an import).
    const qint64 total = tail.lastId - tail.firstId + 1;
    const qint64 slices = std::max<qint64>(1, total / kMergeReadings);
    for (qint64 slice = 0, from = tail.firstId; slice < slices; ++slice) {
        const qint64 to = slice + 1 == slices ? tail.lastId : from + total / slices - 1;
        if (auto e = chunkReadings(db, from, to, native))
            return e;
        from = to + 1;
    }
    return std::nullopt;
}

MaybeError chunkReadings(QSqlDatabase& db, qint64 fromId, qint64 toId, bool native) {
    // Every point goes into one buffer as its record, beside a sort key; the keys are sorted and
    // each meter's records copied into its chunks in that order. One vector of points per meter
    // instead (2,000 of them growing, 120 bytes a point) cost more than reading the rows.
    struct Key {
        qint64 meterId, readAtMs, readingId;
        std::size_t record;
    };
    std::vector<Key> keys;
    QByteArray records;
    const auto expected =
        static_cast<std::size_t>(std::clamp<qint64>(toId - fromId + 1, 0, 2 * kMergeReadings));
    keys.reserve(expected);
    records.reserve(static_cast<qsizetype>(expected * kPointRecordSize));
    const auto collect = [&](qint64 meterId, const Point& p) {
        keys.push_back({meterId, p.readAtMs, p.readingId, keys.size()});
        records.resize(records.size() + kPointRecordSize);
        encodePoint(p, records.data() + records.size() - kPointRecordSize);
    };
    if (auto e =
            forEachPointRow(db,
                            QStringLiteral("SELECT %1 FROM readings WHERE id BETWEEN ? AND ?")
                                .arg(QLatin1String(kPointColumns)),
                            {fromId, toId}, collect, QStringLiteral("cannot merge the readings"), native))
        return e;
    // By meter, then (time, id): chunks of one merge lie in the table in meter order.
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.meterId, a.readAtMs, a.readingId) < std::tie(b.meterId, b.readAtMs, b.readingId);
    });
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO reading_chunks (meter_id, first_read_at, first_id, first_energy_kwh, first_volume_m3, "
        "first_flags, last_read_at, last_id, last_energy_kwh, last_volume_m3, last_flags, count, points) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (std::size_t start = 0; start < keys.size();) {
        std::size_t end = start;
        while (end < keys.size() && end - start < kChunkPoints && keys[end].meterId == keys[start].meterId)
            ++end;
        QByteArray points(static_cast<qsizetype>((end - start) * kPointRecordSize), Qt::Uninitialized);
        for (std::size_t k = start; k < end; ++k)
            std::memcpy(points.data() + (k - start) * kPointRecordSize,
                        records.constData() + keys[k].record * kPointRecordSize, kPointRecordSize);
        if (auto e = insertChunk(insert, keys[start].meterId, points))
            return e;
        start = end;
    }
    return std::nullopt;
}

MaybeError meterPoints(QSqlDatabase& db, qint64 meterId, qint64 fromMs, qint64 toMs, std::vector<Point>& out,
                       bool native) {
    const QString what = QStringLiteral("cannot read the history of meter %1").arg(meterId);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // SQLite: INDEXED BY. Without statistics the planner would take the first-point index and read
    // every chunk row of the meter to test last_read_at; this one answers both tests from the index.
    q.prepare(
        QStringLiteral("SELECT points FROM reading_chunks INDEXED BY reading_chunks_last WHERE meter_id = ? "
                       "AND last_read_at >= ? AND first_read_at < ?"));
    q.addBindValue(meterId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return indexError(what, q.lastError().text());
    if (auto e = forEachChunkPoint(q, 0, what, [&](const QSqlQuery&, const Point& p) {
            if (p.readAtMs >= fromMs && p.readAtMs < toMs)
                out.push_back(p);
        }))
        return e;
    if (auto e = forEachPointRow(
            db,
            QStringLiteral(
                "SELECT r.meter_id, r.read_at, r.id, r.flags, r.energy_kwh, r.volume_m3, r.power_kw, "
                "r.flow_m3h, r.supply_c, r.return_c FROM reading_runs u CROSS JOIN readings r ON r.id "
                "BETWEEN u.first_id AND u.last_id WHERE u.meter_id = ? AND r.read_at >= ? AND "
                "r.read_at < ?"),
            {meterId, fromMs, toMs}, [&](qint64, const Point& p) { out.push_back(p); }, what, native))
        return e;
    // Chunks follow one another in time unless readings arrived late or a merge took in years of
    // one meter at once; then their points overlap. Sorted by their (time, id) keys and gathered,
    // not moved about as 120-byte points: 43,800 points took 7 ms to sort in place, 1 ms so.
    if (std::is_sorted(out.begin(), out.end(), pointBefore))
        return std::nullopt;
    struct Key {
        qint64 readAtMs, readingId;
        std::size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        keys.push_back({out[i].readAtMs, out[i].readingId, i});
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.readAtMs, a.readingId) < std::tie(b.readAtMs, b.readingId);
    });
    std::vector<Point> sorted;
    sorted.reserve(out.size());
    for (const Key& k : keys)
        sorted.push_back(std::move(out[k.index]));
    out = std::move(sorted);
    return std::nullopt;
}

MaybeError boundaryPoints(QSqlDatabase& db, std::optional<qint64> meterId, qint64 atMs, bool before,
                          std::map<qint64, Point>& out, bool native) {
    const QString what = QStringLiteral("cannot read boundary readings");
    const QString meterFilter = meterId ? QStringLiteral(" AND m.id = %1").arg(*meterId) : QString();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Chunks wholly on the chosen side: the nearest one's end point, one index seek per meter.
    const QString side = before ? QStringLiteral("last") : QStringLiteral("first");
    const QString pick = before
                             ? QStringLiteral("last_read_at <= ? ORDER BY last_read_at DESC, last_id DESC")
                             : QStringLiteral("first_read_at >= ? ORDER BY first_read_at ASC, first_id ASC");
    q.prepare(QStringLiteral("SELECT c.meter_id, c.%1_read_at, c.%1_id, c.%1_energy_kwh, c.%1_volume_m3, "
                             "c.%1_flags FROM meters m JOIN reading_chunks c ON c.id = (SELECT id FROM "
                             "reading_chunks WHERE meter_id = m.id AND %2 LIMIT 1) WHERE 1 = 1%3")
                  .arg(side, pick, meterFilter));
    q.addBindValue(atMs);
    if (!q.exec())
        return indexError(what, q.lastError().text());
    while (q.next()) {
        Point p;
        p.readAtMs = q.value(1).toLongLong();
        p.readingId = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            p.energyKwh = q.value(3).toDouble();
        if (!q.value(4).isNull())
            p.volumeM3 = q.value(4).toDouble();
        p.flags = static_cast<quint32>(q.value(5).toLongLong());
        offer(out, q.value(0).toLongLong(), p, before);
    }

    // Chunks reaching across the boundary (readings that arrived out of time order): their points.
    // SQLite: CROSS JOIN keeps meters outside, so each meter's chunks are found by index, never
    // by reading every chunk.
    q.prepare(
        QStringLiteral("SELECT c.meter_id, c.points FROM meters m CROSS JOIN reading_chunks c INDEXED BY "
                       "reading_chunks_last ON c.meter_id = m.id AND c.last_read_at >= ? AND "
                       "c.first_read_at <= ? WHERE 1 = 1%1")
            .arg(meterFilter));
    q.addBindValue(atMs);
    q.addBindValue(atMs);
    if (!q.exec())
        return indexError(what, q.lastError().text());
    if (auto e = forEachChunkPoint(q, 1, what, [&](const QSqlQuery& row, const Point& p) {
            if (before ? p.readAtMs <= atMs : p.readAtMs >= atMs)
                offer(out, row.value(0).toLongLong(), p, before);
        }))
        return e;

    // The tail: within a run a meter's readings are in (time, id) order, so the nearest of each run
    // is one step of a rowid scan from the run's far end.
    const QString nearestInRun = before ? QStringLiteral("read_at <= ? ORDER BY id DESC")
                                        : QStringLiteral("read_at >= ? ORDER BY id ASC");
    return forEachPointRow(
        db,
        QStringLiteral(
            "SELECT r.meter_id, r.read_at, r.id, r.flags, r.energy_kwh, r.volume_m3, r.power_kw, r.flow_m3h, "
            "r.supply_c, r.return_c FROM reading_runs u CROSS JOIN readings r ON r.id = (SELECT id FROM "
            "readings WHERE id BETWEEN u.first_id AND u.last_id AND %1 LIMIT 1)%2")
            .arg(nearestInRun, meterId ? QStringLiteral(" WHERE u.meter_id = %1").arg(*meterId) : QString()),
        {atMs}, [&](qint64 meter, const Point& p) { offer(out, meter, p, before); }, what, native);
}

std::optional<qint64> readingCount(QSqlDatabase& db, const QString& meterSubquery, const QVariant& binding,
                                   StoreError* error) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT (SELECT COALESCE(SUM(count), 0) FROM reading_chunks WHERE meter_id IN (%1)) + "
                       "(SELECT COALESCE(SUM(last_id - first_id + 1), 0) FROM reading_runs WHERE meter_id "
                       "IN (%1))")
            .arg(meterSubquery));
    q.addBindValue(binding);
    q.addBindValue(binding);
    if (!q.exec() || !q.next()) {
        *error = indexError(QStringLiteral("cannot count the readings"), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

IndexTotals indexTotals(QSqlDatabase& db) {
    IndexTotals totals;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, count, points FROM reading_chunks"))) {
        totals.problems << QStringLiteral("cannot read the chart points: %1").arg(q.lastError().text());
        return totals;
    }
    std::vector<Point> chunk;
    while (q.next()) {
        chunk.clear();
        if (!decodePoints(q.value(2).toByteArray(), chunk) ||
            static_cast<qint64>(chunk.size()) != q.value(1).toLongLong()) {
            totals.problems << QStringLiteral("chart point chunk %1 is damaged").arg(q.value(0).toLongLong());
            continue;
        }
        totals.chunkedPoints += static_cast<qint64>(chunk.size());
        for (const Point& p : chunk)
            totals.chunkedIdSum += p.readingId;
    }
    // Sum of the ids first..last of every run: (first + last) * n / 2.
    if (!q.exec(QStringLiteral(
            "SELECT COALESCE(SUM(last_id - first_id + 1), 0), COALESCE(SUM((first_id + last_id) * "
            "(last_id - first_id + 1) / 2), 0), COALESCE(MIN(first_id), 0) FROM reading_runs")) ||
        !q.next()) {
        totals.problems << QStringLiteral("cannot read the unmerged readings: %1").arg(q.lastError().text());
        return totals;
    }
    totals.tailReadings = q.value(0).toLongLong();
    totals.tailIdSum = q.value(1).toLongLong();
    totals.tailStart = q.value(2).toLongLong();
    return totals;
}

ReadSnapshot::ReadSnapshot(QSqlDatabase& db)
    : m_db(db) {
    m_open = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT read_snapshot"));
}

ReadSnapshot::~ReadSnapshot() {
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE read_snapshot"));
}

} // namespace heatdesk::store
