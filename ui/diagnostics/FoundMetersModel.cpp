// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/FoundMetersModel.h"

#include "mbus/MbusMaster.h"
#include "mbus/Telegram.h"

#include <QBrush>
#include <QColor>

namespace heatdesk::ui {
namespace {

constexpr int kLastPrimary = 250;

std::optional<mbus::SecondaryAddress> secondaryOf(const bus::FoundMeter& meter) {
    if (meter.secondary)
        return meter.secondary;
    if (meter.frame.isEmpty())
        return std::nullopt;
    const auto* data = reinterpret_cast<const std::uint8_t*>(meter.frame.constData());
    return mbus::secondaryOf(std::span(data, static_cast<std::size_t>(meter.frame.size())));
}

} // namespace

FoundMetersModel::FoundMetersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FoundMetersModel::add(const bus::FoundMeter& meter) {
    bus::FoundMeter found = meter;
    // A meter selected by its secondary address may answer with A=FD (253): that is no primary
    // address to show or to store.
    if (found.primary && *found.primary > kLastPrimary)
        found.primary.reset();
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append({found, secondaryOf(found), !found.garbled});
    endInsertRows();
}

void FoundMetersModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void FoundMetersModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Note), index(rowCount() - 1, Note));
}

QList<bus::FoundMeter> FoundMetersModel::checkedMeters() const {
    QList<bus::FoundMeter> out;
    for (const auto& r : m_rows)
        if (r.checked)
            out.append(r.meter);
    return out;
}

int FoundMetersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FoundMetersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FoundMetersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& r = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Primary)
        return r.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && r.meter.garbled)
        return QBrush(QColor(0xA4, 0x00, 0x0F));
    if (role != Qt::DisplayRole)
        return {};
    const auto& s = r.secondary;
    switch (index.column()) {
    case Primary:
        return r.meter.primary ? QVariant(int(*r.meter.primary)) : QVariant();
    case Secondary:
        return s ? QString::fromStdString(s->toText().substr(0, 8)) : QString();
    case Manufacturer:
        if (!s)
            return {};
        {
            const auto letters = mbus::manufacturerLetters(s->manufacturer);
            return QString::fromLatin1(letters.data(), 3);
        }
    case Version:
        return s ? QVariant(int(s->version)) : QVariant();
    case Medium:
        if (!s)
            return {};
        {
            const auto medium = mbus::mediumName(s->medium);
            return QString::fromLatin1(medium.data(), static_cast<qsizetype>(medium.size()));
        }
    case Note:
        return r.meter.garbled ? tr("garbled — two meters on one address?") : QString();
    }
    return {};
}

bool FoundMetersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Primary || role != Qt::CheckStateRole ||
        index.row() >= rowCount())
        return false;
    m_rows[index.row()].checked = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags FoundMetersModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Primary)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FoundMetersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Primary:
        return tr("Primary");
    case Secondary:
        return tr("Secondary id");
    case Manufacturer:
        return tr("Manufacturer");
    case Version:
        return tr("Version");
    case Medium:
        return tr("Medium");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace heatdesk::ui
