// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Sheet.h"
#include "store/Database.h"

#include <QString>
#include <variant>

namespace heatdesk::billing {

// What a clerk asks for: a month's or a heating season's sheet, for one building or all.
struct SheetRequest {
    Sheet::Kind kind = Sheet::Kind::Monthly;
    QString month;  // monthly: "2026-01"
    int season = 0; // season: the year it starts in
    QString building;
    qint64 toleranceMs = 24 * 3600 * 1000LL;
};

struct SheetResult {
    Sheet sheet;
    QStringList notes; // what the reader should know ("no tariff for season 2025: fees left empty")
};

// Why no sheet: the request was wrong (a person fixes it) or the database failed.
struct SheetError {
    enum class Kind { Request, Tariff, Store } kind = Kind::Request;
    QString message;
};

// The one way to a sheet (heatdesk-cli report and the window's report dialog): period from the
// month, or from the season's tariff (15 Nov – 15 Mar without one), tariff, consumption from the
// boundary readings, plausibility marks, fees.
std::variant<SheetResult, SheetError> prepareSheet(store::Database& db, const SheetRequest& request);

} // namespace heatdesk::billing
