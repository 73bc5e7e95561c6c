// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/ScanDialog.h"

#include "diagnostics/FoundMetersModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace heatdesk::ui {
namespace {

constexpr int kMaxPrimary = 250; // 251..255 are reserved (EN 13757-2)

std::optional<mbus::SecondaryAddress> maskOf(const QString& text) {
    return mbus::SecondaryAddress::fromText(text.trimmed().toStdString());
}

} // namespace

ScanDialog::ScanDialog(bus::BusEngine& engine, const QString& busName, QWidget* parent)
    : QDialog(parent)
    , m_engine(&engine)
    , m_busName(busName)
    , m_found(new FoundMetersModel(this))
    , m_rangeBox(new QGroupBox(this))
    , m_primary(new QRadioButton(m_rangeBox))
    , m_fromLabel(new QLabel(m_rangeBox))
    , m_from(new QSpinBox(m_rangeBox))
    , m_toLabel(new QLabel(m_rangeBox))
    , m_to(new QSpinBox(m_rangeBox))
    , m_secondary(new QRadioButton(m_rangeBox))
    , m_maskLabel(new QLabel(m_rangeBox))
    , m_mask(new QLineEdit(m_rangeBox))
    , m_hexDigits(new QCheckBox(m_rangeBox))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_result(new QLabel(this))
    , m_table(new QTableView(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    m_primary->setObjectName(QStringLiteral("primary"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_secondary->setObjectName(QStringLiteral("secondary"));
    m_mask->setObjectName(QStringLiteral("mask"));
    m_hexDigits->setObjectName(QStringLiteral("hexDigits"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_result->setObjectName(QStringLiteral("result"));
    m_table->setObjectName(QStringLiteral("found"));
    m_start->setObjectName(QStringLiteral("start"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_add->setObjectName(QStringLiteral("add"));
    m_close->setObjectName(QStringLiteral("close"));

    m_primary->setChecked(true);
    m_from->setRange(0, kMaxPrimary);
    m_to->setRange(0, kMaxPrimary);
    m_to->setValue(kMaxPrimary);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_mask->setText(QStringLiteral("FFFFFFFF"));
    m_mask->setMaxLength(16);
    m_mask->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,16}")), m_mask));
    m_maskLabel->setBuddy(m_mask);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4000f"));
    m_progress->setTextVisible(true);
    m_progress->setValue(0);

    auto* range = new QGridLayout(m_rangeBox);
    range->addWidget(m_primary, 0, 0);
    range->addWidget(m_fromLabel, 0, 1, Qt::AlignRight);
    range->addWidget(m_from, 0, 2);
    range->addWidget(m_toLabel, 0, 3, Qt::AlignRight);
    range->addWidget(m_to, 0, 4);
    range->addWidget(m_secondary, 1, 0);
    range->addWidget(m_maskLabel, 1, 1, Qt::AlignRight);
    range->addWidget(m_mask, 1, 2, 1, 3);
    range->addWidget(m_hexDigits, 1, 5);
    range->setColumnStretch(6, 1);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);

    m_table->setModel(m_found);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(FoundMetersModel::Primary, digit * 9);
    header->resizeSection(FoundMetersModel::Secondary, digit * 13);
    header->resizeSection(FoundMetersModel::Manufacturer, digit * 13);
    header->resizeSection(FoundMetersModel::Version, digit * 8);
    header->resizeSection(FoundMetersModel::Medium, digit * 16);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rangeBox);
    layout->addWidget(m_problem);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_start->setDefault(true);
    m_elapsedTimer.setInterval(200);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &ScanDialog::updateElapsed);
    for (auto* radio : {m_primary, m_secondary})
        connect(radio, &QRadioButton::toggled, this, &ScanDialog::updateControls);
    for (auto* spin : {m_from, m_to})
        connect(spin, &QSpinBox::valueChanged, this, &ScanDialog::updateControls);
    connect(m_mask, &QLineEdit::textChanged, this, &ScanDialog::updateControls);
    connect(m_start, &QPushButton::clicked, this, &ScanDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &ScanDialog::stop);
    connect(m_close, &QPushButton::clicked, this, &ScanDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const auto meters = m_found->checkedMeters(); !meters.isEmpty())
            emit addMeters(meters);
    });
    connect(m_found, &QAbstractItemModel::dataChanged, this, &ScanDialog::updateControls);
    connect(m_found, &QAbstractItemModel::rowsInserted, this, &ScanDialog::updateControls);
    connect(m_found, &QAbstractItemModel::modelReset, this, &ScanDialog::updateControls);

    // Another run on this bus (a read) blocks Start until it ends; the engine's status says when.
    connect(&engine, &bus::BusEngine::statusChanged, this, &ScanDialog::updateControls);
    connect(&engine, &bus::BusEngine::meterFound, this, [this](const bus::FoundMeter& meter) {
        if (m_scanning)
            m_found->add(meter);
    });
    connect(&engine, &bus::BusEngine::progress, this, [this](int done, int total) {
        if (!m_scanning || m_secondary->isChecked())
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(&engine, &bus::BusEngine::finished, this, [this](const bus::RunSummary& summary) {
        if (m_scanning)
            scanFinished(summary);
    });
    connect(&engine, &QObject::destroyed, this, [this] {
        m_scanning = false;
        m_elapsedTimer.stop();
        updateControls();
    });
    retranslate();
}

ScanDialog::~ScanDialog() {
    if (!m_scanning || !m_engine)
        return;
    m_scanning = false; // the engine's finished() must not update widgets being destroyed
    m_engine->cancel();
}

std::optional<QString> ScanDialog::blocker() const {
    if (!m_engine)
        return tr("The bus no longer exists.");
    if (m_scanning)
        return std::nullopt;
    if (m_engine->isRunning())
        return tr("The bus is busy with another run; Start is possible when it ends.");
    if (m_primary->isChecked() && m_from->value() > m_to->value())
        return tr("The first address must not be greater than the last.");
    if (m_secondary->isChecked() && !maskOf(m_mask->text()))
        return tr("The mask is 8 digits of the id (0–9, F for any digit) or 16 hex digits "
                  "(id, manufacturer, version, medium; FF… for any).");
    return std::nullopt;
}

void ScanDialog::start() {
    if (m_scanning || blocker())
        return;
    m_found->clear();
    m_lastRun.reset();
    m_scanning = true;
    bool started = false;
    if (m_primary->isChecked()) {
        m_progress->setRange(0, m_to->value() - m_from->value() + 1);
        m_progress->setValue(0);
        started = m_engine->scanPrimary(m_from->value(), m_to->value());
    } else {
        // A tree search has no known length: the bar only shows that it works.
        m_progress->setRange(0, 0);
        started = m_engine->scanSecondary(*maskOf(m_mask->text()), m_hexDigits->isChecked());
    }
    m_scanning = started;
    if (started) {
        m_clock.start();
        m_elapsedTimer.start();
    }
    updateElapsed();
    updateControls();
}

void ScanDialog::stop() {
    if (m_scanning && m_engine)
        m_engine->cancel(); // finished() arrives at once and ends the scan here
}

void ScanDialog::reject() {
    stop();
    QDialog::reject();
}

void ScanDialog::scanFinished(const bus::RunSummary& summary) {
    m_scanning = false;
    m_lastRun = summary;
    m_elapsedTimer.stop();
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (!summary.cancelled)
        m_progress->setValue(m_progress->maximum());
    updateElapsed();
    updateControls();
}

void ScanDialog::updateElapsed() {
    const qint64 seconds = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    m_elapsed->setText(tr("Elapsed %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void ScanDialog::updateControls() {
    const auto why = blocker();
    const bool idle = !m_scanning;
    m_start->setEnabled(idle && !why);
    m_stop->setEnabled(m_scanning);
    m_rangeBox->setEnabled(idle && m_engine);
    m_from->setEnabled(m_primary->isChecked());
    m_to->setEnabled(m_primary->isChecked());
    m_mask->setEnabled(m_secondary->isChecked());
    m_hexDigits->setEnabled(m_secondary->isChecked());
    m_add->setEnabled(!m_found->checkedMeters().isEmpty());
    m_problem->setText(why.value_or(QString()));
    m_problem->setVisible(why.has_value());

    const int found = m_found->rowCount();
    if (m_scanning)
        m_result->setText(tr("Scanning… %n meter(s) found", nullptr, found));
    else if (m_lastRun && m_lastRun->cancelled)
        m_result->setText(tr("Stopped: %n meter(s) found", nullptr, found));
    else if (m_lastRun)
        m_result->setText(tr("Finished: %n meter(s) found in %1 s", nullptr, found)
                              .arg(double(m_lastRun->elapsedMs) / 1000.0, 0, 'f', 1));
    else
        m_result->setText(tr("Choose a range and press Start."));
}

void ScanDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScanDialog::retranslate() {
    setWindowTitle(tr("Scan bus %1").arg(m_busName));
    m_rangeBox->setTitle(tr("Search"));
    m_primary->setText(tr("&Primary addresses"));
    m_fromLabel->setText(tr("&from"));
    m_toLabel->setText(tr("&to"));
    m_secondary->setText(tr("S&econdary addresses"));
    m_maskLabel->setText(tr("&mask"));
    m_mask->setToolTip(
        tr("8 id digits (F = any digit), or 16 hex digits: id, manufacturer, version, medium"));
    m_hexDigits->setText(tr("Ids with &hex digits (A–E)"));
    m_hexDigits->setToolTip(tr("Also try A–E in each digit, for meters whose id is not BCD (slower)"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("St&op"));
    m_add->setText(tr("&Add found meters to this bus"));
    m_close->setText(tr("&Close"));
    m_found->retranslate();
    updateElapsed();
    updateControls();
}

} // namespace heatdesk::ui
