// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadingWriter.h"

#include "StoreTestSupport.h"
#include "store/IntegrityCheck.h"

#include <QSqlQuery>

using namespace heatdesk::store;
using storetest::StoreFixture;

TEST_F(StoreFixture, WriterCommitsWithinItsDelay) {
    ReadingWriter writer(m_db, 1000, 100);
    ReadingRepository readings(m_db);
    ASSERT_FALSE(writer.add(reading(m_meters[0], 1, 1.0), 10'000));
    ASSERT_FALSE(writer.add(reading(m_meters[0], 2, 2.0), 10'500));
    EXPECT_EQ(readings.count(), 0);
    EXPECT_EQ(writer.dueAtMs(), 11'000);
    ASSERT_FALSE(writer.flushIfDue(10'999));
    EXPECT_EQ(readings.count(), 0);
    ASSERT_FALSE(writer.flushIfDue(11'000));
    EXPECT_EQ(readings.count(), 2);
    EXPECT_EQ(writer.committed(), 2);
    EXPECT_EQ(writer.dueAtMs(), -1);
}

TEST_F(StoreFixture, WriterCommitsAFullBatchAtOnce) {
    ReadingWriter writer(m_db, 60'000, 3);
    for (int i = 0; i < 3; ++i)
        ASSERT_FALSE(writer.add(reading(m_meters[1], i, i), 0));
    EXPECT_EQ(ReadingRepository(m_db).count(), 3);
    EXPECT_EQ(writer.pending(), 0u);
}

TEST_F(StoreFixture, WriterUnderLoadCommitsOncePerDelayNotPerFewThousand) {
    ReadingWriter writer(m_db);
    for (int i = 0; i < 20'000; ++i)
        ASSERT_FALSE(writer.add(reading(m_meters[i % 3], i, i), 10'000 + i / 100));
    EXPECT_EQ(ReadingRepository(m_db).count(), 0);
    ASSERT_FALSE(writer.flushIfDue(11'000));
    EXPECT_EQ(ReadingRepository(m_db).count(), 20'000);
    EXPECT_EQ(writer.pending(), 0u);
}

TEST_F(StoreFixture, WriterKeepsReadingsWhenACommitFails) {
    ReadingWriter writer(m_db, 0, 100);
    // Another connection holds the write lock: the commit fails, nothing is dropped.
    Database other;
    ASSERT_FALSE(other.open(m_path));
    QSqlQuery lock(other.sql());
    ASSERT_TRUE(lock.exec("PRAGMA busy_timeout = 0"));
    QSqlQuery mine(m_db.sql());
    ASSERT_TRUE(mine.exec("PRAGMA busy_timeout = 0"));
    ASSERT_TRUE(lock.exec("BEGIN IMMEDIATE"));
    const auto error = writer.add(reading(m_meters[0], 1, 1.0), 0);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, StoreError::Code::Locked);
    EXPECT_EQ(writer.pending(), 1u);
    ASSERT_TRUE(lock.exec("COMMIT"));
    ASSERT_FALSE(writer.flush());
    EXPECT_EQ(ReadingRepository(m_db).count(), 1);
}

TEST_F(StoreFixture, AFullDiskRefusesTheBatchClearlyAndLosesNothing) {
    ReadingRepository readings(m_db);
    std::vector<NewReading> committed;
    for (int i = 0; i < 10; ++i)
        committed.push_back(reading(m_meters[i % 3], i * 1000, 100.0 + i));
    ASSERT_FALSE(readings.append(committed));

    // The database may not grow by a single page: what SQLite reports when the disk is full.
    QSqlQuery q(m_db.sql());
    ASSERT_TRUE(q.exec("PRAGMA page_count") && q.next());
    const qint64 pages = q.value(0).toLongLong();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    ReadingWriter writer(m_db, 60'000, 100'000);
    const int waiting = 3000; // needs many more pages than the file has
    for (int i = 0; i < waiting; ++i)
        ASSERT_FALSE(writer.add(reading(m_meters[i % 3], 100'000 + i * 1000, 200.0 + i), 0));
    const MaybeError error = writer.flush();
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, StoreError::Code::DiskFull);
    EXPECT_TRUE(error->message.contains("disk is full")) << error->message.toStdString();
    EXPECT_EQ(writer.pending(), static_cast<std::size_t>(waiting)); // kept for the next try
    EXPECT_EQ(readings.count(), 10);                                // the commit left no trace
    CheckReport report = checkDatabase(m_db);
    EXPECT_TRUE(report.ok()) << report.problems.join("; ").toStdString();

    // Space is freed: the same readings go in, nothing lost and nothing twice.
    ASSERT_TRUE(q.exec("PRAGMA max_page_count = 1073741823"));
    ASSERT_FALSE(writer.flush());
    EXPECT_EQ(writer.pending(), 0u);
    EXPECT_EQ(readings.count(), 10 + waiting);
    report = checkDatabase(m_db);
    EXPECT_TRUE(report.ok()) << report.problems.join("; ").toStdString();
}
