// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/Migrations.h"
#include "store/WalCheckpointer.h"

#ifdef HEATDESK_NATIVE_SQLITE
#include "store/NativeSqlite.h"
#endif

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace heatdesk::store {
namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("heatdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName()) {}

Database::~Database() {
    close();
}

void Database::close() {
    m_checkpointer.reset(); // before the connection it checkpoints for
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

MaybeError Database::open(const QString& path, Mode mode, Create create) {
    close();
    m_path = path;
    const QFileInfo file(path);
    if (!file.exists()) {
        if (create == Create::Never || mode == Mode::ReadOnly)
            return StoreError{
                StoreError::Code::CannotOpen,
                QStringLiteral("no database at %1 (create one with: heatdesk-cli db init --db %1)")
                    .arg(path)};
        const QFileInfo dir(file.absolutePath());
        if (!dir.isDir())
            return StoreError{StoreError::Code::CannotOpen,
                              QStringLiteral("cannot create %1: the folder %2 does not exist")
                                  .arg(path, file.absolutePath())};
        if (!dir.isWritable())
            return StoreError{StoreError::Code::ReadOnly,
                              QStringLiteral("cannot create %1: the folder %2 is not writable")
                                  .arg(path, file.absolutePath())};
    } else if (file.isDir()) {
        return StoreError{StoreError::Code::CannotOpen,
                          QStringLiteral("%1 is a folder, not a database").arg(path)};
    } else if (mode == Mode::ReadWrite && !file.isWritable()) {
        return StoreError{
            StoreError::Code::ReadOnly,
            QStringLiteral("%1 is read-only: open it read-only or fix its permissions").arg(path)};
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const StoreError e = fromSqlError(QStringLiteral("cannot open %1").arg(path), m_db.lastError());
        close();
        return e;
    }
    if (auto e = applySettings(mode)) {
        close();
        return e;
    }
    return std::nullopt;
}

MaybeError Database::applySettings(Mode mode) {
    QSqlQuery q(m_db);
    // The first real read: a file that is not a database fails here, with SQLITE_NOTADB.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return fromSqlError(QStringLiteral("cannot read %1").arg(m_path), q.lastError());
    // SQLite: PRAGMAs. WAL lets the GUI read while the bus engine writes; FULL sync makes a
    // committed reading survive a power cut, at one fsync per batch.
    // Up to 128 MB of page cache (default 2 MB; it grows only as pages are used): the tail of
    // readings a merge reads back (ReadingIndex.h) is still in memory.
    // Reads through a memory map (up to 1 GB) skip one copy per page for charts and `db check`.
    // Checkpoints every 40,000 WAL pages instead of 1,000: fewer, longer checkpoints, each
    // syncing the database file once. Durability is the WAL's, synced at every commit. Where the
    // C API may be used, a WalCheckpointer takes the checkpoints off the writer's thread.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA cache_size = -131072"),
                           QStringLiteral("PRAGMA mmap_size = 1073741824")};
    // A new database gets 8 KB pages (SQLite's default is 4 KB; an existing file keeps its size):
    // half the page writes and WAL frames per reading, and a meter's chunk of chart points (about
    // 9 KB) mostly on one page. Measured on 10 M readings: appends in 1,000-reading batches 102 k/s
    // -> 132 k/s, chart history 1.8 -> 1.6 ms; 16 KB pages were slower again.
    if (mode == Mode::ReadWrite)
        pragmas << QStringLiteral("PRAGMA page_size = 8192") << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA wal_autocheckpoint = 40000");
    for (const QString& p : pragmas)
        if (!q.exec(p))
            return fromSqlError(QStringLiteral("cannot configure %1").arg(m_path), q.lastError());

    if (mode == Mode::ReadWrite) {
        if (auto e = migrate(m_db))
            return e;
#ifdef HEATDESK_NATIVE_SQLITE
        if (sqlite3* handle = nativeHandle(m_db))
            m_checkpointer = WalCheckpointer::attach(handle, m_path);
#endif
        return std::nullopt;
    }

    StoreError error;
    const std::optional<int> version = schemaVersion(m_db, &error);
    if (!version)
        return error.message.isEmpty()
                   ? StoreError{StoreError::Code::CannotOpen,
                                QStringLiteral("%1 is not a HeatDesk database").arg(m_path)}
                   : error;
    if (*version > kSchemaVersion)
        return StoreError{StoreError::Code::NewerSchema,
                          QStringLiteral("%1 has schema version %2, this HeatDesk knows up to %3: it was "
                                         "written by a newer HeatDesk")
                              .arg(m_path)
                              .arg(*version)
                              .arg(kSchemaVersion)};
    if (*version < kSchemaVersion)
        return StoreError{StoreError::Code::CannotOpen,
                          QStringLiteral("%1 has an older schema (version %2): open it read-write once to "
                                         "update it")
                              .arg(m_path)
                              .arg(*version)};
    return std::nullopt;
}

} // namespace heatdesk::store
