// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace heatdesk::ui::history {

// An axis range that covers [lo, hi] with round tick steps (1, 2, 2.5 or 5 times a power of ten)
// and at most `maxTicks` ticks, so labels read 40, 45, 50 rather than 41.37, 46.02.
struct NiceScale {
    double lo = 0;
    double hi = 1;
    int ticks = 2;
    double step = 1;
    // Decimals the labels need for this step (0 for 5, 1 for 2.5, 2 for 0.25).
    int decimals() const;
};
NiceScale niceScale(double lo, double hi, int maxTicks = 7);

} // namespace heatdesk::ui::history
