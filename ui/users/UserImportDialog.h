// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/UserImport.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace heatdesk::ui {

class UserImportModel;

// Heat users from a CSV file, as MeterImportDialog does meters: choose the file, see every line
// with its status, import when all lines are good; the checks and the import run on a worker
// thread with their own connection. CSV only: Debian packages no library that reads XLSX, so a
// sheet is saved as CSV first. Ends `accepted` when something was imported.
class UserImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserImportDialog(store::Database& db, QWidget* parent = nullptr);
    ~UserImportDialog() override;

    void preview(const QString& path);
    void importPreviewed();
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] const config::UserImportResult& lastResult() const { return m_result; }

    void reject() override;

private:
    void chooseFile();
    void start(config::UserImport::Mode mode);
    void finished();
    void setSummary(const QString& text, bool error);

    QString m_databasePath;
    QString m_previewed;
    bool m_imported = false;
    config::UserImport::Mode m_mode = config::UserImport::Mode::DryRun;
    config::UserImportResult m_result;
    QFutureWatcher<config::UserImportResult> m_watcher;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_summary;
    UserImportModel* m_model;
    QTableView* m_table;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace heatdesk::ui
