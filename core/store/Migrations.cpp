// SPDX-License-Identifier: GPL-3.0-or-later
// Versioned schema. Portability notes for the PostgreSQL backend to come are marked "SQLite:":
// INTEGER PRIMARY KEY (rowid alias; BIGSERIAL/IDENTITY there), BLOB (BYTEA there) and the trigger
// syntax (a plpgsql function there). Everything else is plain SQL.
#include "store/Migrations.h"

#include "store/ReadingIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace heatdesk::store {
namespace {

// Version 1: configuration tree, heat users and their meters, readings with raw frames,
// corrections and read sessions.
const QStringList kVersion1 = {
    R"(CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TEXT NOT NULL))",

    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",

    // SQLite: INTEGER PRIMARY KEY is the rowid.
    R"(CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'station',
        address TEXT NOT NULL DEFAULT '',
        UNIQUE (name)))",

    // A serial port, a TCP endpoint or a DTU; transport settings as JSON text (they differ by kind).
    R"(CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('serial', 'tcp', 'dtu')),
        settings TEXT NOT NULL DEFAULT '{}',
        enabled INTEGER NOT NULL DEFAULT 1,
        UNIQUE (site_id, name)))",

    R"(CREATE TABLE buses (
        id INTEGER PRIMARY KEY,
        channel_id INTEGER NOT NULL REFERENCES channels(id),
        name TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        UNIQUE (channel_id, name)))",

    // number: as printed on the meter (M-Bus identification, CJ/T 188 address A6..A0).
    R"(CREATE TABLE meters (
        id INTEGER PRIMARY KEY,
        bus_id INTEGER NOT NULL REFERENCES buses(id),
        number TEXT NOT NULL,
        protocol TEXT NOT NULL CHECK (protocol IN ('mbus', 'cjt188')),
        primary_address INTEGER CHECK (primary_address BETWEEN 0 AND 250),
        secondary_address TEXT,
        model_profile TEXT NOT NULL DEFAULT '',
        medium TEXT NOT NULL DEFAULT 'heat_outlet',
        installed_on TEXT,
        location TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        UNIQUE (protocol, number)))",
    "CREATE INDEX meters_bus ON meters (bus_id)",

    R"(CREATE TABLE heat_users (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        community TEXT NOT NULL DEFAULT '',
        building TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT '',
        area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 >= 0),
        contact TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX heat_users_building ON heat_users (community, building, unit, room)",

    // Which meter measured which user's heat, when. A replaced meter keeps its own history; the
    // user's history is the union of the assignments' periods. valid_to NULL: still assigned.
    R"(CREATE TABLE meter_assignments (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters(id),
        heat_user_id INTEGER NOT NULL REFERENCES heat_users(id),
        valid_from INTEGER NOT NULL,
        valid_to INTEGER,
        CHECK (valid_to IS NULL OR valid_to > valid_from)))",
    "CREATE INDEX meter_assignments_user ON meter_assignments (heat_user_id, valid_from)",
    "CREATE INDEX meter_assignments_meter ON meter_assignments (meter_id, valid_from)",

    R"(CREATE TABLE read_sessions (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        started_by TEXT NOT NULL,
        source TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''))",

    // One row per reading. Times: read_at is the workstation clock in ms since the Unix epoch
    // (UTC); meter_time is the meter's own calendar clock as ISO text without zone.
    // chain: hash of the previous row's chain and this row's content, so that a changed or
    // removed row is found by `db check` even if someone bypasses the triggers.
    // SQLite: BLOB.
    R"(CREATE TABLE readings (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters(id),
        session_id INTEGER REFERENCES read_sessions(id),
        read_at INTEGER NOT NULL,
        meter_time TEXT,
        protocol TEXT NOT NULL,
        energy_kwh REAL,
        volume_m3 REAL,
        power_kw REAL,
        flow_m3h REAL,
        supply_c REAL,
        return_c REAL,
        delta_k REAL,
        operating_s INTEGER,
        settlement_energy_kwh REAL,
        settlement_volume_m3 REAL,
        valve INTEGER NOT NULL DEFAULT 0,
        battery_low INTEGER,
        flags INTEGER NOT NULL DEFAULT 0,
        quality INTEGER NOT NULL DEFAULT 0,
        raw BLOB NOT NULL CHECK (length(raw) > 0),
        chain BLOB NOT NULL))",
    "CREATE INDEX readings_meter_time ON readings (meter_id, read_at)",

    // Corrections never touch the reading: they stand beside it, with who, when and why.
    R"(CREATE TABLE reading_corrections (
        id INTEGER PRIMARY KEY,
        reading_id INTEGER NOT NULL REFERENCES readings(id),
        field TEXT NOT NULL,
        corrected_value REAL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        corrected_by TEXT NOT NULL CHECK (length(corrected_by) > 0),
        corrected_at INTEGER NOT NULL))",
    "CREATE INDEX reading_corrections_reading ON reading_corrections (reading_id)",

    // Append-only, enforced by the database itself. SQLite: trigger syntax.
    R"(CREATE TRIGGER readings_no_update BEFORE UPDATE ON readings
        BEGIN SELECT RAISE(ABORT, 'readings are append-only: add a correction instead'); END)",
    R"(CREATE TRIGGER readings_no_delete BEFORE DELETE ON readings
        BEGIN SELECT RAISE(ABORT, 'readings are append-only: they are never deleted'); END)",
    R"(CREATE TRIGGER corrections_no_update BEFORE UPDATE ON reading_corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only: add another correction'); END)",
    R"(CREATE TRIGGER corrections_no_delete BEFORE DELETE ON reading_corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only: add another correction'); END)",
};

// Version 2: tariffs per heating season. Prices are decimal text (exact; billing parses them
// into exact decimals), never REAL.
const QStringList kVersion2 = {
    R"(CREATE TABLE tariffs (
        id INTEGER PRIMARY KEY,
        season INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT 'residential',
        season_start TEXT NOT NULL,
        season_end TEXT NOT NULL,
        basic_price_m2 TEXT NOT NULL,
        metered_price_kwh TEXT NOT NULL,
        correction TEXT NOT NULL DEFAULT '1',
        settlement_mode TEXT NOT NULL DEFAULT 'none'
            CHECK (settlement_mode IN ('none', 'refund_and_charge', 'refund_only', 'capped')),
        prepay_price_m2 TEXT,
        cap_percent TEXT,
        UNIQUE (season, name)))",
};

// Version 3: heat users who moved out or stopped heating are deactivated, never deleted once a
// meter measured them (their readings and assignments stay for the sheets of past periods).
const QStringList kVersion3 = {
    "ALTER TABLE heat_users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))",
};

// Version 4: the index on (meter_id, read_at) carries the chart's values, so a chart of 5 years of
// hourly readings (44,000 rows) is read from the index alone, instead of one table row each, and
// never touches the raw frames. `id` follows read_at so that the boundary queries' ORDER BY
// read_at, id still walks the index.
const QStringList kVersion4 = {
    "DROP INDEX readings_meter_time",
    "CREATE INDEX readings_meter_chart ON readings (meter_id, read_at, id, energy_kwh, volume_m3, power_kw, "
    "flow_m3h, supply_c, return_c)",
};

// Version 5: payments per heat user and season, in fen (exact integers). Append-only like readings:
// a wrong entry is undone by a correction row (signed amount, reference says why), never edited.
const QStringList kVersion5 = {
    R"(CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        heat_user_id INTEGER NOT NULL REFERENCES heat_users(id),
        season INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('prepayment', 'payment', 'refund', 'correction')),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0 OR (kind = 'correction' AND amount_fen <> 0)),
        paid_on TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL CHECK (length(recorded_by) > 0),
        recorded_at INTEGER NOT NULL,
        CHECK (kind <> 'correction' OR length(reference) > 0)))",
    "CREATE INDEX payments_season_user ON payments (season, heat_user_id)",
    R"(CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
        BEGIN SELECT RAISE(ABORT, 'payments are append-only: add a correction instead'); END)",
    R"(CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
        BEGIN SELECT RAISE(ABORT, 'payments are append-only: add a correction instead'); END)",
};

// Version 6: the per-meter index leaves the readings table (ReadingIndex.h). With the chart index
// of version 4, appending a batch rewrote one index page per meter in it: 2,000 meters read in
// turn, 10,000 readings a batch, 8 MB of index pages for 2.8 MB of readings, and about 65,000
// readings a second. Now a batch adds one small run row per meter at the end of reading_runs, and
// every 262,144 readings the runs become one chunk of points per meter.
const QStringList kVersion6 = {
    R"(CREATE TABLE reading_runs (
        first_id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL,
        last_id INTEGER NOT NULL,
        CHECK (last_id >= first_id)))",
    // The points blob comes last: the columns before it are read without touching its pages.
    R"(CREATE TABLE reading_chunks (
        id INTEGER PRIMARY KEY,
        meter_id INTEGER NOT NULL REFERENCES meters(id),
        first_read_at INTEGER NOT NULL,
        first_id INTEGER NOT NULL,
        first_energy_kwh REAL,
        first_volume_m3 REAL,
        first_flags INTEGER NOT NULL,
        last_read_at INTEGER NOT NULL,
        last_id INTEGER NOT NULL,
        last_energy_kwh REAL,
        last_volume_m3 REAL,
        last_flags INTEGER NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        points BLOB NOT NULL))",
    "CREATE INDEX reading_chunks_last ON reading_chunks (meter_id, last_read_at, last_id, first_read_at)",
    "CREATE INDEX reading_chunks_first ON reading_chunks (meter_id, first_read_at, first_id)",
    R"(CREATE TRIGGER reading_chunks_no_update BEFORE UPDATE ON reading_chunks
        BEGIN SELECT RAISE(ABORT, 'chart points are append-only'); END)",
    R"(CREATE TRIGGER reading_chunks_no_delete BEFORE DELETE ON reading_chunks
        BEGIN SELECT RAISE(ABORT, 'chart points are append-only'); END)",
    "DROP INDEX readings_meter_chart",
};

// Version 6 chunks the readings already stored, a merge's worth of ids at a time.
MaybeError chunkStoredReadings(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM readings")) || !q.next())
        return StoreError{StoreError::Code::Sql, q.lastError().text()};
    const qint64 last = q.value(0).toLongLong();
    for (qint64 from = 1; from <= last; from += kMergeReadings)
        if (auto e = chunkReadings(db, from, std::min(last, from + kMergeReadings - 1)))
            return e;
    return std::nullopt;
}

struct Migration {
    QStringList statements;
    MaybeError (*after)(QSqlDatabase&) = nullptr; // a step SQL alone cannot do
};

const QList<Migration> kMigrations = {{kVersion1}, {kVersion2}, {kVersion3},
                                      {kVersion4}, {kVersion5}, {kVersion6, chunkStoredReadings}};

StoreError sqlError(const QString& what, const QSqlError& e) {
    return {StoreError::Code::Sql, QStringLiteral("%1: %2").arg(what, e.text())};
}

} // namespace

std::optional<int> schemaVersion(QSqlDatabase& db, StoreError* error) {
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return db.tables().isEmpty() ? std::optional<int>(0) : std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next()) {
        if (error)
            *error = sqlError(QStringLiteral("cannot read the schema version"), q.lastError());
        return std::nullopt;
    }
    return q.value(0).toInt();
}

MaybeError migrateTo(QSqlDatabase& db, int target) {
    StoreError error;
    const std::optional<int> current = schemaVersion(db, &error);
    if (!current) {
        if (!error.message.isEmpty())
            return error;
        return StoreError{StoreError::Code::CannotOpen,
                          QStringLiteral("the file holds tables but no HeatDesk schema version: not a "
                                         "HeatDesk database")};
    }
    if (*current > kSchemaVersion)
        return StoreError{StoreError::Code::NewerSchema,
                          QStringLiteral("the database has schema version %1, this HeatDesk knows up to %2: "
                                         "it was written by a newer HeatDesk; use that version")
                              .arg(*current)
                              .arg(kSchemaVersion)};
    for (int version = *current + 1; version <= target; ++version) {
        if (!db.transaction())
            return sqlError(QStringLiteral("cannot start migration %1").arg(version), db.lastError());
        QSqlQuery q(db);
        const Migration& migration = kMigrations.at(version - 1);
        for (const QString& statement : migration.statements) {
            if (!q.exec(statement)) {
                const StoreError e =
                    sqlError(QStringLiteral("migration %1 failed").arg(version), q.lastError());
                db.rollback();
                return e;
            }
        }
        if (migration.after) {
            if (auto e = migration.after(db)) {
                db.rollback();
                return StoreError{e->code,
                                  QStringLiteral("migration %1 failed: %2").arg(version).arg(e->message)};
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, "
                                 "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"));
        q.addBindValue(version);
        if (!q.exec() || !db.commit()) {
            const StoreError e = sqlError(QStringLiteral("migration %1 failed").arg(version), q.lastError());
            db.rollback();
            return e;
        }
    }
    return std::nullopt;
}

MaybeError migrate(QSqlDatabase& db) {
    return migrateTo(db, kSchemaVersion);
}

} // namespace heatdesk::store
