// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/Statement.h"

#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace heatdesk::print {

struct StatementPrintOptions {
    QString company;  // printed in every page header
    QString language; // "zh_CN" or anything else for English
};

// Paints one heat user's statement on A4 portrait pages: header (company, title, period), the
// user, boundary readings, heat used, the fee worked out (price × area, price × heat × factor),
// payments, the settlement and the flags in words; footer with printed time and page x / y.
void paintStatement(QPagedPaintDevice& device, const billing::Statement& statement,
                    const StatementPrintOptions& options);

// Writes the statement as a PDF. Returns an error message on failure.
std::optional<QString> writeStatementPdf(const billing::Statement& statement,
                                         const StatementPrintOptions& options, const QString& path);

} // namespace heatdesk::print
