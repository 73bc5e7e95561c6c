// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/UserImport.h"

#include "config/HeatUserColumns.h"
#include "store/ConfigRepository.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlError>

namespace heatdesk::config {
namespace {

enum Column {
    FirstUserColumn, // the heat user's columns first
    Meter = static_cast<int>(HeatUserColumn::Count),
    ValidFrom,
    ColumnCount
};

const QList<ImportColumn>& columns() {
    static const QList<ImportColumn> names =
        heatUserColumns(FirstUserColumn) +
        QList<ImportColumn>{{"meter", Meter}, {"meter_number", Meter}, {"valid_from", ValidFrom}};
    return names;
}

UserImportLine parseLine(const ImportTable& table, const text::CsvRecord& record, qint64 defaultFromMs) {
    UserImportLine line;
    line.line = record.line;
    if (line.error = table.widthError(record); !line.error.isEmpty())
        return line;
    QStringList errors;
    if (const auto user = readHeatUser(table, record, FirstUserColumn, errors))
        line.user = *user;
    else if (errors.isEmpty())
        errors.append(QStringLiteral("no account"));
    line.meterNumber = table.value(record, Meter);
    line.validFromMs = defaultFromMs;
    if (const QString from = table.value(record, ValidFrom); !from.isEmpty()) {
        const QDate date = QDate::fromString(from, Qt::ISODate);
        if (!date.isValid())
            errors.append(QStringLiteral("valid_from '%1' is not a date like 2025-11-15").arg(from));
        else if (line.meterNumber.isEmpty())
            errors.append(QStringLiteral("valid_from without a meter"));
        else
            line.validFromMs = date.startOfDay().toMSecsSinceEpoch();
    }
    line.error = errors.join(QStringLiteral("; "));
    return line;
}

// Within the file: an account twice with other details, a meter on two lines.
void checkWithinFile(QList<UserImportLine>& lines) {
    checkAccountsWithinFile<UserImportLine>(
        lines, [](const UserImportLine& line) { return line.user.account.isEmpty() ? nullptr : &line.user; });
    QHash<QString, int> meters;
    for (UserImportLine& line : lines) {
        if (line.meterNumber.isEmpty())
            continue;
        if (const auto it = meters.constFind(line.meterNumber); it != meters.cend())
            addLineError(line.error,
                         QStringLiteral("meter %1 is on line %2 already").arg(line.meterNumber).arg(*it));
        else
            meters.insert(line.meterNumber, line.line);
    }
}

} // namespace

QStringList UserImportResult::errors() const {
    QStringList out;
    if (!fileError.isEmpty())
        out.append(fileError);
    for (const UserImportLine& line : lines)
        if (!line.error.isEmpty())
            out.append(QStringLiteral("line %1: %2").arg(line.line).arg(line.error));
    return out;
}

UserImport::UserImport(store::Database& db, ImportLimits limits)
    : m_db(db)
    , m_limits(limits) {}

UserImportResult UserImport::fromFile(const QString& path, Mode mode) {
    return fromTable(readImportFile(path, columns(), ColumnCount, static_cast<int>(HeatUserColumn::Account),
                                    QStringLiteral("heat users"), m_limits),
                     mode);
}

UserImportResult UserImport::fromCsv(const QByteArray& csv, Mode mode) {
    return fromTable(readImportTable(csv, columns(), ColumnCount, static_cast<int>(HeatUserColumn::Account),
                                     QStringLiteral("heat users"), m_limits),
                     mode);
}

UserImportResult UserImport::fromTable(const ImportTable& table, Mode mode) {
    UserImportResult result;
    if (!table.fileError.isEmpty()) {
        result.fileError = table.fileError;
        return result;
    }
    const qint64 defaultFromMs = m_assignedFromMs.value_or(QDateTime::currentMSecsSinceEpoch());
    for (const text::CsvRecord& record : table.lines)
        result.lines.append(parseLine(table, record, defaultFromMs));
    checkWithinFile(result.lines);
    checkAgainstDatabase(result);
    for (const UserImportLine& line : result.lines)
        result.badLines += !line.error.isEmpty();
    if (mode == Mode::Write && result.ok())
        write(result);
    return result;
}

void UserImport::checkAgainstDatabase(UserImportResult& result) {
    store::ConfigRepository config(m_db);
    store::HeatUserRepository users(m_db);
    for (UserImportLine& line : result.lines) {
        if (!line.error.isEmpty())
            continue;
        store::StoreError error;
        if (const auto existing = users.byAccount(line.user.account, &error)) {
            line.updates = true;
            line.user.id = existing->id;
            line.user.active = existing->active; // the file says nothing about moving out
        } else if (!error.message.isEmpty()) {
            addLineError(line.error, error.message);
        }
        if (line.meterNumber.isEmpty())
            continue;
        const auto meter = config.meterByNumber(line.meterNumber, &error);
        if (!meter) {
            addLineError(line.error, error.message.isEmpty()
                                         ? QStringLiteral("no meter with number %1").arg(line.meterNumber)
                                         : error.message);
            continue;
        }
        line.meterId = meter->id;
        const auto open = users.openAssignmentOfMeter(meter->id);
        if (open && line.user.id != 0 && open->heatUserId == line.user.id) {
            line.alreadyAssigned = true; // importing the same list again changes nothing
            continue;
        }
        if (users.checkAssignable(meter->id, line.validFromMs)) {
            const auto holder = open ? users.user(open->heatUserId) : std::nullopt;
            addLineError(line.error,
                         holder ? QStringLiteral("meter %1 measures account %2 (%3) in that period: end that "
                                                 "assignment first")
                                      .arg(line.meterNumber, holder->account, holder->name)
                                : QStringLiteral("meter %1 is assigned to another heat user in that period")
                                      .arg(line.meterNumber));
        }
    }
}

void UserImport::write(UserImportResult& result) {
    QSqlDatabase& db = m_db.sql();
    const auto fail = [&](UserImportLine& line, const QString& error) {
        db.rollback();
        addLineError(line.error, error);
        result.badLines = 1;
        result.usersAdded = result.usersUpdated = result.metersAssigned = 0;
    };
    if (!db.transaction()) {
        result.fileError = QStringLiteral("cannot start the import: %1").arg(db.lastError().text());
        return;
    }
    store::HeatUserRepository users(m_db);
    QHash<QString, qint64> written; // an account on several lines (several meters) is written once
    for (UserImportLine& line : result.lines) {
        store::StoreError error;
        qint64 userId = written.value(line.user.account);
        if (userId == 0 && line.updates) {
            if (const store::MaybeError failed = users.update(line.user))
                return fail(line, failed->message);
            userId = line.user.id;
            ++result.usersUpdated;
        } else if (userId == 0) {
            const auto added = users.add(line.user, &error);
            if (!added)
                return fail(line, error.message);
            userId = *added;
            ++result.usersAdded;
        }
        written.insert(line.user.account, userId);
        line.user.id = userId;
        if (line.meterId == 0 || line.alreadyAssigned)
            continue;
        if (!users.assign(line.meterId, userId, line.validFromMs, &error))
            return fail(line, error.message);
        ++result.metersAssigned;
    }
    if (!db.commit()) {
        result.fileError = QStringLiteral("cannot finish the import: %1").arg(db.lastError().text());
        db.rollback();
        result.usersAdded = result.usersUpdated = result.metersAssigned = 0;
        return;
    }
    result.written = true;
}

} // namespace heatdesk::config
