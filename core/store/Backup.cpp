// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Backup.h"

#include "store/IntegrityCheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace heatdesk::store {
namespace {

MaybeError checkCopy(const QString& path, Database::Mode mode) {
    Database copy;
    if (auto e = copy.open(path, mode))
        return e;
    const CheckReport report = checkDatabase(copy);
    if (!report.ok())
        return StoreError{
            StoreError::Code::Corrupt,
            QStringLiteral("%1 failed its check: %2").arg(path, report.problems.join(QStringLiteral("; ")))};
    return std::nullopt;
}

void removeSidecars(const QString& path) {
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

MaybeError backupDatabase(Database& source, const QString& target, qint64* bytes) {
    if (QFileInfo::exists(target))
        return StoreError{
            StoreError::Code::Invalid,
            QStringLiteral("%1 exists already: choose a new file name for the backup").arg(target)};
    QSqlQuery q(source.sql());
    // SQLite: VACUUM INTO (3.27+).
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return fromSqlError(QStringLiteral("backup to %1 failed").arg(target), q.lastError());
    }
    if (auto e = checkCopy(target, Database::Mode::ReadOnly)) {
        QFile::remove(target);
        return e;
    }
    if (bytes)
        *bytes = QFileInfo(target).size();
    return std::nullopt;
}

MaybeError restoreDatabase(const QString& backupFile, const QString& targetPath, QString* keptAs) {
    if (!QFileInfo::exists(backupFile))
        return StoreError{StoreError::Code::CannotOpen, QStringLiteral("no backup at %1").arg(backupFile)};

    // Check a private copy, never the backup itself: opening read-write may migrate an older
    // backup, and the original must stay as it was.
    const QString staging = targetPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    removeSidecars(staging);
    if (!QFile::copy(backupFile, staging))
        return StoreError{StoreError::Code::CannotOpen,
                          QStringLiteral("cannot copy %1 next to %2").arg(backupFile, targetPath)};
    if (auto e = checkCopy(staging, Database::Mode::ReadWrite)) {
        QFile::remove(staging);
        removeSidecars(staging);
        e->message = QStringLiteral("backup refused, nothing changed: %1").arg(e->message);
        return e;
    }
    removeSidecars(staging);

    QString oldName;
    if (QFileInfo::exists(targetPath)) {
        // In use? A writer holds the write lock; a WAL reader keeps the checkpoint from finishing.
        Database target;
        if (auto e = target.open(targetPath)) {
            QFile::remove(staging);
            return e;
        }
        QSqlQuery q(target.sql());
        // Ask, don't wait: a user of the file now will still be there in five seconds.
        q.exec(QStringLiteral("PRAGMA busy_timeout = 200"));
        const bool writable = q.exec(QStringLiteral("BEGIN IMMEDIATE")) && q.exec(QStringLiteral("COMMIT"));
        const bool checkpointed =
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
        q.finish();
        target.close();
        if (!writable || !checkpointed) {
            QFile::remove(staging);
            return StoreError{
                StoreError::Code::Locked,
                QStringLiteral("%1 is in use by another program (the workstation?): close it and "
                               "restore again; nothing changed")
                    .arg(targetPath)};
        }
        oldName = targetPath + QStringLiteral(".before-restore-") +
                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(targetPath, oldName)) {
            QFile::remove(staging);
            return StoreError{StoreError::Code::ReadOnly,
                              QStringLiteral("cannot move %1 aside; nothing changed").arg(targetPath)};
        }
        removeSidecars(targetPath);
    }
    if (!QFile::rename(staging, targetPath)) {
        if (!oldName.isEmpty())
            QFile::rename(oldName, targetPath);
        return StoreError{
            StoreError::Code::ReadOnly,
            QStringLiteral("cannot put the restored database at %1; the old one is back").arg(targetPath)};
    }
    if (keptAs)
        *keptAs = oldName;
    return std::nullopt;
}

} // namespace heatdesk::store
