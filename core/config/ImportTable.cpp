// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ImportTable.h"

#include <QFile>
#include <algorithm>

namespace heatdesk::config {
namespace {

// Reads the header; an error names the column that is wrong.
QString readHeader(const QStringList& header, const QList<ImportColumn>& columns, int required,
                   QList<int>& at) {
    for (int i = 0; i < header.size(); ++i) {
        const QString word = header.at(i).trimmed().toLower();
        const auto known = std::find_if(columns.cbegin(), columns.cend(),
                                        [&](const ImportColumn& c) { return word == QLatin1String(c.name); });
        if (known == columns.cend())
            return QStringLiteral("line 1: unknown column '%1' (the columns are %2)")
                .arg(header.at(i), knownColumns(columns));
        if (at[known->column] >= 0)
            return QStringLiteral("line 1: column '%1' appears twice").arg(header.at(i));
        at[known->column] = i;
    }
    if (at[required] < 0) {
        const auto name = std::find_if(columns.cbegin(), columns.cend(),
                                       [&](const ImportColumn& c) { return c.column == required; });
        return QStringLiteral("line 1: the header has no '%1' column (the first line names the columns: %2)")
            .arg(QLatin1String(name->name), knownColumns(columns));
    }
    return {};
}

} // namespace

QString ImportTable::value(const text::CsvRecord& line, int column) const {
    const int field = at.value(column, -1);
    return field < 0 || field >= line.fields.size() ? QString() : line.fields.at(field).trimmed();
}

QString ImportTable::widthError(const text::CsvRecord& line) const {
    if (line.fields.size() == width)
        return {};
    return QStringLiteral("%1 fields, the header has %2").arg(line.fields.size()).arg(width);
}

QString knownColumns(const QList<ImportColumn>& columns) {
    QStringList names;
    for (const ImportColumn& c : columns)
        names.append(QLatin1String(c.name));
    return names.join(QStringLiteral(", "));
}

ImportTable readImportTable(const QByteArray& csv, const QList<ImportColumn>& columns, int columnCount,
                            int required, const QString& what, const ImportLimits& limits) {
    ImportTable table;
    if (csv.size() > limits.maxBytes) {
        table.fileError = QStringLiteral("the file is more than the %1 MB one import takes: split it")
                              .arg(limits.maxBytes / (1024 * 1024));
        return table;
    }
    text::CsvTable csvTable = text::readCsv(csv, limits.maxLines);
    if (!csvTable.error.isEmpty()) {
        table.fileError = csvTable.error;
        return table;
    }
    if (csvTable.records.isEmpty()) {
        table.fileError = QStringLiteral("the file is empty (the first line names the columns: %1)")
                              .arg(knownColumns(columns));
        return table;
    }
    table.at = QList<int>(columnCount, -1);
    const QStringList& header = csvTable.records.first().fields;
    if (const QString error = readHeader(header, columns, required, table.at); !error.isEmpty()) {
        table.fileError = error;
        return table;
    }
    table.width = header.size();
    for (qsizetype i = 1; i < csvTable.records.size(); ++i)
        if (!csvTable.records.at(i).fields.join(QString()).trimmed().isEmpty())
            table.lines.append(csvTable.records.at(i));
    if (table.lines.isEmpty())
        table.fileError = QStringLiteral("the file has no %1 below its header").arg(what);
    return table;
}

ImportTable readImportFile(const QString& path, const QList<ImportColumn>& columns, int columnCount,
                           int required, const QString& what, const ImportLimits& limits) {
    QFile file(path);
    if (file.size() > limits.maxBytes) {
        ImportTable refused;
        refused.fileError = QStringLiteral("%1 is %2 MB, more than the %3 MB one import takes: split it")
                                .arg(path)
                                .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                                .arg(limits.maxBytes / (1024 * 1024));
        return refused;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ImportTable refused;
        refused.fileError = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return refused;
    }
    // Read at most one byte over the limit: a file that grew since size() is still refused.
    return readImportTable(file.read(limits.maxBytes + 1), columns, columnCount, required, what, limits);
}

} // namespace heatdesk::config
