// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace heatdesk::ui::history {

// A chart view that zooms and pans along time, by mouse and by keyboard:
// drag: zoom to the dragged span; wheel: zoom around the pointer; Shift+drag or middle drag: pan;
// ←/→: pan; +/−: zoom; Home or 0: back to the whole period (also the view's "Reset zoom" button).
// It only moves the chart's axes; whoever owns the data re-samples it for the new range.
class HistoryChartView : public QChartView {
    Q_OBJECT
public:
    explicit HistoryChartView(QChart* chart, QWidget* parent = nullptr);

    // Zooms the horizontal axis by `factor` (> 1 zooms in) around the plot-area x `anchorX`.
    void zoomAround(double factor, double anchorX);
    // Pans by a fraction of the plot width (positive: later).
    void panBy(double fraction);
    void setInteractive(bool interactive);
    bool isInteractive() const { return m_interactive; }

signals:
    void resetZoomRequested();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    bool m_interactive = true;
    bool m_panning = false;
    QPointF m_lastPan;
};

} // namespace heatdesk::ui::history
