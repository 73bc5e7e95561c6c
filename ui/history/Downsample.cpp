// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/Downsample.h"

#include <algorithm>
#include <cmath>

namespace heatdesk::ui::history {

QList<QPointF> minMaxDownsample(std::span<const QPointF> points, double fromX, double toX, int buckets) {
    QList<QPointF> out;
    if (points.empty() || buckets < 1 || !(toX >= fromX))
        return out;
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    // [begin, end): the points inside the range; one more on each side when there is one.
    auto begin = std::lower_bound(points.begin(), points.end(), fromX, byX);
    auto end = std::upper_bound(points.begin(), points.end(), toX,
                                [](double x, const QPointF& p) { return x < p.x(); });
    const bool before = begin != points.begin();
    const bool after = end != points.end();
    const auto inside = static_cast<qsizetype>(end - begin);

    out.reserve(std::min<qsizetype>(inside, 2 * qsizetype(buckets)) + 2);
    if (before)
        out.append(*(begin - 1));
    if (inside <= 2 * qsizetype(buckets)) {
        for (auto it = begin; it != end; ++it)
            out.append(*it);
    } else {
        const double width = (toX - fromX) / buckets;
        auto it = begin;
        while (it != end) {
            // This slice: every point up to the slice's right edge (the last slice takes the rest).
            const auto slice =
                std::min<qint64>(buckets - 1, width > 0 ? qint64((it->x() - fromX) / width) : 0);
            const double edge = fromX + width * double(slice + 1);
            auto lo = it, hi = it;
            // The slice's first point is always taken, so rounding at an edge cannot stall.
            for (++it; it != end && (slice == buckets - 1 || it->x() < edge); ++it) {
                if (it->y() < lo->y())
                    lo = it;
                if (it->y() > hi->y())
                    hi = it;
            }
            if (lo == hi) {
                out.append(*lo);
            } else if (lo < hi) {
                out.append(*lo);
                out.append(*hi);
            } else {
                out.append(*hi);
                out.append(*lo);
            }
        }
    }
    if (after)
        out.append(*end);
    return out;
}

QList<QPointF> meanDownsample(std::span<const QPointF> points, double fromX, double toX, int buckets) {
    QList<QPointF> out;
    if (points.empty() || buckets < 1 || !(toX >= fromX))
        return out;
    auto begin = std::lower_bound(points.begin(), points.end(), fromX,
                                  [](const QPointF& p, double x) { return p.x() < x; });
    auto end = std::upper_bound(points.begin(), points.end(), toX,
                                [](double x, const QPointF& p) { return x < p.x(); });
    out.reserve(std::min<qsizetype>(end - begin, buckets) + 2);
    if (begin != points.begin())
        out.append(*(begin - 1));
    if (end - begin <= buckets) {
        for (auto it = begin; it != end; ++it)
            out.append(*it);
    } else {
        const double width = (toX - fromX) / buckets;
        for (auto it = begin; it != end;) {
            const auto slice =
                std::min<qint64>(buckets - 1, width > 0 ? qint64((it->x() - fromX) / width) : 0);
            const double edge = fromX + width * double(slice + 1);
            double sumX = it->x(), sumY = it->y();
            int n = 1;
            for (++it; it != end && (slice == buckets - 1 || it->x() < edge); ++it, ++n) {
                sumX += it->x();
                sumY += it->y();
            }
            out.append(QPointF(sumX / n, sumY / n));
        }
    }
    if (end != points.end())
        out.append(*end);
    return out;
}

} // namespace heatdesk::ui::history
