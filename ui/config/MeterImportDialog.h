// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ImportPreviewDialog.h"
#include "config/MeterImport.h"

namespace heatdesk::ui {

class MeterImportModel;

// Meters (and their heat users) for one bus from a CSV file, in the shared import dialog.
class MeterImportDialog : public ImportPreviewDialog {
    Q_OBJECT
public:
    MeterImportDialog(store::Database& db, qint64 busId, QStringList profiles = {},
                      QWidget* parent = nullptr);

    [[nodiscard]] const config::MeterImportResult& lastResult() const { return m_result; }

protected:
    QFuture<void> startWork(const QString& databasePath, const QString& path, bool write) override;
    Outcome finishWork() override;
    QString importedSummary() const override;
    QString readySummary(int lines) const override;

private:
    qint64 m_busId;
    QStringList m_profiles;
    MeterImportModel* m_model;
    QFuture<config::MeterImportResult> m_work;
    config::MeterImportResult m_result;
};

} // namespace heatdesk::ui
