// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryChartView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace heatdesk::ui::history {

HistoryChartView::HistoryChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
}

void HistoryChartView::setInteractive(bool interactive) {
    m_interactive = interactive;
    setRubberBand(interactive ? QChartView::HorizontalRubberBand : QChartView::NoRubberBand);
}

void HistoryChartView::zoomAround(double factor, double anchorX) {
    if (!m_interactive || factor <= 0)
        return;
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return;
    // The span shrinks by `factor` and the point under the anchor stays where it is.
    const double width = plot.width() / factor;
    const double left = anchorX - (anchorX - plot.left()) / factor;
    chart()->zoomIn(QRectF(left, plot.top(), width, plot.height()));
}

void HistoryChartView::panBy(double fraction) {
    if (!m_interactive)
        return;
    chart()->scroll(chart()->plotArea().width() * fraction, 0);
}

void HistoryChartView::wheelEvent(QWheelEvent* event) {
    if (!m_interactive || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    zoomAround(std::pow(1.25, steps), chart()->mapFromScene(mapToScene(event->position().toPoint())).x());
    event->accept();
}

void HistoryChartView::mousePressEvent(QMouseEvent* event) {
    const bool pan = event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (m_interactive && pan) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void HistoryChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPointF delta = event->position() - m_lastPan;
        m_lastPan = event->position();
        chart()->scroll(-delta.x(), 0);
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void HistoryChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // QChartView would zoom out by two around the centre; here the right button undoes a zoom
        // the way Home does, which people find again.
        if (m_interactive)
            emit resetZoomRequested();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void HistoryChartView::keyPressEvent(QKeyEvent* event) {
    if (!m_interactive) {
        QChartView::keyPressEvent(event);
        return;
    }
    const double centre = chart()->plotArea().center().x();
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Up:
        zoomAround(1.5, centre);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Down:
        zoomAround(1 / 1.5, centre);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        emit resetZoomRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HistoryChartView::paintEvent(QPaintEvent* event) {
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // A visible focus ring: the chart takes keys, so people must see that it has them.
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.drawRect(viewport()->rect().adjusted(1, 1, -1, -1));
}

void HistoryChartView::focusInEvent(QFocusEvent* event) {
    QChartView::focusInEvent(event);
    viewport()->update();
}

void HistoryChartView::focusOutEvent(QFocusEvent* event) {
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace heatdesk::ui::history
