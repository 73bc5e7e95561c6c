// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/HeatReading.h"
#include "station/Station.h"
#include "store/ConfigRepository.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace heatdesk::ui {

// One meter at a glance: its latest reading with every value and unit, the status decoded into
// words, the raw frame in hex, its configuration and its heat user. Reads two rows by index
// (cheap); a reading that arrives while the meter is shown replaces the values at once.
class MeterPanel : public QWidget {
    Q_OBJECT
public:
    explicit MeterPanel(QWidget* parent = nullptr);

    void setDatabase(store::Database* db) { m_db = db; }
    void showMeter(qint64 meterId, const QString& heatUser);
    void clear();
    // A live outcome: shown when it is about the meter on display.
    void showOutcome(const station::MeterOutcome& outcome);
    [[nodiscard]] qint64 meterId() const { return m_meterId; }
    // The status flags of a reading in words ("power low, temporary error"); "none" when clear.
    static QString flagWords(const reading::HeatReading& values);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showReading(std::optional<qint64> readAtMs, const reading::HeatReading* values,
                     const QString& error);
    void showConfig();

    store::Database* m_db = nullptr;
    qint64 m_meterId = 0;
    std::optional<store::MeterConfig> m_meter;
    QString m_user;
    std::optional<qint64> m_readAtMs;
    reading::HeatReading m_values;
    bool m_hasValues = false;
    QString m_lastError;

    QLabel* m_title;
    QGroupBox* m_readingBox;
    QGroupBox* m_rawBox;
    QGroupBox* m_configBox;
    QFormLayout* m_readingForm;
    QFormLayout* m_configForm;
    QPlainTextEdit* m_raw;
};

} // namespace heatdesk::ui
