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

// The whole job of writing one heat user's statement, as the windows run it on a worker thread
// (Heat users → Payments, the consumption sheets): opens its own read-only connection to the
// database at `databasePath`, prepares the statement of `account` for the request's period
// (billing::prepareStatement) and writes it as a PDF. Returns an error message on failure.
std::optional<QString> writeStatementPdf(const QString& databasePath, const QString& account,
                                         const billing::SheetRequest& request,
                                         const StatementPrintOptions& options, const QString& path);

// The file name a save dialog suggests for a statement: account and period ("2026-01",
// "2025/2026"), characters a file name cannot hold replaced, e.g. "H-0001-2025-2026.pdf".
QString statementFileName(const QString& account, const QString& periodLabel);

} // namespace heatdesk::print
