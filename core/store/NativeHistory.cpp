// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite-specific (see NativeHistory.h).
#include "store/NativeHistory.h"

#ifdef HEATDESK_NATIVE_SQLITE

#include "store/NativeSqlite.h"

#include <memory>

namespace heatdesk::store {

std::optional<NativeHistory> nativeHistory(QSqlDatabase& db, qint64 meterId, qint64 fromMs, qint64 toMs) {
    sqlite3* handle = nativeHandle(db);
    if (!handle)
        return std::nullopt;
    NativeHistory out;
    auto fail = [&] {
        out.error =
            QSqlError(QStringLiteral("Unable to read the history"), QString::fromUtf8(sqlite3_errmsg(handle)),
                      QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle)));
        return out;
    };
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(handle, kHistorySql, -1, &raw, nullptr) != SQLITE_OK)
        return fail();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, meterId);
    sqlite3_bind_int64(raw, 2, fromMs);
    sqlite3_bind_int64(raw, 3, toMs);
    auto real = [raw](int column) {
        return sqlite3_column_type(raw, column) == SQLITE_NULL
                   ? std::nullopt
                   : std::optional(sqlite3_column_double(raw, column));
    };
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        HistoryPoint& p = out.points.emplace_back();
        p.readAtMs = sqlite3_column_int64(raw, 0);
        p.energyKwh = real(1);
        p.volumeM3 = real(2);
        p.powerKw = real(3);
        p.flowM3h = real(4);
        p.supplyC = real(5);
        p.returnC = real(6);
    }
    if (rc != SQLITE_DONE)
        return fail();
    return out;
}

} // namespace heatdesk::store

#else

namespace heatdesk::store {

std::optional<NativeHistory> nativeHistory(QSqlDatabase&, qint64, qint64, qint64) {
    return std::nullopt;
}

} // namespace heatdesk::store

#endif
