// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace heatdesk::ui {

class TrafficTableModel;

// What the telegram monitor shows of the traffic: one bus or all, one meter or all, errors only
// or everything. Keeps the source order (the log is already in time order).
class TrafficFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrafficFilter(TrafficTableModel& source, QObject* parent = nullptr);

    // Empty: every bus.
    void setBus(const QString& bus);
    // A primary address (decimal 0..255) matches "A=5" in the decoded summary or the frame's A
    // field; any other text is looked for in the decoded summary (a secondary id, "SND_NKE").
    // Empty: every meter.
    void setMeter(const QString& meter);
    void setErrorsOnly(bool errorsOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TrafficTableModel& m_source;
    QString m_bus;
    QString m_meterText;
    std::optional<int> m_meterAddress;
    bool m_errorsOnly = false;
};

} // namespace heatdesk::ui
