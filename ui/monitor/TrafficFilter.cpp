// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/TrafficFilter.h"

#include "monitor/TrafficTableModel.h"

#include <QRegularExpression>

namespace heatdesk::ui {
namespace {

// The A field of an EN 13757-2 short (10 C A CS 16) or long (68 L L 68 C A …) frame. Checked
// on the bytes too because a frame with a bad checksum has no decoded summary to search.
std::optional<int> addressField(const QByteArray& bytes) {
    if (bytes.size() >= 3 && static_cast<std::uint8_t>(bytes[0]) == 0x10)
        return static_cast<std::uint8_t>(bytes[2]);
    if (bytes.size() >= 6 && static_cast<std::uint8_t>(bytes[0]) == 0x68 &&
        static_cast<std::uint8_t>(bytes[3]) == 0x68)
        return static_cast<std::uint8_t>(bytes[5]);
    return std::nullopt;
}

} // namespace

TrafficFilter::TrafficFilter(TrafficTableModel& source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(&source);
}

void TrafficFilter::setBus(const QString& bus) {
    if (bus == m_bus)
        return;
    m_bus = bus;
    invalidateRowsFilter();
}

void TrafficFilter::setMeter(const QString& meter) {
    const QString text = meter.trimmed();
    if (text == m_meterText)
        return;
    m_meterText = text;
    bool isNumber = false;
    const int address = text.toInt(&isNumber);
    m_meterAddress = isNumber && address >= 0 && address <= 255 ? std::optional<int>(address) : std::nullopt;
    invalidateRowsFilter();
}

void TrafficFilter::setErrorsOnly(bool errorsOnly) {
    if (errorsOnly == m_errorsOnly)
        return;
    m_errorsOnly = errorsOnly;
    invalidateRowsFilter();
}

bool TrafficFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid())
        return false;
    const auto& r = m_source.record(sourceRow);
    if (m_errorsOnly && !TrafficTableModel::isError(r.kind))
        return false;
    if (!m_bus.isEmpty() && r.bus != m_bus)
        return false;
    if (m_meterText.isEmpty())
        return true;
    if (m_meterAddress) {
        static const QRegularExpression field(QStringLiteral("\\bA=(\\d+)\\b"));
        const auto match = field.match(r.decoded);
        if (match.hasMatch())
            return match.captured(1).toInt() == *m_meterAddress;
        return addressField(r.bytes) == m_meterAddress;
    }
    return r.decoded.contains(m_meterText, Qt::CaseInsensitive);
}

} // namespace heatdesk::ui
