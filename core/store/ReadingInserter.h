// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoredReading.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <memory>
#include <optional>

namespace heatdesk::store {

// Inserts reading rows inside a transaction the caller owns. Two implementations: through
// QSqlQuery (any driver), and through SQLite's C API on the same connection, which binds a row in
// a fraction of the time Qt's generic binding takes (about 0.2 µs per value there, 22 values a
// row) and is what makes batch appends reach hundreds of thousands of readings a second.
class ReadingInserter {
public:
    virtual ~ReadingInserter() = default;
    virtual std::optional<QSqlError> insert(qint64 id, const NewReading& reading, const QByteArray& link) = 0;
};

std::unique_ptr<ReadingInserter> makeQtReadingInserter(QSqlDatabase& db);

// The C-API inserter, or nullptr where it cannot be used safely: built without
// HEATDESK_NATIVE_SQLITE (Qt's SQLite plugin links its own private SQLite on Windows, and a
// handle must only be used with the library that made it), or the connection is not SQLite.
std::unique_ptr<ReadingInserter> makeNativeReadingInserter(QSqlDatabase& db);

// The INSERT both use: one placeholder per column, in StoredReading's column order.
extern const char* const kInsertReadingSql;

} // namespace heatdesk::store
