// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/TrafficTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <algorithm>

namespace heatdesk::ui {
namespace {

using RecordKind = bus::TrafficRecord::Kind;

QString hexOf(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

// A long telegram in lines of 16 bytes, as a technician reads them off a protocol analyser.
QString hexBlock(const QByteArray& bytes) {
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 16)
        lines << hexOf(bytes.mid(i, 16));
    return lines.join(QLatin1Char('\n'));
}

const QFont& monospace() {
    static const QFont font = [] {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::TypeWriter);
        return f;
    }();
    return font;
}

bool isWarning(RecordKind kind) {
    return kind == RecordKind::Retry || kind == RecordKind::Unsolicited || kind == RecordKind::Echo;
}

} // namespace

TrafficTableModel::TrafficTableModel(std::size_t capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max<std::size_t>(1, capacity)) {}

void TrafficTableModel::append(const std::vector<bus::TrafficRecordPtr>& batch) {
    // Of a batch larger than the capacity only its newest records could ever be shown.
    const std::size_t incoming = std::min(batch.size(), m_capacity);
    if (incoming == 0)
        return;
    const std::size_t keep = m_capacity - incoming;
    if (m_rows.size() > keep) {
        const auto drop = static_cast<int>(m_rows.size() - keep);
        beginRemoveRows({}, 0, drop - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        endRemoveRows();
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(incoming) - 1);
    m_rows.insert(m_rows.end(), batch.end() - static_cast<std::ptrdiff_t>(incoming), batch.end());
    endInsertRows();
}

void TrafficTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TrafficTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, Kind), index(rowCount() - 1, Kind));
}

bool TrafficTableModel::isError(RecordKind kind) {
    return kind == RecordKind::ChecksumError || kind == RecordKind::Garbage || kind == RecordKind::Timeout ||
           kind == RecordKind::Collision;
}

QString TrafficTableModel::kindText(RecordKind kind) {
    switch (kind) {
    case RecordKind::Sent:
        return tr("sent");
    case RecordKind::Received:
        return tr("received");
    case RecordKind::Echo:
        return tr("echo");
    case RecordKind::Garbage:
        return tr("garbage");
    case RecordKind::ChecksumError:
        return tr("checksum error");
    case RecordKind::Timeout:
        return tr("timeout");
    case RecordKind::Retry:
        return tr("retry");
    case RecordKind::Collision:
        return tr("collision");
    case RecordKind::Unsolicited:
        return tr("unsolicited");
    case RecordKind::Link:
        return tr("link");
    }
    return QStringLiteral("?");
}

int TrafficTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrafficTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case Bus:
            return r.bus;
        case Kind:
            return r.count > 0 ? QStringLiteral("%1 (%2)").arg(kindText(r.kind)).arg(r.count)
                               : kindText(r.kind);
        case Bytes:
            return hexOf(r.bytes);
        case Decoded:
            return r.decoded;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Bytes && !r.bytes.isEmpty())
            return tr("%n byte(s)", nullptr, static_cast<int>(r.bytes.size())) + QLatin1Char('\n') +
                   hexBlock(r.bytes);
        if (index.column() == Decoded && !r.decoded.isEmpty())
            return r.decoded;
        return {};
    case Qt::ForegroundRole:
        if (isError(r.kind))
            return QBrush(QColor(0xA4, 0x00, 0x0F));
        if (isWarning(r.kind))
            return QBrush(QColor(0x8A, 0x5A, 0x00));
        if (r.kind == RecordKind::Link)
            return QBrush(QColor(0x5F, 0x63, 0x68));
        return {};
    case Qt::BackgroundRole:
        if (isError(r.kind))
            return QBrush(QColor(0xFD, 0xE7, 0xE9));
        return {};
    case Qt::FontRole:
        return index.column() == Bytes ? QVariant(monospace()) : QVariant();
    }
    return {};
}

QVariant TrafficTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Bus:
        return tr("Bus");
    case Kind:
        return tr("Direction");
    case Bytes:
        return tr("Bytes (hex)");
    case Decoded:
        return tr("Decoded");
    }
    return {};
}

} // namespace heatdesk::ui
