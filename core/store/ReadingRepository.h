// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"
#include "store/StoredReading.h"

#include <QList>
#include <functional>
#include <span>

namespace heatdesk::store {

// One point of a meter's history, as charts need it (no raw frame: charts never show it).
struct HistoryPoint {
    qint64 readAtMs = 0;
    std::optional<double> energyKwh, volumeM3, powerKw, flowM3h, supplyC, returnC;
};

// A meter's reading nearest to a boundary (billing periods, the tree's "last reading").
struct BoundaryReading {
    qint64 meterId = 0;
    qint64 readingId = 0;
    qint64 readAtMs = 0;
    std::optional<double> energyKwh, volumeM3;
    quint32 flags = 0;
};

struct ReadingFilter {
    std::optional<qint64> meterId;
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs;   // exclusive
};

// Readings: append-only. The SQL for readings lives here and nowhere else.
class ReadingRepository {
public:
    explicit ReadingRepository(Database& db);

    // Appends in one transaction (all or nothing) and links each row into the hash chain. Within a
    // batch, ids follow (meter, time), not the order given; `ids`, if given, receives each
    // reading's id at its position in `readings`.
    MaybeError append(std::span<const NewReading> readings, QList<qint64>* ids = nullptr);

    // Starts a read session (who or what read the meters) and returns its id.
    std::optional<qint64> startSession(const QString& startedBy, const QString& source, qint64 atMs,
                                       StoreError* error = nullptr);

    std::optional<StoredReading> find(qint64 id, StoreError* error = nullptr);

    // Oldest first, for a chart: all readings of one meter in [fromMs, toMs).
    QList<HistoryPoint> history(qint64 meterId, qint64 fromMs, qint64 toMs, StoreError* error = nullptr);

    // For every meter: its last reading at or before `atMs` (period end, "latest").
    QList<BoundaryReading> lastAtOrBefore(qint64 atMs, StoreError* error = nullptr);
    // For every meter: its first reading at or after `atMs` (period start).
    QList<BoundaryReading> firstAtOrAfter(qint64 atMs, StoreError* error = nullptr);

    // One meter's nearest reading on one side of `atMs` (at or before, or at or after).
    std::optional<BoundaryReading> boundaryFor(qint64 meterId, qint64 atMs, bool before,
                                               StoreError* error = nullptr);

    // Streams readings in id order; `visit` returns false to stop.
    MaybeError forEach(const ReadingFilter& filter, const std::function<bool(const StoredReading&)>& visit);

    qint64 count(StoreError* error = nullptr);

    // Appends and reads the index through SQLite's C API where that is safe (the default), or
    // always through Qt SQL; tests run both.
    void setNativeAppend(bool enabled) { m_nativeAppend = enabled; }

private:
    QList<BoundaryReading> boundary(std::optional<qint64> meterId, qint64 atMs, bool before,
                                    StoreError* error);
    MaybeError forEachOfMeter(const ReadingFilter& filter,
                              const std::function<bool(const StoredReading&)>& visit);

    Database& m_db;
    bool m_nativeAppend = true;
};

} // namespace heatdesk::store
