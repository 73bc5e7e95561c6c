// SPDX-License-Identifier: GPL-3.0-or-later
// Heat users from CSV: add or update by account, assign meters from a date, all or nothing.
#include "config/UserImport.h"

#include "StoreTestSupport.h"
#include "store/HeatUserRepository.h"

#include <QDate>
#include <QElapsedTimer>

using namespace heatdesk::store;
using heatdesk::config::UserImport;
using Mode = heatdesk::config::UserImport::Mode;

class UserImportTest : public storetest::StoreFixture {
protected:
    heatdesk::config::UserImportResult run(const QByteArray& csv, Mode mode = Mode::Write) {
        UserImport import(m_db);
        import.setAssignedFromMs(kDefaultFrom);
        return import.fromCsv(csv, mode);
    }
    static qint64 ms(const char* isoDate) {
        return QDate::fromString(QLatin1String(isoDate), Qt::ISODate).startOfDay().toMSecsSinceEpoch();
    }

    static constexpr qint64 kDefaultFrom = 1'760'000'000'000;
    HeatUserRepository m_users{m_db};
};

TEST_F(UserImportTest, SampleFileAddsUsersAndAssignsMetersFromTheirDate) {
    ConfigRepository config(m_db);
    MeterConfig m;
    m.busId = m_busId;
    m.number = QStringLiteral("12345678");
    const qint64 first = *config.addMeter(m);
    m.number = QStringLiteral("12345679");
    ASSERT_TRUE(config.addMeter(m));
    UserImport import(m_db);
    const auto r =
        import.fromFile(QStringLiteral(HEATDESK_SOURCE_DIR "/resources/samples/heat-users.csv"), Mode::Write);
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.usersAdded, 4);
    EXPECT_EQ(r.metersAssigned, 2);
    const auto wang = m_users.byAccount(QStringLiteral("HY-0101"));
    ASSERT_TRUE(wang);
    EXPECT_EQ(wang->name, QStringLiteral("王建国"));
    EXPECT_EQ(wang->community, QStringLiteral("和平小区"));
    EXPECT_EQ(wang->contact, QStringLiteral("138 0000 0101"));
    EXPECT_EQ(wang->areaM2, 86.5);
    const auto assigned = m_users.assignmentsOf(wang->id);
    ASSERT_EQ(assigned.size(), 1);
    EXPECT_EQ(assigned[0].meterId, first);
    EXPECT_EQ(assigned[0].validFromMs, ms("2025-11-01"));
    EXPECT_EQ(m_users.byAccount(QStringLiteral("HY-0201"))->name, QStringLiteral("Zhang, Wei"));
}

TEST_F(UserImportTest, ExistingAccountsAreUpdatedAndAgainChangesNothing) {
    HeatUser old;
    old.account = QStringLiteral("K-1");
    old.name = QStringLiteral("Zhou");
    const qint64 id = *m_users.add(old);
    const QByteArray csv = "Account;Name;Room;Area_m2;Phone;Meter\nK-1;Zhou Min;301;70,5;139;12345670\n";
    auto r = run(csv);
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.usersAdded, 0);
    EXPECT_EQ(r.usersUpdated, 1);
    EXPECT_EQ(r.metersAssigned, 1);
    const HeatUser k1 = *m_users.user(id);
    EXPECT_EQ(k1.name, QStringLiteral("Zhou Min"));
    EXPECT_EQ(k1.areaM2, 70.5);
    EXPECT_EQ(k1.contact, QStringLiteral("139"));
    EXPECT_EQ(m_users.assignmentsOf(id).at(0).validFromMs, kDefaultFrom);
    // The same list again: the meter measures K-1 already, nothing is assigned twice.
    r = run(csv);
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_TRUE(r.lines[0].alreadyAssigned);
    EXPECT_EQ(r.metersAssigned, 0);
    EXPECT_EQ(m_users.assignmentsOf(id).size(), 1);
}

TEST_F(UserImportTest, BadLinesAreAllNamedAndNothingIsWritten) {
    HeatUser zhou;
    zhou.account = QStringLiteral("K-9");
    zhou.name = QStringLiteral("Zhou");
    const qint64 zhouId = *m_users.add(zhou);
    ASSERT_TRUE(m_users.assign(m_meters[2], zhouId, kDefaultFrom - 1000));
    const auto r = run("account,name,area_m2,meter,valid_from\n"
                       "A-1,Li,80,12345670,2025-11-01\n"
                       ",Wang,,,\n"
                       "A-3,Sun,-4,,\n"
                       "A-4,Zhao,,99999999,\n"
                       "A-5,Qian,,12345670,\n"
                       "A-6,Wu,,12345672,\n"
                       "A-7,Zheng,,,2025-13-01\n"
                       "A-1,Li Hua,80,12345671,\n"
                       "A-9,Feng\n",
                       Mode::DryRun);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.badLines, 8);
    EXPECT_EQ(
        r.errors(),
        QStringList({"line 3: heat user details without an account",
                     "line 4: area_m2 '-4' is not a number of square metres",
                     "line 5: no meter with number 99999999", "line 6: meter 12345670 is on line 2 already",
                     "line 7: meter 12345672 measures account K-9 (Zhou) in that period: end that "
                     "assignment first",
                     "line 8: valid_from '2025-13-01' is not a date like 2025-11-15",
                     "line 9: account A-1 is on line 2 with other user details",
                     "line 10: 2 fields, the header has 5"}));
    EXPECT_EQ(m_users.users({}).size(), 1);
    // Write mode refuses the same file as a whole.
    const auto written = run("account,meter\nB-1,\nB-2,12345672\n");
    EXPECT_FALSE(written.written);
    EXPECT_EQ(written.badLines, 1);
    EXPECT_FALSE(m_users.byAccount(QStringLiteral("B-1")));
}

TEST_F(UserImportTest, OneAccountWithTwoMetersIsOneUser) {
    const auto r = run("account,name,meter\nA-1,Li,12345670\nA-1,Li,12345671\n");
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.usersAdded, 1);
    EXPECT_EQ(r.metersAssigned, 2);
    EXPECT_EQ(m_users.users({}).at(0).meters, QStringLiteral("12345670, 12345671"));
}

TEST_F(UserImportTest, HeaderMistakesRefuseTheFile) {
    EXPECT_TRUE(
        run("name\nLi\n").fileError.startsWith(QStringLiteral("line 1: the header has no 'account' column")));
    EXPECT_TRUE(
        run("account,flat\n1,2\n").fileError.startsWith(QStringLiteral("line 1: unknown column 'flat'")));
    EXPECT_EQ(run("account\n\n").fileError, QStringLiteral("the file has no heat users below its header"));
}

TEST_F(UserImportTest, TwentyThousandUsersImportInOneTransaction) {
    QByteArray lines = "account,name,building,room,area_m2\n";
    for (int i = 0; i < 19'999; ++i)
        lines += "U" + QByteArray::number(i) + ",User " + QByteArray::number(i) + "," +
                 QByteArray::number(i / 100) + "," + QByteArray::number(i % 100) + ",80.5\n";
    QElapsedTimer timer;
    timer.start();
    const auto r = run(lines);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(r.ok()) << r.errors().join('\n').toStdString();
    EXPECT_EQ(r.usersAdded, 19'999);
    // A figure, not a check: under sanitizers on a loaded machine it varies tenfold.
    std::printf("[ figures ] 19,999 heat users imported in %lld ms\n", qlonglong(elapsed));
}
