// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportPreviewDialog.h"
#include "config/UserImport.h"

namespace heatdesk::ui {

class UserImportModel;

// Heat users from a CSV file, in the shared import dialog. CSV only: Debian packages no library
// that reads XLSX, so a sheet is saved as CSV first.
class UserImportDialog : public ImportPreviewDialog {
    Q_OBJECT
public:
    explicit UserImportDialog(store::Database& db, QWidget* parent = nullptr);

    [[nodiscard]] const config::UserImportResult& lastResult() const { return m_result; }

protected:
    QFuture<void> startWork(const QString& databasePath, const QString& path, bool write) override;
    Outcome finishWork() override;
    QString importedSummary() const override;
    QString readySummary(int lines) const override;

private:
    UserImportModel* m_model;
    QFuture<config::UserImportResult> m_work;
    config::UserImportResult m_result;
};

} // namespace heatdesk::ui
