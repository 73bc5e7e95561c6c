// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportTable.h"
#include "store/HeatUserRepository.h"

#include <QStringList>
#include <optional>

namespace heatdesk::config {

// One data line of a heat user file as it would be imported.
struct UserImportLine {
    int line = 0; // in the file, 1-based
    store::HeatUser user;
    bool updates = false; // the account is in the database: its details are replaced by the line's
    QString meterNumber;  // assign this meter (empty: none)
    qint64 meterId = 0;
    qint64 validFromMs = 0;
    bool alreadyAssigned = false; // the meter measures this user already: nothing to do
    QString error;                // empty: the line is good
};

struct UserImportResult {
    QString fileError;
    QList<UserImportLine> lines;
    int badLines = 0;
    bool written = false;
    int usersAdded = 0, usersUpdated = 0, metersAssigned = 0;

    [[nodiscard]] bool ok() const { return fileError.isEmpty() && badLines == 0; }
    [[nodiscard]] QStringList errors() const;
};

// Heat users from a CSV file (a billing system's or a spreadsheet's list). The header names the
// columns in any order and case: account (required), name, community, building, unit, room,
// area_m2, contact (or phone), and to assign a meter: meter (its number) and valid_from (a date,
// yyyy-MM-dd, local midnight; default: the import's date). A new account is added, an existing
// one updated. A meter that measures someone else in that period is refused: the import never
// ends a tenant's assignment by itself. All or nothing, every bad line named, like MeterImport.
class UserImport {
public:
    enum class Mode { DryRun, Write };

    explicit UserImport(store::Database& db, ImportLimits limits = {});

    UserImportResult fromFile(const QString& path, Mode mode);
    UserImportResult fromCsv(const QByteArray& csv, Mode mode);

    // When assignments without a valid_from start (default: now).
    void setAssignedFromMs(qint64 ms) { m_assignedFromMs = ms; }

private:
    UserImportResult fromTable(const ImportTable& table, Mode mode);
    void checkAgainstDatabase(UserImportResult& result);
    void write(UserImportResult& result);

    store::Database& m_db;
    ImportLimits m_limits;
    std::optional<qint64> m_assignedFromMs;
};

} // namespace heatdesk::config
