// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterImport.h"

#include "config/HeatUserColumns.h"
#include "config/MeterRules.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>

namespace heatdesk::config {
namespace {

enum Column {
    Number,
    Protocol,
    Primary,
    Secondary,
    Profile,
    Medium,
    Location,
    InstalledOn,
    FirstUserColumn, // then the heat user's columns
    ColumnCount = FirstUserColumn + static_cast<int>(HeatUserColumn::Count)
};

// The header's words; the longer spellings are what the database and the CLI call them.
const QList<ImportColumn>& columns() {
    static const QList<ImportColumn> names =
        QList<ImportColumn>{
            {"number", Number},           {"protocol", Protocol},       {"primary", Primary},
            {"primary_address", Primary}, {"secondary", Secondary},     {"secondary_address", Secondary},
            {"profile", Profile},         {"model_profile", Profile},   {"medium", Medium},
            {"location", Location},       {"installed_on", InstalledOn}} +
        heatUserColumns(FirstUserColumn);
    return names;
}

// "M-Bus", "mbus", "CJ/T 188", "cjt188" all name the two protocols.
QString protocolName(const QString& text) {
    QString p = text.toLower();
    p.remove(QLatin1Char(' ')).remove(QLatin1Char('/')).remove(QLatin1Char('-'));
    return p.isEmpty() ? QStringLiteral("mbus") : p;
}

MeterImportLine parseLine(const ImportTable& table, const text::CsvRecord& record, qint64 busId,
                          const QStringList& profiles) {
    MeterImportLine line;
    line.line = record.line;
    if (line.error = table.widthError(record); !line.error.isEmpty())
        return line;
    const auto value = [&](Column c) { return table.value(record, c); };
    QStringList errors;

    store::MeterConfig& m = line.meter;
    m.busId = busId;
    m.number = value(Number);
    m.protocol = protocolName(value(Protocol));
    m.secondaryAddress = value(Secondary);
    m.modelProfile = value(Profile);
    m.location = value(Location);
    m.installedOn = value(InstalledOn);
    m.medium = value(Medium);
    if (m.medium.isEmpty())
        m.medium =
            m.protocol == QLatin1String("cjt188") ? QStringLiteral("heat") : QStringLiteral("heat_outlet");
    if (const QString primary = value(Primary); !primary.isEmpty()) {
        bool isNumber = false;
        const int address = primary.toInt(&isNumber);
        if (isNumber)
            m.primaryAddress = address;
        else
            errors.append(QStringLiteral("primary address '%1' is not a number 0..250").arg(primary));
    }
    m = normalizedMeter(m);
    for (const MeterProblem& p : checkMeter(m, profiles))
        errors.append(describe(p, m));
    line.user = readHeatUser(table, record, FirstUserColumn, errors);
    line.error = errors.join(QStringLiteral("; "));
    return line;
}

void addError(MeterImportLine& line, const QString& error) {
    addLineError(line.error, error);
}

// Duplicates inside the file: a meter number twice, one account with two different users.
void checkWithinFile(QList<MeterImportLine>& lines) {
    QHash<QString, int> numbers;
    for (int i = 0; i < lines.size(); ++i) {
        MeterImportLine& line = lines[i];
        const store::MeterConfig& m = line.meter;
        const QString key = m.protocol + QLatin1Char('/') + m.number;
        if (const auto it = numbers.constFind(key); it != numbers.cend())
            addError(
                line,
                QStringLiteral("meter number %1 is on line %2 already").arg(m.number).arg(lines[*it].line));
        else
            numbers.insert(key, i);
    }
    checkAccountsWithinFile<MeterImportLine>(
        lines, [](const MeterImportLine& line) { return line.user ? &*line.user : nullptr; });
}

} // namespace

QStringList MeterImportResult::errors() const {
    QStringList out;
    if (!fileError.isEmpty())
        out.append(fileError);
    for (const MeterImportLine& line : lines)
        if (!line.error.isEmpty())
            out.append(QStringLiteral("line %1: %2").arg(line.line).arg(line.error));
    return out;
}

MeterImport::MeterImport(store::Database& db, QStringList profiles, MeterImportLimits limits)
    : m_db(db)
    , m_profiles(std::move(profiles))
    , m_limits(limits) {}

MeterImportResult MeterImport::fromFile(const QString& path, qint64 busId, Mode mode) {
    return fromTable(readImportFile(path, columns(), ColumnCount, Number, QStringLiteral("meters"), m_limits),
                     busId, mode);
}

MeterImportResult MeterImport::fromCsv(const QByteArray& csv, qint64 busId, Mode mode) {
    return fromTable(readImportTable(csv, columns(), ColumnCount, Number, QStringLiteral("meters"), m_limits),
                     busId, mode);
}

MeterImportResult MeterImport::fromTable(const ImportTable& table, qint64 busId, Mode mode) {
    MeterImportResult result;
    if (!table.fileError.isEmpty()) {
        result.fileError = table.fileError;
        return result;
    }
    for (const text::CsvRecord& record : table.lines)
        result.lines.append(parseLine(table, record, busId, m_profiles));
    checkWithinFile(result.lines);
    checkAgainstDatabase(result, busId);
    for (const MeterImportLine& line : result.lines)
        result.badLines += !line.error.isEmpty();
    if (mode == Mode::Write && result.ok())
        write(result);
    return result;
}

void MeterImport::checkAgainstDatabase(MeterImportResult& result, qint64 busId) {
    store::ConfigRepository config(m_db);
    store::StoreError error;
    if (!config.bus(busId, &error)) {
        result.fileError =
            error.message.isEmpty() ? QStringLiteral("no bus %1 to import into").arg(busId) : error.message;
        return;
    }
    store::HeatUserRepository users(m_db);
    for (MeterImportLine& line : result.lines) {
        const store::MeterConfig& m = line.meter;
        if (auto taken = config.meterNumberTaken(m))
            addError(line, taken->message);
        if (!line.user)
            continue;
        const auto existing = users.byAccount(line.user->account);
        if (!existing)
            continue;
        if (!line.user->name.isEmpty() && line.user->name != existing->name)
            addError(line, QStringLiteral("account %1 belongs to %2 in the database, not %3")
                               .arg(existing->account, existing->name, line.user->name));
        line.user->id = existing->id;
    }
}

void MeterImport::write(MeterImportResult& result) {
    QSqlDatabase& db = m_db.sql();
    const auto fail = [&](MeterImportLine& line, const QString& error) {
        db.rollback();
        addError(line, error);
        result.badLines = 1;
        result.metersAdded = result.usersAdded = 0;
    };
    if (!db.transaction()) {
        result.fileError = QStringLiteral("cannot start the import: %1").arg(db.lastError().text());
        return;
    }
    store::ConfigRepository config(m_db);
    store::HeatUserRepository users(m_db);
    QHash<QString, qint64> addedUsers;
    const qint64 fromMs = m_assignedFromMs.value_or(QDateTime::currentMSecsSinceEpoch());
    for (MeterImportLine& line : result.lines) {
        store::StoreError error;
        const auto meterId = config.addMeter(line.meter, &error);
        if (!meterId)
            return fail(line, error.message);
        line.meter.id = *meterId;
        ++result.metersAdded;
        if (!line.user)
            continue;
        qint64 userId = line.user->id ? line.user->id : addedUsers.value(line.user->account);
        if (userId == 0) {
            const auto added = users.add(*line.user, &error);
            if (!added)
                return fail(line, error.message);
            userId = *added;
            addedUsers.insert(line.user->account, userId);
            ++result.usersAdded;
        }
        if (!users.assign(*meterId, userId, fromMs, &error))
            return fail(line, error.message);
    }
    if (!db.commit()) {
        result.fileError = QStringLiteral("cannot finish the import: %1").arg(db.lastError().text());
        db.rollback();
        result.metersAdded = result.usersAdded = 0;
        return;
    }
    result.written = true;
}

} // namespace heatdesk::config
