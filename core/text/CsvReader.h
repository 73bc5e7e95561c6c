// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace heatdesk::text {

// One record of a CSV file and the line it starts on (1-based, as an editor shows it).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QList<CsvRecord> records; // blank lines left out
    QChar separator;
    QString error; // set: the text is refused as a whole (encoding, open quote, too many lines)
};

// Reads CSV as spreadsheets save it: UTF-8 with or without BOM, fields separated by commas,
// semicolons (European Excel) or tabs, whichever the first line holds most of; RFC 4180 quotes
// with "" inside and line breaks in quoted fields. More than `maxLines` lines is refused before
// anything else is built, so a huge file cannot grow memory without bound.
CsvTable readCsv(const QByteArray& utf8, int maxLines);

} // namespace heatdesk::text
