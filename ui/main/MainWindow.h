// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "station/Station.h"
#include "store/Database.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace heatdesk::ui {

class BusDiagnostics;
class BusTreeModel;
class ConfigurationActions;
class HistoryView;
class Language;
class MeterCommands;
class MeterPanel;
class TelegramMonitor;
class TreeFilter;

// The workstation window: the bus/meter tree on the left with Read buttons in it, the chosen
// meter's panel, history and the bus diagnostics on the right, the telegram monitor docked below.
// It only shows and asks: the station reads, the recorder stores, the views query on their own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Tree, Meter, History, Monitor, Diagnostics };

    explicit MainWindow(Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if asked) a database and starts reading its channels. Empty on success.
    QString openDatabase(const QString& path, bool create = true);
    // Rebuilds the tree and the station from the database (after configuration changes).
    void reloadConfiguration();

    bool readBus(qint64 busId, QString* why = nullptr);
    bool readMeter(qint64 meterId, QString* why = nullptr);
    void selectMeter(qint64 meterId);
    void selectBus(qint64 busId);
    void showView(View view);
    static std::optional<View> viewFromName(const QString& name);

    [[nodiscard]] BusTreeModel* treeModel() const { return m_model; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    [[nodiscard]] station::Station* station() const { return m_station.get(); }
    [[nodiscard]] TelegramMonitor* monitor() const { return m_monitor; }
    [[nodiscard]] MeterPanel* meterPanel() const { return m_meterPanel; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createWidgets();
    void createActions();
    void retranslate();
    void connectStation();
    void readSelection();
    void stopSelection();
    void scanSelectedBus();
    void actionClicked(const QModelIndex& proxyIndex);
    void currentChanged(const QModelIndex& proxyIndex);
    void updateStatusBar();
    void openDatabaseInteractively();
    // Configuration dialogs: `kind` of row to add below the selection, or the selection to edit.
    void showProblems(const QStringList& problems);
    // Reloads the tree's rows (names, users) and puts the live states back on them.
    void refreshTree();
    qint64 selectedBus() const;
    QModelIndex sourceIndex(const QModelIndex& proxyIndex) const;

    Language& m_language;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<station::Station> m_station;

    BusTreeModel* m_model;
    TreeFilter* m_filter;
    QTreeView* m_tree;
    QLineEdit* m_search;
    QTabWidget* m_tabs;
    MeterPanel* m_meterPanel;
    HistoryView* m_history;
    BusDiagnostics* m_diagnostics;
    TelegramMonitor* m_monitor;
    QDockWidget* m_monitorDock;
    QToolBar* m_toolBar;
    QLabel* m_linksLabel;
    QLabel* m_readsLabel;
    QLabel* m_storeLabel;
    QLabel* m_dbLabel;

    QMenu* m_fileMenu;
    QMenu* m_busMenu;
    QMenu* m_viewMenu;
    QMenu* m_configMenu;
    ConfigurationActions* m_configuration = nullptr;
    QAction* m_usersAction;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_openAction;
    QAction* m_reportAction;
    QAction* m_quitAction;
    QAction* m_readAction;
    QAction* m_readAllAction;
    QAction* m_stopAction;
    QAction* m_scanAction;
    MeterCommands* m_meterCommands = nullptr;
    QAction* m_findAction;
    QAction* m_aboutAction;
    QList<QAction*> m_languageActions;
    QString m_lastStoreError;
    // This session's last outcome per meter: shown at once when the meter is chosen, even before
    // the recorder has committed it (at most a second later).
    QHash<qint64, station::MeterOutcome> m_lastOutcome;
};

} // namespace heatdesk::ui
