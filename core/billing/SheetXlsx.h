// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/SheetCsv.h"

#include <QString>
#include <optional>

namespace heatdesk::billing {

// Writes the sheet as an Excel workbook (libxlsxwriter): a title block, one row per user with
// numbers as numbers, a totals row, frozen header. Returns an error message on failure.
std::optional<QString> writeSheetXlsx(const Sheet& sheet, const SheetLabels& labels, const QString& path);

} // namespace heatdesk::billing
