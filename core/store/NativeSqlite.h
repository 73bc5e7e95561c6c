// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite handle under a Qt SQL connection, for the hot paths that use SQLite's C API
// (see ReadingInserter.h for when that is safe). Only included where HEATDESK_NATIVE_SQLITE is set.
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace heatdesk::store {

// nullptr if the connection is not Qt's SQLite driver.
inline sqlite3* nativeHandle(QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

// The connection's last error as Qt's driver reports one, so that fromSqlError reads its code.
inline QSqlError nativeError(sqlite3* handle, const QString& driverText = QString()) {
    return QSqlError(driverText, QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(handle)));
}

} // namespace heatdesk::store
