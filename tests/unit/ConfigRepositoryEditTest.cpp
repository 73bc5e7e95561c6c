// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the configuration as the dialogs do: listings, updates, refusals that say where a name
// is taken, and removal that never touches readings.
#include "StoreTestSupport.h"
#include "store/HeatUserRepository.h"

#include <QSqlQuery>

using namespace heatdesk::store;
using storetest::StoreFixture;

namespace {

qint64 count(Database& db, const QString& table) {
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next());
    return q.value(0).toLongLong();
}

} // namespace

class ConfigEdit : public StoreFixture {
protected:
    void SetUp() override {
        StoreFixture::SetUp();
        const auto bus = config().bus(m_busId);
        ASSERT_TRUE(bus);
        m_channelId = bus->channelId;
        m_siteId = config().channel(m_channelId)->siteId;
    }
    ConfigRepository& config() { return m_config; }

    ConfigRepository m_config{m_db};
    qint64 m_channelId = 0, m_siteId = 0;
};

TEST_F(ConfigEdit, SitesAreListedAndUpdatedWithTheirAddress) {
    StoreError error;
    const auto id =
        config().addSite(SiteRow{0, QStringLiteral("Station 2"), QStringLiteral("Heping Rd 5")}, &error);
    ASSERT_TRUE(id) << error.message.toStdString();
    ASSERT_FALSE(config().updateSite({*id, QStringLiteral("Station 3"), QStringLiteral("Heping Rd 7")}));
    const auto sites = config().sites();
    ASSERT_EQ(sites.size(), 2);
    EXPECT_EQ(sites[0].name, QStringLiteral("Station 1"));
    EXPECT_EQ(sites[1].name, QStringLiteral("Station 3"));
    EXPECT_EQ(sites[1].address, QStringLiteral("Heping Rd 7"));
    EXPECT_FALSE(config().site(9999));
}

TEST_F(ConfigEdit, TakenSiteNameIsRefusedByName) {
    StoreError error;
    EXPECT_FALSE(config().addSite(QStringLiteral("Station 1"), &error));
    EXPECT_EQ(error.message, QStringLiteral("a site named Station 1 already exists"));
    const auto other = config().addSite(QStringLiteral("Station 2"));
    const auto e = config().updateSite({*other, QStringLiteral("Station 1"), {}});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, StoreError::Code::Invalid);
    EXPECT_EQ(e->message, QStringLiteral("a site named Station 1 already exists"));
}

TEST_F(ConfigEdit, ChannelUpdateChangesNameKindSettingsAndEnabled) {
    ChannelRow c = *config().channel(m_channelId);
    c.name = QStringLiteral("Server 1");
    c.kind = QStringLiteral("tcp");
    c.settingsJson = R"({"host":"10.0.0.7","tcp_port":4001})";
    c.enabled = false;
    ASSERT_FALSE(config().updateChannel(c));
    const auto stored = config().channel(m_channelId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Server 1"));
    EXPECT_EQ(stored->kind, QStringLiteral("tcp"));
    EXPECT_EQ(stored->settingsJson, QByteArray(R"({"host":"10.0.0.7","tcp_port":4001})"));
    EXPECT_FALSE(stored->enabled);

    const auto other = config().addChannel(m_siteId, QStringLiteral("COM2"), QStringLiteral("serial"));
    c.name = QStringLiteral("COM2");
    const auto e = config().updateChannel(c);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->message, QStringLiteral("site Station 1 already has a channel named COM2"));
    StoreError error;
    EXPECT_FALSE(
        config().addChannel(m_siteId, QStringLiteral("COM2"), QStringLiteral("serial"), "{}", &error));
    EXPECT_EQ(error.message, QStringLiteral("site Station 1 already has a channel named COM2"));
    EXPECT_TRUE(other);
}

TEST_F(ConfigEdit, BusesAreListedPerChannelAndRenamed) {
    const auto b = config().addBus(m_channelId, QStringLiteral("Bus B"));
    ASSERT_TRUE(b);
    ASSERT_FALSE(config().updateBus({*b, m_channelId, QStringLiteral("Bus C")}));
    const auto buses = config().buses(m_channelId);
    ASSERT_EQ(buses.size(), 2);
    EXPECT_EQ(buses[0].name, QStringLiteral("Bus A"));
    EXPECT_EQ(buses[1].name, QStringLiteral("Bus C"));
    const auto e = config().updateBus({*b, m_channelId, QStringLiteral("Bus A")});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->message, QStringLiteral("channel COM1 already has a bus named Bus A"));
    EXPECT_TRUE(config().updateBus({9999, m_channelId, QStringLiteral("X")}));
}

TEST_F(ConfigEdit, MeterUpdateKeepsEveryField) {
    MeterConfig m = *config().meter(m_meters[0]);
    m.protocol = QStringLiteral("cjt188");
    m.number = QStringLiteral("20250012345678");
    m.primaryAddress.reset();
    m.modelProfile = QStringLiteral("jy-unit-first");
    m.medium = QStringLiteral("heat");
    m.installedOn = QStringLiteral("2025-10-01");
    m.location = QStringLiteral("3-2-301 kitchen");
    m.active = false;
    ASSERT_FALSE(config().updateMeter(m));
    const auto stored = config().meter(m_meters[0]);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->protocol, m.protocol);
    EXPECT_EQ(stored->number, m.number);
    EXPECT_FALSE(stored->primaryAddress);
    EXPECT_EQ(stored->modelProfile, m.modelProfile);
    EXPECT_EQ(stored->medium, m.medium);
    EXPECT_EQ(stored->installedOn, m.installedOn);
    EXPECT_EQ(stored->location, m.location);
    EXPECT_FALSE(stored->active);
}

TEST_F(ConfigEdit, TakenMeterNumberNamesTheBusThatHasIt) {
    const auto other = config().addBus(m_channelId, QStringLiteral("Bus B"));
    MeterConfig m;
    m.busId = *other;
    m.number = QStringLiteral("12345671");
    StoreError error;
    EXPECT_FALSE(config().addMeter(m, &error));
    EXPECT_EQ(error.message, QStringLiteral("a meter with number 12345671 already exists on bus Bus A "
                                            "(Station 1 / COM1)"));

    MeterConfig first = *config().meter(m_meters[0]);
    first.number = QStringLiteral("12345672");
    const auto e = config().updateMeter(first);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->message, QStringLiteral("a meter with number 12345672 already exists on bus Bus A "
                                         "(Station 1 / COM1)"));
    EXPECT_EQ(config().meter(m_meters[0])->number, QStringLiteral("12345670"));
}

TEST_F(ConfigEdit, PrimaryAddressOutsideTheBusRangeIsRefused) {
    MeterConfig m = *config().meter(m_meters[0]);
    m.primaryAddress = 300;
    const auto e = config().updateMeter(m);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->message, QStringLiteral("primary address 300 is not 0..250"));
    m.number = QStringLiteral("99999999");
    StoreError error;
    EXPECT_FALSE(config().addMeter(m, &error));
    EXPECT_EQ(error.message, QStringLiteral("primary address 300 is not 0..250"));
}

TEST_F(ConfigEdit, MeterWithoutReadingsIsRemovedWithItsAssignment) {
    HeatUserRepository users(m_db);
    HeatUser u;
    u.account = QStringLiteral("A-101");
    const auto user = users.add(u);
    ASSERT_TRUE(users.assign(m_meters[0], *user, 1'700'000'000'000));
    ASSERT_FALSE(config().removeMeter(m_meters[0]));
    EXPECT_FALSE(config().meter(m_meters[0]));
    EXPECT_EQ(count(m_db, QStringLiteral("meter_assignments")), 0);
    EXPECT_EQ(count(m_db, QStringLiteral("meters")), 2);
    const auto e = config().removeMeter(m_meters[0]);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->message, QStringLiteral("no meter %1").arg(m_meters[0]));
}

TEST_F(ConfigEdit, MeterWithReadingsIsNeverRemoved) {
    ReadingRepository readings(m_db);
    const NewReading r = reading(m_meters[1], 1'700'000'000'000, 12.5);
    ASSERT_FALSE(readings.append(std::span(&r, 1)));

    const auto e = config().removeMeter(m_meters[1]);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, StoreError::Code::Invariant);
    EXPECT_EQ(e->message, QStringLiteral("cannot remove meter 12345671: it has 1 readings and readings are "
                                         "never deleted; deactivate the meter instead (it keeps its history "
                                         "and is no longer read)"));
    for (const auto& fails :
         {config().removeBus(m_busId), config().removeChannel(m_channelId), config().removeSite(m_siteId)}) {
        ASSERT_TRUE(fails);
        EXPECT_TRUE(
            fails->message.contains(QStringLiteral("readings are never deleted; deactivate those meters")))
            << fails->message.toStdString();
    }
    EXPECT_EQ(count(m_db, QStringLiteral("meters")), 3);
    EXPECT_EQ(count(m_db, QStringLiteral("readings")), 1);
}

TEST_F(ConfigEdit, SiteWithoutReadingsIsRemovedWithEverythingUnderIt) {
    const auto keep = config().addSite(QStringLiteral("Station 2"));
    const auto keepChannel = config().addChannel(*keep, QStringLiteral("COM1"), QStringLiteral("serial"));
    ASSERT_TRUE(config().addBus(*keepChannel, QStringLiteral("Bus A")));
    ASSERT_FALSE(config().removeSite(m_siteId));
    EXPECT_EQ(count(m_db, QStringLiteral("meters")), 0);
    EXPECT_EQ(count(m_db, QStringLiteral("buses")), 1);
    EXPECT_EQ(count(m_db, QStringLiteral("channels")), 1);
    ASSERT_EQ(config().sites().size(), 1);
    EXPECT_EQ(config().sites()[0].name, QStringLiteral("Station 2"));
}

TEST_F(ConfigEdit, BusWithoutReadingsIsRemovedWithItsMeters) {
    const auto other = config().addBus(m_channelId, QStringLiteral("Bus B"));
    ASSERT_FALSE(config().removeBus(m_busId));
    EXPECT_EQ(count(m_db, QStringLiteral("meters")), 0);
    const auto buses = config().buses(m_channelId);
    ASSERT_EQ(buses.size(), 1);
    EXPECT_EQ(buses[0].id, *other);
}
