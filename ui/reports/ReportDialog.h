// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/SheetRequest.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPrinter;
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

signals:
    void built(int rows);
    void failed(const QString& message);

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
    QStringList m_notes;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher;

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
    QDialogButtonBox* m_buttons;
};

} // namespace heatdesk::ui
