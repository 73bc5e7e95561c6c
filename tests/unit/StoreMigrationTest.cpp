// SPDX-License-Identifier: GPL-3.0-or-later
// Each migration, applied to a database of the previous version with data in it.
#include "StoreTestSupport.h"
#include "store/BillingRepository.h"
#include "store/HeatUserRepository.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace heatdesk::store;

TEST(StoreMigration, VersionOneWithReadingsMigratesToTwo) {
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.db");
    {
        // Build a version-1 database by hand, with a meter and readings, as an old HeatDesk made it.
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "v1-builder");
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(migrateTo(raw, 1));
        EXPECT_EQ(schemaVersion(raw), 1);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("v1-builder");
    }
    {
        Database db; // opening migrates
        ASSERT_FALSE(db.open(path));
        EXPECT_EQ(schemaVersion(db.sql()), kSchemaVersion);
        ConfigRepository config(db);
        const qint64 bus = *config.addBus(*config.addChannel(*config.addSite("S"), "C", "serial"), "B");
        MeterConfig m;
        m.busId = bus;
        m.number = "1";
        const qint64 meter = *config.addMeter(m);
        NewReading r;
        r.meterId = meter;
        r.values.energyKwh = 5;
        r.values.rawFrames = {0xE5};
        ASSERT_FALSE(ReadingRepository(db).append(std::span(&r, 1)));
        ASSERT_FALSE(BillingRepository(db).saveTariff(storetest::tianjinTariff2025()));
        EXPECT_EQ(BillingRepository(db).tariff(2025)->meteredPricePerKwh, "0.13");
        EXPECT_TRUE(checkDatabase(db).ok());
    }
}

TEST(StoreMigration, SettlementModeIsChecked) {
    QTemporaryDir dir;
    Database db;
    ASSERT_FALSE(db.open(dir.filePath("t.db"), Database::Mode::ReadWrite, Database::Create::IfMissing));
    TariffRow t = storetest::tianjinTariff2025();
    t.settlementMode = "whatever";
    EXPECT_TRUE(BillingRepository(db).saveTariff(t));
}

TEST(StoreMigration, VersionTwoWithHeatUsersMigratesToThreeAllActive) {
    QTemporaryDir dir;
    const QString path = dir.filePath("v2.db");
    {
        // A version-2 database with a heat user and an assignment, written with plain SQL as the
        // HeatDesk of that version did (no active column yet).
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "v2-builder");
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(migrateTo(raw, 2));
        QSqlQuery q(raw);
        for (const char* statement :
             {"INSERT INTO sites (id, name) VALUES (1, 'S')",
              "INSERT INTO channels (id, site_id, name, kind) VALUES (1, 1, 'C', 'serial')",
              "INSERT INTO buses (id, channel_id, name) VALUES (1, 1, 'B')",
              "INSERT INTO meters (id, bus_id, number, protocol) VALUES (1, 1, '12345678', 'mbus')",
              "INSERT INTO heat_users (id, account, name, area_m2) VALUES (1, 'HY-1', 'Wang', 80.5)",
              "INSERT INTO meter_assignments (meter_id, heat_user_id, valid_from) VALUES (1, 1, 1000)"})
            ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("v2-builder");
    }
    Database db;
    ASSERT_FALSE(db.open(path));
    EXPECT_EQ(schemaVersion(db.sql()), 3);
    HeatUserRepository users(db);
    const auto wang = users.byAccount("HY-1");
    ASSERT_TRUE(wang);
    EXPECT_TRUE(wang->active);
    EXPECT_EQ(wang->areaM2, 80.5);
    ASSERT_FALSE(users.deactivate(wang->id, 2000));
    EXPECT_FALSE(users.user(wang->id)->active);
    EXPECT_EQ(users.history(wang->id).at(0).assignment.validToMs, 2000);
    QSqlQuery q(db.sql());
    EXPECT_FALSE(q.exec("UPDATE heat_users SET active = 2")); // the CHECK holds
    EXPECT_TRUE(checkDatabase(db).ok());
}
