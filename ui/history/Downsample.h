// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <span>

namespace heatdesk::ui::history {

// Fewer points for drawing a long time series without losing its peaks. [fromX, toX] is cut into
// `buckets` slices of equal width (one per pixel column or so); each slice keeps its lowest and
// its highest point, in x order, so a one-hour spike in five years still shows. The last point
// before fromX and the first after toX are kept too, so lines run to the plot's edges when
// zoomed in. At most 2 * buckets + 2 points; a range holding no more than that comes back as it
// is. `points` must be sorted by x.
QList<QPointF> minMaxDownsample(std::span<const QPointF> points, double fromX, double toX, int buckets);

// One point per slice at the mean of its points (plus the neighbours outside, as above): a smooth
// outline for shading. A filled polygon along min/max zigzags is thousands of crossing edges
// that take a raster painter over 100 ms; this one draws in a few. At most buckets + 2 points.
QList<QPointF> meanDownsample(std::span<const QPointF> points, double fromX, double toX, int buckets);

} // namespace heatdesk::ui::history
