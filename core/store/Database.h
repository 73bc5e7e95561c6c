// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace heatdesk::store {

class WalCheckpointer;

// One connection to a HeatDesk database. Opening applies the connection settings every user of
// the file relies on (WAL, foreign keys, full sync, busy timeout) and brings the schema up to date;
// a database from a newer HeatDesk is refused. Each thread that reads or writes owns its own
// Database (Qt SQL connections are per thread).
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    enum class Create { IfMissing, Never };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    MaybeError open(const QString& path, Mode mode = Mode::ReadWrite, Create create = Create::Never);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase& sql() { return m_db; }

private:
    MaybeError applySettings(Mode mode);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // read-write connections, where available
};

} // namespace heatdesk::store
