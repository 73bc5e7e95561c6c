// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "diagnostics/BusDiagnostics.h"
#include "diagnostics/ScanDialog.h"
#include "history/HistoryView.h"
#include "main/ActionDelegate.h"
#include "main/BusTreeModel.h"
#include "main/ConfigurationActions.h"
#include "main/Language.h"
#include "main/MeterCommands.h"
#include "main/MeterPanel.h"
#include "main/TreeFilter.h"
#include "monitor/TelegramMonitor.h"
#include "reports/ReportDialog.h"
#include "users/HeatUsersDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace heatdesk::ui {

namespace {
using Kind = BusTreeModel::Kind;
} // namespace

MainWindow::MainWindow(Language& language, QWidget* parent)
    : QMainWindow(parent)
    , m_language(language) {
    setObjectName(QStringLiteral("HeatDeskMainWindow"));
    createWidgets();
    createActions();
    retranslate();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
}

MainWindow::~MainWindow() {
    // The station (and its recorder's last commit) goes before the window's connection.
    m_station.reset();
}

void MainWindow::createWidgets() {
    m_model = new BusTreeModel(this);
    m_filter = new TreeFilter(this);
    m_filter->setSourceModel(m_model);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("treeSearch"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    leftLayout->addWidget(m_search);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("busTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true); // 10,000 rows: the view needs no per-row size query
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setMouseTracking(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* delegate = new ActionDelegate(m_tree);
    m_tree->setItemDelegateForColumn(BusTreeModel::ActionColumn, delegate);
    connect(delegate, &ActionDelegate::clicked, this, &MainWindow::actionClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(BusTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(BusTreeModel::NameColumn, 210);
    m_tree->header()->resizeSection(BusTreeModel::StateColumn, 200);
    m_tree->header()->resizeSection(BusTreeModel::LastReadColumn, 120);
    m_tree->header()->resizeSection(BusTreeModel::EnergyColumn, 90);
    m_tree->header()->resizeSection(BusTreeModel::UserColumn, 130);
    m_tree->header()->resizeSection(BusTreeModel::ActionColumn, 96);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { currentChanged(current); });
    leftLayout->addWidget(m_tree);

    m_tabs = new QTabWidget;
    m_meterPanel = new MeterPanel;
    m_history = new HistoryView;
    m_diagnostics = new BusDiagnostics;
    m_tabs->addTab(m_meterPanel, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_diagnostics, QString());
    connect(m_diagnostics, &BusDiagnostics::scanRequested, this,
            [this](const QString&) { scanSelectedBus(); });

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 620}); // the tree with its Read buttons in view
    setCentralWidget(splitter);

    m_monitor = new TelegramMonitor;
    m_monitorDock = new QDockWidget;
    m_monitorDock->setObjectName(QStringLiteral("telegramMonitorDock"));
    m_monitorDock->setWidget(m_monitor);
    addDockWidget(Qt::BottomDockWidgetArea, m_monitorDock);

    m_linksLabel = new QLabel;
    m_readsLabel = new QLabel;
    m_storeLabel = new QLabel;
    m_dbLabel = new QLabel;
    statusBar()->addWidget(m_linksLabel);
    statusBar()->addWidget(m_readsLabel);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_dbLabel);
}

void MainWindow::createActions() {
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseInteractively);
    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence::Print);
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (!m_db)
            return;
        auto* dialog = new ReportDialog(m_db->path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_readAction = new QAction(this);
    m_readAction->setShortcut(Qt::Key_F5);
    m_readAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_readAction, &QAction::triggered, this, &MainWindow::readSelection);
    m_readAllAction = new QAction(this);
    m_readAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_readAllAction, &QAction::triggered, this, [this] {
        QStringList refused;
        for (const qint64 busId : m_station ? m_station->busIds() : QList<qint64>()) {
            QString why;
            if (!readBus(busId, &why))
                refused << why;
        }
        if (!refused.isEmpty())
            statusBar()->showMessage(refused.join(QStringLiteral("; ")), 8000);
    });
    m_stopAction = new QAction(this);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSelection);
    m_scanAction = new QAction(this);
    m_scanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_scanAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::scanSelectedBus);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About HeatDesk"),
            tr("<b>HeatDesk</b> %1<br>Remote reading of district-heating meters (EN 13757 M-Bus, "
               "CJ/T 188).<br>Licensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    });

    m_configuration = new ConfigurationActions(this, [this] { return sourceIndex(m_tree->currentIndex()); });
    connect(m_configuration, &ConfigurationActions::configurationChanged, this, [this] {
        if (m_station && m_station->runningBuses() > 0)
            m_station->stopAll(); // the new configuration replaces links and engines
        reloadConfiguration();
    });
    connect(m_configuration, &ConfigurationActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_usersAction = new QAction(this);
    m_usersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_usersAction, &QAction::triggered, this, [this] {
        if (m_db && manageHeatUsers(*m_db, this))
            refreshTree(); // the tree names the users
    });

    m_meterCommands = new MeterCommands(this);
    connect(m_meterCommands, &MeterCommands::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* commandsSeparator = new QAction(this);
    commandsSeparator->setSeparator(true);
    m_tree->addActions({m_readAction, m_stopAction, m_scanAction, separator, m_configuration->editAction(),
                        m_configuration->addMeterAction(), commandsSeparator});
    m_tree->addActions(m_meterCommands->actions());

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_busMenu = menuBar()->addMenu(QString());
    m_busMenu->addActions({m_readAction, m_readAllAction, m_stopAction});
    m_busMenu->addSeparator();
    m_busMenu->addAction(m_scanAction);
    m_busMenu->addSeparator();
    m_busMenu->addActions(m_meterCommands->actions());
    m_configMenu = menuBar()->addMenu(QString());
    m_configMenu->addActions(m_configuration->addActions());
    m_configMenu->addSeparator();
    m_configMenu->addAction(m_configuration->editAction());
    m_configMenu->addAction(m_configuration->importAction());
    m_configMenu->addSeparator();
    m_configMenu->addAction(m_usersAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_monitorDock->toggleViewAction());
    m_viewMenu->addAction(m_findAction);
    m_languageMenu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    for (const auto& code : Language::available()) {
        auto* action = m_languageMenu->addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language.current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_language.apply(code);
            QSettings().setValue(QStringLiteral("language"), code);
        });
        m_languageActions << action;
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_readAction, m_stopAction, m_scanAction});
}

void MainWindow::retranslate() {
    setWindowTitle(m_db ? tr("HeatDesk — %1").arg(m_db->path()) : tr("HeatDesk"));
    m_search->setPlaceholderText(tr("Find meter number, address (#5), heat user or room…  (Ctrl+F)"));
    m_tabs->setTabText(0, tr("Meter"));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabText(2, tr("Bus diagnostics"));
    m_monitorDock->setWindowTitle(tr("Telegram monitor"));
    m_fileMenu->setTitle(tr("&File"));
    m_busMenu->setTitle(tr("&Bus"));
    m_viewMenu->setTitle(tr("&View"));
    m_configMenu->setTitle(tr("&Configure"));
    m_configuration->retranslate();
    m_usersAction->setText(tr("&Heat users…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_openAction->setText(tr("&Open database…"));
    m_quitAction->setText(tr("&Quit"));
    m_reportAction->setText(tr("Consumption &sheets…"));
    m_readAction->setText(tr("&Read"));
    m_readAction->setToolTip(tr("Read the selected buses or meters (F5)"));
    m_readAllAction->setText(tr("Read &all buses"));
    m_stopAction->setText(tr("&Stop"));
    m_stopAction->setToolTip(tr("Stop reading the selected bus (Esc)"));
    m_scanAction->setText(tr("S&can bus…"));
    m_findAction->setText(tr("&Find meter"));
    m_aboutAction->setText(tr("&About HeatDesk"));
    m_meterCommands->retranslate();
    for (auto* action : m_languageActions)
        action->setChecked(action->data().toString() == m_language.current());
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The tree's texts come from the model: repaint them in the new language.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, BusTreeModel::ColumnCount - 1);
        m_tree->viewport()->update();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_station && m_station->runningBuses() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Reading in progress"),
            tr("%n bus(es) are being read. Stop them and quit?", nullptr, m_station->runningBuses()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_station->stopAll();
    }
    event->accept();
}

QString MainWindow::openDatabase(const QString& path, bool create) {
    m_station.reset();
    m_lastOutcome.clear();
    auto db = std::make_unique<store::Database>();
    if (auto e = db->open(path, store::Database::Mode::ReadWrite,
                          create ? store::Database::Create::IfMissing : store::Database::Create::Never))
        return e->message;
    m_db = std::move(db);
    m_configuration->setDatabase(m_db.get());
    m_meterPanel->setDatabase(m_db.get());
    m_meterPanel->clear();
    m_history->setDatabasePath(path);
    QSettings().setValue(QStringLiteral("database"), path);
    reloadConfiguration();
    retranslate();
    return {};
}

void MainWindow::reloadConfiguration() {
    if (!m_db)
        return;
    m_station = std::make_unique<station::Station>(*m_db);
    connectStation();
    const auto problems = m_station->start();
    refreshTree();
    m_tree->expandToDepth(1);
    if (!problems.isEmpty())
        showProblems(problems);
    updateStatusBar();
}

void MainWindow::refreshTree() {
    store::StoreError error;
    m_model->load(store::ConfigRepository(*m_db).tree(&error));
    if (!error.message.isEmpty())
        showProblems({error.message});
    // What the station knows now goes back on the fresh rows.
    for (const qint64 busId : m_station->busIds())
        m_model->setBusStatus(busId, m_station->busStatus(busId));
    for (const auto& channel : store::ConfigRepository(*m_db).channels())
        if (const auto* link = m_station->channelLink(channel.id))
            m_model->setLinkState(channel.id, link->state(), link->lastError().message);
    for (const auto& outcome : std::as_const(m_lastOutcome))
        m_model->setMeterOutcome(outcome);
}

void MainWindow::showProblems(const QStringList& problems) {
    statusBar()->showMessage(
        tr("Not every channel could be set up: %1").arg(problems.join(QStringLiteral("; "))), 15000);
}

void MainWindow::connectStation() {
    auto* s = m_station.get();
    m_meterCommands->setStation(s);
    connect(s, &station::Station::meterDone, this, [this](const station::MeterOutcome& outcome) {
        m_model->setMeterOutcome(outcome);
        m_meterPanel->showOutcome(outcome);
        m_lastOutcome.insert(outcome.meterId, outcome);
    });
    connect(s, &station::Station::busStatusChanged, this, [this](qint64 busId, const bus::BusStatus& status) {
        m_model->setBusStatus(busId, status);
        const QModelIndex index = m_model->busIndex(busId);
        m_diagnostics->busStatusChanged(index.data().toString(), status);
        updateStatusBar();
    });
    connect(s, &station::Station::busFinished, this, [this](qint64 busId, const bus::RunSummary& summary) {
        m_model->setBusStatus(busId, summary.status);
        statusBar()->showMessage(tr("%1: %2 of %3 meters read in %4 s")
                                     .arg(m_model->busIndex(busId).data().toString())
                                     .arg(summary.ok)
                                     .arg(summary.requested)
                                     .arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1),
                                 10000);
        // New readings of the meter on display: its history follows (other buses leave it alone).
        const QModelIndex shown = m_model->meterIndex(m_meterPanel->meterId());
        if (m_history->isVisible() && shown.isValid() &&
            shown.data(BusTreeModel::BusIdRole).toLongLong() == busId)
            m_history->reload();
        updateStatusBar();
    });
    connect(s, &station::Station::traffic, this, [this](qint64, const bus::TrafficRecordPtr& record) {
        m_monitor->append(record);
        m_diagnostics->append(record);
    });
    connect(s, &station::Station::linkStateChanged, this,
            [this](qint64 channelId, link::Link::State state, const QString& error) {
                m_model->setLinkState(channelId, state, error);
                updateStatusBar();
            });
    connect(s, &station::Station::readingsStored, this, [this](qint64) {
        m_lastStoreError.clear();
        updateStatusBar();
    });
    connect(s, &station::Station::storeFailed, this, [this](const QString& message) {
        m_lastStoreError = message;
        updateStatusBar();
    });
}

void MainWindow::updateStatusBar() {
    int up = 0, total = 0;
    if (m_station && m_db)
        for (const auto& channel : store::ConfigRepository(*m_db).channels())
            if (auto* link = m_station->channelLink(channel.id)) {
                ++total;
                up += link->isOpen() ? 1 : 0;
            }
    m_linksLabel->setText(tr("Links: %1 of %2 up").arg(up).arg(total));
    const int running = m_station ? m_station->runningBuses() : 0;
    m_readsLabel->setText(running ? tr("Reading %n bus(es)", nullptr, running) : tr("Idle"));
    if (!m_lastStoreError.isEmpty())
        m_storeLabel->setText(tr("NOT STORED (kept, retrying): %1").arg(m_lastStoreError));
    else
        m_storeLabel->setText(
            tr("Readings stored this session: %1").arg(m_station ? m_station->storedReadings() : 0));
    m_storeLabel->setStyleSheet(m_lastStoreError.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    m_dbLabel->setText(m_db ? tr("Database: %1").arg(m_db->path()) : tr("No database"));
}

QModelIndex MainWindow::sourceIndex(const QModelIndex& proxyIndex) const {
    return m_filter->mapToSource(proxyIndex);
}

bool MainWindow::readBus(qint64 busId, QString* why) {
    if (!m_station)
        return false;
    const bool ok = m_station->readBus(busId, why);
    updateStatusBar();
    return ok;
}

bool MainWindow::readMeter(qint64 meterId, QString* why) {
    if (!m_station)
        return false;
    const QModelIndex index = m_model->meterIndex(meterId);
    if (!index.isValid())
        return false;
    return m_station->readMeters(index.data(BusTreeModel::BusIdRole).toLongLong(), {meterId}, why);
}

void MainWindow::readSelection() {
    if (!m_station)
        return;
    // Meters grouped by bus; a selected bus reads all its meters.
    std::map<qint64, QList<qint64>> meters;
    QSet<qint64> wholeBuses;
    for (const QModelIndex& proxy : m_tree->selectionModel()->selectedRows()) {
        const QModelIndex index = sourceIndex(proxy);
        if (BusTreeModel::kindOf(index) == Kind::Bus)
            wholeBuses.insert(index.data(BusTreeModel::IdRole).toLongLong());
        else if (BusTreeModel::kindOf(index) == Kind::Meter)
            meters[index.data(BusTreeModel::BusIdRole).toLongLong()].append(
                index.data(BusTreeModel::IdRole).toLongLong());
    }
    QStringList refused;
    for (const qint64 busId : wholeBuses) {
        QString why;
        if (!m_station->readBus(busId, &why))
            refused << why;
        meters.erase(busId);
    }
    for (const auto& [busId, ids] : meters) {
        QString why;
        if (!m_station->readMeters(busId, ids, &why))
            refused << why;
    }
    if (wholeBuses.isEmpty() && meters.empty())
        refused << tr("Select a bus or meters to read.");
    if (!refused.isEmpty())
        statusBar()->showMessage(refused.join(QStringLiteral("; ")), 8000);
    updateStatusBar();
}

void MainWindow::stopSelection() {
    if (!m_station)
        return;
    const qint64 busId = selectedBus();
    if (busId)
        m_station->stop(busId);
    else
        m_station->stopAll();
}

qint64 MainWindow::selectedBus() const {
    const QModelIndex index = sourceIndex(m_tree->currentIndex());
    if (!index.isValid() ||
        (BusTreeModel::kindOf(index) != Kind::Bus && BusTreeModel::kindOf(index) != Kind::Meter))
        return 0;
    return index.data(BusTreeModel::BusIdRole).toLongLong();
}

void MainWindow::scanSelectedBus() {
    const qint64 busId = selectedBus();
    auto* engine = m_station && busId ? m_station->engine(busId) : nullptr;
    if (!engine) {
        statusBar()->showMessage(tr("Select a bus whose channel is set up to scan it."), 8000);
        return;
    }
    const QString busName = m_model->busIndex(busId).data().toString();
    auto* dialog = new ScanDialog(*engine, busName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScanDialog::addMeters, this, [this, busId](const QList<bus::FoundMeter>& found) {
        store::ConfigRepository config(*m_db);
        QStringList errors;
        int added = 0;
        for (const auto& f : found) {
            store::MeterConfig m;
            m.busId = busId;
            if (f.secondary) {
                m.secondaryAddress = QString::fromStdString(f.secondary->toText());
                m.number = m.secondaryAddress.left(8);
            }
            if (f.primary)
                m.primaryAddress = *f.primary;
            if (m.number.isEmpty())
                m.number =
                    QStringLiteral("P%1-%2").arg(busId).arg(f.primary.value_or(0), 3, 10, QLatin1Char('0'));
            store::StoreError error;
            if (config.addMeter(m, &error))
                ++added;
            else
                errors << error.message;
        }
        reloadConfiguration();
        statusBar()->showMessage(errors.isEmpty() ? tr("%n meter(s) added.", nullptr, added)
                                                  : tr("%n meter(s) added; not added: %1", nullptr, added)
                                                        .arg(errors.join(QStringLiteral("; "))),
                                 10000);
    });
    dialog->show();
}

void MainWindow::actionClicked(const QModelIndex& proxyIndex) {
    const QModelIndex index = sourceIndex(proxyIndex);
    QString why;
    bool ok = true;
    if (BusTreeModel::kindOf(index) == Kind::Bus) {
        const qint64 busId = index.data(BusTreeModel::IdRole).toLongLong();
        if (index.data(BusTreeModel::BusyRole).toBool())
            m_station->stop(busId);
        else
            ok = readBus(busId, &why);
    } else if (BusTreeModel::kindOf(index) == Kind::Meter) {
        ok = readMeter(index.data(BusTreeModel::IdRole).toLongLong(), &why);
    }
    if (!ok)
        statusBar()->showMessage(why, 8000);
}

void MainWindow::currentChanged(const QModelIndex& proxyIndex) {
    const QModelIndex index = sourceIndex(proxyIndex);
    m_meterCommands->setCurrent(index);
    if (!index.isValid() || BusTreeModel::kindOf(index) != Kind::Meter)
        return;
    const qint64 meterId = index.data(BusTreeModel::IdRole).toLongLong();
    const QString user = index.siblingAtColumn(BusTreeModel::UserColumn).data().toString();
    m_meterPanel->showMeter(meterId, user);
    if (const auto last = m_lastOutcome.constFind(meterId); last != m_lastOutcome.constEnd())
        m_meterPanel->showOutcome(*last);
    const QString number = index.data(Qt::DisplayRole).toString();
    m_history->setMeter(meterId, user.isEmpty() ? number : QStringLiteral("%1 — %2").arg(number, user));
}

void MainWindow::selectMeter(qint64 meterId) {
    const QModelIndex proxy = m_filter->mapFromSource(m_model->meterIndex(meterId));
    m_tree->scrollTo(proxy);
    m_tree->setCurrentIndex(proxy);
}

void MainWindow::selectBus(qint64 busId) {
    const QModelIndex proxy = m_filter->mapFromSource(m_model->busIndex(busId));
    m_tree->scrollTo(proxy);
    m_tree->setCurrentIndex(proxy);
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name) {
    static const std::pair<const char*, View> names[] = {{"tree", View::Tree},
                                                         {"meter", View::Meter},
                                                         {"history", View::History},
                                                         {"monitor", View::Monitor},
                                                         {"diagnostics", View::Diagnostics}};
    for (const auto& [text, view] : names)
        if (name == QLatin1String(text))
            return view;
    return std::nullopt;
}

void MainWindow::showView(View view) {
    switch (view) {
    case View::Tree:
    case View::Meter:
        m_tabs->setCurrentWidget(m_meterPanel);
        break;
    case View::History:
        m_tabs->setCurrentWidget(m_history);
        break;
    case View::Monitor:
        m_monitorDock->show();
        m_monitorDock->raise();
        break;
    case View::Diagnostics:
        m_tabs->setCurrentWidget(m_diagnostics);
        break;
    }
}

void MainWindow::openDatabaseInteractively() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open HeatDesk database"), QString(),
                                     tr("HeatDesk databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = openDatabase(path, false); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open the database"), error);
}

} // namespace heatdesk::ui
