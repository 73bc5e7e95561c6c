// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryTableModel.h"

#include "store/StoredReading.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace heatdesk::ui::history {
namespace {

// Corrections stand out without shouting: amber cell, dark brown italic text.
const QColor kCorrectedBackground(255, 236, 179);
const QColor kCorrectedText(122, 62, 0);
const QColor kFlagText(176, 0, 32);

constexpr quint32 kErrorFlags = static_cast<quint32>(reading::ReadingFlag::ApplicationError) |
                                static_cast<quint32>(reading::ReadingFlag::Alarm) |
                                static_cast<quint32>(reading::ReadingFlag::PermanentError) |
                                static_cast<quint32>(reading::ReadingFlag::TemporaryError) |
                                static_cast<quint32>(reading::ReadingFlag::ErrorRecord) |
                                static_cast<quint32>(reading::ReadingFlag::RecordError);

} // namespace

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HistoryTableModel::setData(std::shared_ptr<const HistoryData> data) {
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

void HistoryTableModel::clear() {
    setData(nullptr);
}

const HistoryRow* HistoryTableModel::rowAt(int row) const {
    if (!m_data || row < 0 || row >= rowCount())
        return nullptr;
    return &m_data->rows[m_data->rows.size() - 1 - std::size_t(row)]; // newest first
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_data ? 0 : int(m_data->rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Quantity> HistoryTableModel::quantityOf(int column) {
    if (column < Energy || column > Delta)
        return std::nullopt;
    return static_cast<Quantity>(column - Energy);
}

QString HistoryTableModel::unitOf(Quantity q) {
    switch (q) {
    case Quantity::Energy:
        return QStringLiteral("kWh");
    case Quantity::Volume:
        return QStringLiteral("m³");
    case Quantity::Power:
        return QStringLiteral("kW");
    case Quantity::Flow:
        return QStringLiteral("m³/h");
    case Quantity::Supply:
    case Quantity::Return:
        return QStringLiteral("°C");
    case Quantity::Delta:
        return QStringLiteral("K");
    }
    return {};
}

QString HistoryTableModel::quantityName(Quantity q) {
    switch (q) {
    case Quantity::Energy:
        return tr("Energy");
    case Quantity::Volume:
        return tr("Volume");
    case Quantity::Power:
        return tr("Power");
    case Quantity::Flow:
        return tr("Flow");
    case Quantity::Supply:
        return tr("Supply");
    case Quantity::Return:
        return tr("Return");
    case Quantity::Delta:
        return tr("ΔT");
    }
    return {};
}

QString HistoryTableModel::formatValue(double v) {
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

QString HistoryTableModel::formatTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString HistoryTableModel::flagWords(const HistoryRow& row) {
    using reading::ReadingFlag;
    QStringList words;
    for (int bit = 0; bit < reading::kReadingFlagCount; ++bit) {
        const auto flag = static_cast<ReadingFlag>(1u << bit);
        if (!(row.flags & (1u << bit)))
            continue;
        switch (flag) {
        case ReadingFlag::ApplicationBusy:
            words << tr("busy");
            break;
        case ReadingFlag::ApplicationError:
            words << tr("application error");
            break;
        case ReadingFlag::Alarm:
            words << tr("alarm");
            break;
        case ReadingFlag::PowerLow:
            words << tr("power low");
            break;
        case ReadingFlag::PermanentError:
            words << tr("permanent error");
            break;
        case ReadingFlag::TemporaryError:
            words << tr("temporary error");
            break;
        case ReadingFlag::Manufacturer1:
            words << tr("manufacturer flag 1");
            break;
        case ReadingFlag::Manufacturer2:
            words << tr("manufacturer flag 2");
            break;
        case ReadingFlag::Manufacturer3:
            words << tr("manufacturer flag 3");
            break;
        case ReadingFlag::ErrorRecord:
            words << tr("error flags set");
            break;
        case ReadingFlag::RecordError:
            words << tr("value marked erroneous");
            break;
        }
    }
    if (row.valve == reading::ValveState::Closed)
        words << tr("valve closed");
    else if (row.valve == reading::ValveState::Abnormal)
        words << tr("valve abnormal");
    if (row.batteryLow.value_or(false))
        words << tr("battery low");
    return words.join(tr(", "));
}

QString HistoryTableModel::correctionsText(const HistoryData& data, const HistoryRow& row) {
    if (row.correction < 0)
        return {};
    QStringList parts;
    for (int i = 0; i < kQuantityCount; ++i) {
        const auto q = static_cast<Quantity>(i);
        const auto& c = data.correctionOf(row, q);
        if (!c)
            continue;
        const QString asRead = row.value(q) ? formatValue(*row.value(q)) : tr("none");
        const QString corrected = c->value ? formatValue(*c->value) : tr("unusable");
        parts << tr("%1 %2 → %3 %4: %5")
                     .arg(quantityName(q), asRead, corrected, c->value ? unitOf(q) : QString(), c->reason)
                     .simplified();
    }
    return parts.join(QStringLiteral("; "));
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const {
    const HistoryRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    const auto quantity = quantityOf(column);
    const std::optional<ValueCorrection>* correction =
        quantity ? &m_data->correctionOf(*row, *quantity) : nullptr;
    const bool corrected = correction && correction->has_value();

    switch (role) {
    case Qt::DisplayRole:
        if (quantity) {
            const auto v = m_data->valueInForce(*row, *quantity);
            if (v)
                return formatValue(*v);
            return corrected ? tr("unusable") : QString();
        }
        switch (column) {
        case ReadAt:
            return formatTime(row->readAtMs);
        case MeterTime:
            return row->meterTime
                       ? store::meterTimeText(*row->meterTime).replace(QLatin1Char('T'), QLatin1Char(' '))
                       : QString();
        case Flags:
            return flagWords(*row);
        case Corrections:
            return correctionsText(*m_data, *row);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (corrected)
            return QBrush(kCorrectedBackground);
        return {};
    case Qt::ForegroundRole:
        if (corrected || (column == Corrections && row->correction >= 0))
            return QBrush(kCorrectedText);
        if (column == Flags && (row->flags & kErrorFlags))
            return QBrush(kFlagText);
        return {};
    case Qt::FontRole:
        if (corrected) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (corrected) {
            const ValueCorrection& c = **correction;
            const QString unit = unitOf(*quantity);
            const auto asRead = row->value(*quantity);
            QString tip =
                c.value ? tr("Corrected to %1 %2").arg(formatValue(*c.value), unit) : tr("Declared unusable");
            tip += QLatin1Char('\n') +
                   (asRead ? tr("As read from the meter: %1 %2").arg(formatValue(*asRead), unit)
                           : tr("The meter sent no value"));
            tip += QLatin1Char('\n') + tr("Reason: %1").arg(c.reason);
            tip += QLatin1Char('\n') + tr("By %1 on %2").arg(c.correctedBy, formatTime(c.correctedAtMs));
            if (c.earlier > 0)
                tip += QLatin1Char('\n') + tr("Replaces %n earlier correction(s)", nullptr, c.earlier);
            return tip;
        }
        if (column == ReadAt)
            return tr("Reading %1 (workstation clock)").arg(row->readingId);
        if (column == MeterTime)
            return tr("The meter's own clock");
        if (column == Flags || column == Corrections) {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return {};
    case CorrectedRole:
        return corrected || (column == Corrections && row->correction >= 0);
    case ValueAsReadRole:
        if (quantity && row->value(*quantity))
            return *row->value(*quantity);
        return {};
    case ReadingIdRole:
        return row->readingId;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (const auto q = quantityOf(section)) // two lines: the columns stay as narrow as their values
            return tr("%1\n(%2)").arg(quantityName(*q), unitOf(*q));
        switch (section) {
        case ReadAt:
            return tr("Time");
        case MeterTime:
            return tr("Meter time");
        case Flags:
            return tr("Flags");
        case Corrections:
            return tr("Corrections");
        }
    }
    if (role == Qt::ToolTipRole && section == Delta)
        return tr("Temperature difference supply − return, as the meter reports it");
    return {};
}

void HistoryTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace heatdesk::ui::history
