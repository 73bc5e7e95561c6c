// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreError.h"

#include <QSqlError>

namespace heatdesk::store {

StoreError fromSqlError(const QString& what, const QSqlError& error) {
    // SQLite primary result codes (the low byte of the extended code the driver reports).
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    StoreError e{StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, error.text())};
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.code = StoreError::Code::Locked;
        e.message +=
            QStringLiteral(" (another program is writing to the database; try again when it is done)");
        break;
    case 8: // SQLITE_READONLY
        e.code = StoreError::Code::ReadOnly;
        e.message += QStringLiteral(" (the file or its folder is read-only)");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        e.code = StoreError::Code::Corrupt;
        e.message += QStringLiteral(" (the file is damaged or not a HeatDesk database; restore a backup)");
        break;
    case 13: // SQLITE_FULL
        e.code = StoreError::Code::DiskFull;
        e.message +=
            QStringLiteral(" (the disk is full: nothing of this write was stored; free space and retry)");
        break;
    case 14: // SQLITE_CANTOPEN
        e.code = StoreError::Code::CannotOpen;
        break;
    default:
        break;
    }
    return e;
}

} // namespace heatdesk::store
