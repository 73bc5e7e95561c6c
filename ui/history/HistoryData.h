// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ConsumptionBuckets.h"
#include "reading/HeatReading.h"
#include "store/StoreError.h"

#include <QPointF>
#include <QString>
#include <QTimeZone>
#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace heatdesk::ui::history {

// The values of a reading the history shows, in table order. Each can carry a correction.
enum class Quantity { Energy, Volume, Power, Flow, Supply, Return, Delta };
constexpr int kQuantityCount = 7;
// The reading_corrections field name of a quantity ("energy_kwh", ...).
QString correctionField(Quantity q);

// The correction in force for one value of one reading (the last one made for that field).
struct ValueCorrection {
    std::optional<double> value; // absent: the value was declared unusable
    QString reason;
    QString correctedBy;
    qint64 correctedAtMs = 0;
    int earlier = 0; // corrections of the same field it replaced
};
using RowCorrections = std::array<std::optional<ValueCorrection>, kQuantityCount>;

// One reading as the history table shows it: the values as read, never overwritten.
struct HistoryRow {
    qint64 readingId = 0;
    qint64 readAtMs = 0;
    std::optional<reading::MeterTime> meterTime;
    std::array<std::optional<double>, kQuantityCount> values;
    quint32 flags = 0;
    reading::ValveState valve = reading::ValveState::Unknown;
    std::optional<bool> batteryLow;
    int correction = -1; // index into HistoryData::corrections, -1 for none

    const std::optional<double>& value(Quantity q) const { return values[static_cast<int>(q)]; }
};

struct HistoryRequest {
    int generation = 0;
    QString databasePath;
    qint64 meterId = 0;
    qint64 fromMs = 0;                            // inclusive
    qint64 toMs = 0;                              // exclusive
    QTimeZone zone = QTimeZone::systemTimeZone(); // days, weeks and months of the bar chart
};

// Everything one load produced, handed from the worker to the view in one piece.
struct HistoryData {
    HistoryRequest request;
    bool cancelled = false; // a newer load took over before this one finished
    std::optional<store::StoreError> error;
    std::vector<HistoryRow> rows; // oldest first
    std::vector<RowCorrections> corrections;
    // Chart series at full resolution (x: ms since the epoch), corrections applied.
    std::vector<QPointF> supply, returnTemp, delta;
    // Day, week and month buckets (index: BucketSize).
    std::array<Consumption, 3> consumption;
    qint64 queryMs = 0; // reading the database
    qint64 totalMs = 0; // everything on the worker

    // The value a chart or sum uses: the correction in force, else the value as read.
    std::optional<double> valueInForce(const HistoryRow& row, Quantity q) const;
    const std::optional<ValueCorrection>& correctionOf(const HistoryRow& row, Quantity q) const;
};

// Reads one meter's history. Runs on a worker thread: opens its own read-only connection, reads,
// closes it. Stops early (cancelled) as soon as `latest` no longer holds the request's generation.
HistoryData loadHistory(const HistoryRequest& request,
                        const std::shared_ptr<const std::atomic<int>>& latest = {});

} // namespace heatdesk::ui::history
