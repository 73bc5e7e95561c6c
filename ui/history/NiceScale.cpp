// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/NiceScale.h"

#include <algorithm>
#include <cmath>

namespace heatdesk::ui::history {

NiceScale niceScale(double lo, double hi, int maxTicks) {
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (hi < lo)
        std::swap(lo, hi);
    if (hi - lo < 1e-9) { // one value: a small range around it
        const double pad = std::max(1.0, std::abs(lo) * 0.05);
        lo -= pad;
        hi += pad;
    }
    maxTicks = std::max(maxTicks, 2);
    const double rough = (hi - lo) / (maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    static constexpr double kSteps[] = {1, 2, 2.5, 5};
    NiceScale s;
    // The smallest round step whose outward-rounded range still fits in maxTicks ticks.
    for (int i = 0;; ++i) {
        if (i == 4) {
            i = 0;
            magnitude *= 10;
        }
        const double step = kSteps[i] * magnitude;
        if (step < rough * (1 - 1e-9))
            continue;
        s.lo = std::floor(lo / step + 1e-9) * step;
        s.hi = std::ceil(hi / step - 1e-9) * step;
        s.ticks = static_cast<int>(std::lround((s.hi - s.lo) / step)) + 1;
        s.step = step;
        if (s.ticks <= maxTicks)
            break;
    }
    return s;
}

int NiceScale::decimals() const {
    for (int d = 0; d < 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            return d;
    }
    return 6;
}

} // namespace heatdesk::ui::history
