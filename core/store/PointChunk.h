// SPDX-License-Identifier: GPL-3.0-or-later
// A chunk: one meter's chart points from one merge, packed into a blob (schema version 6, see
// Migrations.cpp). Pure data, no SQL.
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace heatdesk::store {

// What a chart or a period boundary needs of a reading.
struct Point {
    qint64 readAtMs = 0;
    qint64 readingId = 0;
    quint32 flags = 0;
    std::optional<double> energyKwh, volumeM3, powerKw, flowM3h, supplyC, returnC;
};

// (time, id): the order of a meter's readings everywhere in the store.
inline bool pointBefore(const Point& a, const Point& b) {
    return a.readAtMs != b.readAtMs ? a.readAtMs < b.readAtMs : a.readingId < b.readingId;
}

// Fixed-size little-endian records (time, id, flags, which values are present, six values), so a
// blob's size tells its count and a record is found without parsing the ones before it.
constexpr int kPointRecordSize = 8 + 8 + 4 + 4 + 6 * 8;

// One point as a record at `at` (kPointRecordSize bytes), and back.
void encodePoint(const Point& point, char* at);
Point decodePoint(const char* at);

// Appends the points of `blob` to `out`; false if the blob is not a whole number of records.
bool decodePoints(const QByteArray& blob, std::vector<Point>& out);

} // namespace heatdesk::store
