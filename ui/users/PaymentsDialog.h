// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/HeatUserRepository.h"
#include "store/PaymentRepository.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace heatdesk::ui {

// One heat user's payments of a season, as the cashier records them: the entries so far with
// their sum, a line to record another (a wrong one is undone by a correction with its reason,
// never edited), and the season's statement as a PDF to hand to the household. The statement
// is computed on a worker with its own connection: it scans the whole season's readings.
class PaymentsDialog : public QDialog {
    Q_OBJECT
public:
    PaymentsDialog(store::Database& db, qint64 userId, QWidget* parent = nullptr);

    void setSeason(int season);
    // Records the entry the form describes; on success the list is shown again and the amount
    // and reference are cleared. False and the reason in status() when it was refused.
    bool recordPayment();
    // Writes the season's statement to `path` on the worker; finished() says when.
    void writeStatement(const QString& path);
    [[nodiscard]] bool writing() const { return m_statement.isRunning(); }
    [[nodiscard]] QString status() const;
    // Whether a payment was recorded since the dialog opened.
    [[nodiscard]] bool changed() const { return m_changed; }

signals:
    void statementWritten();

private:
    void showPayments();
    void chooseStatementFile();
    void setStatus(const QString& text);

    store::Database& m_db;
    store::HeatUser m_user;
    bool m_changed = false;
    QFutureWatcher<QString> m_statement; // empty: written; else why not
    QSpinBox* m_season;
    QTableWidget* m_table;
    QLabel* m_paid;
    QComboBox* m_kind;
    QLineEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_reference;
    QLineEdit* m_by;
    QPushButton* m_record;
    QPushButton* m_statementButton;
    QLabel* m_status;
};

} // namespace heatdesk::ui
