// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/SheetRequest.h"

#include <QDialog>
#include <QFutureWatcher>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace heatdesk::ui {

// Consumption sheets for clerks: a month's or a heating season's, for one building or all,
// computed on a worker thread (its own database connection) and shown as a table; then print
// preview, print, or export as PDF, Excel (XLSX) or CSV. The sheet is the one heatdesk-cli report
// makes (billing::prepareSheet), so the window and the command line never disagree.
// A row of the sheet shown leads to that household's statement for the sheet's month or season
// (Statement… button, double-click, context menu), written as a PDF on a worker as Heat users →
// Payments writes it, with the company field and the dialog's language.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(QString databasePath, QWidget* parent = nullptr);
    ~ReportDialog() override;

    void setRequest(const billing::SheetRequest& request);
    [[nodiscard]] billing::SheetRequest request() const;
    // Computes the sheet for the current request (built() or failed() follows).
    void build();
    // Writes the sheet shown; the format follows the suffix (.pdf, .xlsx, .csv).
    bool exportTo(const QString& path, QString* error = nullptr) const;
    [[nodiscard]] const billing::Sheet* sheet() const { return m_sheet.get(); }

    // The sheet row selected in the table, or -1.
    [[nodiscard]] int selectedRow() const;
    void selectRow(int row);
    // Writes the statement of the sheet's row `row` (the sheet's period) to `path` on a worker;
    // statementWritten() or statementFailed() follows. False when none can be started (no sheet,
    // no such row, one already being written).
    bool writeStatement(int row, const QString& path);
    [[nodiscard]] bool writingStatement() const { return m_statementWatcher->isRunning(); }
    // Asks where to save the selected row's statement (given the suggested file name; empty:
    // cancelled), then writes it. A file dialog unless replaced (tests).
    void writeSelectedStatement();
    void setStatementPathProvider(std::function<QString(const QString& suggested)> provider);

signals:
    void built(int rows);
    void failed(const QString& message);
    void statementWritten(const QString& path);
    void statementFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome;
    void retranslate();
    void showSheet();
    void updateControls();
    void exportInteractively();
    void printPreview();
    void print();
    void paintOn(QPrinter& printer) const;
    QString language() const;

    QString m_path;
    std::unique_ptr<billing::Sheet> m_sheet;
    billing::SheetRequest m_sheetRequest; // the request m_sheet was computed for
    QStringList m_notes;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher;
    QFutureWatcher<QString>* m_statementWatcher; // empty: written; else why not
    QString m_statementPath;
    std::function<QString(const QString&)> m_statementPathProvider;

    QRadioButton* m_monthly;
    QRadioButton* m_season;
    QDateEdit* m_month;
    QSpinBox* m_seasonYear;
    QComboBox* m_building;
    QLineEdit* m_company;
    QLabel* m_kindLabel;
    QLabel* m_buildingLabel;
    QLabel* m_companyLabel;
    QLabel* m_summary;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QPushButton* m_build;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_export;
    QPushButton* m_statement;
    QAction* m_statementAction;
    QProgressBar* m_statementProgress;
    QDialogButtonBox* m_buttons;
};

} // namespace heatdesk::ui
