// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace heatdesk::ui {

// Paints the tree's action column as push buttons ("Read bus", "Read", "Stop") without a widget
// per row, so 10,000 meters cost nothing; a click inside the painted button emits clicked().
class ActionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

signals:
    void clicked(const QModelIndex& index);

private:
    static QRect buttonRect(const QStyleOptionViewItem& option, const QString& text);
    QPersistentModelIndex m_pressed;
};

} // namespace heatdesk::ui
