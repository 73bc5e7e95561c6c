// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/HeatUserRepository.h"

#include <QDialog>
#include <QFutureWatcher>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace heatdesk::ui {

class HeatUsersModel;

// The heat users: a table searched as the clerk types (account, name, community, building,
// unit, room, phone), the selected user's meter assignments below it, and the actions Add, Edit,
// Deactivate (or Reactivate), Delete (only for a user that never had a meter), Assign meter and
// Import CSV. The list is queried on a worker thread with its own connection, so 100,000 users
// never stall the window. Edits go through the dialog's connection on the GUI thread.
class HeatUsersDialog : public QDialog {
    Q_OBJECT
public:
    HeatUsersDialog(store::Database& db, QWidget* parent = nullptr);
    ~HeatUsersDialog() override;

    // Whether a user or an assignment changed since the dialog opened (the window's tree shows
    // the users' names, so it refreshes then).
    [[nodiscard]] bool changed() const { return m_changed; }
    [[nodiscard]] bool loading() const { return m_watcher.isRunning() || m_reloadPending; }
    [[nodiscard]] HeatUsersModel* model() const { return m_model; }
    // The selected user's id (0: none).
    [[nodiscard]] qint64 selectedId() const;
    void selectUser(qint64 id);
    // Why the last action failed (empty: nothing failed).
    [[nodiscard]] QString status() const;

    void addUser();
    void editSelected();
    void deactivateSelected(); // or reactivates a deactivated user
    void deleteSelected();
    void assignMeter();
    void showPayments(); // the selected user's payments and statement
    void importCsv();
    // Queries the list again with the current search (on the worker).
    void reload();

signals:
    void loaded();

private:
    void loadFinished();
    void selectionChanged();
    void showHistory(qint64 userId);
    void edited(qint64 selectId);
    void confirm(const QString& title, const QString& text, const std::function<void()>& then);
    void setStatus(const QString& text);

    store::Database& m_db;
    store::HeatUserRepository m_users;
    bool m_changed = false;
    bool m_reloadPending = false;
    qint64 m_selectAfterLoad = 0;
    QFutureWatcher<QList<store::HeatUserRow>> m_watcher;
    QTimer* m_searchDelay;
    QLineEdit* m_search;
    QCheckBox* m_showInactive;
    QLabel* m_count;
    HeatUsersModel* m_model;
    QTableView* m_table;
    QLabel* m_historyTitle;
    QTableWidget* m_history;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_deactivate;
    QPushButton* m_delete;
    QPushButton* m_assign;
    QPushButton* m_payments;
    QPushButton* m_import;
};

// The main window's entry point: shows the heat users modally. Returns whether anything changed.
bool manageHeatUsers(store::Database& db, QWidget* parent);

} // namespace heatdesk::ui
