// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace heatdesk::store {

// Why the store could not do what was asked. Errors are values; the message is for a person
// (it names the file and what to do), the code is for the program (heatdesk-cli maps it to its
// exit status).
struct StoreError {
    enum class Code {
        CannotOpen,  // missing directory, no permission, not a database
        NewerSchema, // made by a newer HeatDesk: refused, never downgraded
        Corrupt,     // integrity check failed
        ReadOnly,    // file or directory not writable
        Locked,      // another process holds the write lock longer than the busy timeout
        DiskFull,
        Invariant, // append-only or hash-chain check failed
        Invalid,   // bad argument (unknown meter, empty raw frame, ...)
        Sql,       // anything else the database reported
    };
    Code code = Code::Sql;
    QString message;
};

using MaybeError = std::optional<StoreError>;

} // namespace heatdesk::store

class QSqlError;

namespace heatdesk::store {

// Maps a driver error to a StoreError whose code says what a person can do about it (a locked
// file, a full disk, a read-only directory, a damaged file).
StoreError fromSqlError(const QString& what, const QSqlError& error);

} // namespace heatdesk::store
