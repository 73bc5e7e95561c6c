// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportTable.h"
#include "store/ConfigRepository.h"
#include "store/HeatUserRepository.h"

#include <QStringList>
#include <optional>

namespace heatdesk::config {

// One data line of the file as it would be imported.
struct MeterImportLine {
    int line = 0; // in the file, 1-based; the header is line 1 (or later, after blank lines)
    store::MeterConfig meter;
    std::optional<store::HeatUser> user; // when the line names a heat user (account column)
    QString error;                       // empty: the line is good
};

struct MeterImportResult {
    QString fileError; // the whole file refused: size, encoding, header
    QList<MeterImportLine> lines;
    int badLines = 0;
    bool written = false; // Write mode and every line stored
    int metersAdded = 0, usersAdded = 0;

    [[nodiscard]] bool ok() const { return fileError.isEmpty() && badLines == 0; }
    // "line 7: primary address 300 is not 0..250", the file's error first.
    [[nodiscard]] QStringList errors() const;
};

using MeterImportLimits = ImportLimits;

// Meters of one bus from a CSV file, optionally with the heat users they measure. The header
// names the columns, in any order and case: number (required), protocol (mbus, cjt188; default
// mbus), primary, secondary, profile, medium, location, installed_on, and for a heat user the
// columns of HeatUserColumns.h (account, name, community, building, unit, room, area_m2, contact).
// A user whose account exists already is reused; a new one is added. All or nothing: any bad line and nothing
// is written, every bad line is reported. The import runs wherever the caller likes (the dialog uses a worker
// thread with its own Database).
class MeterImport {
public:
    enum class Mode { DryRun, Write };

    MeterImport(store::Database& db, QStringList profiles, MeterImportLimits limits = {});

    MeterImportResult fromFile(const QString& path, qint64 busId, Mode mode);
    MeterImportResult fromCsv(const QByteArray& csv, qint64 busId, Mode mode);

    // When the assignments of the imported meters to their users start (default: now).
    void setAssignedFromMs(qint64 ms) { m_assignedFromMs = ms; }

private:
    MeterImportResult fromTable(const ImportTable& table, qint64 busId, Mode mode);
    void checkAgainstDatabase(MeterImportResult& result, qint64 busId);
    void write(MeterImportResult& result);

    store::Database& m_db;
    QStringList m_profiles;
    MeterImportLimits m_limits;
    std::optional<qint64> m_assignedFromMs;
};

} // namespace heatdesk::config
