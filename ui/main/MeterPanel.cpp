// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MeterPanel.h"

#include "main/DomainText.h"
#include "store/ReadingRepository.h"
#include "store/StoredReading.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace heatdesk::ui {

namespace {

void clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QLabel* valueLabel(const QString& text) {
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString number(const std::optional<double>& value, int decimals, const QString& unit) {
    if (!value)
        return QStringLiteral("—");
    return QStringLiteral("%1 %2").arg(QLocale().toString(*value, 'f', decimals), unit);
}

QString hexFrame(const std::vector<std::uint8_t>& bytes) {
    QString text;
    text.reserve(int(bytes.size()) * 3);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        text += QStringLiteral("%1").arg(bytes[i], 2, 16, QLatin1Char('0')).toUpper();
        text += (i % 16 == 15) ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    return text.trimmed();
}

} // namespace

MeterPanel::MeterPanel(QWidget* parent)
    : QWidget(parent) {
    auto* inner = new QWidget;
    auto* layout = new QVBoxLayout(inner);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    auto* columns = new QHBoxLayout;
    m_readingBox = new QGroupBox;
    m_readingForm = new QFormLayout(m_readingBox);
    m_configBox = new QGroupBox;
    m_configForm = new QFormLayout(m_configBox);
    columns->addWidget(m_readingBox, 3);
    columns->addWidget(m_configBox, 2);
    layout->addLayout(columns);

    m_rawBox = new QGroupBox;
    auto* rawLayout = new QVBoxLayout(m_rawBox);
    m_raw = new QPlainTextEdit;
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setMinimumHeight(90);
    rawLayout->addWidget(m_raw);
    layout->addWidget(m_rawBox, 1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void MeterPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeterPanel::retranslate() {
    m_readingBox->setTitle(tr("Latest reading"));
    m_configBox->setTitle(tr("Meter"));
    m_rawBox->setTitle(tr("Raw frame (hex, as received)"));
    if (m_meterId == 0) {
        clear();
        return;
    }
    showConfig();
    showReading(m_readAtMs, m_hasValues ? &m_values : nullptr, m_lastError);
}

void MeterPanel::clear() {
    m_meterId = 0;
    m_meter.reset();
    m_hasValues = false;
    m_title->setText(tr("Choose a meter in the tree"));
    clearForm(m_readingForm);
    clearForm(m_configForm);
    m_raw->clear();
}

void MeterPanel::showMeter(qint64 meterId, const QString& heatUser) {
    m_meterId = meterId;
    m_user = heatUser;
    m_lastError.clear();
    m_hasValues = false;
    m_readAtMs.reset();
    m_meter.reset();
    if (m_db) {
        store::ConfigRepository config(*m_db);
        m_meter = config.meter(meterId);
        store::ReadingRepository readings(*m_db);
        if (const auto last = readings.boundaryFor(meterId, std::numeric_limits<qint64>::max(), true))
            if (const auto stored = readings.find(last->readingId)) {
                m_values = stored->values;
                m_readAtMs = stored->readAtMs;
                m_hasValues = true;
            }
    }
    showConfig();
    showReading(m_readAtMs, m_hasValues ? &m_values : nullptr, {});
}

void MeterPanel::showOutcome(const station::MeterOutcome& outcome) {
    if (outcome.meterId != m_meterId || m_meterId == 0)
        return;
    if (outcome.ok) {
        m_values = outcome.reading.values;
        m_readAtMs = outcome.reading.readAtMs;
        m_hasValues = true;
        m_lastError.clear();
    } else {
        m_lastError = outcome.error;
    }
    showReading(m_readAtMs, m_hasValues ? &m_values : nullptr, m_lastError);
}

QString MeterPanel::flagWords(const reading::HeatReading& v) {
    using reading::ReadingFlag;
    QStringList words;
    const std::pair<ReadingFlag, const char*> names[] = {
        {ReadingFlag::ApplicationBusy, QT_TR_NOOP("application busy")},
        {ReadingFlag::ApplicationError, QT_TR_NOOP("application error")},
        {ReadingFlag::Alarm, QT_TR_NOOP("alarm")},
        {ReadingFlag::PowerLow, QT_TR_NOOP("power low (battery)")},
        {ReadingFlag::PermanentError, QT_TR_NOOP("permanent error")},
        {ReadingFlag::TemporaryError, QT_TR_NOOP("temporary error")},
        {ReadingFlag::Manufacturer1, QT_TR_NOOP("manufacturer flag 1")},
        {ReadingFlag::Manufacturer2, QT_TR_NOOP("manufacturer flag 2")},
        {ReadingFlag::Manufacturer3, QT_TR_NOOP("manufacturer flag 3")},
        {ReadingFlag::ErrorRecord, QT_TR_NOOP("error flags set")},
        {ReadingFlag::RecordError, QT_TR_NOOP("a value marked erroneous")},
    };
    for (const auto& [flag, name] : names)
        if (v.has(flag))
            words << tr(name);
    if (v.batteryLow.value_or(false) && !v.has(ReadingFlag::PowerLow))
        words << tr("power low (battery)");
    return words.isEmpty() ? tr("none") : words.join(QStringLiteral(", "));
}

void MeterPanel::showReading(std::optional<qint64> readAtMs, const reading::HeatReading* v,
                             const QString& error) {
    clearForm(m_readingForm);
    if (!error.isEmpty()) {
        auto* label = valueLabel(error);
        label->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_readingForm->addRow(tr("Last read failed:"), label);
    }
    if (!v) {
        m_readingForm->addRow(valueLabel(tr("No reading stored yet. Press Read (F5) to read the meter.")));
        m_raw->clear();
        return;
    }
    const auto add = [this](const QString& name, const QString& value) {
        m_readingForm->addRow(name, valueLabel(value));
    };
    add(tr("Read at:"),
        readAtMs ? QDateTime::fromMSecsSinceEpoch(*readAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                 : QStringLiteral("—"));
    add(tr("Meter time:"),
        v->meterTime ? store::meterTimeText(*v->meterTime).replace(QLatin1Char('T'), QLatin1Char(' '))
                     : QStringLiteral("—"));
    add(tr("Energy:"), number(v->energyKwh, 1, QStringLiteral("kWh")));
    add(tr("Volume:"), number(v->volumeM3, 3, QStringLiteral("m³")));
    add(tr("Power:"), number(v->powerKw, 2, QStringLiteral("kW")));
    add(tr("Flow:"), number(v->flowM3h, 3, QStringLiteral("m³/h")));
    add(tr("Supply temperature:"), number(v->supplyC, 1, QStringLiteral("°C")));
    add(tr("Return temperature:"), number(v->returnC, 1, QStringLiteral("°C")));
    std::optional<double> delta = v->deltaK;
    if (!delta && v->supplyC && v->returnC)
        delta = *v->supplyC - *v->returnC;
    add(tr("ΔT:"), number(delta, 2, QStringLiteral("K")));
    add(tr("Operating time:"),
        v->operatingSeconds
            ? tr("%1 h").arg(QLocale().toString(double(*v->operatingSeconds) / 3600.0, 'f', 0))
            : QStringLiteral("—"));
    if (v->settlementEnergyKwh)
        add(tr("Settlement-day energy:"), number(v->settlementEnergyKwh, 1, QStringLiteral("kWh")));
    if (v->valve != reading::ValveState::Unknown)
        add(tr("Valve:"), v->valve == reading::ValveState::Open     ? tr("open")
                          : v->valve == reading::ValveState::Closed ? tr("closed")
                                                                    : tr("abnormal"));
    add(tr("Status:"), flagWords(*v));
    m_raw->setPlainText(hexFrame(v->rawFrames));
}

void MeterPanel::showConfig() {
    clearForm(m_configForm);
    if (!m_meter) {
        m_title->setText(tr("Meter %1 not found").arg(m_meterId));
        return;
    }
    const auto& m = *m_meter;
    m_title->setText(m_user.isEmpty() ? tr("Meter %1").arg(m.number)
                                      : tr("Meter %1 — %2").arg(m.number, m_user));
    const auto add = [this](const QString& name, const QString& value) {
        m_configForm->addRow(name, valueLabel(value.isEmpty() ? QStringLiteral("—") : value));
    };
    add(tr("Number:"), m.number);
    add(tr("Protocol:"), m.protocol == QLatin1String("cjt188") ? QStringLiteral("CJ/T 188")
                                                               : QStringLiteral("EN 13757 M-Bus"));
    add(tr("Primary address:"), m.primaryAddress ? QString::number(*m.primaryAddress) : QString());
    add(tr("Secondary address:"), m.secondaryAddress);
    add(tr("Model / profile:"), m.modelProfile);
    add(tr("Medium:"), mediumText(m.medium));
    add(tr("Location:"), m.location);
    add(tr("Installed on:"), m.installedOn);
    add(tr("Heat user:"), m_user);
    add(tr("Active:"), m.active ? tr("yes") : tr("no (kept for its history)"));
}

} // namespace heatdesk::ui
