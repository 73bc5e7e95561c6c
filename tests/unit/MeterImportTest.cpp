// SPDX-License-Identifier: GPL-3.0-or-later
// Meters (and heat users) from CSV: all or nothing, every bad line named, bounded input.
#include "config/MeterImport.h"

#include "StoreTestSupport.h"
#include "store/HeatUserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

using namespace heatdesk::store;
using heatdesk::config::MeterImport;
using Mode = heatdesk::config::MeterImport::Mode;

namespace {

const QStringList kProfiles = {QStringLiteral("default"), QStringLiteral("jy-unit-first")};

} // namespace

class MeterImportTest : public storetest::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        ConfigRepository config(m_db);
        m_emptyBus = *config.addBus(config.bus(m_busId)->channelId, QStringLiteral("Bus B"));
    }
    qint64 meterCount() {
        QSqlQuery q(m_db.sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM meters")) && q.next());
        return q.value(0).toLongLong();
    }
    heatdesk::config::MeterImportResult run(const QByteArray& csv, Mode mode = Mode::Write, qint64 bus = 0) {
        MeterImport import(m_db, kProfiles);
        import.setAssignedFromMs(1'760'000'000'000);
        return import.fromCsv(csv, bus ? bus : m_emptyBus, mode);
    }

    qint64 m_emptyBus = 0;
};

TEST_F(MeterImportTest, SampleFileImportsMetersUsersAndAssignments) {
    MeterImport import(m_db, kProfiles);
    const auto r = import.fromFile(QStringLiteral(HEATDESK_SOURCE_DIR "/resources/samples/meters.csv"),
                                   m_emptyBus, Mode::Write);
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.metersAdded, 5);
    EXPECT_EQ(r.usersAdded, 4);
    ConfigRepository config(m_db);
    const auto cjt = config.meterByNumber(QStringLiteral("20250012345678"));
    ASSERT_TRUE(cjt);
    EXPECT_EQ(cjt->protocol, QStringLiteral("cjt188"));
    EXPECT_EQ(cjt->modelProfile, QStringLiteral("jy-unit-first"));
    EXPECT_EQ(cjt->busId, m_emptyBus);
    EXPECT_EQ(config.meterByNumber(QStringLiteral("12345678"))->secondaryAddress,
              QStringLiteral("123456782D2C0404"));
    HeatUserRepository users(m_db);
    const auto zhang = users.byAccount(QStringLiteral("HY-0201"));
    ASSERT_TRUE(zhang);
    EXPECT_EQ(zhang->name, QStringLiteral("Zhang, Wei"));
    EXPECT_EQ(zhang->areaM2, 92.0);
    const auto wang = users.byAccount(QStringLiteral("HY-0101"));
    ASSERT_TRUE(wang);
    EXPECT_EQ(wang->name, QStringLiteral("王建国"));
    const auto assigned = users.assignmentsOf(wang->id);
    ASSERT_EQ(assigned.size(), 1);
    EXPECT_EQ(assigned[0].meterId, config.meterByNumber(QStringLiteral("12345678"))->id);
}

TEST_F(MeterImportTest, SemicolonsWithBomAndDecimalCommas) {
    const auto r = run("\xEF\xBB\xBFNumber;Primary;Location;Account;Area_m2\n"
                       "22000001;7;\"A; 1\";K-1;86,5\n"
                       "22000002;8;;K-1;86,5\n");
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.metersAdded, 2);
    EXPECT_EQ(r.usersAdded, 1); // one user with two meters
    const auto m = ConfigRepository(m_db).meterByNumber(QStringLiteral("22000001"));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->primaryAddress, 7);
    EXPECT_EQ(m->location, QStringLiteral("A; 1"));
    EXPECT_EQ(HeatUserRepository(m_db).byAccount(QStringLiteral("K-1"))->areaM2, 86.5);
}

TEST_F(MeterImportTest, BadLinesAreAllNamedAndNothingIsWritten) {
    const qint64 before = meterCount();
    const auto r = run("number,protocol,primary,medium\n"
                       "22000001,mbus,1,heat_outlet\n"
                       "2200002,mbus,2,heat_outlet\n"
                       "20250012345678,cjt188,3,heat\n"
                       "22000004,modbus,,\n"
                       "22000005,mbus,5\n"
                       "22000006,mbus,300,heat_outlet\n"
                       "22000007,mbus,x,steam_pipe\n");
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(r.written);
    EXPECT_EQ(r.badLines, 6);
    EXPECT_EQ(
        r.errors(),
        QStringList({"line 3: M-Bus meter number '2200002' is not 8 digits",
                     "line 4: CJ/T 188 meters have no primary address (they are addressed by number)",
                     "line 5: protocol 'modbus' is not mbus or cjt188", "line 6: 3 fields, the header has 4",
                     "line 7: primary address 300 is not 0..250",
                     "line 8: primary address 'x' is not a number 0..250; medium 'steam_pipe' is unknown "
                     "(for example heat_outlet, heat, warm_water)"}));
    EXPECT_EQ(meterCount(), before);
    EXPECT_EQ(r.lines[0].error, QString());
}

TEST_F(MeterImportTest, DuplicatesInTheFileAndInTheDatabaseAreNamed) {
    const auto r = run("number,primary,account,name\n"
                       "12345670,,,\n"
                       "22000001,4,U-1,Li\n"
                       "22000001,9,U-2,Wang\n"
                       "22000003,5,U-1,Zhao\n",
                       Mode::Write, m_busId);
    EXPECT_EQ(
        r.errors(),
        QStringList({"line 2: a meter with number 12345670 already exists on bus Bus A (Station 1 / COM1)",
                     "line 4: meter number 22000001 is on line 3 already",
                     "line 5: account U-1 is on line 3 with other user details"}));
    EXPECT_EQ(meterCount(), 3);
}

TEST_F(MeterImportTest, SharedPrimaryAddressesAreAllowed) {
    // Meters left at the factory default 0, or sharing an address with a meter on the bus, are
    // read by secondary address (their own, or the 8-digit number as its id): not an error.
    const auto r = run("number,primary,secondary\n"
                       "22000001,0,220000012D2C0404\n"
                       "22000002,0,\n"
                       "22000003,1,\n",
                       Mode::Write, m_busId);
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.metersAdded, 3);
}

TEST_F(MeterImportTest, ExistingAccountIsReusedUnlessTheNameDiffers) {
    HeatUserRepository users(m_db);
    HeatUser u;
    u.account = QStringLiteral("HY-9");
    u.name = QStringLiteral("Zhou");
    const auto id = users.add(u);
    auto r = run("number,account,name\n22000001,HY-9,Sun\n");
    EXPECT_EQ(r.errors(), QStringList({"line 2: account HY-9 belongs to Zhou in the database, not Sun"}));
    r = run("number,account,name\n22000001,HY-9,Zhou\n");
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.usersAdded, 0);
    EXPECT_EQ(users.assignmentsOf(*id).size(), 1);
}

TEST_F(MeterImportTest, DryRunChecksEverythingAndWritesNothing) {
    const auto r = run("number\n22000001\n22000002\n", Mode::DryRun);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.written);
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines[1].line, 3);
    EXPECT_EQ(r.lines[1].meter.number, QStringLiteral("22000002"));
    EXPECT_EQ(meterCount(), 3);
}

TEST_F(MeterImportTest, HeaderMistakesRefuseTheFile) {
    EXPECT_TRUE(run("numbr,primary\n1,2\n")
                    .fileError.startsWith(
                        QStringLiteral("line 1: unknown column 'numbr' (the columns are number, ")));
    EXPECT_TRUE(run("primary\n1\n")
                    .fileError.startsWith(QStringLiteral("line 1: the header has no 'number' column")));
    EXPECT_EQ(run("number,Number\n1,1\n").fileError, QStringLiteral("line 1: column 'Number' appears twice"));
    EXPECT_EQ(run("number\n\n").fileError, QStringLiteral("the file has no meters below its header"));
    EXPECT_EQ(meterCount(), 3);
}

TEST_F(MeterImportTest, HugeFilesAreRefusedBeforeTheyAreRead) {
    QByteArray lines = "number\n";
    for (int i = 0; i < 20'000; ++i)
        lines += QByteArray::number(30'000'000 + i) + '\n';
    EXPECT_EQ(run(lines, Mode::DryRun).fileError,
              QStringLiteral("the file has more than 20000 lines: split it into smaller files"));

    // Over 10 MB: refused by its size, before a byte is read.
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(11 * 1024 * 1024, 'x'));
    file.close();
    MeterImport import(m_db, kProfiles);
    EXPECT_EQ(import.fromFile(path, m_emptyBus, Mode::Write).fileError,
              QStringLiteral("%1 is 11.0 MB, more than the 10 MB one import takes: split it").arg(path));
    EXPECT_EQ(meterCount(), 3);
}

TEST_F(MeterImportTest, TwentyThousandMetersImportInOneTransaction) {
    QByteArray lines = "number,location\n";
    for (int i = 0; i < 19'999; ++i)
        lines += QByteArray::number(30'000'000 + i) + ",shaft " + QByteArray::number(i % 40) + '\n';
    QElapsedTimer timer;
    timer.start();
    const auto r = run(lines);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.metersAdded, 19'999);
    EXPECT_EQ(meterCount(), 3 + 19'999);
    RecordProperty("import_ms", static_cast<int>(ms));
    std::printf("[ figures  ] 19999 meters checked and imported in %lld ms\n", static_cast<long long>(ms));
}
