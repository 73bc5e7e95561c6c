// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/SheetXlsx.h"

#include <QDateTime>
#include <QFile>
#include <xlsxwriter.h>

namespace heatdesk::billing {

std::optional<QString> writeSheetXlsx(const Sheet& sheet, const SheetLabels& labels, const QString& path) {
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return QStringLiteral("cannot create %1").arg(path);
    // Excel refuses sheet names with / \ ? * [ ] : ("2025/2026" is a season label).
    QString name = sheet.label;
    for (QChar c : QStringLiteral("/\\?*[]:"))
        name.replace(c, QLatin1Char('-'));
    lxw_worksheet* ws = workbook_add_worksheet(book, name.left(31).toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE6F0);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* kwh = workbook_add_format(book);
    format_set_num_format(kwh, "#,##0.00");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");

    auto text = [&](lxw_row_t r, lxw_col_t c, const QString& s, lxw_format* f = nullptr) {
        worksheet_write_string(ws, r, c, s.toUtf8().constData(), f);
    };
    text(0, 0, labels.title, bold);
    text(1, 0,
         labels.period + QStringLiteral(": ") + localIso(sheet.period.fromMs) + QStringLiteral(" – ") +
             localIso(sheet.period.toMs));
    text(2, 0,
         labels.building + QStringLiteral(": ") +
             (sheet.building.isEmpty() ? labels.allBuildings : sheet.building));
    const lxw_row_t headerRow = 4;
    for (int c = 0; c < labels.columns.size(); ++c)
        text(headerRow, static_cast<lxw_col_t>(c), labels.columns.at(c), header);
    // A settling season sheet: each user's statement to the right of the fee.
    const auto settlementColumn = static_cast<lxw_col_t>(labels.columns.size());
    if (sheet.settlement)
        for (int c = 0; c < labels.settlementColumns.size(); ++c)
            text(headerRow, settlementColumn + c, labels.settlementColumns.at(c), header);
    worksheet_freeze_panes(ws, headerRow + 1, 0);

    // Numbers go in as numbers (Excel sums them); they come from exact decimals, so the double
    // Excel stores is the decimal the sheet shows.
    const QList<int> numericColumns = {8, 10, 11, 12, 13};
    lxw_row_t r = headerRow + 1;
    for (const SheetRow& row : sheet.rows) {
        const QStringList cells = sheetCells(row);
        for (int c = 0; c < cells.size(); ++c) {
            bool isNumber = false;
            const double v = cells.at(c).toDouble(&isNumber);
            if (isNumber && (numericColumns.contains(c) || c == 5))
                worksheet_write_number(ws, r, static_cast<lxw_col_t>(c), v, kwh);
            else if (c == 15 && isNumber)
                worksheet_write_number(ws, r, static_cast<lxw_col_t>(c), v, money);
            else
                text(r, static_cast<lxw_col_t>(c), cells.at(c));
        }
        if (row.settlement) {
            const QStringList amounts = settlementCells(row);
            for (int c = 0; c < amounts.size(); ++c)
                worksheet_write_number(ws, r, settlementColumn + c, amounts.at(c).toDouble(), money);
        }
        ++r;
    }
    text(r, 0, labels.total, bold);
    text(r, 1, QStringLiteral("%1 %2").arg(sheet.rows.size()).arg(labels.users));
    worksheet_write_number(ws, r, 11, hundredthsText(sheet.totalHundredths).toDouble(), kwh);
    worksheet_write_number(ws, r, 12, gigajouleText(sheet.totalHundredths).toDouble(), kwh);
    if (sheet.tariff)
        worksheet_write_number(ws, r, 15, sheet.totalFee.toString(2).toDouble(), money);
    if (sheet.settlement) {
        const QStringList amounts = settlementTotalCells(*sheet.settlement);
        for (int c = 0; c < amounts.size(); ++c)
            worksheet_write_number(ws, r, settlementColumn + c, amounts.at(c).toDouble(), money);
        text(r + 2, 0, labels.rounding + QStringLiteral(": ") + settlementRoundingRule());
    }
    worksheet_set_column(ws, 0, 0, 12, nullptr);
    worksheet_set_column(ws, 1, 1, 10, nullptr);
    worksheet_set_column(ws, 6, 6, 16, nullptr);
    worksheet_set_column(ws, 7, 7, 17, nullptr);
    worksheet_set_column(ws, 9, 9, 17, nullptr);
    worksheet_set_column(ws, 14, 14, 22, nullptr);

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)));
    return std::nullopt;
}

} // namespace heatdesk::billing
