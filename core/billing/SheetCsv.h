// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Sheet.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace heatdesk::billing {

// Column titles of a sheet in one language (the CSV keeps machine-readable keys).
struct SheetLabels {
    QString title, period, building, allBuildings, page, total, users, generated;
    QStringList columns;           // account, name, building, unit, room, area, meter, start date, start kWh,
                                   // end date, end kWh, kWh, GJ, kWh/m², flags, fee
    QStringList settlementColumns; // as settlementColumnKeys()
    QString rounding;
};
SheetLabels sheetLabels(const QString& language); // "zh_CN" or anything else for English

// UTF-8 CSV with a byte-order mark (Excel on Chinese Windows reads BOM-less UTF-8 as GBK).
QByteArray sheetCsv(const Sheet& sheet);

// The settlement statement's columns a season sheet adds when its tariff settles: keys for CSV,
// and its amounts for one row (empty where the row was not settled).
QStringList settlementColumnKeys(); // basic_fee, metered_fee, prepaid, billed, refund, charge
QStringList settlementCells(const SheetRow& row);
QStringList settlementTotalCells(const SettlementTotals& totals); // the same columns, summed

// The cells of one row as the printed and spreadsheet forms show them (dates as local time).
QStringList sheetCells(const SheetRow& row);

} // namespace heatdesk::billing
