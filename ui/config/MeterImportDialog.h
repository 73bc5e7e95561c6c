// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/MeterImport.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace heatdesk::ui {

class MeterImportModel;

// Meters (and their heat users) for one bus from a CSV file: choose the file, see every line
// with its status, import when all lines are good. The checks and the import run on a worker
// thread with their own database connection; the dialog stays responsive. It ends `accepted`
// when something was imported, so the caller knows to refresh.
class MeterImportDialog : public QDialog {
    Q_OBJECT
public:
    MeterImportDialog(store::Database& db, qint64 busId, QStringList profiles = {},
                      QWidget* parent = nullptr);
    ~MeterImportDialog() override;

    // Checks `path` without writing (what choosing a file does).
    void preview(const QString& path);
    // Imports the previewed file.
    void importPreviewed();
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] const config::MeterImportResult& lastResult() const { return m_result; }

    void reject() override;

private:
    void chooseFile();
    void start(config::MeterImport::Mode mode);
    void finished();
    void setSummary(const QString& text, bool error);

    QString m_databasePath;
    qint64 m_busId;
    QStringList m_profiles;
    QString m_previewed; // the file the last good preview checked
    bool m_imported = false;
    config::MeterImport::Mode m_mode = config::MeterImport::Mode::DryRun;
    config::MeterImportResult m_result;
    QFutureWatcher<config::MeterImportResult> m_watcher;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_summary;
    MeterImportModel* m_model;
    QTableView* m_table;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace heatdesk::ui
