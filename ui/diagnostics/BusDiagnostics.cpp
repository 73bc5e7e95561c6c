// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/BusDiagnostics.h"

#include "diagnostics/CountersTableModel.h"
#include "diagnostics/StatusHistoryModel.h"

#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace heatdesk::ui {
namespace {

void setUpTable(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

BusDiagnostics::BusDiagnostics(QWidget* parent)
    : QWidget(parent)
    , m_counters(new CountersTableModel(this))
    , m_history(new StatusHistoryModel(StatusHistoryModel::kDefaultCapacity, this))
    , m_countersBox(new QGroupBox(this))
    , m_historyBox(new QGroupBox(this))
    , m_countersView(new QTableView(m_countersBox))
    , m_historyView(new QTableView(m_historyBox))
    , m_reset(new QPushButton(m_countersBox))
    , m_scan(new QPushButton(m_countersBox)) {
    m_countersView->setObjectName(QStringLiteral("counters"));
    m_historyView->setObjectName(QStringLiteral("statusHistory"));
    m_reset->setObjectName(QStringLiteral("resetCounters"));
    m_scan->setObjectName(QStringLiteral("scan"));

    m_countersView->setModel(m_counters);
    setUpTable(m_countersView);
    auto* countersHeader = m_countersView->horizontalHeader();
    // As wide as the numbers need; a stretched last column would put its count far away.
    countersHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    countersHeader->setStretchLastSection(false);

    m_historyView->setModel(m_history);
    setUpTable(m_historyView);
    auto* historyHeader = m_historyView->horizontalHeader();
    historyHeader->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    historyHeader->resizeSection(StatusHistoryModel::Time, digit * 21);
    historyHeader->resizeSection(StatusHistoryModel::Bus, digit * 12);
    historyHeader->resizeSection(StatusHistoryModel::State, digit * 22);
    historyHeader->resizeSection(StatusHistoryModel::Inferred, digit * 10);

    m_scan->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addWidget(m_scan);
    buttons->addStretch(1);
    auto* countersLayout = new QVBoxLayout(m_countersBox);
    countersLayout->addWidget(m_countersView, 1);
    countersLayout->addLayout(buttons);
    auto* historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_countersBox);
    splitter->addWidget(m_historyBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1); // a few buses, a long history
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, m_counters, &CountersTableModel::refresh);
    connect(m_reset, &QPushButton::clicked, this, &BusDiagnostics::resetCounters);
    connect(m_scan, &QPushButton::clicked, this, [this] {
        if (const QString bus = selectedBus(); !bus.isEmpty())
            emit scanRequested(bus);
    });
    connect(m_countersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_scan->setEnabled(!selectedBus().isEmpty()); });
    retranslate();
}

BusDiagnostics::~BusDiagnostics() = default;

void BusDiagnostics::append(const bus::TrafficRecordPtr& record) {
    if (!record)
        return;
    m_counters->add(*record);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void BusDiagnostics::busStatusChanged(const QString& bus, const bus::BusStatus& status) {
    m_history->add(bus, status, QDateTime::currentMSecsSinceEpoch());
}

void BusDiagnostics::resetCounters() {
    m_counters->reset();
}

QString BusDiagnostics::selectedBus() const {
    const auto rows = m_countersView->selectionModel()->selectedRows(CountersTableModel::Bus);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void BusDiagnostics::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BusDiagnostics::retranslate() {
    m_countersBox->setTitle(tr("Traffic counters"));
    m_historyBox->setTitle(tr("Bus status history"));
    m_reset->setText(tr("&Reset counters"));
    m_scan->setText(tr("&Scan bus…"));
    m_scan->setToolTip(tr("Look for meters on the selected bus"));
    m_counters->retranslate();
    m_history->retranslate();
}

} // namespace heatdesk::ui
