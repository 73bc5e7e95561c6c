// SPDX-License-Identifier: GPL-3.0-or-later
// Each migration, applied to a database of the previous version with data in it.
#include "StoreTestSupport.h"
#include "store/BillingRepository.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"

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
        EXPECT_EQ(schemaVersion(db.sql()), 2);
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
