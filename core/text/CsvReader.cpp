// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/CsvReader.h"

#include <QStringDecoder>

namespace heatdesk::text {
namespace {

QChar guessSeparator(QStringView text) {
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

} // namespace

CsvTable readCsv(const QByteArray& utf8, int maxLines) {
    CsvTable table;
    const qsizetype lines = utf8.count('\n') + (utf8.endsWith('\n') || utf8.isEmpty() ? 0 : 1);
    if (lines > maxLines) {
        table.error =
            QStringLiteral("the file has more than %1 lines: split it into smaller files").arg(maxLines);
        return table;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        table.error =
            QStringLiteral("the file is not UTF-8 text: save it as \"CSV UTF-8\" in the spreadsheet");
        return table;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table.separator = guessSeparator(text);

    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field had quotes (an empty "" field is still a field)
    int line = 1;
    const auto endRecord = [&] {
        if (!record.fields.isEmpty() || !field.isEmpty() || wasQuoted) {
            record.fields.append(field);
            table.records.append(record);
        }
        record = CsvRecord{line, {}};
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                line += c == QLatin1Char('\n');
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = wasQuoted = true;
        } else if (c == table.separator) {
            record.fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (quoted) {
        table.error = QStringLiteral("line %1: a quoted field is not closed").arg(record.line);
        table.records.clear();
        return table;
    }
    endRecord();
    return table;
}

} // namespace heatdesk::text
