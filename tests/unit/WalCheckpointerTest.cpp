// SPDX-License-Identifier: GPL-3.0-or-later
// The WAL copied into the database on a thread of its own: the WAL starts again from its beginning
// as it would with SQLite's own checkpoint, an old reader holds the copying back without the
// thread running in circles, and nothing written is lost. Only where the C API is used.
#ifdef HEATDESK_NATIVE_SQLITE

#include "store/WalCheckpointer.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <sqlite3.h>

using heatdesk::store::Database;
using heatdesk::store::WalCheckpointer;

namespace {

constexpr int kStart = 100;
constexpr int kFinish = 10;
constexpr int kRowBytes = 3000; // about one 4 KB frame a row

class WalCheckpointerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("wal.db")).toUtf8();
        m_writer = open();
        exec(m_writer, "PRAGMA journal_mode = WAL");
        exec(m_writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB NOT NULL)");
    }
    void TearDown() override { sqlite3_close(m_writer); }

    sqlite3* open() const {
        sqlite3* db = nullptr;
        EXPECT_EQ(sqlite3_open(m_path.constData(), &db), SQLITE_OK);
        sqlite3_busy_timeout(db, 5000);
        return db;
    }
    static void exec(sqlite3* db, const char* sql) {
        char* message = nullptr;
        ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &message), SQLITE_OK) << (message ? message : "");
    }
    static qint64 single(sqlite3* db, const char* sql) {
        sqlite3_stmt* s = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), SQLITE_OK);
        EXPECT_EQ(sqlite3_step(s), SQLITE_ROW);
        const qint64 value = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return value;
    }
    // One transaction of four rows, about four frames.
    void commit() {
        exec(m_writer, "BEGIN");
        for (int i = 0; i < 4; ++i)
            exec(m_writer,
                 ("INSERT INTO t (b) VALUES (zeroblob(" + std::to_string(kRowBytes) + "))").c_str());
        exec(m_writer, "COMMIT");
        m_rows += 4;
    }
    qint64 walBytes() const { return QFileInfo(QString::fromUtf8(m_path + "-wal")).size(); }

    QTemporaryDir m_dir;
    QByteArray m_path;
    sqlite3* m_writer = nullptr;
    qint64 m_rows = 0;
};

TEST_F(WalCheckpointerTest, TheThreadCopiesTheWalAndItStartsAgainFromItsBeginning) {
    auto checkpointer = WalCheckpointer::attach(m_writer, QString::fromUtf8(m_path), kStart, kFinish);
    ASSERT_TRUE(checkpointer);
    // Each commit leaves the thread a moment, as a bus engine's batches do; until the writer has
    // finished three cycles, or 2,000 commits (8,000 frames, 32 MB of WAL without checkpoints).
    for (int i = 0; i < 2000 && checkpointer->counts().writer < 3; ++i) {
        commit();
        QThread::usleep(500);
    }
    const WalCheckpointer::Counts counts = checkpointer->counts();
    EXPECT_GE(counts.writer, 3);
    EXPECT_GE(counts.background, counts.writer); // every cycle starts on the thread
    // The WAL never grew far past where copying starts: it started again each cycle.
    EXPECT_LT(walBytes(), 4 * kStart * 4120) << "frames of 4 KB and their headers";
    checkpointer.reset();

    sqlite3_close(m_writer);
    m_writer = open();
    EXPECT_EQ(single(m_writer, "SELECT COUNT(*) FROM t"), m_rows);
    EXPECT_EQ(single(m_writer, "SELECT SUM(length(b)) FROM t"), m_rows * kRowBytes);
}

TEST_F(WalCheckpointerTest, AnOldReaderHoldsTheCopyingBackAndTheThreadWaitsForTheNextCommit) {
    auto checkpointer = WalCheckpointer::attach(m_writer, QString::fromUtf8(m_path), kStart, kFinish);
    ASSERT_TRUE(checkpointer);
    commit();
    sqlite3* reader = open();
    exec(reader, "BEGIN");
    EXPECT_EQ(single(reader, "SELECT COUNT(*) FROM t"), 4); // its snapshot: frames up to here

    constexpr int kCommits = 200;
    for (int i = 0; i < kCommits; ++i) {
        commit();
        QThread::usleep(200);
    }
    // One request a commit at most, each of two rounds at most (the second finds no progress).
    EXPECT_LE(checkpointer->counts().background, 2 * kCommits);
    EXPECT_EQ(checkpointer->counts().writer, 0); // nothing could be copied past the reader
    EXPECT_EQ(single(reader, "SELECT COUNT(*) FROM t"), 4);
    exec(reader, "COMMIT");
    sqlite3_close(reader);

    // Without the reader, the copying goes on and the WAL starts again.
    QElapsedTimer timer;
    timer.start();
    while (checkpointer->counts().writer == 0 && timer.elapsed() < 20'000) {
        commit();
        QThread::usleep(500);
    }
    EXPECT_GE(checkpointer->counts().writer, 1);
    EXPECT_EQ(single(m_writer, "SELECT COUNT(*) FROM t"), m_rows);
}

TEST_F(WalCheckpointerTest, StoppingDuringALongCopyReturnsPromptlyAndLosesNothing) {
    for (int i = 0; i < 500; ++i) // 2,000 frames, with SQLite's own checkpoint
        commit();
    exec(m_writer, "PRAGMA wal_autocheckpoint = 0");
    for (int i = 0; i < 500; ++i)
        commit();
    auto checkpointer = WalCheckpointer::attach(m_writer, QString::fromUtf8(m_path), kStart, kFinish);
    ASSERT_TRUE(checkpointer);
    commit(); // starts the thread on about 2,000 frames
    QElapsedTimer timer;
    timer.start();
    checkpointer.reset();
    EXPECT_LT(timer.elapsed(), 5'000);
    EXPECT_EQ(single(m_writer, "SELECT COUNT(*) FROM t"), m_rows);
    // The writer has SQLite's automatic checkpoint back.
    EXPECT_EQ(single(m_writer, "PRAGMA wal_autocheckpoint"), kStart);
}

TEST(WalCheckpointerDatabase, AReadWriteConnectionCheckpointsOnItsOwnThread) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("heatdesk.db"));
    Database db;
    ASSERT_FALSE(db.open(path, Database::Mode::ReadWrite, Database::Create::IfMissing));
    QSqlQuery q(db.sql());
    // SQLite reports 0 when a hook other than its own automatic checkpoint is installed.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();
    db.close();

    Database reader;
    ASSERT_FALSE(reader.open(path, Database::Mode::ReadOnly));
    QSqlQuery r(reader.sql());
    ASSERT_TRUE(r.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && r.next());
    EXPECT_GT(r.value(0).toInt(), 0);
}

} // namespace

#endif
