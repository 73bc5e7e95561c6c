// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/ActionDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace heatdesk::ui {

QRect ActionDelegate::buttonRect(const QStyleOptionViewItem& option, const QString& text) {
    const int width = option.fontMetrics.horizontalAdvance(text) + 24;
    QRect r = option.rect.adjusted(2, 1, -2, -1);
    r.setWidth(std::min(r.width(), width));
    return r;
}

void ActionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionButton button;
    button.rect = buttonRect(option, text);
    button.text = text;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    if (option.state & QStyle::State_MouseOver &&
        button.rect.contains(option.widget ? option.widget->mapFromGlobal(QCursor::pos()) : QPoint()))
        button.state |= QStyle::State_MouseOver;
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

QSize ActionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty())
        size = size.expandedTo(
            QSize(option.fontMetrics.horizontalAdvance(text) + 28, option.fontMetrics.height() + 8));
    return size;
}

bool ActionDelegate::editorEvent(QEvent* event, QAbstractItemModel*, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) {
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return false;
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const bool inside = buttonRect(option, text).contains(mouse->position().toPoint());
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressed = inside ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return inside;
    }
    const bool wasPressed = m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (inside && wasPressed) {
        emit clicked(index);
        return true;
    }
    return false;
}

} // namespace heatdesk::ui
