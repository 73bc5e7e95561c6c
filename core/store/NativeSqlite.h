// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite handle under a Qt SQL connection, for the hot paths that use SQLite's C API
// (see ReadingInserter.h for when that is safe). Only included where HEATDESK_NATIVE_SQLITE is set.
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
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

} // namespace heatdesk::store
