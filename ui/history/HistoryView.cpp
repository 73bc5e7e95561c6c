// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryView.h"

#include "history/ConsumptionChart.h"
#include "history/HistoryChartView.h"
#include "history/HistoryExport.h"
#include "history/HistoryTableModel.h"
#include "history/TemperatureChart.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcHistory, "heatdesk.ui.history")

namespace heatdesk::ui {

using namespace history;

namespace {

// A QDateEdit at its minimum shows this instead of a date: the period is open at that end.
const QDate kEarliest(2000, 1, 1);

// The bucket size that gives a readable number of bars for a period of `days`.
BucketSize bucketFor(qint64 days) {
    if (days <= 62)
        return BucketSize::Day;
    if (days <= 400)
        return BucketSize::Week;
    return BucketSize::Month;
}

} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0)) {
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &HistoryView::reload);
    buildUi();
    retranslateUi(); // fills the combo boxes the preset is chosen in
    applyPreset(m_preset);
    setState(State::NoMeter);
}

HistoryView::~HistoryView() {
    // A worker still running stops at its next row; its result goes nowhere.
    m_latest->store(-1);
}

void HistoryView::buildUi() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("historyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_periodLabel = new QLabel(this);
    m_presetBox = new QComboBox(this);
    m_presetBox->setObjectName(QStringLiteral("periodPreset"));
    m_periodLabel->setBuddy(m_presetBox);
    m_fromLabel = new QLabel(this);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("periodFrom"));
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel = new QLabel(this);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("periodTo"));
    m_toLabel->setBuddy(m_toEdit);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kEarliest);
        edit->setMaximumDate(QDate(2099, 12, 31));
        connect(edit, &QDateEdit::userDateChanged, this, &HistoryView::datesEdited);
    }
    connect(m_presetBox, &QComboBox::activated, this, [this](int index) {
        applyPreset(static_cast<PeriodPreset>(m_presetBox->itemData(index).toInt()));
        scheduleReload();
    });

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no percentage: the database does not say how far it is
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(new QMenu(m_exportButton));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_title, 1);
    toolbar->addWidget(m_busy);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_periodLabel);
    toolbar->addWidget(m_presetBox);
    toolbar->addWidget(m_fromLabel);
    toolbar->addWidget(m_fromEdit);
    toolbar->addWidget(m_toLabel);
    toolbar->addWidget(m_toEdit);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_exportButton);

    // Temperatures tab: the chart, then its zoom controls.
    m_temperature = new TemperatureChart(this);
    m_resetZoom = new QPushButton(this);
    m_resetZoom->setObjectName(QStringLiteral("resetZoom"));
    connect(m_resetZoom, &QPushButton::clicked, m_temperature, &TemperatureChart::resetZoom);
    m_zoomHint = new QLabel(this);
    m_zoomHint->setWordWrap(true);
    QPalette hintPalette = m_zoomHint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_zoomHint->setPalette(hintPalette);
    auto* temperaturePage = new QWidget(this);
    auto* temperatureLayout = new QVBoxLayout(temperaturePage);
    temperatureLayout->setContentsMargins(0, 4, 0, 0);
    temperatureLayout->addWidget(m_temperature->view(), 1);
    auto* zoomRow = new QHBoxLayout;
    zoomRow->addWidget(m_resetZoom);
    zoomRow->addWidget(m_zoomHint, 1);
    temperatureLayout->addLayout(zoomRow);

    // Consumption tab: bucket size and summary, then the bars.
    m_consumption = new ConsumptionChart(this);
    m_bucketLabel = new QLabel(this);
    m_bucketBox = new QComboBox(this);
    m_bucketBox->setObjectName(QStringLiteral("bucketSize"));
    m_bucketLabel->setBuddy(m_bucketBox);
    connect(m_bucketBox, &QComboBox::activated, this, [this] {
        m_bucketChosenByUser = true;
        bucketChosen();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("consumptionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_consumption, &ConsumptionChart::summaryChanged, m_summary, &QLabel::setText);
    auto* consumptionPage = new QWidget(this);
    auto* consumptionLayout = new QVBoxLayout(consumptionPage);
    consumptionLayout->setContentsMargins(0, 4, 0, 0);
    auto* bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_bucketLabel);
    bucketRow->addWidget(m_bucketBox);
    bucketRow->addSpacing(12);
    bucketRow->addWidget(m_summary, 1);
    consumptionLayout->addLayout(bucketRow);
    consumptionLayout->addWidget(m_consumption->view(), 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(temperaturePage, QString());
    m_tabs->addTab(consumptionPage, QString());

    m_model = new HistoryTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("readingsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row height: 44,000 rows lay out at once, without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    // Keyboard order: period, export, chart tabs, chart, its controls, table.
    setTabOrder(m_presetBox, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_exportButton);
    setTabOrder(m_exportButton, m_tabs);
    setTabOrder(m_tabs, m_temperature->view());
    setTabOrder(m_temperature->view(), m_resetZoom);
    setTabOrder(m_resetZoom, m_bucketBox);
    setTabOrder(m_bucketBox, m_consumption->view());
    setTabOrder(m_consumption->view(), m_table);
}

void HistoryView::retranslateUi() {
    m_periodLabel->setText(tr("&Period:"));
    // With a colon: Qt 6.4 clips the last glyph of a mnemonic label after a kerned T ("&To" → "Tc").
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_fromEdit->setSpecialValueText(tr("first reading"));
    m_fromEdit->setToolTip(tr("First day shown"));
    m_toEdit->setToolTip(tr("Last day shown (included)"));

    const struct {
        PeriodPreset preset;
        QString text;
    } presets[] = {
        {PeriodPreset::Last7Days, tr("Last 7 days")},
        {PeriodPreset::Last30Days, tr("Last 30 days")},
        {PeriodPreset::HeatingSeason, tr("This heating season")},
        {PeriodPreset::OneYear, tr("Last year")},
        {PeriodPreset::FiveYears, tr("Last 5 years")},
        {PeriodPreset::All, tr("All readings")},
        {PeriodPreset::Custom, tr("Custom")},
    };
    m_presetBox->clear();
    for (const auto& p : presets)
        m_presetBox->addItem(p.text, static_cast<int>(p.preset));
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(m_preset)));
    const DayRange season = heatingSeasonFor(QDate::currentDate());
    m_presetBox->setItemData(
        m_presetBox->findData(static_cast<int>(PeriodPreset::HeatingSeason)),
        tr("15 November %1 to 15 March %2").arg(season.first.year()).arg(season.last.year()),
        Qt::ToolTipRole);

    m_exportButton->setText(tr("&Export"));
    QMenu* menu = m_exportButton->menu();
    menu->clear();
    menu->addAction(tr("Temperature chart as PNG…"), this,
                    [this] { exportChartInteractive(Chart::Temperature, false); });
    menu->addAction(tr("Temperature chart as SVG…"), this,
                    [this] { exportChartInteractive(Chart::Temperature, true); });
    menu->addAction(tr("Consumption chart as PNG…"), this,
                    [this] { exportChartInteractive(Chart::Consumption, false); });
    menu->addAction(tr("Consumption chart as SVG…"), this,
                    [this] { exportChartInteractive(Chart::Consumption, true); });
    menu->addSeparator();
    menu->addAction(tr("Readings as CSV…"), this, &HistoryView::exportCsvInteractive);

    m_tabs->setTabText(0, tr("&Temperatures"));
    m_tabs->setTabText(1, tr("&Consumption"));
    m_resetZoom->setText(tr("&Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole period again (Home)"));
    m_zoomHint->setText(tr("Drag to zoom in, wheel to zoom, Shift+drag or ←/→ to move, +/− to zoom, Home or "
                           "right-click to reset."));
    m_bucketLabel->setText(tr("&Per:"));
    const int bucket = m_bucketBox->currentIndex();
    m_bucketBox->clear();
    m_bucketBox->addItem(tr("Day"), static_cast<int>(BucketSize::Day));
    m_bucketBox->addItem(tr("Week"), static_cast<int>(BucketSize::Week));
    m_bucketBox->addItem(tr("Month"), static_cast<int>(BucketSize::Month));
    m_bucketBox->setCurrentIndex(bucket >= 0 ? bucket : int(m_consumption->bucketSize()));

    m_temperature->retranslate();
    m_consumption->retranslate();
    m_summary->setText(m_consumption->summary());
    m_model->retranslate();
    updateTitles();
    setState(m_state);

    // Columns wide enough for their header and a typical value, measured once.
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const auto widthFor = [&](int column, const QString& sample) {
        int widest = fm.horizontalAdvance(sample);
        for (const QString& line :
             m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            widest = std::max(widest, header.horizontalAdvance(line));
        return widest + 22;
    };
    m_table->setColumnWidth(HistoryTableModel::ReadAt,
                            widthFor(HistoryTableModel::ReadAt, QStringLiteral("2026-01-31 23:59:59")));
    m_table->setColumnWidth(HistoryTableModel::MeterTime,
                            widthFor(HistoryTableModel::MeterTime, QStringLiteral("2026-01-31 23:59:59")));
    for (int c = HistoryTableModel::Energy; c <= HistoryTableModel::Delta; ++c)
        m_table->setColumnWidth(c, widthFor(c, QStringLiteral("123,456.789")));
    m_table->setColumnWidth(HistoryTableModel::Flags,
                            widthFor(HistoryTableModel::Flags, tr("alarm, power low")));
}

void HistoryView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryView::updateTitles() {
    m_title->setText(m_meterId > 0 ? m_meterTitle : tr("History"));
    const QString who = m_meterId > 0 ? m_meterTitle : QString();
    m_temperature->setTitle(
        who.isEmpty() ? QString() : tr("%1 — supply and return temperature, %2").arg(who, periodText()));
    m_consumption->setTitle(who.isEmpty() ? QString()
                                          : tr("%1 — heat consumption, %2").arg(who, periodText()));
}

QString HistoryView::periodText() const {
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
    };
    const bool openStart = m_range.fromMs == std::numeric_limits<qint64>::min();
    const bool openEnd = m_range.toMs == std::numeric_limits<qint64>::max();
    if (openStart && openEnd)
        return tr("all readings");
    const QString from = openStart ? tr("first reading") : day(m_range.fromMs);
    const QString to = openEnd ? tr("last reading") : day(m_range.toMs - 1);
    return tr("%1 to %2").arg(from, to);
}

void HistoryView::setDatabasePath(const QString& path) {
    if (path == m_databasePath)
        return;
    m_databasePath = path;
    scheduleReload();
}

void HistoryView::setMeter(qint64 meterId, const QString& title) {
    const bool otherMeter = meterId != m_meterId;
    m_meterId = meterId;
    m_meterTitle = title;
    updateTitles();
    if (otherMeter) {
        // Another meter's numbers must not stand under this one's name while it loads.
        m_data.reset();
        m_model->clear();
        m_temperature->clear();
        m_consumption->clear();
        if (m_meterId > 0)
            setState(State::Loading);
    }
    scheduleReload();
}

void HistoryView::setPeriod(QDateTime from, QDateTime to) {
    m_preset = PeriodPreset::Custom;
    m_range = toMsRange(from, to);
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(PeriodPreset::Custom)));
    const QSignalBlocker blockFrom(m_fromEdit), blockTo(m_toEdit);
    m_fromEdit->setDate(from.isValid() ? from.date() : kEarliest);
    m_toEdit->setDate(to.isValid() ? to.addMSecs(-1).date() : QDate::currentDate());
    if (!m_bucketChosenByUser && from.isValid() && to.isValid())
        chooseBucket(bucketFor(from.daysTo(to)));
    updateTitles();
    scheduleReload();
}

void HistoryView::setPreset(PeriodPreset preset) {
    applyPreset(preset);
    scheduleReload();
}

void HistoryView::applyPreset(PeriodPreset preset) {
    m_preset = preset;
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(preset)));
    if (preset == PeriodPreset::Custom) {
        datesEdited();
        return;
    }
    const DayRange days = presetRange(preset, QDate::currentDate());
    m_range = toMsRange(days);
    const QSignalBlocker blockFrom(m_fromEdit), blockTo(m_toEdit);
    m_fromEdit->setDate(days.first.isValid() ? days.first : kEarliest);
    m_toEdit->setDate(days.last.isValid() ? days.last : QDate::currentDate());
    m_bucketChosenByUser = false;
    chooseBucket(preset == PeriodPreset::Last7Days || preset == PeriodPreset::Last30Days ? BucketSize::Day
                 : preset == PeriodPreset::HeatingSeason || preset == PeriodPreset::OneYear
                     ? BucketSize::Week
                     : BucketSize::Month);
    updateTitles();
}

void HistoryView::datesEdited() {
    // The edits move together: a start after the end drags the end along, and back.
    QDate from = m_fromEdit->date();
    QDate to = m_toEdit->date();
    if (from > to) {
        const QSignalBlocker block(sender() == m_toEdit ? static_cast<QObject*>(m_fromEdit) : m_toEdit);
        if (sender() == m_toEdit)
            m_fromEdit->setDate(from = to);
        else
            m_toEdit->setDate(to = from);
    }
    m_preset = PeriodPreset::Custom;
    m_presetBox->setCurrentIndex(m_presetBox->findData(static_cast<int>(PeriodPreset::Custom)));
    m_range = toMsRange(DayRange{from == kEarliest ? QDate() : from, to});
    if (!m_bucketChosenByUser)
        chooseBucket(bucketFor(from == kEarliest ? 10000 : from.daysTo(to) + 1));
    updateTitles();
    scheduleReload(300); // typing a date changes it digit by digit
}

void HistoryView::chooseBucket(BucketSize size) {
    m_bucketBox->setCurrentIndex(m_bucketBox->findData(static_cast<int>(size)));
    m_consumption->setBucketSize(size);
}

void HistoryView::bucketChosen() {
    m_consumption->setBucketSize(static_cast<BucketSize>(m_bucketBox->currentData().toInt()));
}

void HistoryView::scheduleReload(int delayMs) {
    m_reloadTimer.start(delayMs);
}

void HistoryView::reload() {
    m_reloadTimer.stop();
    // Whatever runs now is out of date from here on.
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (m_meterId <= 0) {
        m_loading = false;
        m_busy->setVisible(false);
        setState(State::NoMeter);
        return;
    }
    if (m_databasePath.isEmpty()) {
        m_loading = false;
        m_busy->setVisible(false);
        setState(State::NoDatabase);
        return;
    }
    HistoryRequest request;
    request.generation = generation;
    request.databasePath = m_databasePath;
    request.meterId = m_meterId;
    request.fromMs = m_range.fromMs;
    request.toMs = m_range.toMs;
    m_loading = true;
    m_busy->setVisible(true);
    if (!m_data)
        setState(State::Loading);

    // The result travels as a pointer: 44,000 rows are built on the worker and never copied.
    // (Moving HistoryData through QFuture::takeResult would copy it: QTimeZone's move is not
    // noexcept in Qt 6.4, so move_if_noexcept copies, 20 ms on the GUI thread for five years.)
    using Result = std::shared_ptr<const HistoryData>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishLoad(watcher->future().result());
    });
    std::shared_ptr<const std::atomic<int>> latest = m_latest;
    watcher->setFuture(QtConcurrent::run([request, latest]() -> Result {
        return std::make_shared<const HistoryData>(loadHistory(request, latest));
    }));
}

void HistoryView::finishLoad(std::shared_ptr<const HistoryData> shown) {
    if (!shown || shown->request.generation != m_generation || shown->cancelled) {
        if (shown)
            qCDebug(lcHistory) << "dropped the result of load" << shown->request.generation << "(newest"
                               << m_generation << ")";
        return;
    }
    m_loading = false;
    m_busy->setVisible(false);
    qCDebug(lcHistory) << "meter" << shown->request.meterId << shown->rows.size() << "readings, query"
                       << shown->queryMs << "ms, worker total" << shown->totalMs << "ms";
    if (shown->error) {
        m_error = shown->error->message;
        m_data.reset();
        m_model->clear();
        m_temperature->clear();
        m_consumption->clear();
        setState(State::Error);
        emit failed(m_error);
        return;
    }
    // The result goes on screen in three event-loop turns (table, temperature chart, consumption
    // chart), each followed by a paint, so no single stretch of GUI work comes near 50 ms even
    // for five hourly years. A newer result arriving in between takes over (m_data changes).
    // The same meter and period again (the main window reloads after each read): the user's zoom
    // and place in the table stay.
    const bool refresh = m_data && m_data->request.meterId == shown->request.meterId &&
                         m_data->request.fromMs == shown->request.fromMs &&
                         m_data->request.toMs == shown->request.toMs;
    const int scroll = m_table->verticalScrollBar()->value();
    m_data = shown;
    m_model->setData(shown);
    if (refresh)
        m_table->verticalScrollBar()->setValue(scroll);
    else
        m_table->scrollToTop();
    setState(shown->rows.empty() ? State::Empty : State::Shown);
    QTimer::singleShot(0, this, [this, shown, refresh] {
        if (m_data != shown)
            return;
        m_temperature->setData(shown, refresh);
        QTimer::singleShot(0, this, [this, shown] {
            if (m_data != shown)
                return;
            m_consumption->setData(shown);
            emit loaded(int(shown->rows.size()));
        });
    });
}

void HistoryView::setState(State state) {
    m_state = state;
    QString text;
    switch (state) {
    case State::NoMeter:
        text = tr("Choose a meter in the tree to see its history.");
        break;
    case State::NoDatabase:
        text = tr("No database is open.");
        break;
    case State::Loading:
        text = tr("Loading the readings of %1…").arg(m_meterTitle);
        break;
    case State::Empty:
        text =
            tr("%1 has no readings from %2.\nChoose a longer period above.").arg(m_meterTitle, periodText());
        break;
    case State::Error:
        text = tr("The history cannot be read:\n%1").arg(m_error);
        break;
    case State::Shown:
        break;
    }
    m_message->setText(text);
    m_stack->setCurrentWidget(state == State::Shown ? static_cast<QWidget*>(m_splitter) : m_message);
    const bool hasData = state == State::Shown;
    m_exportButton->setEnabled(hasData);
    m_resetZoom->setEnabled(hasData);
    const bool hasMeter = m_meterId > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_presetBox, m_fromEdit, m_toEdit})
        w->setEnabled(hasMeter);
}

QString HistoryView::messageText() const {
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool HistoryView::exportChartPng(Chart chart, const QString& path, QString* error) {
    QChartView* view =
        chart == Chart::Temperature ? static_cast<QChartView*>(m_temperature->view()) : m_consumption->view();
    return writeChartPng(*view, path, error);
}

bool HistoryView::exportChartSvg(Chart chart, const QString& path, QString* error) {
    QChartView* view =
        chart == Chart::Temperature ? static_cast<QChartView*>(m_temperature->view()) : m_consumption->view();
    return writeChartSvg(*view, path, view->chart()->title(), error);
}

bool HistoryView::exportCsv(const QString& path, QString* error) {
    if (!m_data) {
        if (error)
            *error = tr("Nothing to export: no readings are shown");
        return false;
    }
    return writeHistoryCsv(*m_data, path, error);
}

QString HistoryView::suggestedFileName(const QString& what, const QString& suffix) const {
    QString name = m_meterTitle.isEmpty() ? QStringLiteral("meter-%1").arg(m_meterId) : m_meterTitle;
    // Characters Windows and shells dislike become hyphens.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir + QLatin1Char('/') + name + QLatin1Char('-') + what + QLatin1Char('.') + suffix;
}

void HistoryView::exportChartInteractive(Chart chart, bool svg) {
    if (chart == Chart::Consumption)
        m_tabs->setCurrentIndex(1); // a chart is drawn at its size on screen: show it first
    else
        m_tabs->setCurrentIndex(0);
    const QString what =
        chart == Chart::Temperature ? QStringLiteral("temperatures") : QStringLiteral("consumption");
    const QString path =
        QFileDialog::getSaveFileName(this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
                                     suggestedFileName(what, svg ? "svg" : "png"),
                                     svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? exportChartSvg(chart, path, &error) : exportChartPng(chart, path, &error)))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void HistoryView::exportCsvInteractive() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export readings as CSV"),
                                                      suggestedFileName(QStringLiteral("readings"), "csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace heatdesk::ui
