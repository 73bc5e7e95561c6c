// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryData.h"

#include <QString>

class QGraphicsView;

namespace heatdesk::ui::history {

// Writes a chart as it is on screen, at twice its pixel size so it stays sharp in a document.
bool writeChartPng(QGraphicsView& view, const QString& path, QString* error = nullptr);
// The same as scalable vector graphics (text stays text).
bool writeChartSvg(QGraphicsView& view, const QString& path, const QString& title, QString* error = nullptr);

// The readings as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads 中文 and °C),
// one header line, oldest first, times in ISO 8601 with their UTC offset, numbers with a dot and
// every digit stored. Values are the meter's own; the last column lists the corrections in force
// ("energy_kwh: 12045 -> 12450 (reason; who, when)"), so nothing is overwritten silently.
bool writeHistoryCsv(const HistoryData& data, const QString& path, QString* error = nullptr);
QString csvHeader();
QString csvLine(const HistoryData& data, const HistoryRow& row);

} // namespace heatdesk::ui::history
