// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReadingRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <optional>

namespace heatdesk::store {

// The query a chart's history runs: read_at and the six chart values of one meter in
// [from, to), oldest first.
extern const char* const kHistorySql;

struct NativeHistory {
    QList<HistoryPoint> points;
    std::optional<QSqlError> error;
};

// Runs kHistorySql through SQLite's C API on the connection's own handle (where that is safe, see
// ReadingInserter.h): Qt SQL wraps every value of every row in a QVariant, which for 5 years of
// hourly readings (44,000 rows of 7 values) costs more than the query itself. std::nullopt where
// the C API cannot be used; the caller then runs the query through Qt SQL.
std::optional<NativeHistory> nativeHistory(QSqlDatabase& db, qint64 meterId, qint64 fromMs, qint64 toMs);

} // namespace heatdesk::store
