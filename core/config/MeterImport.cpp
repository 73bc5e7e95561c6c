// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MeterImport.h"

#include "config/MeterRules.h"
#include "text/CsvReader.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <array>

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
    Account,
    Name,
    Building,
    Unit,
    Room,
    Area,
    ColumnCount
};

struct ColumnName {
    const char* name;
    Column column;
};

// The header's words; the longer spellings are what the database and the CLI call them.
constexpr ColumnName kColumnNames[] = {{"number", Number},
                                       {"protocol", Protocol},
                                       {"primary", Primary},
                                       {"primary_address", Primary},
                                       {"secondary", Secondary},
                                       {"secondary_address", Secondary},
                                       {"profile", Profile},
                                       {"model_profile", Profile},
                                       {"medium", Medium},
                                       {"location", Location},
                                       {"installed_on", InstalledOn},
                                       {"account", Account},
                                       {"name", Name},
                                       {"building", Building},
                                       {"unit", Unit},
                                       {"room", Room},
                                       {"area_m2", Area},
                                       {"area", Area}};

using ColumnIndex = std::array<int, ColumnCount>;

QString knownColumns() {
    QStringList names;
    for (const auto& c : kColumnNames)
        names.append(QLatin1String(c.name));
    return names.join(QStringLiteral(", "));
}

// Reads the header; an error names the column that is wrong.
QString readHeader(const QStringList& header, ColumnIndex& at) {
    at.fill(-1);
    for (int i = 0; i < header.size(); ++i) {
        const QString word = header.at(i).trimmed().toLower();
        const auto* known = std::find_if(std::begin(kColumnNames), std::end(kColumnNames),
                                         [&](const ColumnName& c) { return word == QLatin1String(c.name); });
        if (known == std::end(kColumnNames))
            return QStringLiteral("line 1: unknown column '%1' (the columns are %2)")
                .arg(header.at(i), knownColumns());
        if (at[known->column] >= 0)
            return QStringLiteral("line 1: column '%1' appears twice").arg(header.at(i));
        at[known->column] = i;
    }
    if (at[Number] < 0)
        return QStringLiteral(
                   "line 1: the header has no 'number' column (the first line names the columns: %1)")
            .arg(knownColumns());
    return {};
}

// "M-Bus", "mbus", "CJ/T 188", "cjt188" all name the two protocols.
QString protocolName(const QString& text) {
    QString p = text.toLower();
    p.remove(QLatin1Char(' ')).remove(QLatin1Char('/')).remove(QLatin1Char('-'));
    return p.isEmpty() ? QStringLiteral("mbus") : p;
}

MeterImportLine parseLine(const text::CsvRecord& record, const ColumnIndex& at, qsizetype width, qint64 busId,
                          const QStringList& profiles) {
    MeterImportLine line;
    line.line = record.line;
    if (record.fields.size() != width) {
        line.error = QStringLiteral("%1 fields, the header has %2").arg(record.fields.size()).arg(width);
        return line;
    }
    const auto value = [&](Column c) { return at[c] < 0 ? QString() : record.fields.at(at[c]).trimmed(); };
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

    const QString account = value(Account);
    const QStringList userFields = {value(Name), value(Building), value(Unit), value(Room), value(Area)};
    if (!account.isEmpty()) {
        store::HeatUser u;
        u.account = account;
        u.name = userFields[0];
        u.building = userFields[1];
        u.unit = userFields[2];
        u.room = userFields[3];
        if (QString area = userFields[4]; !area.isEmpty()) {
            bool isNumber = false;
            const double m2 = area.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&isNumber);
            if (isNumber && m2 >= 0)
                u.areaM2 = m2;
            else
                errors.append(
                    QStringLiteral("area_m2 '%1' is not a number of square metres").arg(userFields[4]));
        }
        line.user = u;
    } else if (!userFields.join(QString()).isEmpty()) {
        errors.append(QStringLiteral("heat user details without an account"));
    }
    line.error = errors.join(QStringLiteral("; "));
    return line;
}

bool sameUser(const store::HeatUser& a, const store::HeatUser& b) {
    return a.name == b.name && a.building == b.building && a.unit == b.unit && a.room == b.room &&
           a.areaM2 == b.areaM2;
}

void addError(MeterImportLine& line, const QString& error) {
    line.error = line.error.isEmpty() ? error : line.error + QStringLiteral("; ") + error;
}

// Duplicates inside the file: a meter number twice, one account with two different users.
void checkWithinFile(QList<MeterImportLine>& lines) {
    QHash<QString, int> numbers, accounts;
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
        if (!line.user)
            continue;
        if (const auto it = accounts.constFind(line.user->account); it == accounts.cend())
            accounts.insert(line.user->account, i);
        else if (!sameUser(*line.user, *lines[*it].user))
            addError(line, QStringLiteral("account %1 is on line %2 with other user details")
                               .arg(line.user->account)
                               .arg(lines[*it].line));
    }
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
    MeterImportResult result;
    QFile file(path);
    if (file.size() > m_limits.maxBytes) {
        result.fileError = QStringLiteral("%1 is %2 MB, more than the %3 MB one import takes: split it")
                               .arg(path)
                               .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                               .arg(m_limits.maxBytes / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.fileError = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    // Read at most one byte over the limit: a file that grew since size() is still refused.
    return fromCsv(file.read(m_limits.maxBytes + 1), busId, mode);
}

MeterImportResult MeterImport::fromCsv(const QByteArray& csv, qint64 busId, Mode mode) {
    MeterImportResult result;
    if (csv.size() > m_limits.maxBytes) {
        result.fileError = QStringLiteral("the file is more than the %1 MB one import takes: split it")
                               .arg(m_limits.maxBytes / (1024 * 1024));
        return result;
    }
    text::CsvTable table = text::readCsv(csv, m_limits.maxLines);
    if (!table.error.isEmpty()) {
        result.fileError = table.error;
        return result;
    }
    if (table.records.isEmpty()) {
        result.fileError =
            QStringLiteral("the file is empty (the first line names the columns: %1)").arg(knownColumns());
        return result;
    }
    ColumnIndex at{};
    if (const QString error = readHeader(table.records.first().fields, at); !error.isEmpty()) {
        result.fileError = error;
        return result;
    }
    const qsizetype width = table.records.first().fields.size();
    for (qsizetype i = 1; i < table.records.size(); ++i)
        if (!table.records.at(i).fields.join(QString()).trimmed().isEmpty())
            result.lines.append(parseLine(table.records.at(i), at, width, busId, m_profiles));
    if (result.lines.isEmpty()) {
        result.fileError = QStringLiteral("the file has no meters below its header");
        return result;
    }
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
