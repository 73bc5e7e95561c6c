// SPDX-License-Identifier: GPL-3.0-or-later
// heatdesk-cli db end to end: init, import, export, check, backup, restore, and the refusals.
#include "CliRunner.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using DbRun = clitest::CliRun;
DbRun cli(const QStringList& args, const QByteArray& input = {}) {
    return clitest::runCli(args, input);
}
QJsonObject object(const QByteArray& line) {
    return clitest::jsonObject(line);
}

QByteArray frameLine(const char* name) {
    QFile f(QString(HEATDESK_TEST_DATA_DIR "/mbus/frames/") + name + ".hex");
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll().simplified() + '\n';
}

class CliDb : public ::testing::Test {
protected:
    void SetUp() override {
        m_db = m_dir.filePath("heat.db");
        const DbRun init = cli({"db", "init", "--db", m_db});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        EXPECT_EQ(object(init.out)["schema_version"].toInt(), heatdesk::store::kSchemaVersion);
    }
    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliDb, ImportThenExportKeepsValuesAndRawFrames) {
    const QByteArray frames = frameLine("EFE_Engelmann-WaterStar") + frameLine("landis+gyr_ultraheat_t230");
    const DbRun import = cli({"db", "import-frames", "--db", m_db, "-"}, frames + "not hex\n");
    EXPECT_EQ(import.exitCode, 2); // the last line is not a frame
    EXPECT_TRUE(import.out.contains("{\"committed\":2}"));

    const DbRun all = cli({"db", "export-readings", "--db", m_db});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QList<QByteArray> lines = all.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject first = object(lines[0]);
    EXPECT_EQ(first["meter"].toString(), "04990254");
    EXPECT_EQ(first["address"].toInt(), 11);
    EXPECT_DOUBLE_EQ(first["volume_m3"].toDouble(), 0.332);
    EXPECT_TRUE(first["energy_kwh"].isNull());
    EXPECT_EQ(first["meter_time"].toString(), "2014-03-13T12:10:00");
    EXPECT_EQ(first["raw"].toString(), QString(frameLine("EFE_Engelmann-WaterStar")).remove(' ').trimmed());
    const QJsonObject second = object(lines[1]);
    EXPECT_EQ(second["meter"].toString(), "66660205");
    EXPECT_DOUBLE_EQ(second["supply_c"].toDouble(), 19.5);
    EXPECT_TRUE(second["flags"].toArray().contains("temporary_error"));

    const DbRun one = cli({"db", "export-readings", "--db", m_db, "--meter", "66660205", "--format", "csv"});
    ASSERT_EQ(one.exitCode, 0);
    const QList<QByteArray> rows = one.out.trimmed().split('\n');
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].startsWith("id,meter,address,bus"));
    EXPECT_TRUE(rows[1].contains(",66660205,"));
}

TEST_F(CliDb, ExportTimeWindow) {
    cli({"db", "import-frames", "--db", m_db, "-"}, frameLine("EFE_Engelmann-WaterStar"));
    EXPECT_TRUE(cli({"db", "export-readings", "--db", m_db, "--to", "2000-01-01"}).out.isEmpty());
    EXPECT_FALSE(cli({"db", "export-readings", "--db", m_db, "--from", "2000-01-01"}).out.isEmpty());
    EXPECT_EQ(cli({"db", "export-readings", "--db", m_db, "--from", "yesterday"}).exitCode, 1);
    EXPECT_EQ(cli({"db", "export-readings", "--db", m_db, "--meter", "99999999"}).exitCode, 1);
}

TEST_F(CliDb, CheckBackupRestore) {
    cli({"db", "import-frames", "--db", m_db, "-"}, frameLine("EFE_Engelmann-WaterStar"));
    DbRun check = cli({"db", "check", "--db", m_db});
    ASSERT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_EQ(object(check.out)["readings"].toInt(), 1);

    const QString backup = m_dir.filePath("backup.db");
    const DbRun b = cli({"db", "backup", backup, "--db", m_db});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    EXPECT_GT(object(b.out)["bytes"].toInt(), 0);
    EXPECT_EQ(cli({"db", "backup", backup, "--db", m_db}).exitCode, 2); // never overwrites

    cli({"db", "import-frames", "--db", m_db, "-"}, frameLine("EFE_Engelmann-WaterStar"));
    const DbRun r = cli({"db", "restore", backup, "--db", m_db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString kept = object(r.out)["previous_kept_as"].toString();
    EXPECT_TRUE(QFile::exists(kept));
    EXPECT_EQ(object(cli({"db", "check", "--db", m_db}).out)["readings"].toInt(), 1);
    EXPECT_EQ(object(cli({"db", "check", "--db", kept}).out)["readings"].toInt(), 2);
}

TEST_F(CliDb, CheckReportsTamperingWithExitTwo) {
    cli({"db", "import-frames", "--db", m_db, "-"}, frameLine("EFE_Engelmann-WaterStar"));
    // Corrupt the header of a page in the middle of the file (4 KiB pages): the middle of a page
    // may be its unused free space, which no check can tell from garbage.
    QFile f(m_db);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(size / 2 / 4096 * 4096);
    f.write(QByteArray(512, '\xFF'));
    f.close();
    const DbRun check = cli({"db", "check", "--db", m_db});
    EXPECT_NE(check.exitCode, 0);
    EXPECT_FALSE(check.err.isEmpty());
}

TEST_F(CliDb, UnusableDatabasesExitThree) {
    EXPECT_EQ(cli({"db", "check", "--db", m_dir.filePath("missing.db")}).exitCode, 3);
    QFile junk(m_dir.filePath("junk.db"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database at all, just text that someone named .db");
    junk.close();
    const DbRun r = cli({"db", "export-readings", "--db", junk.fileName()});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("damaged") || r.err.contains("not a"));
}

TEST_F(CliDb, UsageErrorsExitOne) {
    EXPECT_EQ(cli({"db", "frobnicate", "--db", m_db}).exitCode, 1);
    EXPECT_EQ(cli({"db", "check"}).exitCode, 1);
    EXPECT_EQ(cli({"db", "backup", "--db", m_db}).exitCode, 1);
    EXPECT_EQ(cli({"db", "export-readings", "--db", m_db, "--format", "xml"}).exitCode, 1);
    EXPECT_EQ(cli({"db", "--help"}).exitCode, 0);
}
