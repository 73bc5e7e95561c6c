// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/TreeFilter.h"

#include "main/BusTreeModel.h"

namespace heatdesk::ui {

TreeFilter::TreeFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    // Ancestors of a match stay visible; a matching bus keeps its meters.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void TreeFilter::setText(const QString& text) {
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString text = index.data(BusTreeModel::SearchRole).toString();
    for (const auto& word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

} // namespace heatdesk::ui
