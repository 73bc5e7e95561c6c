// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/CsvReader.h"

#include <QList>
#include <QString>

namespace heatdesk::config {

struct ImportLimits {
    qint64 maxBytes = 10 * 1024 * 1024;
    int maxLines = 20000;
};

// One word the header may use for a column; several words may name the same column.
struct ImportColumn {
    const char* name;
    int column;
};

// The data lines of an import file (CSV as spreadsheets save it) and where each known column is.
// What the meter and the heat user imports share: the size limit, the header, blank lines.
struct ImportTable {
    QString fileError; // the whole file refused: size, encoding, header, no data lines
    QList<text::CsvRecord> lines;
    QList<int> at;       // per column: its field index, -1 when the header does not name it
    qsizetype width = 0; // fields in the header

    // The trimmed text of `column` on `line` (empty when the header does not name it).
    [[nodiscard]] QString value(const text::CsvRecord& line, int column) const;
    // Set when `line` has not as many fields as the header.
    [[nodiscard]] QString widthError(const text::CsvRecord& line) const;
};

// "number, protocol, …": every word the header may use.
QString knownColumns(const QList<ImportColumn>& columns);

// `columnCount` columns; the header must name `required`; `what` names the lines ("meters").
ImportTable readImportTable(const QByteArray& csv, const QList<ImportColumn>& columns, int columnCount,
                            int required, const QString& what, const ImportLimits& limits);
// The same from a file; a file over the size limit is refused before it is read.
ImportTable readImportFile(const QString& path, const QList<ImportColumn>& columns, int columnCount,
                           int required, const QString& what, const ImportLimits& limits);

} // namespace heatdesk::config
