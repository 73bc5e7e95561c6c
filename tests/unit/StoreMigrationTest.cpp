// SPDX-License-Identifier: GPL-3.0-or-later
// Each migration, applied to a database of the previous version with data in it.
#include "StoreTestSupport.h"
#include "store/BillingRepository.h"
#include "store/HeatUserRepository.h"
#include "store/IntegrityCheck.h"
#include "store/Migrations.h"
#include "store/PaymentRepository.h"

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
    EXPECT_EQ(schemaVersion(db.sql()), kSchemaVersion);
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

TEST(StoreMigration, VersionThreeWithReadingsMigratesWithItsReadingsInTheIndex) {
    QTemporaryDir dir;
    const QString path = dir.filePath("v3.db");
    {
        // A version-3 database with chained readings of one meter, written with plain SQL.
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "v3-builder");
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(migrateTo(raw, 3));
        QSqlQuery q(raw);
        for (const char* statement :
             {"INSERT INTO sites (id, name) VALUES (1, 'S')",
              "INSERT INTO channels (id, site_id, name, kind) VALUES (1, 1, 'C', 'serial')",
              "INSERT INTO buses (id, channel_id, name) VALUES (1, 1, 'B')",
              "INSERT INTO meters (id, bus_id, number, protocol) VALUES (1, 1, '12345678', 'mbus')"})
            ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        QByteArray link(kChainLinkSize, '\0');
        for (qint64 id = 1; id <= 3; ++id) {
            NewReading r;
            r.meterId = 1;
            r.readAtMs = id * 1000;
            r.values.energyKwh = 10.0 * static_cast<double>(id);
            r.values.rawFrames = {0xE5};
            link = chainLink(link, id, r);
            q.prepare("INSERT INTO readings (id, meter_id, read_at, protocol, energy_kwh, raw, chain) "
                      "VALUES (?, 1, ?, 'mbus', ?, ?, ?)");
            q.addBindValue(id);
            q.addBindValue(r.readAtMs);
            q.addBindValue(*r.values.energyKwh);
            q.addBindValue(QByteArray("\xE5", 1));
            q.addBindValue(link);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("v3-builder");
    }
    Database db;
    ASSERT_FALSE(db.open(path));
    EXPECT_EQ(schemaVersion(db.sql()), kSchemaVersion);
    ReadingRepository readings(db);
    const auto points = readings.history(1, 0, 10'000);
    ASSERT_EQ(points.size(), 3);
    EXPECT_EQ(points[2].energyKwh, 30.0);
    ASSERT_EQ(readings.lastAtOrBefore(2500).size(), 1);
    EXPECT_EQ(readings.lastAtOrBefore(2500).at(0).readingId, 2);
    // Version 6 put the stored readings into one chunk; a new one goes to the tail.
    QSqlQuery q(db.sql());
    ASSERT_TRUE(q.exec("SELECT count, first_id, last_id FROM reading_chunks") && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    EXPECT_EQ(q.value(1).toInt(), 1);
    EXPECT_EQ(q.value(2).toInt(), 3);
    q.finish();
    NewReading r;
    r.meterId = 1;
    r.readAtMs = 4000;
    r.values.rawFrames = {0xE5};
    ASSERT_FALSE(readings.append(std::span(&r, 1)));
    ASSERT_TRUE(q.exec("SELECT first_id, last_id FROM reading_runs") && q.next());
    EXPECT_EQ(q.value(0).toInt(), 4);
    q.finish();
    EXPECT_EQ(readings.history(1, 0, 10'000).size(), 4);
    const CheckReport report = checkDatabase(db);
    EXPECT_TRUE(report.ok()) << report.problems.join("; ").toStdString(); // the chain continues
}

TEST(StoreMigration, VersionFourWithHeatUsersMigratesToFiveWithAppendOnlyPayments) {
    QTemporaryDir dir;
    const QString path = dir.filePath("v4.db");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "v4-builder");
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(migrateTo(raw, 4));
        QSqlQuery q(raw);
        for (const char* statement :
             {"INSERT INTO heat_users (id, account, name, area_m2) VALUES (1, 'HY-1', "
              "'Wang', 100)",
              "INSERT INTO heat_users (id, account, name, area_m2) VALUES (2, 'HY-2', "
              "'Li', 80)"})
            ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("v4-builder");
    }
    Database db;
    ASSERT_FALSE(db.open(path));
    EXPECT_EQ(schemaVersion(db.sql()), kSchemaVersion);
    EXPECT_EQ(HeatUserRepository(db).byAccount("HY-2")->areaM2, 80.0); // the users came through
    PaymentRepository payments(db);
    Payment p;
    p.heatUserId = 1;
    p.season = 2025;
    p.kind = Payment::Kind::Prepayment;
    p.amountFen = 2500'00;
    p.paidOn = "2025-12-20";
    p.recordedBy = "clerk";
    ASSERT_TRUE(payments.add(p));
    p.kind = Payment::Kind::Refund;
    p.amountFen = 100'01;
    ASSERT_TRUE(payments.add(p));
    p.kind = Payment::Kind::Correction;
    p.amountFen = -50'00;
    StoreError error;
    EXPECT_FALSE(payments.add(p, &error)); // a correction says why
    EXPECT_EQ(error.code, StoreError::Code::Invalid);
    p.reference = "receipt 17 was entered twice";
    ASSERT_TRUE(payments.add(p));
    p.season = 2024;
    p.kind = Payment::Kind::Payment;
    p.amountFen = 1'00;
    ASSERT_TRUE(payments.add(p));
    // 2,500.00 − 100.01 − 50.00, exact to the fen; the other season stays apart.
    const auto totals = payments.seasonTotals(2025);
    ASSERT_EQ(totals.size(), 1);
    EXPECT_EQ(totals.value(1), 2349'99);
    EXPECT_EQ(payments.forUser(1, 2025).size(), 3);
    EXPECT_EQ(payments.forUser(1).size(), 4);
    // Append-only, like readings: the database refuses to rewrite or remove a payment.
    QSqlQuery q(db.sql());
    EXPECT_FALSE(q.exec("UPDATE payments SET amount_fen = 1"));
    EXPECT_FALSE(q.exec("DELETE FROM payments"));
    EXPECT_EQ(payments.seasonTotals(2025).value(1), 2349'99);
    EXPECT_TRUE(checkDatabase(db).ok());
    ASSERT_TRUE(q.exec("DROP TRIGGER payments_no_delete"));
    EXPECT_FALSE(checkDatabase(db).ok()); // a missing guard is reported
}
