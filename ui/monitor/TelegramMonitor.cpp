// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/TelegramMonitor.h"

#include "monitor/TrafficFilter.h"
#include "monitor/TrafficTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace heatdesk::ui {

TelegramMonitor::TelegramMonitor(QWidget* parent, int capacity)
    : QWidget(parent)
    , m_model(new TrafficTableModel(static_cast<std::size_t>(std::max(1, capacity)), this))
    , m_filter(new TrafficFilter(*m_model, this))
    , m_busLabel(new QLabel(this))
    , m_bus(new QComboBox(this))
    , m_meterLabel(new QLabel(this))
    , m_meter(new QLineEdit(this))
    , m_errorsOnly(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_table(new QTableView(this)) {
    m_bus->setObjectName(QStringLiteral("busFilter"));
    m_meter->setObjectName(QStringLiteral("meterFilter"));
    m_errorsOnly->setObjectName(QStringLiteral("errorsOnly"));
    m_status->setObjectName(QStringLiteral("status"));
    m_pause->setObjectName(QStringLiteral("pause"));
    m_copy->setObjectName(QStringLiteral("copy"));
    m_save->setObjectName(QStringLiteral("save"));
    m_clear->setObjectName(QStringLiteral("clear"));
    m_table->setObjectName(QStringLiteral("traffic"));

    m_bus->addItem(QString(), QString());
    m_bus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busLabel->setBuddy(m_bus);
    m_meter->setClearButtonEnabled(true);
    m_meter->setMaximumWidth(180);
    m_meterLabel->setBuddy(m_meter);
    m_pause->setCheckable(true);

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 20,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(TrafficTableModel::Time, digit * 14);
    header->resizeSection(TrafficTableModel::Bus, digit * 12);
    header->resizeSection(TrafficTableModel::Kind, digit * 18);
    header->resizeSection(TrafficTableModel::Bytes, digit * 42);

    // The view's own Ctrl+C copies one cell; here it copies the selected rows as trace lines.
    m_table->installEventFilter(this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_busLabel);
    filters->addWidget(m_bus);
    filters->addSpacing(8);
    filters->addWidget(m_meterLabel);
    filters->addWidget(m_meter);
    filters->addSpacing(8);
    filters->addWidget(m_errorsOnly);
    filters->addStretch(1);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_pause);
    filters->addWidget(m_copy);
    filters->addWidget(m_save);
    filters->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &TelegramMonitor::flushPending);
    connect(m_bus, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setBus(m_bus->currentData().toString());
        updateStatus();
    });
    connect(m_meter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setMeter(text);
        updateStatus();
    });
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setErrorsOnly(on);
        updateStatus();
    });
    connect(m_pause, &QPushButton::toggled, this, &TelegramMonitor::setPaused);
    connect(m_copy, &QPushButton::clicked, this, &TelegramMonitor::copySelection);
    connect(m_save, &QPushButton::clicked, this, &TelegramMonitor::saveInteractively);
    connect(m_clear, &QPushButton::clicked, this, &TelegramMonitor::clear);
    retranslate();
}

TelegramMonitor::~TelegramMonitor() = default;

void TelegramMonitor::append(const bus::TrafficRecordPtr& record) {
    if (!record)
        return;
    if (!m_buses.contains(record->bus)) {
        m_buses.insert(record->bus);
        int at = 1;
        while (at < m_bus->count() && m_bus->itemText(at) < record->bus)
            ++at;
        m_bus->insertItem(at, record->bus, record->bus);
    }
    m_pending.push_back(record);
    // Only the newest `capacity` could be shown anyway: the waiting ones are bounded too.
    if (m_pending.size() > m_model->capacity())
        m_pending.pop_front();
    if (m_paused) {
        ++m_newWhilePaused;
        updateStatus();
    } else if (!m_batchTimer.isActive()) {
        m_batchTimer.start();
    }
}

void TelegramMonitor::flushPending() {
    if (m_paused || m_pending.empty())
        return;
    // Follow the newest rows only when the person was already looking at them; otherwise keep
    // the rows they read in place while the oldest ones above go.
    auto* bar = m_table->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    const int top = bar->value(); // scrolling is per row: the first row shown
    int removedAbove = 0;
    const auto counting =
        connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
                [&](const QModelIndex&, int first, int last) { removedAbove += last - first + 1; });
    const std::vector<bus::TrafficRecordPtr> batch(m_pending.begin(), m_pending.end());
    m_pending.clear();
    m_model->append(batch);
    disconnect(counting);
    if (follow)
        m_table->scrollToBottom();
    else
        bar->setValue(std::max(0, top - removedAbove));
    updateStatus();
}

void TelegramMonitor::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    if (!paused) {
        m_newWhilePaused = 0;
        flushPending();
    }
    updateStatus();
}

void TelegramMonitor::clear() {
    m_pending.clear();
    m_newWhilePaused = 0;
    m_model->clear();
    updateStatus();
}

void TelegramMonitor::copySelection() const {
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const auto& index : rows)
        lines << bus::traceLine(m_model->record(m_filter->mapToSource(index).row()));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool TelegramMonitor::saveTo(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto& record = m_model->record(m_filter->mapToSource(m_filter->index(row, 0)).row());
        file.write(bus::traceLine(record).toUtf8());
        file.write("\n");
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TelegramMonitor::saveInteractively() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save traffic"), QStringLiteral("traffic.txt"),
                                                      tr("Trace lines (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save traffic"), tr("Could not write %1: %2").arg(path, error));
}

void TelegramMonitor::updateStatus() {
    m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    if (m_paused) {
        m_status->setText(tr("Paused, %n new", nullptr,
                             static_cast<int>(std::min<std::uint64_t>(m_newWhilePaused, INT_MAX))));
        return;
    }
    m_status->setText(tr("%1 of %2 records").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

bool TelegramMonitor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TelegramMonitor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TelegramMonitor::retranslate() {
    m_busLabel->setText(tr("&Bus:"));
    m_bus->setItemText(0, tr("All buses"));
    m_meterLabel->setText(tr("&Meter:"));
    m_meter->setPlaceholderText(tr("address or id"));
    m_meter->setToolTip(
        tr("A primary address (5) matches A=5; other text is searched in the decoded column."));
    m_errorsOnly->setText(tr("&Errors only"));
    m_errorsOnly->setToolTip(tr("Checksum errors, garbage, timeouts and collisions"));
    m_pause->setToolTip(tr("Keep the view still; new records are counted and shown on resume"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the selected rows as trace lines (Ctrl+C)"));
    m_save->setText(tr("&Save…"));
    m_save->setToolTip(tr("Save the rows shown as trace lines"));
    m_clear->setText(tr("C&lear"));
    m_model->retranslate();
    updateStatus();
}

} // namespace heatdesk::ui
