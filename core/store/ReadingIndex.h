// SPDX-License-Identifier: GPL-3.0-or-later
// The readings' per-meter index (schema version 6, see Migrations.cpp): how a batch of readings
// enters it, and how charts, period boundaries and the tree read it. The readings table stays the
// record; everything here is derived from it and checked against it by `db check`.
//
// Two parts, so that appending never rewrites one page per meter:
//  - reading_runs, the tail: for each batch not yet merged, one row per meter with the ids of its
//    readings in that batch (consecutive, since a batch is written in (meter, time) order).
//    Rows are appended in id order.
//  - reading_chunks: every other reading as a point in a chunk, one chunk per meter per merge
//    (PointChunk.h), with the chunk's first and last point in columns and two indexes on them.
// The tail is merged into chunks when it holds kMergeReadings readings.
#pragma once

#include "store/PointChunk.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <map>
#include <optional>
#include <vector>

namespace heatdesk::store {

// 262,144 readings of 2,000 meters read in turn are 131 per meter: each merge writes one chunk
// per meter, about 9 KB. It also bounds the tail a one-meter reader scans (at most that many
// runs of 24 bytes) and the runs an all-meter boundary looks up one by one.
constexpr qint64 kMergeReadings = 262'144;

// Inside the caller's write transaction, after the readings firstId..lastId were inserted in
// (meter, time) order: records their runs and merges the tail when due.
MaybeError indexBatch(QSqlDatabase& db, qint64 firstId, qint64 lastId, bool native = true);

// Inside the caller's write transaction: moves the whole tail into chunks.
MaybeError mergeTail(QSqlDatabase& db, bool native = true);

// Inside the caller's write transaction: chunks the readings with ids fromId..toId, which must
// not be in the tail (the schema migration chunks the readings it finds this way).
MaybeError chunkReadings(QSqlDatabase& db, qint64 fromId, qint64 toId, bool native = true);

// `native`: rows are read through SQLite's C API where that is safe (see ReadingInserter.h), else
// through Qt SQL; tests run both.
//
// The readers below make several queries; the caller holds one read transaction around them
// (ReadSnapshot) so that a merge by another connection cannot fall between them.

// One meter's points in [fromMs, toMs), in (time, id) order.
MaybeError meterPoints(QSqlDatabase& db, qint64 meterId, qint64 fromMs, qint64 toMs, std::vector<Point>& out,
                       bool native = true);

// For every meter (or only `meterId`): its last point at or before `atMs` (before = true) or its
// first at or after. Meters without one are absent. Only time, id, energy, volume and flags are
// filled in.
MaybeError boundaryPoints(QSqlDatabase& db, std::optional<qint64> meterId, qint64 atMs, bool before,
                          std::map<qint64, Point>& out, bool native = true);

// How many readings the meters chosen by `meterSubquery` (SQL returning meter ids, with one `?`
// bound to `binding`) have.
std::optional<qint64> readingCount(QSqlDatabase& db, const QString& meterSubquery, const QVariant& binding,
                                   StoreError* error);

// What `db check` compares with the readings table: points per part, and the sum of their ids.
struct IndexTotals {
    qint64 chunkedPoints = 0, chunkedIdSum = 0;
    qint64 tailReadings = 0, tailIdSum = 0;
    qint64 tailStart = 0; // first id of the tail, 0 if there is none
    QStringList problems;
};
IndexTotals indexTotals(QSqlDatabase& db);

// A read transaction (a savepoint, so it nests inside a caller's transaction).
class ReadSnapshot {
public:
    explicit ReadSnapshot(QSqlDatabase& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

} // namespace heatdesk::store
