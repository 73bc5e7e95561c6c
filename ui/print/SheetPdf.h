// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/SheetCsv.h"

#include <QFont>
#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace heatdesk::print {

// The font of every printed document: a CJK-capable family, so Chinese prints wherever one is
// installed.
QFont printFont(int pointSize, bool bold = false);

struct SheetPrintOptions {
    QString company; // printed in every page header
    billing::SheetLabels labels;
};

// Paints the sheet onto any paged device (a PDF writer, a printer): A4 landscape pages with a
// header (company, title, period, building) and a footer (printed time, page x / y), the column
// titles repeated on every page, totals at the end. Needs a QGuiApplication.
void paintSheet(QPagedPaintDevice& device, const billing::Sheet& sheet, const SheetPrintOptions& options);

// Writes the sheet as a PDF (fonts embedded by Qt, Chinese included where a CJK font is
// installed). Returns an error message on failure.
std::optional<QString> writeSheetPdf(const billing::Sheet& sheet, const SheetPrintOptions& options,
                                     const QString& path);

} // namespace heatdesk::print
