// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"
#include "store/Backup.h"
#include "store/IntegrityCheck.h"

#include <QFile>
#include <QSqlQuery>

using namespace heatdesk::store;
using storetest::StoreFixture;

TEST_F(StoreFixture, BackupIsAConsistentCheckedCopy) {
    ReadingRepository readings(m_db);
    std::vector<NewReading> batch;
    for (int i = 0; i < 100; ++i)
        batch.push_back(reading(m_meters[i % 3], i, i * 1.5));
    ASSERT_FALSE(readings.append(batch));
    const QString backup = m_dir.filePath("backup.db");
    qint64 bytes = 0;
    ASSERT_FALSE(backupDatabase(m_db, backup, &bytes));
    EXPECT_GT(bytes, 0);
    Database copy;
    ASSERT_FALSE(copy.open(backup, Database::Mode::ReadOnly));
    EXPECT_EQ(ReadingRepository(copy).count(), 100);
    EXPECT_TRUE(checkDatabase(copy).ok());
    // Never overwrites.
    const auto again = backupDatabase(m_db, backup);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->code, StoreError::Code::Invalid);
}

TEST_F(StoreFixture, RestoreReplacesAndKeepsTheOldFile) {
    ReadingRepository readings(m_db);
    const NewReading first = reading(m_meters[0], 1, 1.0);
    ASSERT_FALSE(readings.append(std::span(&first, 1)));
    const QString backup = m_dir.filePath("backup.db");
    ASSERT_FALSE(backupDatabase(m_db, backup));
    const NewReading second = reading(m_meters[0], 2, 2.0);
    ASSERT_FALSE(readings.append(std::span(&second, 1)));
    m_db.close();

    QString keptAs;
    ASSERT_FALSE(restoreDatabase(backup, m_path, &keptAs));
    EXPECT_TRUE(QFile::exists(keptAs));
    Database restored;
    ASSERT_FALSE(restored.open(m_path));
    EXPECT_EQ(ReadingRepository(restored).count(), 1);
    Database old;
    ASSERT_FALSE(old.open(keptAs, Database::Mode::ReadOnly));
    EXPECT_EQ(ReadingRepository(old).count(), 2); // nothing lost
}

TEST_F(StoreFixture, RestoreRefusesADamagedBackupAndChangesNothing) {
    const QString backup = m_dir.filePath("damaged.db");
    ASSERT_FALSE(backupDatabase(m_db, backup));
    QFile f(backup);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(4000, '\xA5'));
    f.close();
    m_db.close();
    const auto error = restoreDatabase(backup, m_path);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->message.contains("nothing changed"));
    Database db;
    ASSERT_FALSE(db.open(m_path));
    EXPECT_TRUE(checkDatabase(db).ok());
}

TEST_F(StoreFixture, RestoreRefusesWhileTheDatabaseIsInUse) {
    const QString backup = m_dir.filePath("backup.db");
    ASSERT_FALSE(backupDatabase(m_db, backup));
    // m_db stays open with a read in progress, as the GUI would have.
    QSqlQuery reader(m_db.sql());
    ASSERT_TRUE(reader.exec("BEGIN"));
    ASSERT_TRUE(reader.exec("SELECT COUNT(*) FROM meters") && reader.next());
    const auto error = restoreDatabase(backup, m_path);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, StoreError::Code::Locked);
    reader.finish();
    reader.exec("COMMIT");
}
