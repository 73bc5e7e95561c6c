// SPDX-License-Identifier: GPL-3.0-or-later
// Heat users: edit, search, deactivate (history kept), delete only without assignments, meter
// assignments that end the tenant's or the replaced meter's.
#include "store/HeatUserRepository.h"

#include "StoreTestSupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace heatdesk::store;

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kT0 = 1'760'000'000'000;

HeatUser user(const QString& account, const QString& name, const QString& room) {
    HeatUser u;
    u.account = account;
    u.name = name;
    u.community = QStringLiteral("和平小区");
    u.building = QStringLiteral("3");
    u.unit = QStringLiteral("1");
    u.room = room;
    u.areaM2 = 86.5;
    u.contact = QStringLiteral("138 0000 %1").arg(room);
    return u;
}

QStringList accounts(const QList<HeatUserRow>& rows) {
    QStringList out;
    for (const HeatUserRow& r : rows)
        out << r.user.account;
    return out;
}

} // namespace

class HeatUserRepositoryTest : public storetest::StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        m_wang = *m_users.add(user("HY-0101", QStringLiteral("王建国"), "101"));
        m_li = *m_users.add(user("HY-0102", QStringLiteral("李秀英"), "102"));
        m_zhang = *m_users.add(user("HY-0201", "Zhang_Wei 100%", "201"));
    }

    HeatUserRepository m_users{m_db};
    qint64 m_wang = 0, m_li = 0, m_zhang = 0;
};

TEST_F(HeatUserRepositoryTest, UpdateSavesEveryFieldAndRefusesATakenAccount) {
    HeatUser u = *m_users.user(m_li);
    u.name = QStringLiteral("李秀兰");
    u.room = QStringLiteral("102A");
    u.areaM2.reset();
    u.contact = QStringLiteral("139");
    ASSERT_FALSE(m_users.update(u));
    const HeatUser saved = *m_users.user(m_li);
    EXPECT_EQ(saved.name, QStringLiteral("李秀兰"));
    EXPECT_EQ(saved.room, QStringLiteral("102A"));
    EXPECT_FALSE(saved.areaM2);
    EXPECT_EQ(saved.contact, QStringLiteral("139"));
    EXPECT_TRUE(saved.active);

    u.account = QStringLiteral("HY-0101");
    const MaybeError taken = m_users.update(u);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->message, QStringLiteral("account HY-0101 belongs to another heat user"));
}

TEST_F(HeatUserRepositoryTest, SearchMatchesAnyFieldAndTakesWildcardsLiterally) {
    EXPECT_EQ(accounts(m_users.users({})), QStringList({"HY-0101", "HY-0102", "HY-0201"}));
    EXPECT_EQ(accounts(m_users.users({QStringLiteral("王")})), QStringList({"HY-0101"}));
    EXPECT_EQ(accounts(m_users.users({QStringLiteral("hy-02")})), QStringList({"HY-0201"}));
    EXPECT_EQ(accounts(m_users.users({QStringLiteral("0000 102")})), QStringList({"HY-0102"})); // phone
    EXPECT_EQ(accounts(m_users.users({QStringLiteral("和平")})).size(), 3);                     // community
    EXPECT_EQ(accounts(m_users.users({QStringLiteral("_")})), QStringList({"HY-0201"}));
    EXPECT_EQ(accounts(m_users.users({QStringLiteral("100%")})), QStringList({"HY-0201"}));
    EXPECT_TRUE(m_users.users({QStringLiteral("nobody")}).isEmpty());
    HeatUserQuery page;
    page.limit = 1;
    page.offset = 1;
    EXPECT_EQ(accounts(m_users.users(page)), QStringList({"HY-0102"}));
}

TEST_F(HeatUserRepositoryTest, ListShowsTheMetersAssignedNow) {
    ASSERT_TRUE(m_users.assign(m_meters[0], m_wang, kT0));
    ASSERT_TRUE(m_users.assign(m_meters[1], m_wang, kT0));
    const auto rows = m_users.users({QStringLiteral("HY-0101")});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].meters, QStringLiteral("12345670, 12345671"));
}

TEST_F(HeatUserRepositoryTest, DeactivateEndsAssignmentsAndKeepsHistory) {
    const auto assignment = m_users.assign(m_meters[0], m_wang, kT0);
    ASSERT_TRUE(assignment);
    NewReading r = reading(m_meters[0], kT0 + kDay, 100);
    ASSERT_FALSE(ReadingRepository(m_db).append(std::span(&r, 1)));

    const MaybeError refused = m_users.remove(m_wang);
    ASSERT_TRUE(refused);
    EXPECT_TRUE(refused->message.contains(QLatin1String("deactivate it instead")));

    ASSERT_FALSE(m_users.deactivate(m_wang, kT0 + 30 * kDay));
    const HeatUser wang = *m_users.user(m_wang);
    EXPECT_FALSE(wang.active);
    const auto history = m_users.history(m_wang);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].meterNumber, QStringLiteral("12345670"));
    EXPECT_EQ(history[0].assignment.validToMs, kT0 + 30 * kDay);
    EXPECT_EQ(m_users.users({}).size(), 3);
    HeatUserQuery activeOnly;
    activeOnly.includeInactive = false;
    EXPECT_EQ(accounts(m_users.users(activeOnly)), QStringList({"HY-0102", "HY-0201"}));
    // The meter is free for the next tenant from the day the old one left.
    EXPECT_TRUE(m_users.assign(m_meters[0], m_li, kT0 + 30 * kDay));
}

TEST_F(HeatUserRepositoryTest, DeactivateBeforeAnAssignmentStartsIsRefused) {
    ASSERT_TRUE(m_users.assign(m_meters[0], m_wang, kT0));
    const MaybeError refused = m_users.deactivate(m_wang, kT0);
    ASSERT_TRUE(refused);
    EXPECT_TRUE(m_users.user(m_wang)->active);
    EXPECT_FALSE(m_users.assignmentsOf(m_wang)[0].validToMs); // nothing half done
}

TEST_F(HeatUserRepositoryTest, RemoveDeletesAUserNeverAssigned) {
    EXPECT_EQ(m_users.hasAssignments(m_zhang), false);
    ASSERT_FALSE(m_users.remove(m_zhang));
    EXPECT_FALSE(m_users.byAccount(QStringLiteral("HY-0201")));
}

TEST_F(HeatUserRepositoryTest, AssignEndsTheTenantsOrTheReplacedMetersAssignment) {
    ASSERT_TRUE(m_users.assign(m_meters[0], m_wang, kT0));
    StoreError error;
    // Without ending anything, the meter's open assignment is an overlap.
    EXPECT_FALSE(m_users.assign(m_meters[0], m_li, kT0 + kDay, &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("still assigned")));
    // The meter moves to the next tenant.
    ASSERT_TRUE(m_users.assign(m_meters[0], m_li, kT0 + 10 * kDay, AssignEnding{true, false}, &error))
        << error.message.toStdString();
    EXPECT_EQ(m_users.assignmentsOf(m_wang)[0].validToMs, kT0 + 10 * kDay);
    EXPECT_EQ(m_users.openAssignmentOfMeter(m_meters[0])->heatUserId, m_li);
    // Li's meter is replaced: the old one ends where the new one starts.
    ASSERT_TRUE(m_users.assign(m_meters[1], m_li, kT0 + 20 * kDay, AssignEnding{false, true}, &error));
    const auto history = m_users.history(m_li);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].meterNumber, QStringLiteral("12345671"));
    EXPECT_FALSE(history[0].assignment.validToMs);
    EXPECT_EQ(history[1].assignment.validToMs, kT0 + 20 * kDay);
    // A date inside an ended period overlaps: refused, and nothing was ended on the way.
    EXPECT_FALSE(m_users.assign(m_meters[0], m_zhang, kT0 + 5 * kDay, AssignEnding{true, true}, &error));
    EXPECT_FALSE(m_users.openAssignmentOfMeter(m_meters[0])); // ended with the replacement, still
    const auto lisMeter = m_users.openAssignmentOfMeter(m_meters[1]);
    ASSERT_TRUE(lisMeter);
    EXPECT_EQ(lisMeter->heatUserId, m_li);
    EXPECT_FALSE(lisMeter->validToMs);
    // An open assignment cannot end on or before its own start.
    EXPECT_FALSE(m_users.assign(m_meters[1], m_zhang, kT0 + 20 * kDay, AssignEnding{true, false}, &error));
    EXPECT_TRUE(error.message.contains(QLatin1String("choose a later date")));
}

TEST_F(HeatUserRepositoryTest, SearchOverHundredThousandUsers) {
    QSqlDatabase& db = m_db.sql();
    ASSERT_TRUE(db.transaction());
    for (int i = 0; i < 100'000; ++i)
        ASSERT_TRUE(m_users.add(user(QStringLiteral("K%1").arg(i, 6, 10, QLatin1Char('0')),
                                     QStringLiteral("User %1").arg(i), QString::number(i % 1000))));
    ASSERT_TRUE(db.commit());
    QElapsedTimer timer;
    timer.start();
    const auto all = m_users.users({});
    const qint64 allMs = timer.restart();
    const auto some = m_users.users({QStringLiteral("User 4242")});
    const qint64 searchMs = timer.elapsed();
    EXPECT_EQ(all.size(), 100'003);
    EXPECT_EQ(some.size(), 11); // 4242 and 42420..42429
    std::printf("[ figures ] 100,000 heat users: list all %lld ms, search %lld ms\n", qlonglong(allMs),
                qlonglong(searchMs));
    EXPECT_LT(searchMs, 2000);
}
