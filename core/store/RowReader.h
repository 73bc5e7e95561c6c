// SPDX-License-Identifier: GPL-3.0-or-later
// Reading many rows of integers and reals: through SQLite's C API on the same connection where
// that is safe (see ReadingInserter.h), else through Qt SQL. A merge reads 262,144 rows and a
// sheet most of the readings table; a QVariant per value would cost more than what either does
// with a row. For core/store sources only (the C-API branch needs HEATDESK_NATIVE_SQLITE).
#pragma once

#include "store/SqlValues.h"
#include "store/StoreError.h"

#ifdef HEATDESK_NATIVE_SQLITE
#include "store/NativeSqlite.h"
#endif

#include <QSqlError>
#include <QSqlQuery>
#include <memory>
#include <optional>
#include <vector>

namespace heatdesk::store {

#ifdef HEATDESK_NATIVE_SQLITE
class NativeRow {
public:
    explicit NativeRow(sqlite3_stmt* statement)
        : m_statement(statement) {}
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::optional<double> real(int column) const {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_column_double(m_statement, column);
    }

private:
    sqlite3_stmt* m_statement;
};
#endif

class QtRow {
public:
    explicit QtRow(const QSqlQuery& query)
        : m_query(query) {}
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    std::optional<double> real(int column) const { return optionalReal(m_query.value(column)); }

private:
    const QSqlQuery& m_query;
};

// Runs `sql` with integer bindings and calls visit(row) for each row; row.integer(column) and
// row.real(column) (empty for NULL) read it. `visit` is called with either kind of row, so it is
// a generic lambda. The C API is used only if `native` is set and the connection allows it.
template <typename Visit>
MaybeError forEachRow(QSqlDatabase& db, const QString& sql, const std::vector<qint64>& binds,
                      const QString& what, bool native, Visit&& visit) {
#ifdef HEATDESK_NATIVE_SQLITE
    if (sqlite3* handle = native ? nativeHandle(db) : nullptr) {
        sqlite3_stmt* raw = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), -1, &raw, nullptr) != SQLITE_OK)
            return fromSqlError(what, nativeError(handle));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
        for (std::size_t i = 0; i < binds.size(); ++i)
            sqlite3_bind_int64(raw, static_cast<int>(i + 1), binds[i]);
        const NativeRow row(raw);
        int rc;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
            visit(row);
        if (rc != SQLITE_DONE)
            return fromSqlError(what, nativeError(handle));
        return std::nullopt;
    }
#else
    Q_UNUSED(native)
#endif
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qint64 b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fromSqlError(what, q.lastError());
    const QtRow row(q);
    while (q.next())
        visit(row);
    if (q.lastError().isValid())
        return fromSqlError(what, q.lastError());
    return std::nullopt;
}

} // namespace heatdesk::store
