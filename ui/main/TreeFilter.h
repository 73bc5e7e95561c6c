// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace heatdesk::ui {

// Filters the bus tree by meter number, address ("#5"), heat user, room or location: a meter row
// shows when every word typed appears in it; its bus, channel and site stay visible around it.
class TreeFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilter(QObject* parent = nullptr);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace heatdesk::ui
