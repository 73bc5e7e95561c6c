// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QBrush>
#include <QColor>
#include <QList>

namespace heatdesk::ui {

// The lines of a CSV import as a table whose first two columns are the file's line number and its
// status; a bad line's status is its reason, in red, with the reason whole in the tooltip. A
// concrete model (one per kind of line) names the other columns and says how a line shows in
// them. Model/view, so a 20,000-line preview stays light.
template <class ImportLine>
class ImportLinesModel : public QAbstractTableModel {
public:
    enum SharedColumn { Line, Status };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<ImportLine> lines) {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= m_lines.size())
            return {};
        const ImportLine& line = m_lines.at(index.row());
        const bool bad = !line.error.isEmpty();
        if (role == Qt::ForegroundRole && bad && index.column() == Status)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (role == Qt::ToolTipRole && index.column() == Status)
            return bad ? line.error : QVariant();
        if (role == Qt::TextAlignmentRole && (index.column() == Line || isNumber(index.column())))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == Line)
            return line.line;
        if (index.column() == Status && bad)
            return line.error;
        return display(line, index.column());
    }

protected:
    // What a line shows in `column` (Status: only for a good line).
    virtual QVariant display(const ImportLine& line, int column) const = 0;
    // Numbers are right-aligned, as the line number is.
    virtual bool isNumber(int column) const = 0;

private:
    QList<ImportLine> m_lines;
};

} // namespace heatdesk::ui
